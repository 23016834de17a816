package group

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRelatedCandidatesAreMutual: relatedScores scores each pair once and
// copies the score to the other event, which holds only if every candidate
// has the event among its own candidates.
func TestRelatedCandidatesAreMutual(t *testing.T) {
	arts, _ := synthArticles(800, 29)
	g := newGrouping(arts, Options{}, nil)
	groups := g.cl.groups()
	cents := make([]vec, len(groups))
	for k, members := range groups {
		cents[k] = g.centroid(members)
	}
	cands := relatedCandidates(cents, g.voc)
	pairs := 0
	for k, cs := range cands {
		for _, o := range cs {
			_, ok := slices.BinarySearch(cands[o], k)
			require.True(t, ok, "%d is a candidate of %d but not the other way", o, k)
			pairs++
		}
	}
	require.Positive(t, pairs)
}
