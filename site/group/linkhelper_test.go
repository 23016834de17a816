package group

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestLinkHelperDotsMatchOneCore(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const span = 500
	sums := make([]vec, 300)
	for i := range sums {
		sums[i] = randomVec(r, r.IntN(80), span)
	}
	help := startLinkHelper()
	defer help.stop()
	dense := newScatter(span)
	for _, n := range []int{0, 1, 2, helpFrom - 1, helpFrom, 3 * helpFrom, 299} {
		for job := range 3 {
			a := randomVec(r, 1+r.IntN(120), span)
			ns := make([]int32, n)
			for k := range ns {
				ns[k] = int32(r.IntN(len(sums)))
			}
			dense.load(a)
			got := help.dotAll(dense, sums, ns)
			require.Len(t, got, n)
			for k, nb := range ns {
				assert.Equal(t, dense.dot(sums[nb]), got[k], "%d neighbours, job %d, neighbour %d", n, job, k)
			}
			dense.clear(a)
		}
	}
}

func TestHalfWorkEvensTheSides(t *testing.T) {
	for _, tc := range []struct {
		lens []int
		half int
	}{
		{nil, 0},
		{[]int{5}, 1},
		{[]int{1, 1, 1, 1}, 2},
		{[]int{100, 1, 1, 1}, 1},
		{[]int{1, 1, 1, 100}, 3},
		{[]int{3, 3, 2, 2, 2}, 2},
	} {
		sums := make([]vec, len(tc.lens))
		ns := make([]int32, len(tc.lens))
		for i, l := range tc.lens {
			sums[i] = vec{ids: make([]int32, l), ws: make([]float64, l)}
			ns[i] = int32(i)
		}
		assert.Equal(t, tc.half, halfWork(sums, ns), "%v", tc.lens)
	}
}

// clusterAll clusters docs along edges, every component in turn, with help
// (nil: on one core), and returns the groups.
func clusterAll(docs []doc, edges []edge, help *linkHelper) [][]int {
	opts := Options{}.withDefaults()
	c := newClusters(docs, newApartRules(model.Editorial{}, map[string]int32{}))
	adj := newNeighbours(len(c.parent), edges, c.find)
	comps := adj.components()
	firsts := c.firstLinks(edges, comps, opts.Threshold)
	for k := range comps {
		c.agglomerate(comps[k], firsts[k], adj, newScatter(idSpan(c.sum)), help, opts.Threshold, opts.WindowDays)
	}
	return c.groups()
}

func TestClusteringWithLinkHelperMatchesOneCore(t *testing.T) {
	arts, _ := synthArticles(3000, 5)
	docs, voc := prepare(sortedByID(arts))
	opts := Options{}.withDefaults()
	edges := candidateEdges(docs, buildIndex(docs, voc), opts.WindowDays, adoptShare*opts.Threshold)
	help := startLinkHelper()
	defer help.stop()
	shared := clusterAll(docs, edges, help)
	require.Positive(t, help.done.Load(), "some merge had %d neighbours or more, and shared its links", helpFrom)
	assert.Equal(t, clusterAll(docs, edges, nil), shared)
}
