package site

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
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
// to log and the build goes on as if there were none. It also reports
// whether the build cleaned most of its articles (see cleanedMost), as it
// does without the cache.
func readAndClean(opts Options) ([]model.Article, []model.Warning, bool, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	packs := openPacks(opts.Content, opts.Log)
	if packs == nil {
		docs, warns, err := ingest.Walk(opts.Content, ingest.Options{Now: now})
		if err != nil {
			return nil, nil, true, err
		}
		report(opts.Progress, StageClean, len(docs))
		arts, cw := clean.CleanAll(docs, clean.Options{Now: now})
		return arts, append(warns, cw...), true, nil
	}
	rd, err := readStatFirst(opts.Content, ingest.Options{Now: now}, packs, opts.Log)
	if err != nil {
		return nil, nil, true, err
	}
	report(opts.Progress, StageClean, len(rd.docs))
	arts, cw, cleaned, fresh := cleanStatFirst(rd, packs, now, opts.Log)
	setWarmGCPercent(opts.WarmGCPercent, cleaned, len(rd.docs))
	reopened := ""
	if rd.reread > 0 {
		reopened = fmt.Sprintf(" (%d unchanged files reopened to clean again: their source's template lines or the clock changed)", rd.reread)
	}
	logf(opts.Log, "cache: %d of %d files unchanged, not read; %d of %d documents cleaned%s",
		rd.listed-rd.read, rd.listed, cleaned, len(rd.docs), reopened)
	packs.save(opts.Log)
	most := cleanedMost(cleaned, len(rd.docs))
	if cache.Mapping() && most {
		cache.ReleaseBallast() // what the packs held was stale; the texts' pack, mapped next, is not
		if err := textsFromPack(packs.articles.Path(), arts, fresh); err != nil {
			logf(opts.Log, "cache: %v (the cleaned texts stay in memory)", err)
		}
	}
	return arts, append(rd.warnings(), cw...), most, nil
}

// textsFromPack points the texts of the articles this build cleaned at their
// copies in the pack of cleaned articles it has just saved, mapped: the heap
// then holds them no longer, and what the file's pages hold is not counted
// against the memory limit. A build that cleans every article of a
// 100,000-article digest (the first with the cache) holds about 170 MB of
// cleaned text through grouping, beside the grouping's memory it keeps for
// the next build, and its heap sat at the limit, collecting back to back.
// fresh maps each cleaned article's key in the pack to its position in arts.
// A text is only replaced by an equal one.
func textsFromPack(path string, arts []model.Article, fresh map[string]int) error {
	var codec cache.Articles
	return cache.EachEntry(path, func(key, raw string) {
		i, ok := fresh[key]
		if !ok {
			return
		}
		a, err := codec.Decode(raw)
		if err != nil {
			return
		}
		if a.Text == arts[i].Text {
			arts[i].Text = a.Text
		}
		if a.Markdown == arts[i].Markdown {
			arts[i].Markdown = a.Markdown
		}
	})
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
// document order, how many documents it cleaned, and the key each article
// it cleaned is kept under, with its position among the articles.
func cleanStatFirst(rd *readDocs, ps *packSet, now time.Time, log io.Writer) ([]model.Article, []model.Warning, int, map[string]int) {
	tmpl := learnTemplates(rd, ps.sources) // while the packs of cleaned articles may still be loading
	ps.waitResults(log)
	n := len(rd.docs)
	// Filled on every core while a collection may be marking (see prefault).
	timeless := prefault.Make[string](n)
	keys := prefault.Make[string](n) // the key each result is kept under
	arts := prefault.Make[model.Article](n)
	fails := prefault.Make[string](n)
	done := make([]bool, n)
	made := prefault.Make[keyInputs](n)
	par.Each(n, func(k int) {
		timeless[k], made[k] = tmpl.timelessKey(rd.docs[k])
		for _, l := range lastings {
			keys[k] = tmpl.lastingKey(rd.docs[k], timeless[k], l, now)
			if arts[k], fails[k], done[k] = ps.recall(keys[k], l, now); done[k] {
				arts[k].Made = madeKey(keys[k], l, arts[k])
				arts[k].Path = rd.files[rd.docs[k].file].Path // as this build spells the content folder (docDigest)
				break
			}
		}
	})
	rd.rememberKeys(timeless, made)
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
		var lasts clean.Lasting
		arts[k], fails[k], lasts = cleanOne(rd, tmpl, rd.docs[k], now)
		keys[k] = tmpl.lastingKey(rd.docs[k], timeless[k], lasts, now)
		switch {
		case fails[k] == "":
			ps.articles.Put(keys[k], arts[k])
			arts[k].Made = madeKey(keys[k], lasts, arts[k])
		case fails[k] != changedDuringBuild:
			ps.failures.Put(keys[k], fails[k])
		}
	})
	out := arts[:0] // in place: out[j] is written only once arts[j] is read
	var warns []model.Warning
	fresh := make(map[string]int, len(todo))
	for k := range n {
		if fails[k] != "" {
			warns = append(warns, model.Warning{File: rd.files[rd.docs[k].file].Path, Reason: strings.Clone(fails[k])})
			continue
		}
		if !done[k] {
			fresh[keys[k]] = len(out)
		}
		out = append(out, arts[k])
	}
	return out, warns, len(todo), fresh
}

// changedDuringBuild is the warning for a document whose file changed between
// being listed and being read again for cleaning; the next build reads it.
const changedDuringBuild = "changed while the build was reading it; build again"

// lastings are how long a cleaned article lasts, in the order a build looks
// for it under each's key (lastingKey): most articles last from their date on.
var lastings = []clean.Lasting{clean.LastsFromItsDate, clean.LastsTillItsDayRecurs, clean.LastsTillItsWeekdayRecurs, clean.LastsTheDay}

// recall is what cleaning gave under key, when the cache holds it and, as
// it lasts l, it holds at now: an article, or the reason there was none.
func (ps *packSet) recall(key string, l clean.Lasting, now time.Time) (model.Article, string, bool) {
	if a, ok := ps.articles.Get(key); ok && l.HoldsAt(a, now) {
		return a, "", true
	}
	if fail, ok := ps.failures.Get(key); ok {
		return model.Article{}, fail, true
	}
	return model.Article{}, "", false
}

// cleanOne cleans one document with its source's template lines, returning
// its article, or the reason it made none, and for which clocks that lasts
// (clean.CleanWithTemplate).
func cleanOne(rd *readDocs, tmpl *sourceTemplates, r docRef, now time.Time) (model.Article, string, clean.Lasting) {
	d, ok := rd.document(r)
	if !ok {
		return model.Article{}, changedDuringBuild, clean.LastsTheDay
	}
	a, lasts, err := clean.CleanWithTemplate(d, clean.Options{Now: now}, tmpl.isTemplate(r))
	if err != nil {
		return model.Article{}, strings.TrimPrefix(err.Error(), d.Path+": "), lasts
	}
	return a, "", lasts
}

// keyInputs are what other files decide of an article's timeless key (see
// cache.DocEntry.Key); zero when the key was not worked out anew.
type keyInputs struct {
	source, id string
}

// timelessKey names every input of document r's cleaning but the clock: the
// document (its digest), its unique id, and which of its lines are its
// source's template. Articles that last from their date on are kept under
// it; the others under lastingKey's. It takes the key the file pack
// remembers when the inputs other files decide are unchanged; else it works
// the key out and returns those inputs, for rememberKeys.
func (t *sourceTemplates) timelessKey(r docRef) (string, keyInputs) {
	e := t.rd.entry(r)
	in := keyInputs{source: t.fingerprints[e.Source], id: r.id}
	if e.Key != "" && e.KeySource == in.source && e.KeyID == in.id {
		return e.Key, keyInputs{}
	}
	return t.articleKey(r, in.id, timelessMark), in
}

// timelessMark stands for the clock in timeless keys; clean.KeyTime never
// gives it.
const timelessMark = "any time from the date on"

// lastingKey is the key document r's article is kept under when it lasts l:
// its timeless key, that key marked with l, or for an article that lasts
// the day, its key with what of now its cleaning depends on
// (clean.KeyTime).
func (t *sourceTemplates) lastingKey(r docRef, timeless string, l clean.Lasting, now time.Time) string {
	switch l {
	case clean.LastsFromItsDate:
		return timeless
	case clean.LastsTillItsDayRecurs, clean.LastsTillItsWeekdayRecurs:
		return cache.Key(timeless, "lasting", strconv.Itoa(int(l)))
	}
	e := t.rd.entry(r)
	when := clean.KeyTime(model.Document{Format: e.Format, Meta: model.Meta{FetchedAt: e.FetchedAt}}, now)
	return t.articleKey(r, r.id, when)
}

// madeKey is the article's Made: the key it is kept under, with its date for
// one dated by a day without its year, as the same key gives a later year's
// date once the day recurs.
func madeKey(key string, l clean.Lasting, a model.Article) string {
	if l == clean.LastsTillItsDayRecurs || l == clean.LastsTillItsWeekdayRecurs {
		return cache.Key(key, a.Date.Format(time.RFC3339Nano))
	}
	return key
}

// articleKey hashes the inputs of document r's cleaning into its key.
func (t *sourceTemplates) articleKey(r docRef, id, when string) string {
	return cache.Key(t.rd.version, t.rd.entry(r).Digest, id, when, t.linesIn(r))
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
