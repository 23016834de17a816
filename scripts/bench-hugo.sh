#!/usr/bin/env bash
# Side by side with Hugo: the same generated Markdown pages (TOML front matter),
# built by Hugo with the minimal site in scripts/hugo-site and by digest, output
# on tmpfs, several runs each; prints each tool's median wall time.
#
# usage (from the project root): scripts/bench-hugo.sh [N] [RUNS]   (default 10000 5)
# env: HUGO (default: hugo on PATH, else /tmp/hugo-bin/hugo; install with
#   GOBIN=/tmp/hugo-bin go install github.com/gohugoio/hugo@v0.165.0),
#   BENCH_DIR (default /dev/shm/digest-bench-hugo; must be tmpfs for a fair run).
# digest runs cold: DIGEST_CACHE=off, so no cache from a previous run helps it.
# Wall time is the goal; CPU time (user+sys) is printed too because on a shared
# machine it is the steadier figure.
set -euo pipefail
n=${1:-10000}
runs=${2:-5}
root=$(pwd)
work=${BENCH_DIR:-/dev/shm/digest-bench-hugo}
hugo=${HUGO:-$(command -v hugo || echo /tmp/hugo-bin/hugo)}
[ -x "$hugo" ] || { echo "no hugo at $hugo (see the usage note in $0)" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
go build -o "$work/digest" ./cmd/digest
go build -o "$work/benchcorpus" ./cmd/benchcorpus
"$work/benchcorpus" -n "$n" -format md -out "$work/md"
rm -f "$work/md/labels.tsv" # not a page; only the articles folder is content
echo "hugo:   $("$hugo" version | cut -d' ' -f1-2), $(nproc) cores, $n pages, output on $(df --output=fstype "$work" | tail -1)"

hugo_cmd="$hugo --quiet --noBuildLock --source $root/scripts/hugo-site --contentDir $work/md --destination $work/hugo-out"
digest_cmd="env DIGEST_CACHE=off $work/digest build -content $work/md/articles -out $work/digest-out"

if command -v hyperfine >/dev/null; then
	hyperfine --style basic --warmup 1 --runs "$runs" \
		--prepare "rm -rf $work/hugo-out" --prepare "rm -rf $work/digest-out" \
		--export-json "$work/times.json" -n hugo "$hugo_cmd" -n digest "$digest_cmd" >&2
	python3 - "$work/times.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    cpu_note = f", CPU user+sys mean {r['user'] + r['system']:.2f} s"
    print(f"{r['command']:7s} median {r['median']:.2f} s  (min {r['min']:.2f}, max {r['max']:.2f}, {len(r['times'])} runs{cpu_note})")
PY
else
	for name in hugo digest; do
		cmd=${name}_cmd
		ts=()
		for _ in $(seq "$runs"); do
			rm -rf "$work/$name-out" # only its own: the page count below reads both
			s=$(date +%s.%N); ${!cmd} >/dev/null 2>&1; e=$(date +%s.%N)
			ts+=("$(echo "$e - $s" | bc)")
		done
		printf '%s\n' "${ts[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-7s median %.2f s (%d runs)\n", n, a[int((NR+1)/2)], NR}'
	done
fi
echo "pages: hugo $(find "$work/hugo-out" -name '*.html' | wc -l) html files, digest $(find "$work/digest-out" -name '*.html' | wc -l) html files"
