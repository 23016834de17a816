package group

import (
	"math/rand/v2"
	"runtime"
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
		var log []Merge
		c.agglomerate(comps[k], firsts[k], adj, newScatter(idSpan(c.sum)), help, &log, opts.Threshold, opts.WindowDays)
	}
	return c.groups()
}

func TestClusteringWithLinkHelperMatchesOneCore(t *testing.T) {
	arts, _ := synthArticles(3000, 5)
	docs, voc, _ := prepare(sortedByID(arts), nil, nil, false)
	opts := Options{}.withDefaults()
	edges := candidateEdges(docs, buildIndex(docs, voc, opts.WindowDays, nil), opts.WindowDays, adoptShare*opts.Threshold)
	help := startLinkHelper()
	defer help.stop()
	shared := clusterAll(docs, edges, help)
	require.Positive(t, help.done.Load(), "some merge had %d neighbours or more, and shared its links", helpFrom)
	assert.Equal(t, clusterAll(docs, edges, nil), shared)
}

// TestClusterMatchesWhateverTheCores: one core (no helper), two (the big
// component with its helper, then the rest) and four (the rest beside it)
// give the same clusters.
func TestClusterMatchesWhateverTheCores(t *testing.T) {
	arts, _ := synthArticles(3000, 5)
	docs, voc, _ := prepare(sortedByID(arts), nil, nil, false)
	opts := Options{}.withDefaults()
	all := candidateEdges(docs, buildIndex(docs, voc, opts.WindowDays, nil), opts.WindowDays, adoptShare*opts.Threshold)
	// keep the largest component and a few small ones, so the largest holds most
	c := newClusters(docs, newApartRules(model.Editorial{}, map[string]int32{}))
	comps := newNeighbours(len(c.parent), all, c.find).components()
	require.Greater(t, len(comps), 4)
	keep := map[int32]bool{}
	for _, comp := range append([][]int32{comps[0]}, comps[len(comps)-3:]...) {
		for _, r := range comp {
			keep[r] = true
		}
	}
	var edges []edge
	for _, e := range all {
		if keep[e.a] && keep[e.b] {
			edges = append(edges, e)
		}
	}
	groups := func(procs int) [][]int {
		prev := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(prev)
		c := newClusters(docs, newApartRules(model.Editorial{}, map[string]int32{}))
		comps := newNeighbours(len(c.parent), edges, c.find).components()
		require.True(t, c.soloComponent(comps) || procs == 1, "a component big enough for the helper")
		require.Greater(t, len(comps), 1, "components beside the big one")
		c.cluster(edges, opts.Threshold, opts.WindowDays)
		return c.groups()
	}
	one := groups(1)
	assert.Equal(t, one, groups(2))
	assert.Equal(t, one, groups(4))
}
