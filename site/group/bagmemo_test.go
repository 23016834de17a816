package group

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// extractedBags are the bags of the articles of synthArticles(n, seed).
func extractedBags(t *testing.T, n int, seed uint64) []termBag {
	arts, _ := synthArticles(n, seed)
	an := analyzers{}
	bags := make([]termBag, len(arts))
	for i, a := range arts {
		bags[i] = extract(a.Title, a.Text, an.get(a.Language)).bag
	}
	return bags
}

func pointers(bags []termBag) []*termBag {
	out := make([]*termBag, len(bags))
	for i := range bags {
		out[i] = &bags[i]
	}
	return out
}

// TestVocabularyFromEarlier: a vocabulary merged from an earlier one, with
// some bags given as its ids, some bags gone and others new, is the one
// built from the bags' terms, ids and all.
func TestVocabularyFromEarlier(t *testing.T) {
	all := extractedBags(t, 400, 3)
	before, after := all[:300], slices.Concat(all[:100], all[150:300], all[300:])
	oldVoc, oldGlobs := buildVocabulary(pointers(before))
	eb := &earlierBags{terms: oldVoc.terms, hashes: oldVoc.hashes}
	earlier := make([][]int32, len(after))
	for i := range 100 {
		earlier[i] = oldGlobs[i] // unchanged, taken as ids
	}
	for i := 100; i < 200; i++ {
		earlier[i] = oldGlobs[i+50]
	}
	fresh, merged := slices.Clone(after), slices.Clone(after) // each build drops its bags' terms
	want, wantGlobs := buildVocabulary(pointers(fresh))
	got, gotGlobs := buildVocabularyFrom(pointers(merged), earlier, eb)
	require.Equal(t, want.terms, got.terms)
	require.Equal(t, want.hashes, got.hashes)
	require.Equal(t, want.df, got.df)
	require.Equal(t, want.idfs, got.idfs)
	require.Equal(t, wantGlobs, gotGlobs)
	assert.Less(t, len(want.terms), len(oldVoc.terms)+3000, "a real mix of kept, gone and new terms")
	for i := range after {
		assert.Nil(t, fresh[i].terms, "bag %d: its terms, numbered, are dropped", i)
		assert.Nil(t, merged[i].terms, "bag %d: its terms, numbered, are dropped", i)
	}
}

// idsOf is ns as ids through glob.
func idsOf(ns, glob []int32) []int32 {
	out := []int32{}
	for _, n := range ns {
		out = append(out, glob[n])
	}
	return out
}

// TestBagRoundTrip: a bag comes back in id order with its weights, its
// title and lead naming the same ids; a cut, lengthened or garbled entry is
// an error, never a panic.
func TestBagRoundTrip(t *testing.T) {
	arts, _, _ := loadECB(t)
	an := analyzers{}
	for i, a := range arts[:50] {
		f := extract(a.Title, a.Text, an.get(a.Language))
		f.weekday = weekdayRead(i % 9)
		glob := make([]int32, len(f.bag.terms)) // ids in another order than the bag's
		for n := range glob {
			glob[n] = int32(7 * (len(glob) - 1 - n))
		}
		entry := string(appendBag(nil, &f, glob))
		got, ids, tail, err := decodeBag(entry, 7*len(glob))
		require.NoError(t, err, a.ID)
		renumbered := make([]int32, len(ids)) // as the next vocabulary may: in the same order
		for k, id := range ids {
			renumbered[k] = 3*id + int32(k%2)
		}
		assert.Equal(t, string(appendBag(nil, &got, renumbered)), string(rebag(nil, got.weekday, renumbered, tail)),
			"%s: renumbered, the entry changes in its ids alone", a.ID)
		require.True(t, slices.IsSorted(ids), a.ID)
		weights := map[int32]float64{}
		for n, id := range glob {
			weights[id] = f.bag.tf[n]
		}
		for k, id := range ids {
			assert.Equal(t, weights[id], got.bag.tf[k], "%s: id %d", a.ID, id)
		}
		assert.Len(t, ids, len(glob))
		assert.Equal(t, f.weekday, got.weekday, a.ID)
		assert.Equal(t, idsOf(f.title, glob), idsOf(got.title, ids), a.ID)
		lead := f.leadTerms()
		require.Len(t, got.lead, len(lead), a.ID)
		for k := range lead {
			assert.Equal(t, idsOf(lead[k], glob), idsOf(got.lead[k], ids), a.ID)
		}
		if len(glob) > 0 {
			_, _, _, err = decodeBag(entry, 7*(len(glob)-1))
			require.Error(t, err, "%s: an id outside the vocabulary", a.ID)
		}
		for cut := 0; cut < len(entry); cut += 1 + cut/8 {
			_, _, _, err := decodeBag(entry[:cut], 7*len(glob))
			require.Error(t, err, "%s: cut at %d", a.ID, cut)
		}
		_, _, _, err = decodeBag(entry+"x", 7*len(glob))
		require.Error(t, err, "trailing byte")
		_, _, _, err = decodeBag("\x09"+entry[1:], 7*len(glob))
		require.Error(t, err, "no weekday")
		for k := range len(entry) {
			garbled := []byte(entry)
			garbled[k] ^= 0xff
			assert.NotPanics(t, func() { _, _, _, _ = decodeBag(string(garbled), 7*len(glob)) }, "byte %d", k)
		}
	}
}

// TestInconsistentBagMemory: lists that disagree are not read, and the
// grouping extracts every article again.
func TestInconsistentBagMemory(t *testing.T) {
	arts, _ := synthArticles(300, 4)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	require.True(t, mem.Bags.consistent(len(mem.IDs)))
	for name, spoil := range map[string]func(bm *BagMemory){
		"a text short":      func(bm *BagMemory) { bm.Texts = bm.Texts[1:] },
		"bags cut":          func(bm *BagMemory) { bm.Bags = bm.Bags[:len(bm.Bags)-1] },
		"ends out of order": func(bm *BagMemory) { bm.BagEnds[0], bm.BagEnds[1] = bm.BagEnds[1]+1, bm.BagEnds[0] },
		"terms cut":         func(bm *BagMemory) { bm.Terms = bm.Terms[:len(bm.Terms)-1] },
	} {
		spoilt := *mem
		spoilt.Bags.Texts = slices.Clone(mem.Bags.Texts)
		spoilt.Bags.BagEnds = slices.Clone(mem.Bags.BagEnds)
		spoil(&spoilt.Bags)
		assert.False(t, spoilt.Bags.consistent(len(spoilt.IDs)), name)
		g := newGrouping(arts, Options{}, &recollection{earlier: &spoilt})
		assert.Equal(t, eventsData(Group(arts, Options{})), eventsData(g.events()), name)
	}
}

// TestBagsTakenFromMemory: after one new report, every other article's bag
// comes from the memory, and the vocabulary is the one built afresh.
func TestBagsTakenFromMemory(t *testing.T) {
	arts, _ := synthArticles(600, 8)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	after := with(copyOf(arts, 70, "zzz-new"))(arts)
	g := &grouping{pos: map[string]int32{}}
	for i, a := range sortedByID(after) {
		g.pos[a.ID] = int32(i)
	}
	eb := g.earlierBagsOf(mem, textKeys(sortedByID(after)))
	require.NotNil(t, eb)
	assert.Equal(t, 1, eb.missing())
	fresh := newGrouping(after, Options{}, &recollection{})
	replayed := newGrouping(after, Options{}, &recollection{earlier: mem})
	assert.Equal(t, fresh.voc, replayed.voc)
	assert.Equal(t, fresh.memory().Bags, replayed.memory().Bags)
}

// TestWeekdayKeptWithTheBag: the weekday an undated lead names is read
// once and kept with its bag; a regrouping takes it from there.
func TestWeekdayKeptWithTheBag(t *testing.T) {
	arts := []*model.Article{
		{ID: "a", Title: "Navy seizes pirate ship", Text: "The navy said on Saturday it had seized a pirate ship off the coast.", Language: "en"},
		{ID: "b", Title: "Pirates held by navy", Text: "Twenty-three pirates were held on Saturday, the navy said.", Language: "en"},
		{ID: "c", Title: "Storm closes port", Text: "A storm closed the port, officials said.", Language: "en"},
	}
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	bag := func(j int) string { return mem.Bags.Bags[startOf(mem.Bags.BagEnds, j):mem.Bags.BagEnds[j]] }
	require.Equal(t, []string{"a", "b", "c"}, mem.IDs)
	assert.Equal(t, byte(time.Saturday+2), bag(0)[0], "read once, kept")
	assert.Equal(t, byte(noWeekday+2), bag(2)[0], "a lead naming no day is kept as read too")

	spoilt := []byte(mem.Bags.Bags)
	spoilt[startOf(mem.Bags.BagEnds, 0)] = byte(time.Monday + 2)
	mem.Bags.Bags = string(spoilt)
	g := newGrouping(arts, Options{}, &recollection{earlier: mem})
	assert.Equal(t, int8(time.Monday), g.docs[0].wday, "taken from the memory, not read again")
	assert.Equal(t, int8(time.Saturday), g.docs[1].wday)
}

// TestTextKeyFollowsWhatItReads: an article's text key changes with its
// title, text and language, or, for one the cache cleaned, with what it was
// made from, which decides them.
func TestTextKeyFollowsWhatItReads(t *testing.T) {
	base := model.Article{ID: "a", Title: "Drill near the border", Text: "Shells were fired.", Language: "en"}
	key := textKey(&base)
	for name, change := range map[string]func(a *model.Article){
		"title":    func(a *model.Article) { a.Title += "!" },
		"text":     func(a *model.Article) { a.Text += " Again." },
		"language": func(a *model.Article) { a.Language = "de" },
		"made":     func(a *model.Article) { a.Made = "k1" },
	} {
		a := base
		change(&a)
		assert.NotEqual(t, key, textKey(&a), name)
	}
	made := base
	made.Made = "k1"
	other := made
	other.Made = "k2"
	assert.NotEqual(t, textKey(&made), textKey(&other), "made from something else")
	other.Made, other.ID = "k1", "b"
	assert.Equal(t, textKey(&made), textKey(&other), "what an article was made from names its text")
}

// TestRebagGrowsOnceToItsSize: rebag's entry is exactly rebagSize long,
// and fills the room it grew once, whatever the sizes of the steps.
func TestRebagGrowsOnceToItsSize(t *testing.T) {
	for _, x := range []uint64{0, 1, 0x7f, 0x80, 0x3fff, 0x4000, 1<<21 - 1, 1 << 21, math.MaxUint32, math.MaxUint64} {
		assert.Equal(t, len(binary.AppendUvarint(nil, x)), uvarintLen(x), "%#x", x)
	}
	for _, ids := range [][]int32{nil, {0}, {5, 6, 7}, {1, 200, 20000, 3000000, math.MaxInt32}} {
		for _, tail := range []string{"", "\x02\x04lead"} {
			b := rebag(nil, weekdayRead(0), ids, tail)
			assert.Equal(t, rebagSize(ids, tail), len(b), "%v %q", ids, tail)
			allocs := testing.AllocsPerRun(10, func() { b = rebag(nil, weekdayRead(0), ids, tail) })
			assert.Equal(t, 1.0, allocs, "%v %q: grown more than once", ids, tail)
		}
	}
}
