#!/usr/bin/env bash
# Benchmark (not a test): start-up cost, the figures of issue 15. Median CPU (user+sys) and wall of N runs
# (default 15) of
#   - a Java hello-world, compiled here, run with the launcher's JVM flags: the floor;
#   - `aigonix --version`;
#   - `aigonix validate` of a realistic file (2 applications, 5 microservices, 3 environments, written below);
# the jar run as ./aigonix runs it (its flags for these commands, `AIGONIX_PRINT_JVM_FLAGS=1 ./aigonix validate`,
# and the archive it recorded for them), and prints the ratios to the floor against the targets (validate
# <= 3x, --version <= 1.5x, in CPU). With AIGONIX_BASELINE_JAR=<an older aigonix.jar> that jar runs side by
# side as the launcher of issue 15's baseline ran it (`-jar`, its flags, an archive recorded here from a
# compile of the sample), against a floor with those flags; every round runs every command once, so a
# machine shared with other work loads all alike.
# Usage: [AIGONIX_BASELINE_JAR=/tmp/baseline.jar] bench/startup-bench.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
command -v "$javac" >/dev/null || { echo "needs a JDK (javac) for the hello-world floor" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/aigonix" --version >/dev/null # builds the jar and records its archives when they are stale
read -r -a flags < <(AIGONIX_PRINT_JVM_FLAGS=1 "$root/aigonix" validate)
jar="$root/compiler/target/aigonix.jar"
cds="$root/compiler/target/aigonix-check.jsa"
# the flags of the launcher before issue 15
base_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx768m -Xlog:cds=off -Xlog:cds+dynamic=off)

mkdir -p "$work/hello"
cat >"$work/hello/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
"$javac" -d "$work/hello" "$work/hello/Hello.java"

mkdir -p "$work/input"
cat >"$work/input/aigonix.yaml" <<'YAML'
apiVersion: aigonix/v1
customer: { name: Bench Retail }
gitops:
  path: clusters/bench
  flux: { enabled: true, interval: 5m }
applications:
  - name: Storefront
    environments:
      - name: Dev
        tenants:
          - id: 445f8ea8-1a6f-40d7-b2fc-796dba92dc44
            hosts: [ { host: dev.shop.bench.example } ]
      - name: Test
        tenants:
          - id: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9
            hosts: [ { host: test.shop.bench.example } ]
      - name: Prod
        production: true
        tenants:
          - id: 7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d
            hosts: [ { host: shop.bench.example, secretName: shop-bench-tls } ]
        ingress: { className: nginx, clusterIssuer: letsencrypt-production }
        mongo: { storage: 32Gi, storageClass: managed-premium }
    microservices:
      - name: Catalog
        head:
          image: registry.bench.example/catalog:2.4.1
          port: 8080
          probes: { readiness: { path: /ready }, liveness: { path: /healthz } }
        runtime: { image: dolittle/runtime:9.3.3 }
        public: { path: /api/catalog }
        env: { LOG_LEVEL: info, CACHE_TTL: "300" }
        configFiles:
          appsettings.json: { content: "{\"catalog\": {\"pageSize\": 50}}\n" }
        environments:
          Prod: { replicas: 3, resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { cpu: "1", memory: 1Gi } } }
      - name: Orders
        head:
          image: registry.bench.example/orders:1.9.0
          port: 8080
          probes: { readiness: { path: /ready }, liveness: { path: /healthz } }
        runtime: { image: dolittle/runtime:9.3.3 }
        public: { path: /api/orders }
        env: { LOG_LEVEL: info }
        environments:
          Dev: { env: { LOG_LEVEL: debug } }
          Prod: { replicas: 2, resources: { requests: { cpu: 200m, memory: 256Mi } } }
      - name: Payments
        head:
          image: registry.bench.example/payments:3.0.2
          port: 9000
          probes: { readiness: { path: /ready } }
        runtime: { image: dolittle/runtime:9.3.3 }
        env: { PROVIDER: stripe, RETRIES: "3" }
        eventHorizons:
          - producer: { microservice: Orders }
            scope: 11111111-2222-4333-8444-555555555555
            stream: 66666666-7777-4888-9999-aaaaaaaaaaaa
        environments:
          Prod: { replicas: 2 }
  - name: Backoffice
    environments:
      - name: Dev
      - name: Test
      - name: Prod
        production: true
        tenants:
          - id: 7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d
    microservices:
      - name: Reports
        head: { image: registry.bench.example/reports:0.7.3, port: 8080 }
        runtime: { image: dolittle/runtime:9.3.3 }
        env: { LOG_LEVEL: info }
        environments:
          Prod: { replicas: 2 }
      - name: Inventory
        head:
          image: registry.bench.example/inventory:1.2.0
          port: 8080
          probes: { readiness: { path: /ready }, liveness: { path: /healthz } }
        runtime: { image: dolittle/runtime:9.3.3 }
        configFiles:
          settings.json: { content: "{\"warehouses\": [\"north\", \"south\"]}\n" }
        environments:
          Prod: { replicas: 2 }
YAML
input="$work/input/aigonix.yaml"

labels=(hello version validate)
declare -A cmd
cmd[hello]="$java ${flags[*]} -cp $work/hello Hello"
cmd[version]="$java ${flags[*]} -XX:SharedArchiveFile=$cds -cp $jar io.aigonix.cli.Main --version"
cmd[validate]="$java ${flags[*]} -XX:SharedArchiveFile=$cds -cp $jar io.aigonix.cli.Main validate -f $input"
if [[ -n "${AIGONIX_BASELINE_JAR:-}" ]]; then
  base="$(readlink -f "$AIGONIX_BASELINE_JAR")"
  "$java" -XX:ArchiveClassesAtExit="$work/baseline.jsa" "${base_flags[@]}" -jar "$base" compile \
    -f "$root/samples/webshop/aigonix.yaml" -o "$work/train" >/dev/null 2>&1
  labels+=(baseline-hello baseline-version baseline-validate)
  cmd[baseline-hello]="$java ${base_flags[*]} -cp $work/hello Hello"
  cmd[baseline-version]="$java ${base_flags[*]} -XX:SharedArchiveFile=$work/baseline.jsa -jar $base --version"
  cmd[baseline-validate]="$java ${base_flags[*]} -XX:SharedArchiveFile=$work/baseline.jsa -jar $base validate -f $input"
fi

# One run: "<CPU ms> <wall ms>", bash's time of the child (user+sys, and real).
measure() {
  local TIMEFORMAT='%3U %3S %3R' out u s r
  # shellcheck disable=SC2086  # the command line is split on purpose
  out="$({ time ${cmd[$1]} >/dev/null 2>&1; } 2>&1)" || { echo "failed: ${cmd[$1]}" >&2; exit 1; }
  read -r u s r <<<"$out"
  awk -v u="$u" -v s="$s" -v r="$r" 'BEGIN { printf "%d %d\n", (u + s) * 1000 + 0.5, r * 1000 + 0.5 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }

for label in "${labels[@]}"; do measure "$label" >/dev/null; done # the page cache, once
for _ in $(seq "$runs"); do
  for label in "${labels[@]}"; do measure "$label" >>"$work/$label.txt"; done
done

declare -A cpu wall
for label in "${labels[@]}"; do
  cpu[$label]="$(cut -d' ' -f1 "$work/$label.txt" | median)"
  wall[$label]="$(cut -d' ' -f2 "$work/$label.txt" | median)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { print (a <= t * b ? "met" : "NOT met") }'; }

echo "medians of $runs runs; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); JVM flags: ${flags[*]}"
[[ -n "${AIGONIX_BASELINE_JAR:-}" ]] && echo "baseline $base, its JVM flags: ${base_flags[*]}"
printf '%-10s %18s %18s %18s\n' "" "CPU ms (x floor)" "wall ms" "baseline CPU ms"
for what in hello version validate; do
  line="$(printf '%-10s %11s (%sx) %18s' "$what" "${cpu[$what]}" "$(ratio "${cpu[$what]}" "${cpu[hello]}")" "${wall[$what]}")"
  if [[ -n "${AIGONIX_BASELINE_JAR:-}" ]]; then
    b="baseline-$what"
    line+="$(printf ' %11s (%sx), wall %s' "${cpu[$b]}" "$(ratio "${cpu[$b]}" "${cpu[baseline-hello]}")" "${wall[$b]}")"
  fi
  echo "$line"
done
echo "targets: --version <= 1.5x the floor: $(verdict "${cpu[version]}" "${cpu[hello]}" 1.5);" \
  "validate <= 3x: $(verdict "${cpu[validate]}" "${cpu[hello]}" 3)"
