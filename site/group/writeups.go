package group

import (
	"encoding/binary"
	"math"
	"sort"

	"github.com/topicdigest/digest/site/model"
)

// Writeups keeps each event's write-up (its headline, summary, wire copies
// and what each source adds) from one grouping to the next. Writing events
// up is a third of a regrouping's work after one new article at 100,000
// articles, and an event whose members and everything read of them are
// unchanged writes up the same, so only the events a change touched are
// written up again.
//
// A key covers everything a write-up is made from but the program and the
// options, which a keeper must tell apart itself. Entries are grouping's own
// encoding. Both methods are called from several goroutines at once.
type Writeups interface {
	// Writeup is the entry kept under key, if any.
	Writeup(key uint64) (string, bool)
	// KeepWriteup stores an entry under key for the next grouping.
	KeepWriteup(key uint64, entry string)
}

// writeup is the part of an event made from its members' text.
type writeup struct {
	title, summary string
	wire           []model.WireStory
	adds           map[string][]string
}

// writeUp writes up the event of members, sorted, whose vectors sum to
// centroid; members with partial features are extracted again with ans.
func (g *grouping) writeUp(members []int, centroid vec, ans analyzers) writeup {
	g.whole(members, ans)
	w := writeup{title: g.headline(members, centroid), wire: wireStories(g.docs, members), summary: g.summary(members)}
	w.adds = withoutSummary(sourceAdds(g.docs, g.voc, members), w.summary)
	return w
}

// writeUpOrRecall is writeUp, or the write-up kept under the members' key
// when there is one; a fresh write-up is kept. A damaged entry is written
// up again.
func (g *grouping) writeUpOrRecall(members []int, centroid func() vec, ans analyzers) writeup {
	if g.recall == nil || g.recall.writeups == nil {
		return g.writeUp(members, centroid(), ans)
	}
	ws := g.recall.writeups
	key := g.writeupKey(members)
	if entry, ok := ws.Writeup(key); ok {
		if w, err := decodeWriteup(entry); err == nil {
			return w
		}
	}
	w := g.writeUp(members, centroid(), ans)
	ws.KeepWriteup(key, string(appendWriteup(nil, w)))
	return w
}

// writeupKey hashes, in the members' order, everything writeUp reads of
// them: their ids, titles, texts, languages, agencies and dates, their
// vectors (see vectorHash) and the weights of the terms their titles and
// leads are weighed by. A 64-bit hash makes a false match negligible.
func (g *grouping) writeupKey(members []int) uint64 {
	h := mix64(uint64(len(members)))
	for _, m := range members {
		d := &g.docs[m]
		h = mix64(h ^ g.recall.vecs[m])
		h = mix64(h ^ g.recall.texts[m]) // title, text and language (see textKey)
		h = textHash(textHash(h, d.art.ID), d.art.Agency)
		h = mix64(h ^ uint64(d.art.Date.UnixNano()))
		h = g.idfHash(h, d.f.title)
		for _, terms := range d.f.leadTerms() {
			h = g.idfHash(h, terms)
		}
	}
	return h
}

// textHash adds s and its length to h, eight bytes at a time: the texts of
// 100,000 articles are 300 MB, which a byte at a time took a third of a
// second to hash.
func textHash(h uint64, s string) uint64 {
	h = mix64(h ^ uint64(len(s)))
	for ; len(s) >= 8; s = s[8:] {
		h = mix64(h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56))
	}
	var last uint64
	for i := range len(s) {
		last |= uint64(s[i]) << (8 * i)
	}
	return mix64(h ^ last)
}

// idfHash adds the weights of the terms ids to h.
func (g *grouping) idfHash(h uint64, ids []int32) uint64 {
	for _, id := range ids {
		h = mix64(h ^ math.Float64bits(g.voc.idfs[id]))
	}
	return h
}

// appendWriteup encodes w. A list or map is its length plus one, or 0 when
// it is nil, so it comes back as nil or empty as it was.
func appendWriteup(b []byte, w writeup) []byte {
	b = appendText(b, w.title)
	b = appendText(b, w.summary)
	b = appendLength(b, w.wire == nil, len(w.wire))
	for _, s := range w.wire {
		b = appendText(b, s.Agency)
		b = appendTexts(b, s.Articles)
	}
	b = appendLength(b, w.adds == nil, len(w.adds))
	ids := make([]string, 0, len(w.adds))
	for id := range w.adds {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		b = appendText(b, id)
		b = appendTexts(b, w.adds[id])
	}
	return b
}

// decodeWriteup reads what appendWriteup wrote.
func decodeWriteup(entry string) (writeup, error) {
	d := entryDecoder{s: entry}
	w := writeup{title: d.string(), summary: d.string()}
	if n, ok := d.length(2); ok {
		w.wire = make([]model.WireStory, n)
		for k := range w.wire {
			w.wire[k] = model.WireStory{Agency: d.string(), Articles: d.texts()}
		}
	}
	if n, ok := d.length(2); ok {
		w.adds = make(map[string][]string, n)
		for range n {
			id := d.string()
			w.adds[id] = d.texts()
		}
	}
	if d.err == nil && len(d.s) > 0 {
		d.err = errEntry
	}
	if d.err != nil {
		return writeup{}, d.err
	}
	return w, nil
}

// appendLength appends the length of a list or map, plus one, or 0 for nil.
func appendLength(b []byte, isNil bool, n int) []byte {
	if isNil {
		return binary.AppendUvarint(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

// appendTexts appends a list of strings, see appendLength.
func appendTexts(b []byte, ss []string) []byte {
	b = appendLength(b, ss == nil, len(ss))
	for _, s := range ss {
		b = appendText(b, s)
	}
	return b
}
