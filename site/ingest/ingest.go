// Package ingest finds the articles in a content folder and decodes them into
// model.Documents: text in UTF-8 with LF line ends, front matter and header
// lines read into Meta, nothing removed yet. Every problem with a file is a
// warning naming the file, and the rest of the folder is still read. Ingest
// never writes to the content folder.
package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Options bound what ingest accepts.
type Options struct {
	MaxBytes int64     // files larger than this are skipped with a warning; 0 means DefaultMaxBytes
	Now      time.Time // dates more than a year after Now are impossible; zero means time.Now()
	Workers  int       // files read at once; 0 means a few per CPU
}

// DefaultMaxBytes is the largest file ingest reads.
const DefaultMaxBytes = 16 << 20

// maxBytes is the size limit in force.
func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// now is the clock dates are checked against.
func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

// workers is how many files are read at once: reading waits on the disk as
// much as on the CPU, so a few per CPU keep both busy.
func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return 4 * runtime.GOMAXPROCS(0)
}

// Walk reads every article under dir in sorted order of path. Names starting
// with "." or "_" are skipped, and so is site.toml at the top, which holds the
// settings. Files it cannot use become warnings naming the file and the reason;
// only a content folder that cannot be read at all is an error. Ids are unique:
// a later file whose id is taken gets "-2", "-3", ...
func Walk(dir string, opts Options) ([]model.Document, []model.Warning, error) {
	entries, err := list(dir, false)
	if err != nil {
		return nil, nil, err
	}
	results := readAll(entries, opts)
	var docs []model.Document
	var warns []model.Warning
	for _, r := range results {
		docs = append(docs, r.docs...)
		warns = append(warns, r.warns...)
	}
	uniqueIDs(docs)
	return docs, warns, nil
}

// Paths reads one file, or every file under a folder, for `digest clean PATH`.
// A folder is walked as Walk does. A file named on its own is read even when
// its name starts with "." or "_"; its id is its own name without extension.
func Paths(p string, opts Options) ([]model.Document, []model.Warning, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, nil, err
	}
	if fi.IsDir() {
		return Walk(p, opts)
	}
	name := filepath.Base(p)
	if _, ok := formatOf(name); !ok {
		return nil, []model.Warning{{File: p, Reason: unknownTypeReason(name)}}, nil
	}
	r := readOne(entry{rel: name, path: p}, opts)
	uniqueIDs(r.docs)
	return r.docs, r.warns, nil
}

// fileResult is what one entry yields.
type fileResult struct {
	docs  []model.Document
	warns []model.Warning
}

// readAll reads and parses the entries with a bounded pool of workers. Each
// result lands in its entry's slot, so the order is the walk's, however the
// work was shared out.
func readAll(entries []entry, opts Options) []fileResult {
	results := make([]fileResult, len(entries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := min(opts.workers(), len(entries)); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(entries); i = int(next.Add(1) - 1) {
				results[i] = readOne(entries[i], opts)
			}
		}()
	}
	wg.Wait()
	return results
}

// readOne reads and parses one entry. A panic in a parser library on some
// input becomes a warning for that file, so one file cannot stop a build.
func readOne(e entry, opts Options) (r fileResult) {
	defer func() {
		if p := recover(); p != nil {
			r = fileResult{warns: []model.Warning{{File: e.path, Reason: fmt.Sprintf("could not be parsed (internal error: %v)", p)}}}
		}
	}()
	if e.warn != "" {
		return fileResult{warns: []model.Warning{{File: e.path, Reason: e.warn}}}
	}
	raw, reason := readLimited(e.path, opts.maxBytes())
	if reason != "" {
		return fileResult{warns: []model.Warning{{File: e.path, Reason: reason}}}
	}
	docs, warns := parseFile(e.path, e.rel, raw, opts, viewedText) // raw is dropped here, never written
	return fileResult{docs: docs, warns: warns}
}

// uniqueIDs gives every document an id no other holds, in document order.
func uniqueIDs(docs []model.Document) {
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	for i, id := range assignIDs(ids) {
		docs[i].ID = id
	}
}

// isSkippedName reports whether a file or folder name is left out of the walk:
// hidden files, drafts and partials.
func isSkippedName(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}
