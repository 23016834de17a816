package group

import (
	"cmp"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestIndexPostings holds the index to what the search relies on: each
// article listed once under each of its keys, dated ones apart from undated
// ones, the dated sorted by day then position.
func TestIndexPostings(t *testing.T) {
	arts, _ := synthArticles(400, 5)
	arts[7].Date, arts[8].Date = arts[7].Date.AddDate(0, 0, -40), arts[8].Date.AddDate(0, 0, 3)
	g := newGrouping(arts, Options{}, nil)
	ix := buildIndex(g.docs, g.voc, g.opts.WindowDays, nil)
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
