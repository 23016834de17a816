package group

import (
	"cmp"
	"slices"
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
	ix := buildIndex(g.docs, g.voc)
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
