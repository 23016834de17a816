package cache

import (
	"encoding/binary"
	"slices"

	"github.com/topicdigest/digest/site/model"
)

// EventEntry is a grouped event as a build keeps it for the next one: its
// articles as positions in the grouped list, so the events come back over
// the next build's articles, and its dates as the members whose dates they
// are, so they come back with their zones intact.
type EventEntry struct {
	ID, Title, Summary string
	Members            []int32
	Date, Updated      int32 // member whose Date the event's is, -1 for none
	Wire               []model.WireStory
	Adds               map[string][]string
	Related            []string
}

// eventsFormat starts an events file; it changes whenever the layout does.
// (Gob took a quarter of a second each way at 15,000 events.)
const eventsFormat = 1

// AppendEvents writes the key the events were grouped under and the events.
// Every list and map keeps whether it was nil, so the events decode to what
// the grouper made, field for field; a map's keys are written in order.
func AppendEvents(b []byte, key string, evs []EventEntry) []byte {
	b = slices.Grow(b, eventsSize(key, evs)) // tens of megabytes of text: grown once, not copied as it grows
	b = append(b, eventsFormat)
	b = appendString(b, key)
	b = binary.AppendUvarint(b, uint64(len(evs)))
	for i := range evs {
		b = appendEvent(b, &evs[i])
	}
	return b
}

func appendEvent(b []byte, e *EventEntry) []byte {
	for _, s := range []string{e.ID, e.Title, e.Summary} {
		b = appendString(b, s)
	}
	b = appendLength(b, e.Members == nil, len(e.Members))
	for _, m := range e.Members {
		b = binary.AppendUvarint(b, uint64(m))
	}
	b = binary.AppendVarint(b, int64(e.Date))
	b = binary.AppendVarint(b, int64(e.Updated))
	b = appendLength(b, e.Wire == nil, len(e.Wire))
	for _, w := range e.Wire {
		b = appendString(b, w.Agency)
		b = appendNilable(b, w.Articles)
	}
	b = appendLength(b, e.Adds == nil, len(e.Adds))
	keys := make([]string, 0, len(e.Adds))
	for k := range e.Adds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b = appendString(b, k)
		b = appendNilable(b, e.Adds[k])
	}
	return appendNilable(b, e.Related)
}

// eventsSize is at least what AppendEvents writes: every string's bytes
// and a varint's most for every number.
func eventsSize(key string, evs []EventEntry) int {
	n := 1 + 2*binary.MaxVarintLen64 + len(key)
	strs := func(ss []string) {
		n += binary.MaxVarintLen64 * (1 + len(ss))
		for _, s := range ss {
			n += len(s)
		}
	}
	for i := range evs {
		e := &evs[i]
		strs([]string{e.ID, e.Title, e.Summary})
		n += binary.MaxVarintLen64 * (4 + len(e.Members) + 2*len(e.Wire) + len(e.Adds))
		for _, w := range e.Wire {
			n += len(w.Agency)
			strs(w.Articles)
		}
		for k, ss := range e.Adds {
			n += len(k)
			strs(ss)
		}
		strs(e.Related)
	}
	return n
}

// appendLength writes a list's length plus one, or 0 for a nil list.
func appendLength(b []byte, isNil bool, n int) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

// appendNilable writes a list of strings that may be nil.
func appendNilable(b []byte, ss []string) []byte {
	b = appendLength(b, ss == nil, len(ss))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// DecodeEvents reads what AppendEvents wrote; the strings are substrings of s.
func DecodeEvents(s string) (string, []EventEntry, error) {
	r := &reader{s: s}
	if r.byte() != eventsFormat {
		return "", nil, errCorrupt
	}
	key := r.string()
	evs := make([]EventEntry, r.count())
	for i := range evs {
		r.event(&evs[i])
	}
	if err := r.end(); err != nil {
		return "", nil, err
	}
	return key, evs, nil
}

func (r *reader) event(e *EventEntry) {
	e.ID, e.Title, e.Summary = r.string(), r.string(), r.string()
	if n, ok := r.length(); ok {
		e.Members = make([]int32, n)
		for k := range e.Members {
			e.Members[k] = int32(r.uvarint())
		}
	}
	e.Date, e.Updated = r.int32(), r.int32()
	if n, ok := r.length(); ok {
		e.Wire = make([]model.WireStory, n)
		for k := range e.Wire {
			e.Wire[k] = model.WireStory{Agency: r.string(), Articles: r.nilable()}
		}
	}
	if n, ok := r.length(); ok {
		e.Adds = make(map[string][]string, n)
		for range n {
			k := r.string()
			e.Adds[k] = r.nilable()
		}
	}
	e.Related = r.nilable()
}

// int32 reads what binary.AppendVarint wrote of an int32.
func (r *reader) int32() int32 {
	v := r.varint()
	if v != int64(int32(v)) {
		r.err = errCorrupt
	}
	return int32(v)
}

// length reads what appendLength wrote: the length, which cannot exceed the
// bytes left, and false for nil.
func (r *reader) length() (int, bool) {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.s))+1 {
		r.err = errCorrupt
	}
	if r.err != nil || n == 0 {
		return 0, false
	}
	return int(n - 1), true
}

// nilable reads what appendNilable wrote.
func (r *reader) nilable() []string {
	n, ok := r.length()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for k := range out {
		out[k] = r.string()
	}
	return out
}
