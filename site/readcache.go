package site

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// racyWindow is how long before a build's listing a file must have last
// changed for its stat to be trusted by the next build. A file rewritten
// within one timestamp tick keeps its stat, so an entry taken right after a
// change could hide a second change; such "racy" entries are read again next
// time, as git and Go's build cache do.
var racyWindow = 2 * time.Second

// readDocs is the content folder as the stat-first read found it: every file
// in walk order with what reading it gave (taken from the cache when its
// stat matched, read otherwise), and its documents in order with their
// unique ids.
type readDocs struct {
	opts    ingest.Options
	version string // the code's, in every key
	files   []ingest.File
	entries []cache.FileEntry  // per file; zero for an entry that is only a walk warning
	bodies  [][]model.Document // per file: the documents read this build, nil when taken from the cache
	docs    []docRef           // every document, in walk order
	keys    []string           // per file: its key in the file pack
	pack    *cache.Pack[cache.FileEntry]
	listed  int // files to read, walk warnings aside
	read    int // files read because the cache did not describe them
	reread  int // files the cache described, read again to clean a document
}

// docRef names one document: its file, its place among the file's documents
// and its id once ids are unique.
type docRef struct {
	file, doc int
	id        string
}

// entry is the cached description of document r.
func (rd *readDocs) entry(r docRef) *cache.DocEntry { return &rd.entries[r.file].Docs[r.doc] }

// readStatFirst lists the content folder and reads only the files whose stat
// differs from what the file pack remembers (or that it does not trust); the
// rest are taken from the pack unopened. Why a pack was not read goes to
// log.
func readStatFirst(content string, opts ingest.Options, ps *packSet, log io.Writer) (*readDocs, error) {
	listed := time.Now()
	files, err := ingest.List(content)
	ps.waitFound(log)
	if err != nil {
		return nil, err
	}
	ps.loadResults()
	pack, version := ps.files, ps.version
	rd := &readDocs{opts: opts, version: version, files: files, pack: pack, entries: make([]cache.FileEntry, len(files)),
		bodies: make([][]model.Document, len(files)), keys: make([]string, len(files))}
	// Entries are keyed by the path under the content folder, and hold no
	// path as walked (see keptWarnings, docDigest), so "content", "./content"
	// and its absolute path, which share a cache folder, share entries too.
	prefix := cache.Key(version)[:16] + "/"
	now := opts.Now.UnixNano()
	var reads atomic.Int64
	par.Each(len(files), func(i int) {
		f := files[i]
		if f.Warn != "" {
			return
		}
		rd.keys[i] = prefix + f.Rel
		if e, ok := pack.Get(rd.keys[i]); ok && e.Trusted && e.Stat == f.Stat && e.Now <= now {
			rd.entries[i] = e
			return
		}
		reads.Add(1)
		docs, warns := ingest.Read(f, opts)
		rd.bodies[i] = docs
		rd.entries[i] = fileEntry(f, docs, warns, opts.Now, listed)
		pack.Put(rd.keys[i], rd.entries[i])
	})
	for _, f := range files {
		if f.Warn == "" {
			rd.listed++
		}
	}
	rd.read = int(reads.Load())
	rd.number()
	return rd, nil
}

// number lists every document in walk order and gives each its unique id.
func (rd *readDocs) number() {
	var ids []string
	for i := range rd.entries {
		for j, d := range rd.entries[i].Docs {
			rd.docs = append(rd.docs, docRef{file: i, doc: j})
			ids = append(ids, d.ID)
		}
	}
	for k, id := range ingest.UniqueIDs(ids) {
		rd.docs[k].id = id
	}
}

// warnings are the walk's and the files' warnings, in walk order, as
// ingest.Walk gives them. They are copied out of the file pack, which the
// build would otherwise keep whole for as long as it keeps them.
func (rd *readDocs) warnings() []model.Warning {
	var out []model.Warning
	for i, f := range rd.files {
		if f.Warn != "" {
			out = append(out, model.Warning{File: f.Path, Reason: f.Warn})
			continue
		}
		for _, w := range rd.entries[i].Warnings {
			out = append(out, model.Warning{File: f.Path + w.File, Reason: strings.Clone(w.Reason)})
		}
	}
	return out
}

// document is document r with its text, reading its file if this build has
// not; ok is false when the file no longer holds the document the cache
// described (it changed during the build), and the file's entry is then
// dropped so the next build reads it again.
func (rd *readDocs) document(r docRef) (model.Document, bool) {
	docs := rd.bodies[r.file]
	e := rd.entry(r)
	if r.doc >= len(docs) || docs[r.doc].Hash != e.Hash || docs[r.doc].ID != e.ID {
		rd.pack.Drop(rd.keys[r.file])
		return model.Document{}, false
	}
	d := docs[r.doc]
	d.ID = r.id
	return d, true
}

// rememberKeys stores in the file pack the article keys worked out anew
// (those with inputs), with their inputs, for the next build.
func (rd *readDocs) rememberKeys(keys []string, made []keyInputs) {
	changed := map[int]bool{}
	for k, in := range made {
		if in == (keyInputs{}) {
			continue
		}
		r := rd.docs[k]
		e := rd.entry(r)
		e.Key, e.KeySource, e.KeyID = keys[k], in.source, in.id
		changed[r.file] = true
	}
	for i := range changed {
		rd.pack.Put(rd.keys[i], rd.entries[i])
	}
}

// readAgain reads the files of refs that this build took from the cache, so
// their documents can be cleaned.
func (rd *readDocs) readAgain(refs []docRef) {
	need := map[int]bool{}
	var files []int
	for _, r := range refs {
		if rd.bodies[r.file] == nil && !need[r.file] {
			need[r.file] = true
			files = append(files, r.file)
		}
	}
	par.Each(len(files), func(j int) {
		i := files[j]
		rd.bodies[i], _ = ingest.Read(rd.files[i], rd.opts)
	})
	rd.reread += len(files)
}

// fileEntry is what a later build keeps of file f, read now: its stat, its
// warnings, and for each document what keying and template detection need.
func fileEntry(f ingest.File, docs []model.Document, warns []model.Warning, now, listed time.Time) cache.FileEntry {
	st := f.Stat
	settled := st != (ingest.Stat{}) && st.Latest() < listed.Add(-racyWindow).UnixNano()
	e := cache.FileEntry{Stat: st, Now: now.UnixNano(), Trusted: settled && !ingest.DependsOnNow(warns), Warnings: keptWarnings(f.Path, warns),
		Docs: make([]cache.DocEntry, len(docs))}
	for j, d := range docs {
		e.Docs[j] = cache.DocEntry{ID: d.ID, Hash: d.Hash, Format: d.Format, FetchedAt: d.Meta.FetchedAt,
			Digest: docDigest(d), Source: clean.SourceOf(d), Lines: cache.MakeWords(clean.PageLineIDs(d))}
	}
	return e
}

// keptWarnings are a file's warnings as the file pack keeps them: each names
// the file by what follows its path as walked ("" for the file, ":12" for a
// line of it), which warnings puts back behind the path of this build's
// spelling of the content folder. A warning that names no place in the file
// (ingest gives none) is kept as one about the file.
func keptWarnings(path string, warns []model.Warning) []model.Warning {
	out := make([]model.Warning, len(warns))
	for i, w := range warns {
		at, ok := strings.CutPrefix(w.File, path)
		if !ok {
			at = ""
		}
		out[i] = model.Warning{File: at, Reason: w.Reason}
	}
	return out
}

// docDigest keys everything of a document that cleaning reads, except its
// id (made unique across files later), its source's template and the clock.
// Its hash names its text (a .jsonl line's is the line's own). Its path as
// walked is left out: it is how this build spells the content folder, which
// cleaning only copies into the article (Path), and cleanStatFirst sets
// that anew on an article taken from the cache.
func docDigest(d model.Document) string {
	return cache.Key(d.Hash, d.File, string(d.Format), fmt.Sprintf("%#v", d.Meta))
}
