// Package corpus generates a synthetic digest: raw page dumps (or Markdown pages)
// about events reported by several outlets, with gold labels, reproducible from a
// seed. It exists to measure the pipeline at sizes the sample content cannot reach
// (benchmarks, scripts/bench.sh) and to score grouping on data with known answers.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// Format is the kind of file written for each article.
type Format string

// The formats Write knows: raw page dumps as in content/*.txt, or Markdown with
// TOML front matter as a Hugo site keeps them.
const (
	Text     Format = "txt"
	Markdown Format = "md"
)

// Options say how big a corpus to write and in what form.
type Options struct {
	N      int    // number of articles
	Seed   uint64 // the same seed and N give the same bytes
	Format Format // Text when empty
	Days   int    // days the events spread over (density); DefaultDays when zero
}

// Stats say what Write wrote.
type Stats struct {
	Articles, Events, Outlets int
	Bytes                     int64
}

// Write creates dir/articles/ with opts.N article files and a site.toml, and
// dir/labels.tsv ("articles/FILE<TAB>event<TAB>topic"), the layout
// ../shared/bench/events.sh scores.
func Write(dir string, opts Options) (Stats, error) {
	if opts.N < 1 {
		return Stats{}, fmt.Errorf("corpus: n must be at least 1, got %d", opts.N)
	}
	if opts.Format == "" {
		opts.Format = Text
	}
	if opts.Format != Text && opts.Format != Markdown {
		return Stats{}, fmt.Errorf("corpus: unknown format %q (txt or md)", opts.Format)
	}
	art := filepath.Join(dir, "articles")
	if err := os.MkdirAll(art, 0o755); err != nil {
		return Stats{}, err
	}
	p := newPlan(opts.N, opts.Seed, opts.Days)
	n, err := p.writeArticles(art, opts.Format)
	if err != nil {
		return Stats{}, err
	}
	if err := writeFile(filepath.Join(art, "site.toml"), []byte(siteTOML)); err != nil {
		return Stats{}, err
	}
	if err := writeFile(filepath.Join(dir, "labels.tsv"), p.labels(opts.Format)); err != nil {
		return Stats{}, err
	}
	return Stats{Articles: len(p.articles), Events: len(p.events), Outlets: len(p.outlets), Bytes: n}, nil
}

const siteTOML = `# A synthetic digest written by cmd/benchcorpus.
title = "Synthetic Digest"
description = "Generated events reported by generated outlets, for benchmarks."
base_url = "https://example.org/synthetic/"
language = "en"
`

// Bytes renders article i of the plan in the given format; tests and benchmarks
// use it to look at single pages.
func (p *plan) bytes(i int, f Format) []byte {
	a := p.articles[i]
	s := p.story(a)
	if f == Markdown {
		return p.pageMarkdown(a, s)
	}
	return p.pageText(a, s)
}

// writeArticles renders and writes every article, one worker per core; each
// article draws only from its own seed, so the order of work does not matter.
func (p *plan) writeArticles(dir string, f Format) (int64, error) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	sizes := make([]int64, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(p.articles) && errs[w] == nil; i += workers {
				b := p.bytes(i, f)
				sizes[w] += int64(len(b))
				errs[w] = writeFile(filepath.Join(dir, p.articles[i].name+"."+string(f)), b)
			}
		}(w)
	}
	wg.Wait()
	var total int64
	for w := range errs {
		if errs[w] != nil {
			return 0, errs[w]
		}
		total += sizes[w]
	}
	return total, nil
}

// labels is the gold grouping, one line per article in file order.
func (p *plan) labels(f Format) []byte {
	var b strings.Builder
	for _, a := range p.articles {
		ev := &p.events[a.event]
		fmt.Fprintf(&b, "articles/%s.%s\t%s\t%s\n", a.name, f, ev.id, ev.topic.name)
	}
	return []byte(b.String())
}

func writeFile(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}
