#!/usr/bin/env bash
# Whole-pipeline timings on generated raw articles: full builds of 10,000 and
# 100,000 articles (wall time and peak RSS), the 10k -> 100k growth factor, then
# an incremental rebuild (one article added to the 100k folder, with the cache
# warm) checked byte for byte against a fresh full build; with RUNS > 1, RUNS
# articles are added one build at a time and the median is reported.
#
# usage (from the project root): scripts/bench.sh [SMALL] [LARGE]   (default 10000 100000)
# env: BENCH_DIR (default /dev/shm/digest-bench), RUNS (full builds per size, run small and large in turn, default 1),
#      SEED (corpus seed, default 1), INCREMENTAL=0 to stop after the full builds.
# Full builds run cold (DIGEST_CACHE=off); the incremental part uses a cache in BENCH_DIR.
# The machine's cores are shared: run it twice and read the figures as noisy.
set -euo pipefail
small=${1:-10000}
large=${2:-100000}
runs=${RUNS:-1}
seed=${SEED:-1}
work=${BENCH_DIR:-/dev/shm/digest-bench}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }

mkdir -p "$work"
go build -o "$work/digest" ./cmd/digest
go build -o "$work/benchcorpus" ./cmd/benchcorpus

# corpus N DIR: generate N articles into DIR/articles unless already there.
corpus() {
	if [ "$(cat "$1/.stamp" 2>/dev/null)" != "$2 $seed" ]; then
		rm -rf "$1"
		"$work/benchcorpus" -n "$2" -seed "$seed" -out "$1" 2>&1 | sed 's/^/  /'
		echo "$2 $seed" > "$1/.stamp"
	fi
}

# timed LABEL CACHE ARGS...: one digest build under GNU time; prints wall s and peak MiB.
timed() {
	local label=$1 cache=$2; shift 2
	DIGEST_CACHE=$cache /usr/bin/time -v -o "$work/time.txt" "$work/digest" build "$@" 2> "$work/build.log" ||
		{ cat "$work/build.log" >&2; exit 1; }
	local wall rss cpu
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
	cpu=$(awk -F': ' '/(User|System) time/ {s+=$2} END {print s}' "$work/time.txt")
	printf '%-30s wall %7.2f s  cpu %7.2f s  peak %6d MiB  | %s\n' "$label" "$wall" "$cpu" "$rss" "$(tail -1 "$work/build.log")" >&2
	echo "$wall $cpu"
}

# median of the arguments
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "digest bench: $(nproc) cores, runs=$runs, work in $work ($(df --output=fstype "$work" | tail -1))" >&2
corpus "$work/c$small" "$small"
# the large corpus is generated with RUNS articles more, held back (in held/)
# for the incremental step
corpus "$work/c$large" "$((large + runs))"
held="$work/c$large/held"
if [ -f "$work/c$large/extra.txt" ]; then # held back by an earlier version of this script
	mv "$work/c$large/extra.txt" "$work/c$large/articles/$(cat "$work/c$large/extra.name")"
	rm -f "$work/c$large/extra.name"
fi
if [ -d "$held" ]; then # put back what an earlier run held back
	mv "$held"/* "$work/c$large/articles/" 2>/dev/null || true
fi
mkdir -p "$held"
mapfile -t extras < <(ls "$work/c$large/articles" | grep -v site.toml | sort | tail -n "$runs")
for e in "${extras[@]}"; do mv "$work/c$large/articles/$e" "$held/"; done

# Full builds alternate small and large (RUNS pairs), so that each pair runs
# under the same machine conditions: on a shared virtual machine the same
# build's time drifts by half over minutes, and three small builds then three
# large ones measured the drift as growth. Growth is the ratio of the
# medians; each pair's own ratio is printed beside it.
declare -A ts cs last
ratios=()
for r in $(seq "$runs"); do
	for n in "$small" "$large"; do
		rm -rf "$work/out$n" # every full build starts from an empty output folder, as the first one does
		read -r w c < <(timed "full $n" off -content "$work/c$n/articles" -out "$work/out$n")
		[ -n "$w" ] || exit 1 # the build failed; timed printed its log
		ts[$n]+="$w " cs[$n]+="$c "
		last[$n]=$w
	done
	ratios+=("$(awk -v a="${last[$small]}" -v b="${last[$large]}" 'BEGIN {printf "%.2f", b/a}')")
	echo "  pair $r: ${ratios[-1]}x" >&2
done
declare -A med medcpu
for n in "$small" "$large"; do
	# shellcheck disable=SC2086 # the lists are space-separated numbers
	med[$n]=$(median ${ts[$n]})
	# shellcheck disable=SC2086
	medcpu[$n]=$(median ${cs[$n]})
done
awk -v a="${med[$small]}" -v b="${med[$large]}" -v ca="${medcpu[$small]}" -v cb="${medcpu[$large]}" -v s="$small" -v l="$large" -v pr="$(median "${ratios[@]}")" \
	'BEGIN {printf "growth %s -> %s: wall %.2fx (median %.2f s -> %.2f s; median of the pairs %.2fx), cpu %.2fx (%.2f s -> %.2f s)\n", s, l, b/a, a, b, pr, cb/ca, ca, cb}' >&2

[ "${INCREMENTAL:-1}" = 0 ] && exit 0
cache="$work/cache"
rm -rf "$cache"
timed "warm-up (fills cache) $large" "$cache" -content "$work/c$large/articles" -out "$work/inc" >/dev/null
timed "no-change rebuild $large" "$cache" -content "$work/c$large/articles" -out "$work/inc" >/dev/null
# the first rebuild also links every page into the spare tree (see publish_reuse.go); from the second on it does not
timed "no-change rebuild again $large" "$cache" -content "$work/c$large/articles" -out "$work/inc" >/dev/null
incs=()
for k in "${!extras[@]}"; do
	mv "$held/${extras[$k]}" "$work/c$large/articles/"
	read -r inc _ < <(timed "incremental +1 article ($((k + 1)))" "$cache" -content "$work/c$large/articles" -out "$work/inc")
	[ -n "$inc" ] || exit 1
	incs+=("$inc")
done
timed "fresh full build $((large + runs))" off -content "$work/c$large/articles" -out "$work/fresh" >/dev/null
for e in "${extras[@]}"; do mv "$work/c$large/articles/$e" "$held/"; done
awk -v i="$(median "${incs[@]}")" -v n="${#incs[@]}" -v f="${med[$large]}" \
	'BEGIN {printf "incremental: %.2f s (median of %d) = %.1f%% of the full build\n", i, n, 100*i/f}' >&2
if diff -r -q "$work/inc" "$work/fresh" >&2; then
	echo "incremental output is byte-identical to a fresh full build" >&2
else
	echo "incremental output DIFFERS from a fresh full build" >&2
	exit 1
fi
