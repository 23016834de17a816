// Package cache keeps what one build computed so the next build can skip it:
// values keyed by a hash of everything that produced them (the input bytes and the
// code version), stored in one pack file per kind outside public/ and outside the
// content folder. A cache may only ever save time: a missing, stale or corrupt
// pack is treated as empty, and a key must cover every input of its value.
package cache

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// packMagic opens every pack file; bump the number when the layout changes.
const packMagic = "digest-cache-pack 1\n"

// Pack is a set of values of one kind, loaded whole from one file and saved whole
// to it. One file rather than one per entry, because at 100,000 articles opening
// and writing that many small files costs more than the work they save.
type Pack[V any] struct {
	path string
	mu   sync.Mutex
	old  map[string]V // loaded from the file
	keep map[string]V // hit or put during this build: what Save writes
	hits int
}

// entry is one key and value as stored. A pack is a count, then the entries one
// gob message each, so neither side holds the whole encoded pack in memory.
type entry[V any] struct {
	Key   string
	Value V
}

// Load reads the pack at path. A missing file is an empty pack; an unreadable
// or corrupt one is an empty pack and an error to report, never a failed build.
func Load[V any](path string) (*Pack[V], error) {
	p := &Pack[V]{path: path, old: map[string]V{}, keep: map[string]V{}}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	magic := make([]byte, len(packMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != packMagic {
		return p, fmt.Errorf("%s: not a cache pack of this version", path)
	}
	dec := gob.NewDecoder(r)
	var n int
	if err := dec.Decode(&n); err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	old := make(map[string]V, n)
	for range n {
		var e entry[V]
		if err := dec.Decode(&e); err != nil {
			return p, fmt.Errorf("%s: %w", path, err)
		}
		old[e.Key] = e.Value
	}
	p.old = old
	return p, nil
}

// Get returns the value stored under key, and marks it to be kept by Save.
func (p *Pack[V]) Get(key string) (V, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.keep[key]
	if ok {
		return v, true
	}
	v, ok = p.old[key]
	if ok {
		p.keep[key] = v
		p.hits++
	}
	return v, ok
}

// Put stores v under key for this build and the next.
func (p *Pack[V]) Put(key string, v V) {
	p.mu.Lock()
	p.keep[key] = v
	p.mu.Unlock()
}

// Hits is how many Gets this build found in the loaded pack.
func (p *Pack[V]) Hits() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits
}

// Changed reports whether Save would write a pack different from the one loaded:
// something was put, or something loaded was not used and would be dropped.
func (p *Pack[V]) Changed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.keep) != p.hits || len(p.old) != p.hits
}

// Save writes the entries used or put during this build, dropping the rest, so
// the pack follows the content instead of growing forever. It writes a
// temporary file and renames it, so a killed build leaves the old pack whole.
// It does nothing when nothing changed.
func (p *Pack[V]) Save() error {
	if !p.Changed() {
		return nil
	}
	p.mu.Lock()
	es := make([]entry[V], 0, len(p.keep))
	for k, v := range p.keep {
		es = append(es, entry[V]{k, v})
	}
	p.mu.Unlock()
	sort.Slice(es, func(i, j int) bool { return es[i].Key < es[j].Key })
	if err := os.MkdirAll(filepath.Dir(p.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p.path), filepath.Base(p.path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	_, err = w.WriteString(packMagic)
	enc := gob.NewEncoder(w)
	if err == nil {
		err = enc.Encode(len(es))
	}
	for i := 0; i < len(es) && err == nil; i++ {
		err = enc.Encode(&es[i])
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", p.path, err)
	}
	return os.Rename(tmp.Name(), p.path)
}
