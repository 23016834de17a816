package group

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// keptExtractions is an Extractions in memory, keyed as the site keys its
// pack (title, text and language), counting what it was asked.
type keptExtractions struct {
	mu      sync.Mutex
	entries map[string]string
	hits    int
	kept    int
	done    int
}

func extractionKey(a *model.Article) string {
	return a.Title + "\x00" + a.Text + "\x00" + a.Language
}

func (x *keptExtractions) Extracted(a *model.Article) (string, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	e, ok := x.entries[extractionKey(a)]
	if ok {
		x.hits++
	}
	return e, ok
}

func (x *keptExtractions) Keep(a *model.Article, entry string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.entries == nil {
		x.entries = map[string]string{}
	}
	x.entries[extractionKey(a)] = entry
	x.kept++
}

func (x *keptExtractions) Done() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.done++
}

// bareFeatures is f with empty lists as nil, so features compare by content.
func bareFeatures(f features) features {
	if len(f.title) == 0 {
		f.title = nil
	}
	for k := range f.sents {
		if len(f.sents[k].terms) == 0 {
			f.sents[k].terms = nil
		}
	}
	if len(f.sents) == 0 {
		f.sents = nil
	}
	if len(f.shingles) == 0 {
		f.shingles = nil
	}
	if len(f.bag.terms) == 0 {
		f.bag = termBag{}
	}
	return f
}

// TestFeaturesRoundTrip: every ECB+ article's and seed's features come back
// from their entry as extracted, sentences as the same spans of the text.
func TestFeaturesRoundTrip(t *testing.T) {
	arts, _, _ := loadECB(t)
	arts = append(arts, &model.Article{Title: "", Text: ""},
		&model.Article{Title: "Odd weights", Text: "One. Two!  Three?\n\nFour."})
	an := analyzers{}
	for _, a := range arts {
		f := extract(a.Title, a.Text, an.get(a.Language))
		entry, ok := appendFeatures(nil, f, a.Text)
		require.True(t, ok, a.ID)
		got, err := decodeFeatures(string(entry), a.Text)
		require.NoError(t, err, a.ID)
		require.Equal(t, bareFeatures(f), bareFeatures(got), a.ID)
		for k, s := range got.sents {
			require.True(t, strings.Contains(a.Text, s.text), "%s sentence %d", a.ID, k)
		}
	}
}

// TestFeatureWeights: weights the term sink gives (halves) and any other
// come back to the bit.
func TestFeatureWeights(t *testing.T) {
	for _, w := range []float64{0, 0.5, 1, 1.5, 3, 6, 7.5, 1e6, 0.1, 1.0 / 3, 1e300} {
		f := features{bag: termBag{terms: []string{"t"}, tf: []float64{w}}}
		entry, ok := appendFeatures(nil, f, "")
		require.True(t, ok)
		got, err := decodeFeatures(string(entry), "")
		require.NoError(t, err)
		assert.Equal(t, w, got.bag.tf[0])
	}
}

// TestDamagedFeatures: a cut or garbled entry, or one for a shorter text, is
// an error, never a panic or features that do not belong to the article.
func TestDamagedFeatures(t *testing.T) {
	arts, _, _ := loadECB(t)
	a := arts[0]
	f := extract(a.Title, a.Text, newAnalyzer(a.Language))
	b, ok := appendFeatures(nil, f, a.Text)
	require.True(t, ok)
	entry := string(b)
	_, ok = appendFeatures(nil, f, "another text")
	assert.False(t, ok, "sentences that are not spans of the text")
	for cut := 0; cut < len(entry); cut += 1 + cut/8 {
		_, err := decodeFeatures(entry[:cut], a.Text)
		require.Error(t, err, "cut at %d", cut)
	}
	_, err := decodeFeatures(entry+"x", a.Text)
	require.Error(t, err, "trailing byte")
	_, err = decodeFeatures(entry, a.Text[:len(a.Text)/2])
	require.Error(t, err, "a shorter text")
	for k := range len(entry) {
		garbled := []byte(entry)
		garbled[k] ^= 0xff
		assert.NotPanics(t, func() { _, _ = decodeFeatures(string(garbled), a.Text) }, "byte %d", k)
	}
}

// TestExtractionsReused: a second grouping takes every article's features
// from the first's and groups the same; a damaged entry is extracted again.
func TestExtractionsReused(t *testing.T) {
	arts, _, _ := loadECB(t)
	want := eventsData(Group(arts, Options{}))
	xs := &keptExtractions{}
	got, _ := GroupFrom(arts, Options{}, Earlier{Extractions: xs})
	require.Equal(t, want, eventsData(got))
	assert.Equal(t, len(arts), xs.kept, "every article extracted and kept")
	assert.Equal(t, 1, xs.done, "told once when extraction is done")

	xs.kept, xs.hits = 0, 0
	xs.entries[extractionKey(arts[7])] = "garbled"
	got, _ = GroupFrom(arts, Options{}, Earlier{Extractions: xs})
	require.Equal(t, want, eventsData(got))
	assert.Equal(t, len(arts), xs.hits, "every article found")
	assert.Equal(t, 1, xs.kept, "only the damaged entry extracted again")
}
