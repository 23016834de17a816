package site

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/internal/prefault"
	"github.com/topicdigest/digest/site/model"
)

// The cache's pack files inside cache.Dir.
const (
	articlePack = "articles.pack" // cleaned articles, by articleKey
	failurePack = "failures.pack" // why a document made no article, by articleKey
	filePack    = "files.pack"    // what reading each content file gave, by its path, with its stat
	sourcePack  = "sources.pack"  // each source's template lines, with the pages they were learnt from
)

// codeVersion names the running program in cache keys (a variable so tests
// can play a new binary).
var codeVersion = cache.CodeVersion

// readAndClean is Load's reading and cleaning: the articles of the content
// folder and the warnings, in the order ingest.Walk and clean.CleanAll give
// them. With the cache on, files whose stat has not changed are not opened,
// sources none of whose pages changed keep their template lines, and
// articles whose inputs have not changed are not cleaned again; the result is
// the same as without it. A cache that cannot be read or written is reported
// to log and the build goes on as if there were none.
func readAndClean(opts Options) ([]model.Article, []model.Warning, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	packs := openPacks(opts.Content, opts.Log)
	if packs == nil {
		docs, warns, err := ingest.Walk(opts.Content, ingest.Options{Now: now})
		if err != nil {
			return nil, nil, err
		}
		report(opts.Progress, StageClean, len(docs))
		arts, cw := clean.CleanAll(docs, clean.Options{Now: now})
		return arts, append(warns, cw...), nil
	}
	rd, err := readStatFirst(opts.Content, ingest.Options{Now: now}, packs, opts.Log)
	if err != nil {
		return nil, nil, err
	}
	report(opts.Progress, StageClean, len(rd.docs))
	arts, cw, cleaned := cleanStatFirst(rd, packs, now, opts.Log)
	reopened := ""
	if rd.reread > 0 {
		reopened = fmt.Sprintf(" (%d unchanged files reopened: their source's template lines changed)", rd.reread)
	}
	logf(opts.Log, "cache: %d of %d files unchanged, not read; %d of %d documents cleaned%s",
		rd.listed-rd.read, rd.listed, cleaned, len(rd.docs), reopened)
	packs.save(opts.Log)
	return arts, append(rd.warnings(), cw...), nil
}

// packSet is the cache of one content folder.
type packSet struct {
	files    *cache.Pack[cache.FileEntry]
	sources  *cache.Pack[cache.SourceEntry]
	articles *cache.Pack[model.Article]
	failures *cache.Pack[string]
	found    sync.WaitGroup // files and sources are loaded (openPacks)
	foundErr []error        // why a pack openPacks loaded was not read
	results  sync.WaitGroup // articles and failures are loaded (loadResults)
	loadErrs []error        // why a pack loadResults loaded was not read
	dir      string
	version  string
}

// openPacks starts loading the content folder's cache of what reading found
// (see waitFound; the packs of cleaned articles follow, see loadResults), or
// is nil when caching is off or cannot work (no cache folder, an executable
// that cannot be read to version it). A pack that cannot be read starts
// empty.
func openPacks(content string, log io.Writer) *packSet {
	dir, version := cacheFolder(content, log)
	if dir == "" {
		return nil
	}
	ps := &packSet{dir: dir, version: version}
	if err := cache.SweepLeftovers(dir, time.Now()); err != nil {
		logf(log, "cache: %v", err)
	}
	// Loaded while the folder is listed: the files pack alone is 78 MB at
	// 100,000 articles, a tenth of a second to index, which the listing
	// waited for.
	ps.found.Add(1)
	go func() {
		defer ps.found.Done()
		ps.files = loadPack(dir, filePack, cache.Files{}, &ps.foundErr)
		ps.sources = loadPack(dir, sourcePack, cache.Sources{}, &ps.foundErr)
	}()
	return ps
}

// waitFound waits for the packs of what reading found, and logs why any
// was not read.
func (ps *packSet) waitFound(log io.Writer) {
	ps.found.Wait()
	logLoadErrors(log, ps.foundErr)
	ps.foundErr = nil
}

// loadResults starts loading the packs of cleaned articles, which are
// needed only once every file is read: listing the folder alone goes
// faster, and reading the files overlaps with the loading.
func (ps *packSet) loadResults() {
	ps.results.Add(1)
	go func() {
		defer ps.results.Done()
		ps.articles = loadPack(ps.dir, articlePack, cache.Articles{}, &ps.loadErrs)
		ps.failures = loadPack(ps.dir, failurePack, cache.Strings{}, &ps.loadErrs)
	}()
}

// loadPack loads one pack of dir; one that cannot be read is empty, and the
// reason is added to errs.
func loadPack[V any](dir, name string, codec cache.Codec[V], errs *[]error) *cache.Pack[V] {
	p, err := cache.Load[V](filepath.Join(dir, name), codec)
	if err != nil {
		*errs = append(*errs, err)
	}
	return p
}

// waitResults waits for the packs of cleaned articles, and logs why any was
// not read.
func (ps *packSet) waitResults(log io.Writer) {
	ps.results.Wait()
	logLoadErrors(log, ps.loadErrs)
	ps.loadErrs = nil
}

// logLoadErrors says which packs start afresh, and why.
func logLoadErrors(log io.Writer, errs []error) {
	for _, err := range errs {
		logf(log, "cache: %v (starting it afresh)", err)
	}
}

// save writes the packs back; one that cannot be written costs the next build
// the work it held.
func (ps *packSet) save(log io.Writer) {
	ps.waitResults(log)
	for _, save := range []func() error{ps.files.Save, ps.sources.Save, ps.articles.Save, ps.failures.Save} {
		if err := save(); err != nil {
			logf(log, "cache: %v (the next build does that work again)", err)
		}
	}
}

// cleanStatFirst cleans the documents rd found as clean.CleanAll would,
// taking each article (or its failure) from the cache when its key is there,
// and reading again the files of the documents it must clean that rd took
// from the cache. It returns the articles and the failures' warnings in
// document order, and how many documents it cleaned.
func cleanStatFirst(rd *readDocs, ps *packSet, now time.Time, log io.Writer) ([]model.Article, []model.Warning, int) {
	tmpl := learnTemplates(rd, ps.sources) // while the packs of cleaned articles may still be loading
	ps.waitResults(log)
	n := len(rd.docs)
	// Filled on every core while a collection may be marking (see prefault).
	keys := prefault.Make[string](n)
	arts := prefault.Make[model.Article](n)
	fails := prefault.Make[string](n)
	done := make([]bool, n)
	made := prefault.Make[keyInputs](n)
	par.Each(n, func(k int) {
		keys[k], made[k] = tmpl.articleKey(rd.docs[k], now)
		if arts[k], done[k] = ps.articles.Get(keys[k]); !done[k] {
			fails[k], done[k] = ps.failures.Get(keys[k])
		}
	})
	rd.rememberKeys(keys, made)
	var todo []int
	var refs []docRef
	for k := range n {
		if !done[k] {
			todo, refs = append(todo, k), append(refs, rd.docs[k])
		}
	}
	rd.readAgain(refs)
	par.Each(len(todo), func(j int) {
		k := todo[j]
		arts[k], fails[k] = cleanOne(rd, tmpl, rd.docs[k], now)
		switch {
		case fails[k] == "":
			ps.articles.Put(keys[k], arts[k])
		case fails[k] != changedDuringBuild:
			ps.failures.Put(keys[k], fails[k])
		}
	})
	out := arts[:0] // in place: out[j] is written only once arts[j] is read
	var warns []model.Warning
	for k := range n {
		if fails[k] != "" {
			warns = append(warns, model.Warning{File: rd.files[rd.docs[k].file].Path, Reason: strings.Clone(fails[k])})
			continue
		}
		arts[k].Made = keys[k]
		out = append(out, arts[k])
	}
	return out, warns, len(todo)
}

// changedDuringBuild is the warning for a document whose file changed between
// being listed and being read again for cleaning; the next build reads it.
const changedDuringBuild = "changed while the build was reading it; build again"

// cleanOne cleans one document with its source's template lines, returning
// its article, or the reason it made none.
func cleanOne(rd *readDocs, tmpl *sourceTemplates, r docRef, now time.Time) (model.Article, string) {
	d, ok := rd.document(r)
	if !ok {
		return model.Article{}, changedDuringBuild
	}
	a, err := clean.CleanWithTemplate(d, clean.Options{Now: now}, tmpl.linesOf(r, d.Body))
	if err != nil {
		return model.Article{}, strings.TrimPrefix(err.Error(), d.Path+": ")
	}
	return a, ""
}

// keyInputs are what other files and the clock decide of an article's key
// (see cache.DocEntry.Key); zero when the key was not worked out anew.
type keyInputs struct {
	source, id, when string
}

// articleKey names every input of document r's cleaning: the document (its
// digest), its unique id, what of the clock it depends on, and which of its
// lines are its source's template. It takes the key the file pack remembers
// when the inputs other files and the clock decide are unchanged; else it
// works the key out and returns those inputs, for rememberKeys.
func (t *sourceTemplates) articleKey(r docRef, now time.Time) (string, keyInputs) {
	e := t.rd.entry(r)
	in := keyInputs{source: t.fingerprints[e.Source], id: r.id,
		when: clean.KeyTime(model.Document{Format: e.Format, Meta: model.Meta{FetchedAt: e.FetchedAt}}, now)}
	if e.Key != "" && e.KeySource == in.source && e.KeyID == in.id && e.KeyTime == in.when {
		return e.Key, keyInputs{}
	}
	return cache.Key(t.rd.version, e.Digest, in.id, in.when, t.linesIn(r)), in
}

// cacheFolder is the content folder's cache folder and the program's version
// that keys what is kept there, both empty when caching is off or cannot work
// (no cache folder, an executable that cannot be read to version it). Why the
// folder cannot be named goes to log, when there is one.
func cacheFolder(content string, log io.Writer) (dir, version string) {
	dir, err := cache.Dir(content)
	if err != nil {
		logf(log, "cache: %v (building without it)", err)
		return "", ""
	}
	version = codeVersion()
	if dir == "" || version == "" {
		return "", ""
	}
	return dir, version
}

// logf writes one line to log, if there is one.
func logf(log io.Writer, format string, args ...any) {
	if log != nil {
		fmt.Fprintf(log, format+"\n", args...)
	}
}
