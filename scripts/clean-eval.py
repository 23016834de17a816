#!/usr/bin/env python3
"""clean-eval.py [BENCH_DIR] - per-page diagnostics for the page-dump cleaner.

Runs `digest clean -json` over BENCH_DIR/text (default ../shared/bench/cleaning),
then prints:
  - the worst scrapinghub pages by token-shingle F1 (the benchmark's own metric, per page),
  - the trafilatura pages with the most missed or leaked snippets,
  - metadata accuracy on the trafilatura pages whose truth has title / author / date:
    title: exact match after whitespace and case folding (also "contains" either way),
    author: the truth's first author among ours (case-folded), date: same YYYY-MM-DD.
Run from the project root. Needs python3 and go.
"""
import json, os, re, subprocess, sys, tempfile
from collections import Counter

bench = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/cleaning"
TOK = re.compile(r"\w+", re.UNICODE)

def shingles(t, n=4):
    toks = TOK.findall(t or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])

def f1(true, pred):
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    p = tp / max(1, sum(b.values())); r = tp / max(1, sum(a.values()))
    return 2 * p * r / (p + r) if p + r else 0.0, p, r

def norm(t): return re.sub(r"\s+", " ", t or "").strip()
def fold(t): return norm(t).casefold()

def main():
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "digest")
        subprocess.run(["go", "build", "-o", exe, "./cmd/digest"], check=True)
        out = subprocess.run([exe, "clean", "-json", os.path.join(bench, "text")],
                             check=True, capture_output=True, text=True).stdout
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[os.path.splitext(os.path.basename(r["file"]))[0]] = r
    ids = sorted(f[:-4] for f in os.listdir(os.path.join(bench, "text")) if f.endswith(".txt"))
    sh, tf = [], []
    meta = {k: [0, 0] for k in ("title", "title~", "author", "date")}
    for i in ids:
        r = recs.get(i, {})
        pred = r.get("text", "")
        if i.startswith("sh_"):
            true = open(os.path.join(bench, "truth", i + ".txt"), encoding="utf-8").read()
            sh.append((f1(true, pred), i))
            continue
        t = json.load(open(os.path.join(bench, "truth", i + ".json"), encoding="utf-8"))
        pn = norm(pred)
        miss = sum(norm(w) not in pn for w in t["with"]); leak = sum(norm(w) in pn for w in t["without"])
        tf.append((miss + leak, miss, leak, i))
        if t.get("title"):
            ok = fold(r.get("title")) == fold(t["title"])
            meta["title"][0] += ok; meta["title"][1] += 1
            a, b = fold(r.get("title")), fold(t["title"])
            meta["title~"][0] += bool(a) and (a in b or b in a); meta["title~"][1] += 1
        if t.get("author"):
            au = t["author"] if isinstance(t["author"], str) else "; ".join(t["author"])
            first = fold(re.split(r";|,| and ", au)[0])
            ok = any(first == fold(x) or first in fold(x) for x in r.get("authors") or [])
            meta["author"][0] += ok; meta["author"][1] += 1
        if t.get("date"):
            meta["date"][0] += (r.get("date") or "")[:10] == t["date"][:10]; meta["date"][1] += 1
    sh.sort()
    print("worst scrapinghub pages (F1 P R):")
    for (f, p, r), i in sh[:12]:
        print(f"  {i[:20]}  {f:.2f} {p:.2f} {r:.2f}")
    tf.sort(reverse=True)
    print("worst trafilatura pages (missed, leaked):")
    for _, miss, leak, i in tf[:15]:
        print(f"  {i}  missed {miss} leaked {leak}")
    print("metadata accuracy on trafilatura truth:")
    for k, (ok, n) in meta.items():
        print(f"  {k:7s} {ok}/{n} = {ok / max(1, n):.3f}")

main()
