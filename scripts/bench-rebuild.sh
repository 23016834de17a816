#!/usr/bin/env bash
# Where a rebuild's time goes: the incremental part of scripts/bench.sh (a
# fresh cache filled by one build, two rebuilds with nothing changed, then
# the held-back articles added one build at a time), each build run with
# -timings, one line per build with its stages' wall and CPU seconds and
# heap allocated. It uses the corpus bench.sh generated (run that first)
# and a cache and output folder of its own, so two programs can be compared
# without sharing a cache: the program's version salts every page key, and
# a cache shared by alternating programs re-links every page on each switch.
#
# usage (from the project root): scripts/bench-rebuild.sh [LARGE]   (default 100000)
# env: BENCH_DIR (default /dev/shm/digest-bench, as bench.sh), DIGEST (a built
#      digest binary to time instead of this checkout's), NAME (suffix of the
#      cache and output folders, default rebuild).
set -euo pipefail
large=${1:-100000}
work=${BENCH_DIR:-/dev/shm/digest-bench}
name=${NAME:-rebuild}
articles="$work/c$large/articles"
held="$work/c$large/held"
[ -d "$held" ] || { echo "no corpus at $work/c$large: run scripts/bench.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
bin=${DIGEST:-}
if [ -z "$bin" ]; then
	bin="$work/digest-$name"
	go build -o "$bin" ./cmd/digest
fi
mapfile -t extras < <(ls "$held")
for e in "${extras[@]}"; do rm -f "$articles/$e"; done # as bench.sh leaves them: held back
cache="$work/cache-$name" out="$work/inc-$name"
rm -rf "$cache" "$out"

# build LABEL: one timed build, its stage lines joined on one line.
build() {
	printf '%-12s ' "$1"
	DIGEST_CACHE=$cache /usr/bin/time -f "wall %e s cpu %U+%S s peak %M KiB" "$bin" build -timings -content "$articles" -out "$out" 2>&1 |
		grep -E '^time:|^wall' | sed -E 's/^time: //; s/ +/ /g; s/ \([0-9]+ items\)//' | paste -sd'|' -
}
build "warm-up"
build "no change"
build "no change"
for e in "${extras[@]}"; do
	cp "$held/$e" "$articles/$e"
	build "+1 article"
done
for e in "${extras[@]}"; do rm -f "$articles/$e"; done
