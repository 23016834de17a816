package render

import (
	"bufio"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gorilla/feeds"
	"github.com/yuin/goldmark"
)

// job is one output file: its path relative to the site root and what
// writes its bytes, with a worker's help, to out.
type job struct {
	path  string
	write func(w *worker, out io.Writer) error
	page  *page        // the page it renders, if it is one: pages have keys
	wait  func() error // set when the job was started early (see runner.start): run waits for it
}

// worker renders jobs one at a time, reusing its buffers and Markdown renderer.
// A job's bytes go straight to its file through out, never whole into memory
// first: the data files of a 100,000-article digest are tens of megabytes
// each (events.json 28 MB), and a buffer grown to hold them allocated twice
// that in fresh memory on every build, an incremental one too.
type worker struct {
	md  markdownBuffer
	out *bufio.Writer // reset onto each file written
	gm  goldmark.Markdown
	ts  templateSet
}

// writeChunk is the size of a worker's buffer in front of the file it
// writes (a page in one write, a data file in a few hundred), and how many
// bytes a writer of a big data file (events.json, a sitemap, search.json)
// gathers before it writes them.
const writeChunk = 64 << 10

// writeFile creates the file full (see createFile) and writes what fill
// writes to it.
func (w *worker) writeFile(full string, fill func(out io.Writer) error) error {
	f, err := createFile(full)
	if err != nil {
		return err
	}
	if w.out == nil {
		w.out = bufio.NewWriterSize(f, writeChunk)
	} else {
		w.out.Reset(f)
	}
	err = fill(w.out)
	if err == nil {
		err = w.out.Flush()
	}
	w.out.Reset(nil)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ioOverlap is how many workers share one CPU: a worker blocked creating a
// folder or writing a file leaves the CPU to another.
const ioOverlap = 4

// runner writes one render's jobs into dir.
type runner struct {
	dir    string
	ts     templateSet
	opts   Options
	keys   []string          // by job, for pages when opts.Salt is set
	reads  map[string]*reads // by kind of page: what its templates read of it (see readsOf)
	reused atomic.Int64
}

// run renders and writes every job with a bounded pool of workers,
// ioOverlap per CPU. Output does not depend on the order jobs run in; the first error
// (by job order among those that ran) is returned and stops the rest.
func (r *runner) run(jobs []job) error {
	var next atomic.Int64
	var failed atomic.Bool
	errs := make([]error, len(jobs))
	r.keys = make([]string, len(jobs))
	var wg sync.WaitGroup
	for range min(ioOverlap*runtime.GOMAXPROCS(0), max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{gm: newMarkdown(), ts: r.ts}
			for i := int(next.Add(1) - 1); i < len(jobs) && !failed.Load(); i = int(next.Add(1) - 1) {
				if errs[i] = r.do(w, i, jobs[i]); errs[i] != nil {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// do does job i, or waits for it if it was started early.
func (r *runner) do(w *worker, i int, j job) error {
	if j.wait != nil {
		return j.wait()
	}
	return r.one(w, i, j)
}

// start begins j at once, on a worker of its own, and returns it with a
// wait that run (and anyone else) calls to have its result.
func (r *runner) start(j job) job {
	done := make(chan error, 1)
	go func(j job) { done <- r.one(&worker{ts: r.ts}, -1, j) }(j)
	var once sync.Once
	var err error
	j.wait = func() error {
		once.Do(func() { err = <-done })
		return err
	}
	return j
}

// one writes job i (-1 for a job started early, which is no page) under
// dir, refusing any path that would leave dir: a
// page whose key opts.Reuse knows is kept or placed by it, anything else
// rendered. A file already at the path is replaced, never written through:
// it may be a hard link to a page of the published site.
func (r *runner) one(w *worker, i int, j job) error {
	key := ""
	if j.page != nil && r.opts.Salt != "" {
		key = pageKey(j.page, r.opts.Salt, r.readsOf(j.page.Kind))
		r.keys[i] = key
		if r.opts.Reuse != nil && r.opts.Reuse.Kept(j.path, key) {
			r.reused.Add(1)
			return nil
		}
	}
	full := filepath.Join(r.dir, filepath.FromSlash(j.path))
	if rel, err := filepath.Rel(r.dir, full); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%s: output path leaves the site folder", j.path)
	}
	if key != "" && r.place(full, j.path, key) {
		r.reused.Add(1)
		return nil
	}
	if err := mkdirFor(full); err != nil {
		return err
	}
	return w.writeFile(full, func(out io.Writer) error { return j.write(w, out) })
}

// readsOf is what the template of a kind of page reads of it; a kind the
// walk did not see (none today) is covered whole, never not at all.
func (r *runner) readsOf(kind string) *reads {
	if rd := r.reads[kind]; rd != nil {
		return rd
	}
	return &reads{whole: true}
}

// place puts the earlier build's copy of the page with key at full, if
// opts.Reuse has one.
func (r *runner) place(full, path, key string) bool {
	if r.opts.Reuse == nil {
		return false
	}
	src, ok := r.opts.Reuse.Previous(path, key)
	return ok && mkdirFor(full) == nil && linkOrCopy(src, full) == nil
}

// pageKeys lists every file in job order, with its key when it is a page
// (and opts.Salt is set); nil when there is no Salt.
func (r *runner) pageKeys(jobs []job) []PageKey {
	if r.opts.Salt == "" {
		return nil
	}
	out := make([]PageKey, len(jobs))
	for i, j := range jobs {
		out[i] = PageKey{Path: j.path, Key: r.keys[i]}
	}
	return out
}

// mkdirFor makes the folder a file goes in. Most pages have a folder of their
// own whose parent exists, so one Mkdir call usually does; MkdirAll (a Stat
// per level first) is the fallback.
func mkdirFor(file string) error {
	dir := filepath.Dir(file)
	err := os.Mkdir(dir, 0o755)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return nil
	}
	return os.MkdirAll(dir, 0o755)
}

// page executes p's template into out; an article's Markdown body is
// rendered first, and dropped afterwards to keep memory flat.
func (w *worker) page(p *page, out io.Writer) error {
	name := pageTemplate(p.Kind)
	if p.Article != nil {
		w.md.Reset()
		if err := renderMarkdown(w.gm, p.Article.Markdown(), p.Article.URL, &w.md); err != nil {
			return fmt.Errorf("%s: markdown: %w", p.Article.File, err)
		}
		p.Body = template.HTML(bytesView(w.md.Bytes())) // w.md is not written again before the defer drops it
		defer func() { p.Body = "" }()
	}
	if err := w.ts[name].ExecuteTemplate(out, name, p); err != nil {
		return fmt.Errorf("%s: template %s: %w", p.path(), name, err)
	}
	return nil
}

func pageTemplate(kind string) string {
	switch kind {
	case "timeline":
		return tplTimeline
	case "month":
		return tplMonth
	case "archive":
		return tplArchive
	case "event":
		return tplEvent
	case "article":
		return tplArticle
	case "search":
		return tplSearch
	}
	return tplNotFound
}

func pageJobs(pages []*page) []job {
	jobs := make([]job, 0, len(pages)+16)
	for _, p := range pages {
		jobs = append(jobs, job{path: p.path(), write: func(w *worker, out io.Writer) error { return w.page(p, out) }, page: p})
	}
	return jobs
}

// dataJobs are the feeds and the machine-readable files but events.json,
// which RenderWith starts early.
func dataJobs(d *digest, f *feeds.Feed, pages []*page) []job {
	with := func(path string, fn func(io.Writer) error) job {
		return job{path: path, write: func(_ *worker, out io.Writer) error { return fn(out) }}
	}
	jobs := []job{
		with("feed.xml", func(o io.Writer) error { return writeRSS(o, d, f) }),
		with("atom.xml", func(o io.Writer) error { return writeAtom(o, d, f) }),
		with("feed.json", func(o io.Writer) error { return writeJSONFeed(o, d, f) }),
		with("search.json", func(o io.Writer) error { return writeSearchIndex(o, d) }),
	}
	sm := sitemapFiles(d, sitemapURLs(d, pages))
	for _, name := range sortedKeys(sm) {
		jobs = append(jobs, with(name, sm[name]))
	}
	return jobs
}
