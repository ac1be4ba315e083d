#!/usr/bin/env bash
# Benchmark (not a test): median wall time of `aigonix validate` on the webshop sample over N runs
# (default 10), through the launcher as a pre-commit hook runs it; then the worst inputs of SPEC §6
# (alias bomb, a 10 MB file, deep nesting) with wall time and peak RSS.
# Usage: bench/validate-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./aigonix --version >/dev/null            # build the jar and the CDS archive first

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./aigonix validate -f samples/webshop/aigonix.yaml 2>/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[n/2]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
echo "validate samples/webshop: median ${median} ms over ${runs} runs (min ${sorted[0]} ms, max ${sorted[n-1]} ms)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ echo "apiVersion: aigonix/v1"; head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' '#' | fold -w 100; echo; } > "$tmp/ten-mb.yaml"
for input in samples/invalid-alias-bomb/aigonix.yaml samples/invalid-too-deep/aigonix.yaml "$tmp/ten-mb.yaml"; do
  /usr/bin/time -f "%e %M" -o "$tmp/t" ./aigonix validate -f "$input" >/dev/null 2>&1 || true
  read -r secs kb < <(tail -n 1 "$tmp/t")
  printf '%-45s %s s, peak RSS %s MiB\n' "$(basename "$(dirname "$input")")/$(basename "$input")" "$secs" "$((kb / 1024))"
done
