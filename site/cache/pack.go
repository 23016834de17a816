// Package cache keeps what one build computed so the next build can skip it:
// values keyed by a hash of everything that produced them (the input bytes and the
// code version), stored in one pack file per kind outside public/ and outside the
// content folder. A cache may only ever save time: a missing, stale or corrupt
// pack is treated as empty, and a key must cover every input of its value.
package cache

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"
)

// Pack is a set of values of one kind, loaded whole from one file. One file
// rather than one per entry, because at 100,000 articles opening and writing
// that many small files costs more than the work they save.
//
// Loading reads the file into one string and only indexes it (see
// packfile.go for the layout); a value is decoded when a build asks for it.
// Saving appends what the build added, so a build that changed one article
// writes one entry, not the 200 MB pack; when more than half of the file is
// entries the build did not use, Save writes the used ones afresh instead, so
// the pack follows the content instead of growing forever.
type Pack[V any] struct {
	path    string
	codec   Codec[V]
	old     loaded[V] // as loaded from the file, and what Gets made of it
	mu      sync.Mutex
	put     map[string]V // put during this build
	size    int64        // bytes of the loaded file; 0 when there is none to append to
	state   string       // the loaded file's state (see fileState), when it is whole
	scratch []byte       // where Save encodes values

	spilling bool  // Put writes to spilled (see Spill)
	spilled  spill // the puts written so far
}

// Load reads the pack at path. A missing file is an empty pack; an unreadable
// or corrupt one is an empty pack and an error to report, never a failed
// build. A damaged tail (a save that was cut short) is dropped, with an
// error to report, and what came before it is kept.
func Load[V any](path string, codec Codec[V]) (*Pack[V], error) {
	p := &Pack[V]{path: path, codec: codec, old: loaded[V]{at: map[string]int32{}}, put: map[string]V{}}
	defer p.old.ready()
	data, fi, err := loadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	whole, err := parsePack(data, sealed(path, fi), p.old.add)
	if whole {
		p.size, p.state = int64(len(data)), fileState(fi)
	}
	if err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// EachEntry hands each entry of the pack file at path to fn, its key and
// its encoded value (for the pack's codec to decode), in file order, without
// the index Load builds: for a build that reads back once what it has just
// saved. The file is mapped once MapFiles was called, and checked unless it
// is sealed, as Load does; a missing file has no entries.
func EachEntry(path string, fn func(key, raw string)) error {
	data, fi, err := loadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := parsePack(data, sealed(path, fi), fn); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Path is the pack's file.
func (p *Pack[V]) Path() string { return p.path }

// Get returns the value stored under key, and marks it to be kept by Save. An
// entry that cannot be decoded is a miss. An entry of the file is decoded
// at the first Get, without a lock (see loaded), so Gets from several
// goroutines decode in parallel.
func (p *Pack[V]) Get(key string) (V, bool) {
	if i, ok := p.old.at[key]; ok && !p.old.over[i].Load() {
		return p.old.get(i, p.codec.Decode)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.put[key]
	return v, ok
}

// Put stores v under key for this build and the next.
func (p *Pack[V]) Put(key string, v V) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.override(key)
	if p.spilling {
		p.spillPut(key, v)
		return
	}
	p.put[key] = v
}

// Drop forgets what this build got or put under key: Save leaves it out, so
// the next build computes it again.
func (p *Pack[V]) Drop(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.override(key)
	delete(p.put, key)
}

// override makes what this build puts under key (or nothing) replace the
// entry of the file. Called with p.mu held.
func (p *Pack[V]) override(key string) {
	if i, ok := p.old.at[key]; ok {
		p.old.over[i].Store(true)
	}
}

// Keys are the keys loaded from the file, in no order.
func (p *Pack[V]) Keys() []string {
	ks := make([]string, 0, len(p.old.keys))
	for i, k := range p.old.keys {
		if p.old.state[i].Load() != entryBad {
			ks = append(ks, k)
		}
	}
	return ks
}

// Hits is how many Gets this build found in the loaded pack (and kept).
func (p *Pack[V]) Hits() int {
	n := 0
	for i := range p.old.keys {
		if p.old.kept(i) {
			n++
		}
	}
	return n
}

// Changed reports whether Save would write a pack different from the one loaded:
// something was put, or something loaded was not used and would be dropped.
func (p *Pack[V]) Changed() bool {
	hits := p.Hits()
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.put) > 0 || p.old.live() != hits || p.spilled.puts > 0 || p.spilled.err != nil
}

// Save makes the pack file hold the entries used or put during this build:
// it appends the ones put, or, when the file holds more unused bytes than
// used ones (or is not there to append to), writes them all to a temporary
// file renamed over it, so a killed build leaves the old pack whole. It does
// nothing when nothing changed.
func (p *Pack[V]) Save() error {
	if !p.Changed() {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.spilled.discard()
	puts := p.putKeys()
	used := p.spilled.n
	for i, k := range p.old.keys {
		if p.old.kept(i) {
			used += int64(len(k) + len(p.old.raws[i]))
		}
	}
	var err error
	switch {
	case p.spilled.err != nil:
		err = p.spilled.err
	case p.size > 0 && p.size-used <= used && p.spilled.puts > 0:
		err = p.appendSpill(puts)
	case p.size > 0 && p.size-used <= used:
		err = p.appendSegment(puts)
	default:
		err = p.rewrite()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", p.path, err)
	}
	return nil
}

// putKeys are the keys put during this build, in order. Called with p.mu held.
func (p *Pack[V]) putKeys() []string {
	keys := make([]string, 0, len(p.put))
	for k := range p.put {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
