package group

import (
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

// partialOf is what an entry keeps of f (see features).
func partialOf(f features) features {
	return features{bag: f.bag, title: f.title, lead: f.leadTerms(), partial: true}
}

// TestFeaturesRoundTrip: every ECB+ article's and seed's features come back
// from their entry as extracted, less the sentences and shingles.
func TestFeaturesRoundTrip(t *testing.T) {
	arts, _, _ := loadECB(t)
	arts = append(arts, &model.Article{Title: "", Text: ""},
		&model.Article{Title: "Odd weights", Text: "One. Two!  Three?\n\nFour."})
	an := analyzers{}
	for _, a := range arts {
		f := extract(a.Title, a.Text, an.get(a.Language))
		got, err := decodeFeatures(string(appendFeatures(nil, f)))
		require.NoError(t, err, a.ID)
		require.Equal(t, bareFeatures(partialOf(f)), bareFeatures(got), a.ID)
	}
}

// TestWholeFeatures: an article's partial features made whole again are
// those it was extracted with, numbered by the vocabulary.
func TestWholeFeatures(t *testing.T) {
	arts, _, _ := loadECB(t)
	arts = arts[:40]
	an := analyzers{}
	g := &grouping{docs: make([]doc, len(arts))}
	want := make([]features, len(arts))
	bags := make([]*termBag, len(arts))
	for i, a := range arts {
		want[i] = extract(a.Title, a.Text, an.get(a.Language))
		bags[i] = &want[i].bag
		partial, err := decodeFeatures(string(appendFeatures(nil, want[i])))
		require.NoError(t, err)
		g.docs[i] = doc{art: a, f: partial}
	}
	var globs [][]int32
	g.voc, globs = buildVocabulary(bags)
	members := make([]int, len(arts))
	for i := range arts {
		want[i].renumber(globs[i])
		want[i].bag = termBag{}
		g.docs[i].f.renumber(globs[i])
		members[i] = i
	}
	g.whole(members, analyzers{})
	for i, a := range arts {
		require.Equal(t, bareFeatures(want[i]), bareFeatures(g.docs[i].f), a.ID)
	}
}

// TestVocabularyID: every term is found under its id, and a term no article
// has is not.
func TestVocabularyID(t *testing.T) {
	bags := []*termBag{{terms: []string{"a", "b", "@c d"}}, {terms: []string{"b", "#1"}}}
	voc, _ := buildVocabulary(bags)
	for id, term := range voc.terms {
		assert.Equal(t, int32(id), voc.id(term), term)
	}
	assert.Equal(t, int32(-1), voc.id("e"))
}

// TestFeatureWeights: weights the term sink gives (halves) and any other
// come back to the bit.
func TestFeatureWeights(t *testing.T) {
	for _, w := range []float64{0, 0.5, 1, 1.5, 3, 6, 7.5, 1e6, 0.1, 1.0 / 3, 1e300} {
		f := features{bag: termBag{terms: []string{"t"}, tf: []float64{w}}}
		got, err := decodeFeatures(string(appendFeatures(nil, f)))
		require.NoError(t, err)
		assert.Equal(t, w, got.bag.tf[0])
	}
}

// TestDamagedFeatures: a cut, lengthened or garbled entry is an error, never
// a panic or features that do not belong to the article.
func TestDamagedFeatures(t *testing.T) {
	arts, _, _ := loadECB(t)
	a := arts[0]
	entry := string(appendFeatures(nil, extract(a.Title, a.Text, newAnalyzer(a.Language))))
	for cut := 0; cut < len(entry); cut += 1 + cut/8 {
		_, err := decodeFeatures(entry[:cut])
		require.Error(t, err, "cut at %d", cut)
	}
	_, err := decodeFeatures(entry + "x")
	require.Error(t, err, "trailing byte")
	for k := range len(entry) {
		garbled := []byte(entry)
		garbled[k] ^= 0xff
		assert.NotPanics(t, func() { _, _ = decodeFeatures(string(garbled)) }, "byte %d", k)
	}
	long := features{sents: make([]sentFeatures, summaryLead+1)}
	long.lead, long.partial = long.leadTerms(), true
	long.lead = append(long.lead, nil)
	_, err = decodeFeatures(string(appendFeatures(nil, long)))
	require.Error(t, err, "more lead sentences than are kept")
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
