package group

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// keptWriteups is a Writeups in memory, counting what it was asked.
type keptWriteups struct {
	mu      sync.Mutex
	entries map[uint64]string
	hits    int
	kept    int
}

func (w *keptWriteups) Writeup(key uint64) (string, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	e, ok := w.entries[key]
	if ok {
		w.hits++
	}
	return e, ok
}

func (w *keptWriteups) KeepWriteup(key uint64, entry string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.entries == nil {
		w.entries = map[uint64]string{}
	}
	w.entries[key] = entry
	w.kept++
}

// TestWriteupRoundTrip: a write-up comes back as written, nil lists and
// maps as nil and empty ones as empty (the JSON feed tells them apart).
func TestWriteupRoundTrip(t *testing.T) {
	for _, w := range []writeup{
		{},
		{title: "Drill", summary: "Shells fell.", wire: []model.WireStory{}, adds: map[string][]string{}},
		{title: "Drill", wire: []model.WireStory{{Agency: "AFP", Articles: []string{"a", "b"}}, {Articles: []string{}}},
			adds: map[string][]string{"b": {"One.", "Two."}, "a": {"Three."}, "c": nil}},
	} {
		got, err := decodeWriteup(string(appendWriteup(nil, w)))
		require.NoError(t, err)
		assert.Equal(t, w, got)
	}
	entry := string(appendWriteup(nil, writeup{title: "T", summary: "S", adds: map[string][]string{"a": {"x"}}}))
	for cut := range len(entry) {
		_, err := decodeWriteup(entry[:cut])
		require.Error(t, err, "cut at %d", cut)
	}
	_, err := decodeWriteup(entry + "x")
	require.Error(t, err, "a trailing byte")
}

// TestWriteupsReused: regrouped with one report added, the events it did not
// touch are not written up again, and every event is what Group gives.
func TestWriteupsReused(t *testing.T) {
	arts, _ := synthArticles(600, 13)
	ws := &keptWriteups{}
	first, mem := GroupFrom(arts, Options{}, Earlier{Writeups: ws})
	require.Equal(t, Group(arts, Options{}), first)
	require.Equal(t, len(first), ws.kept)

	ws.hits, ws.kept = 0, 0
	after := with(copyOf(arts, 300, "zzz-added"))(arts)
	got, _ := GroupFrom(after, Options{}, Earlier{Memory: mem, Writeups: ws})
	require.Equal(t, Group(after, Options{}), got)
	// In a digest this small every term's count is exact (see steadyCount), so
	// the new report's words also reweigh the headline words of a few events
	// it did not join: those are written up again too.
	assert.Greater(t, ws.hits, len(got)*3/4, "write-ups reused, of %d events", len(got))
	assert.Positive(t, ws.kept, "the event the report joined is written up again")
}

// TestWriteupFollowsWording: reports reworded without a change to their
// terms (same words, other punctuation) keep their vectors, and their
// events must still be written up again, with the new wording.
func TestWriteupFollowsWording(t *testing.T) {
	arts, _ := synthArticles(300, 17)
	ws := &keptWriteups{}
	_, mem := GroupFrom(arts, Options{}, Earlier{Writeups: ws})
	after := slices.Clone(arts)
	for k := 0; k < len(after); k += 10 {
		a := *after[k]
		a.Title += "!"
		a.Text = strings.ReplaceAll(a.Text, ".", "!")
		after[k] = &a
	}
	got, _ := GroupFrom(after, Options{}, Earlier{Memory: mem, Writeups: ws})
	require.Equal(t, Group(after, Options{}), got)
}

// TestWriteupKeyCoversWeights: a change to the weight of a term in a
// member's title or lead changes the key, even for a term too common to be
// in any vector (whose weight no vector hash sees).
func TestWriteupKeyCoversWeights(t *testing.T) {
	arts, _ := synthArticles(120, 3)
	g := newGrouping(arts, Options{}, &recollection{})
	members := g.cl.groups()[0]
	d := &g.docs[members[0]]
	require.NotEmpty(t, d.f.title)
	require.NotEmpty(t, d.f.sents)
	for name, id := range map[string]int32{"title": d.f.title[0], "lead": d.f.sents[0].terms[0]} {
		before := g.writeupKey(members)
		g.voc.idfs[id] *= 1.5
		assert.NotEqual(t, before, g.writeupKey(members), name)
	}
}

// TestTextHash: texts differing in any byte, or only in length, hash apart.
func TestTextHash(t *testing.T) {
	seen := map[uint64]string{}
	for _, s := range []string{"", "\x00", "\x00\x00", "a", "b", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefgh\x00", "bbcdefgh"} {
		h := textHash(1, s)
		_, dup := seen[h]
		require.False(t, dup, "%q and %q", s, seen[h])
		seen[h] = s
	}
}
