// Command benchcorpus writes a synthetic corpus of raw articles (or Markdown pages)
// with gold event labels, reproducible from a seed, for benchmarks and demos:
//
//	go run ./cmd/benchcorpus -n 10000 -out /tmp/c10k [-seed 1] [-format txt|md] [-days 730]
//
// It creates OUT/articles/ (the content folder to build) and OUT/labels.tsv, the
// layout ../shared/bench/events.sh scores.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("out", "", "output `folder` (required); articles go to OUT/articles")
	seed := flag.Uint64("seed", 1, "random seed; the same seed and -n give the same files")
	format := flag.String("format", "txt", "txt (raw page dumps) or md (Markdown with TOML front matter)")
	days := flag.Int("days", corpus.DefaultDays, "days the events spread over, from 2024-01-01 (fewer days, denser news)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchcorpus: -out is required")
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	st, err := corpus.Write(*out, corpus.Options{N: *n, Seed: *seed, Format: corpus.Format(*format), Days: *days})
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d articles, %d events, %d outlets, %.1f MB in %.2fs -> %s/articles\n",
		st.Articles, st.Events, st.Outlets, float64(st.Bytes)/1e6, time.Since(start).Seconds(), *out)
}
