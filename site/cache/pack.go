// Package cache keeps what one build computed so the next build can skip it:
// values keyed by a hash of everything that produced them (the input bytes and the
// code version), stored in one pack file per kind outside public/ and outside the
// content folder. A cache may only ever save time: a missing, stale or corrupt
// pack is treated as empty, and a key must cover every input of its value.
package cache

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// packMagic opens every pack file; bump the number when the layout changes.
const packMagic = "digest-cache-pack 2\n"

// Pack is a set of values of one kind, loaded whole from one file and saved whole
// to it. One file rather than one per entry, because at 100,000 articles opening
// and writing that many small files costs more than the work they save.
//
// The file is the magic line, then each entry as its key and its value's
// bytes (see Codec), both length-prefixed. Loading reads the file into one
// string and only indexes it; a value is decoded when a build asks for it,
// and Save writes an entry that was only read back as the bytes it came as.
type Pack[V any] struct {
	path  string
	codec Codec[V]
	mu    sync.Mutex
	old   map[string]string // key -> encoded value, as loaded from the file
	keep  map[string]V      // hit or put during this build: what Save writes
	hits  map[string]string // the entries of keep taken from old, still encoded
}

// Load reads the pack at path. A missing file is an empty pack; an unreadable
// or corrupt one is an empty pack and an error to report, never a failed build.
func Load[V any](path string, codec Codec[V]) (*Pack[V], error) {
	p := &Pack[V]{path: path, codec: codec, old: map[string]string{}, keep: map[string]V{}, hits: map[string]string{}}
	data, err := readString(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	if !strings.HasPrefix(data, packMagic) {
		return p, fmt.Errorf("%s: not a cache pack of this version", path)
	}
	old := map[string]string{}
	r := &reader{s: data[len(packMagic):]}
	for r.s != "" && r.err == nil {
		k := r.string()
		old[k] = r.string()
	}
	if r.err != nil {
		return p, fmt.Errorf("%s: %w", path, r.err)
	}
	p.old = old
	return p, nil
}

// readString reads a whole file into one string, without the copy that
// converting a byte slice would make.
func readString(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	sb.Grow(int(fi.Size()))
	if _, err := io.Copy(&sb, f); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// Get returns the value stored under key, and marks it to be kept by Save. An
// entry that cannot be decoded is a miss.
// Entries are decoded outside the lock, so Gets from several goroutines
// decode in parallel.
func (p *Pack[V]) Get(key string) (V, bool) {
	p.mu.Lock()
	v, ok := p.keep[key]
	raw, loaded := p.old[key]
	p.mu.Unlock()
	if ok || !loaded {
		return v, ok
	}
	v, err := p.codec.Decode(raw)
	p.mu.Lock()
	defer p.mu.Unlock()
	if err != nil {
		delete(p.old, key)
		var zero V
		return zero, false
	}
	if kept, ok := p.keep[key]; ok { // another goroutine got or put it meanwhile
		return kept, true
	}
	p.keep[key] = v
	p.hits[key] = raw
	return v, true
}

// Put stores v under key for this build and the next.
func (p *Pack[V]) Put(key string, v V) {
	p.mu.Lock()
	p.keep[key] = v
	delete(p.hits, key)
	p.mu.Unlock()
}

// Drop forgets what this build got or put under key: Save leaves it out, so
// the next build computes it again.
func (p *Pack[V]) Drop(key string) {
	p.mu.Lock()
	delete(p.keep, key)
	delete(p.hits, key)
	p.mu.Unlock()
}

// Keys are the keys loaded from the file, in no order.
func (p *Pack[V]) Keys() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	ks := make([]string, 0, len(p.old))
	for k := range p.old {
		ks = append(ks, k)
	}
	return ks
}

// Hits is how many Gets this build found in the loaded pack.
func (p *Pack[V]) Hits() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.hits)
}

// Changed reports whether Save would write a pack different from the one loaded:
// something was put, or something loaded was not used and would be dropped.
func (p *Pack[V]) Changed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.keep) != len(p.hits) || len(p.old) != len(p.hits)
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
	defer p.mu.Unlock()
	keys := make([]string, 0, len(p.keep))
	for k := range p.keep {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if err := p.write(keys); err != nil {
		return fmt.Errorf("%s: %w", p.path, err)
	}
	return nil
}

// write writes the entries of keys to a temporary file and renames it over
// the pack. An entry read back and not changed is written as the bytes it was
// read as; a value the codec refuses is left out.
func (p *Pack[V]) write(keys []string) error {
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
	var buf, val []byte
	for i := 0; i < len(keys) && err == nil; i++ {
		k := keys[i]
		raw, hit := p.hits[k]
		if !hit {
			var verr error
			if val, verr = p.codec.Append(val[:0], p.keep[k]); verr != nil {
				continue
			}
		}
		buf = appendString(buf[:0], k)
		if hit {
			buf = appendString(buf, raw)
		} else {
			buf = append(binary.AppendUvarint(buf, uint64(len(val))), val...)
		}
		_, err = w.Write(buf)
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), p.path)
}
