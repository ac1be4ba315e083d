#!/usr/bin/env bash
# Benchmark (not a test): `aigonix import` of a dump of 1,000 microservices (two applications x three
# environments, as `kubectl get ... -A -o yaml` prints them: bench/platform-dump.py) through the
# ./aigonix launcher (what users run: its JVM flags and class-data archive); prints the medians of
# AIGONIX_RUNS (default 3) plain imports, wall and CPU, and peak RSS, then one import with --verify
# (which compiles the import and compares it with the dump).
# AIGONIX_BASELINE_JAR=<jar> also times that jar and this build's jar side by side, both run directly
# with the launcher's JVM flags (no class-data archive, so neither has an edge), runs interleaved so
# a change of load hits both; build the baseline from main first
# (`mvn -B -o package -DskipTests && cp compiler/target/aigonix.jar /tmp/baseline.jar`).
# Usage: bench/import-bench.sh [count]   (after `mvn -B -o package -DskipTests`; run from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
runs="${AIGONIX_RUNS:-3}"
baseline="${AIGONIX_BASELINE_JAR:-}"
jar="$root/compiler/target/aigonix.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B package -DskipTests first" >&2; exit 2; }
[ -z "$baseline" ] || [ -f "$baseline" ] || { echo "missing AIGONIX_BASELINE_JAR $baseline" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/platform-dump.py" scale "$count" > "$work/dump.yaml"
echo "dump: $count microservices, $(grep -c '^  kind: ' "$work/dump.yaml") objects, $(( $(wc -c < "$work/dump.yaml") / 1024 )) KiB"

# A first launch may record the class-data archive; do it before timing.
"$root/aigonix" --version >/dev/null
read -r -a flags <<< "$(AIGONIX_PRINT_JVM_FLAGS=1 "$root/aigonix" import)"

# One timed run of "$@" (label $1); appends "wall cpu rss" to $work/$1.times.
run() {
  local label="$1"; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err" \
    || { tail -20 "$work/$label.err" >&2; exit 1; }
  awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024}' "$work/$label.time" >> "$work/$label.times"
}

# The median of column $2 of $work/$1.times.
median() {
  sort -n -k"$2" "$work/$1.times" | awk -v k="$2" '{v[NR] = $k} END {print v[int((NR + 1) / 2)]}'
}

report() {
  echo "import $1 (median of $runs): wall $(median "$1" 1) s, cpu $(median "$1" 2) s, peak RSS $(median "$1" 3) MiB"
}

for ((i = 0; i < runs; i++)); do
  rm -rf "$work/out"
  run launcher "$root/aigonix" import -f "$work/dump.yaml" -o "$work/out"
  if [ -n "$baseline" ]; then
    rm -rf "$work/out"
    run baseline java "${flags[@]}" -jar "$baseline" import -f "$work/dump.yaml" -o "$work/out"
    rm -rf "$work/out"
    run this-jar java "${flags[@]}" -jar "$jar" import -f "$work/dump.yaml" -o "$work/out"
  fi
done
report launcher
if [ -n "$baseline" ]; then
  report baseline
  report this-jar
fi
rm -rf "$work/out"
run verify "$root/aigonix" import -f "$work/dump.yaml" -o "$work/out" --verify
echo "import --verify (one run): wall $(cut -d' ' -f1 "$work/verify.times") s, cpu $(cut -d' ' -f2 "$work/verify.times") s"
grep -h '^verify: ' "$work/verify.err" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall time grows with the load; cpu time much less)"
echo "target: import of 1,000 microservices <= 5 s wall on 2 cores (SPEC §11)"
