package cache

import (
	"runtime"
	"sync/atomic"

	"github.com/topicdigest/digest/site/internal/prefault"
)

// loaded is a pack's entries as read from its file: an index of keys, each
// key's encoded value, and what this build did with it. The index never
// changes once the file is read, and each entry's state is its own atomic,
// so a Get of a loaded entry takes no lock: at 100,000 articles, two cores
// taking one mutex and four map operations per Get spent a third of a
// second waiting on each other.
type loaded[V any] struct {
	at    map[string]int32 // key -> entry
	keys  []string
	raws  []string // encoded values
	state []atomic.Uint32
	vals  []V           // decoded once, by the Get that moved the entry to entryDecoding
	over  []atomic.Bool // a Put or Drop of this build has the last word on the key
}

// An entry's state; it only moves forward.
const (
	entryUnused   = iota // not asked for by this build
	entryDecoding        // a Get is decoding it
	entryHit             // decoded into vals
	entryBad             // cannot be decoded: a miss, and left out
)

// add indexes the entry of key k; a later one of the same key replaces it.
func (l *loaded[V]) add(k, raw string) {
	if i, ok := l.at[k]; ok {
		l.raws[i] = raw
		return
	}
	l.at[k] = int32(len(l.keys))
	l.keys, l.raws = append(l.keys, k), append(l.raws, raw)
}

// ready makes room for the entries' states and values, once all are added.
func (l *loaded[V]) ready() {
	l.state = make([]atomic.Uint32, len(l.keys))
	l.vals = prefault.Make[V](len(l.keys)) // filled by Gets while a collection may be marking
	l.over = make([]atomic.Bool, len(l.keys))
}

// get is the value of entry i, decoded at the first ask.
func (l *loaded[V]) get(i int32, decode func(string) (V, error)) (v V, ok bool) {
	st := &l.state[i]
	for {
		switch st.Load() {
		case entryHit:
			return l.vals[i], true
		case entryBad:
			return v, false
		case entryDecoding:
			runtime.Gosched() // another Get is decoding it: a moment's wait
		case entryUnused:
			if !st.CompareAndSwap(entryUnused, entryDecoding) {
				continue
			}
			v, err := decode(l.raws[i])
			if err != nil {
				st.Store(entryBad)
				return v, false
			}
			l.vals[i] = v
			st.Store(entryHit)
			return v, true
		}
	}
}

// kept reports whether entry i is a hit that no Put or Drop overrode: Save
// keeps it as it was read.
func (l *loaded[V]) kept(i int) bool {
	return l.state[i].Load() == entryHit && !l.over[i].Load()
}

// live is how many entries can be decoded, as far as this build knows.
func (l *loaded[V]) live() int {
	n := len(l.keys)
	for i := range l.state {
		if l.state[i].Load() == entryBad {
			n--
		}
	}
	return n
}
