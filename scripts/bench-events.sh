#!/usr/bin/env bash
# Grouping quality at scale: generates N raw articles with gold labels (2-8
# outlets per event, same-topic events close in time) and scores
# `digest events --json` with BCubed precision/recall/F1 and the event count.
# The shared scorer (../shared/bench/events.sh) matches files pairwise, which
# is too slow past a few thousand articles; this one maps by file name.
#
# usage (from the project root): scripts/bench-events.sh [N ...]   (default 2000 10000)
# env: BENCH_DIR (default /dev/shm/digest-bench-events), SEED (default 1),
#      DAYS (the span events spread over, default 730: fewer days, denser news).
set -euo pipefail
work=${BENCH_DIR:-/dev/shm/digest-bench-events}
seed=${SEED:-1}
days=${DAYS:-730}
[ $# -gt 0 ] || set -- 2000 10000
mkdir -p "$work"
go build -o "$work/digest" ./cmd/digest
go build -o "$work/benchcorpus" ./cmd/benchcorpus
for n in "$@"; do
	c="$work/c$n-s$seed-d$days"
	[ -f "$c/labels.tsv" ] || "$work/benchcorpus" -n "$n" -seed "$seed" -days "$days" -out "$c" 2>/dev/null
	start=$(date +%s.%N)
	DIGEST_CACHE=off "$work/digest" events --json --content "$c/articles" > "$work/events.json"
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	python3 - "$c/labels.tsv" "$work/events.json" "$n" "$secs" <<'PY'
import json, sys
from collections import defaultdict
labels, events, n, secs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
gold = {}
for line in open(labels):
    f, ev, _ = line.rstrip("\n").split("\t")
    gold[f.rsplit("/", 1)[-1]] = ev
pred = {}
for ev in json.load(open(events))["events"]:
    for a in ev["articles"]:
        pred[a["file"].rsplit("/", 1)[-1]] = ev["id"]
for f in gold:  # an article missing from the output counts as a singleton
    pred.setdefault(f, "missing:" + f)
gm, pm = defaultdict(set), defaultdict(set)
for f in gold:
    gm[gold[f]].add(f)
    pm[pred[f]].add(f)
p = r = 0.0
for f in gold:
    both = len(gm[gold[f]] & pm[pred[f]])
    p += both / len(pm[pred[f]])
    r += both / len(gm[gold[f]])
p, r = p / len(gold), r / len(gold)
print(f"n={n}: {len(pm)} events (gold {len(gm)}), BCubed P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r):.3f}, events in {secs:.1f} s")
PY
done
