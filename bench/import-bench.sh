#!/usr/bin/env bash
# Benchmark (not a test): `aigonix import` of a dump of 1,000 microservices (two applications x three
# environments, as `kubectl get ... -A -o yaml` prints them: bench/platform-dump.py) through the
# ./aigonix launcher (what users run: its JVM flags and class-data archive); prints wall time and
# peak RSS, then the same with --verify (which compiles the import and compares it with the dump).
# Usage: bench/import-bench.sh [count]   (after `mvn -B -o package -DskipTests`; run from anywhere)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
jar="$root/compiler/target/aigonix.jar"
[ -f "$jar" ] || { echo "missing $jar: run mvn -B package -DskipTests first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/platform-dump.py" scale "$count" > "$work/dump.yaml"
echo "dump: $count microservices, $(grep -c '^  kind: ' "$work/dump.yaml") objects, $(( $(wc -c < "$work/dump.yaml") / 1024 )) KiB"

# A first launch may record the class-data archive; do it before timing.
"$root/aigonix" --version >/dev/null

measure() {
  local label="$1"; shift
  /usr/bin/time -v "$root/aigonix" import -f "$work/dump.yaml" -o "$work/out-$label" "$@" \
    > "$work/$label.out" 2> "$work/$label.err" || { tail -20 "$work/$label.err" >&2; exit 1; }
  local wall rss user sys
  wall="$(grep 'Elapsed (wall clock)' "$work/$label.err" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$work/$label.err" | awk '{print $NF}')"
  user="$(grep 'User time' "$work/$label.err" | awk '{print $NF}')"
  sys="$(grep 'System time' "$work/$label.err" | awk '{print $NF}')"
  echo "import $label: wall $wall, cpu ${user}s user + ${sys}s sys, peak RSS $(( rss / 1024 )) MiB"
}
measure plain
measure verify --verify
grep -h '^verify: ' "$work/verify.err"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall time grows with the load; cpu time much less)"
echo "target: import of 1,000 microservices <= 5 s wall on 2 cores (SPEC §11)"
