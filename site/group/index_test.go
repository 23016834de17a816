package group

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndexPostings holds the index to what the search relies on: each
// article listed once under each of its keys, dated ones apart from undated
// ones, the dated sorted by day then position.
func TestIndexPostings(t *testing.T) {
	for _, procs := range []int{1, 2, 3} { // the terms are shared out among the cores
		prev := runtime.GOMAXPROCS(procs)
		t.Run(strconv.Itoa(procs), testIndexPostings)
		runtime.GOMAXPROCS(prev)
	}
}

func testIndexPostings(t *testing.T) {
	arts, _ := synthArticles(400, 5)
	arts[7].Date, arts[8].Date = arts[7].Date.AddDate(0, 0, -40), arts[8].Date.AddDate(0, 0, 3)
	g := newGrouping(arts, Options{}, nil)
	ix := buildIndex(g.docs, g.voc, g.opts.WindowDays, nil)
	for i, d := range g.docs {
		for k, p := range d.keys {
			ps := ix[d.v.ids[p]]
			list := ps.undated
			if d.dated {
				list = ps.dated
			}
			require.Equal(t, int32(i), list[d.slots[k]].doc, "the slot of key %d of article %d", k, i)
		}
	}
	want := map[int32][]posting{}
	for i, d := range g.docs {
		for _, p := range d.keys {
			want[d.v.ids[p]] = append(want[d.v.ids[p]], posting{doc: int32(i), day: d.day, w: d.v.ws[p]})
		}
	}
	for id, ps := range ix {
		if ps == nil {
			require.Empty(t, want[int32(id)])
			continue
		}
		require.True(t, slices.IsSortedFunc(ps.dated, func(a, b posting) int {
			return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.doc, b.doc))
		}), "term %d", id)
		got := append(slices.Clone(ps.dated), ps.undated...)
		slices.SortFunc(got, func(a, b posting) int { return int(a.doc - b.doc) })
		require.Equal(t, want[int32(id)], got, "term %d", id)
		for _, e := range ps.undated {
			require.False(t, g.docs[e.doc].dated)
		}
	}
}

// TestTermStretches: the stretches cover every term once, in order, and
// share the postings out about evenly.
func TestTermStretches(t *testing.T) {
	ix := make(index, 10)
	for _, t := range []int{1, 2, 4, 7, 9} {
		ix[t] = &postings{dated: make([]posting, 0, 10*t)}
	}
	assert.Equal(t, [][2]int32{{0, 10}}, termStretches(ix, 1))
	assert.Equal(t, [][2]int32{{0, 8}, {8, 10}}, termStretches(ix, 2), "140 of 230 postings, then 90")
	three := termStretches(ix, 3)
	require.Len(t, three, 3)
	assert.Equal(t, int32(0), three[0][0])
	assert.Equal(t, int32(10), three[2][1])
	for k := 1; k < 3; k++ {
		assert.Equal(t, three[k-1][1], three[k][0])
	}
	assert.Equal(t, [][2]int32{{0, 0}}, termStretches(index{}, 2), "no terms: one empty stretch")
}

// TestIndexWindows: the windows swept along each term's postings, found
// through each article's slot, are those a binary search for its window
// finds, and undated articles search every dated posting.
func TestIndexWindows(t *testing.T) {
	arts, _ := synthArticles(600, 6)
	for k := 0; k < len(arts); k += 9 {
		arts[k].Date = arts[k].Date.AddDate(0, 0, 13+k%3) // days at the window's very edge
	}
	g := newGrouping(arts, Options{}, nil)
	ix := buildIndex(g.docs, g.voc, g.opts.WindowDays, nil)
	w := float64(g.opts.WindowDays)
	windows := 0
	for i := range g.docs {
		d := &g.docs[i]
		for k, p := range d.keys {
			ps := ix[d.v.ids[p]]
			lo, hi := ps.bounds(d, d.slots[k])
			if !d.dated {
				require.Equal(t, []int{0, len(ps.dated)}, []int{lo, hi})
				require.Equal(t, int32(i), ps.undated[d.slots[k]].doc)
				continue
			}
			require.Equal(t, int32(i), ps.dated[d.slots[k]].doc, "the slot is the article's own posting")
			wantLo := sort.Search(len(ps.dated), func(j int) bool { return ps.dated[j].day >= d.day-w })
			wantHi := sort.Search(len(ps.dated), func(j int) bool { return ps.dated[j].day > d.day+w })
			require.Equal(t, []int{wantLo, wantHi}, []int{lo, hi}, "article %d, key %d", i, k)
			if hi-lo > 1 {
				windows++
			}
		}
	}
	require.Greater(t, windows, 100, "windows holding more than the article itself")
}
