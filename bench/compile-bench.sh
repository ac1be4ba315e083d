#!/usr/bin/env bash
# Benchmark (not a test): compile an input of 1,000 microservices across 2 applications x 3
# environments through the ./aigonix launcher (what users run: its JVM flags and class-data archive)
# and print wall time and peak RSS.
# Usage: bench/compile-bench.sh   (after `mvn -B -o package -DskipTests`; run from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/compiler/target/aigonix.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B package -DskipTests first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

{
  echo "apiVersion: aigonix/v1"
  echo "customer: { name: Bench Corp }"
  echo "gitops: { flux: { enabled: true } }"
  echo "applications:"
  for app in 1 2; do
    echo "  - name: App$app"
    echo "    environments:"
    echo "      - name: Dev"
    echo "        tenants: [ { id: 445f8ea8-1a6f-40d7-b2fc-796dba92dc44, hosts: [ { host: dev$app.bench.example } ] } ]"
    echo "      - name: Test"
    echo "      - name: Prod"
    echo "    microservices:"
    for i in $(seq 1 500); do
      echo "      - name: Service$i"
      echo "        head: { image: registry.example/app$app/service$i:1.0.$i, port: 8080 }"
      if (( i % 2 == 0 )); then
        echo "        runtime: { image: dolittle/runtime:9.3.3 }"
      fi
      if (( i % 10 == 0 )); then
        echo "        public: { path: /s$i }"
      fi
      echo "        env: { LOG_LEVEL: info, INDEX: \"$i\" }"
      echo "        configFiles: { settings.json: { content: \"{\\\"index\\\": $i}\\n\" } }"
    done
  done
} > "$work/aigonix.yaml"

# A first launch may record the class-data archive; do it before timing.
"$root/aigonix" --version >/dev/null

echo "input: $(grep -c '^      - name: Service' "$work/aigonix.yaml") microservices, $(wc -c < "$work/aigonix.yaml") bytes"
/usr/bin/time -v "$root/aigonix" compile -f "$work/aigonix.yaml" -o "$work/out" 2> "$work/time.txt" || {
  cat "$work/time.txt" >&2; exit 1; }
echo "output: $(find "$work/out" -type f | wc -l) files, $(du -sh "$work/out" | cut -f1)"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt" | sed 's/^\s*//'
rss_kb="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
echo "peak RSS: $(( rss_kb / 1024 )) MiB (target <= 1024 MiB); wall time target <= 5 s"
