package group

import (
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/topicdigest/digest/site/internal/par"
)

// clusters is a union-find over the articles that keeps, at each root, the
// sum of its members' vectors and their date span. Two clusters merge when the
// mean similarity of all their member pairs, decayed by the days between their
// spans, reaches the threshold: an article joins an event for resembling the
// event as a whole, not one member, which stops chains of same-kind stories
// from fusing (single link), and big clusters do not swallow each other for
// their smoothed centroids (centroid link).
type clusters struct {
	parent []int32
	size   []int32
	sum    []vec
	self   []float64 // |sum|², kept as clusters merge, for their cohesion
	spans  []span
	days   []dayVotes // per root, the days of the week its undated members' leads name
	apart  *apartRules

	// absorbed holds, per root, the roots it absorbed by unionLater whose
	// sums and cohesion are still to be added to its own (see settle); nil
	// unless the clusters are replayed.
	absorbed [][]int32

	// shape holds, per root, a hash of its members' vectors and the order
	// they joined it in (see adoptmemo.go); nil unless a Memory is kept.
	// earlierLinks are the links an earlier adoption weighed, by shapes,
	// and links those this one weighed or took.
	shape               []uint64
	earlierLinks, links adoptLinks

	// clustered is set once agglomeration is over. Only the merge bar (see
	// need) reads cohesion, so settling after that leaves self as it is:
	// keeping it up meant a dot product of two sums per merge settled for
	// adoption, a seventh of a regrouping's adoption at 100,000 articles
	// plus one. Merges keep it up: Explain reads the bar after adoption,
	// and as it never replays, it never settles.
	clustered bool
}

func newClusters(docs []doc, apart *apartRules) *clusters {
	c := &clusters{parent: make([]int32, len(docs)), size: make([]int32, len(docs)),
		sum: make([]vec, len(docs)), self: make([]float64, len(docs)), spans: make([]span, len(docs)), days: make([]dayVotes, len(docs)), apart: apart}
	par.Chunks(len(docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			c.parent[i] = int32(i)
			c.size[i] = 1
			c.sum[i] = docs[i].v
			c.self[i] = docs[i].v.dot(docs[i].v)
			c.spans[i] = docs[i].span()
			c.days[i] = docs[i].dayVotes()
		}
	})
	return c
}

func (c *clusters) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// link is how strongly two clusters (given by their roots) belong together.
func (c *clusters) link(a, b int32, windowDays int) float64 {
	return c.linkOf(c.sumOf(a).dot(c.sumOf(b)), a, b, windowDays)
}

// settledLink is link for code running on several cores, which must have
// settled both roots first (see settleAll): settling there would race.
func (c *clusters) settledLink(a, b int32, windowDays int) float64 {
	if c.absorbed != nil && (len(c.absorbed[a]) > 0 || len(c.absorbed[b]) > 0) {
		panic("group: a link read on several cores before its clusters were settled")
	}
	return c.linkOf(c.sum[a].dot(c.sum[b]), a, b, windowDays)
}

// sumOf is root r's summed vector, settled (see settle): every read of a
// sum goes through it, so none reads one still missing what r absorbed.
func (c *clusters) sumOf(r int32) vec {
	c.settle(r)
	return c.sum[r]
}

// linkOf is link given the dot product of the two sums.
func (c *clusters) linkOf(dot float64, a, b int32, windowDays int) float64 {
	return meanOf(dot, c.size[a], c.size[b]) * kept(c.spans[a], c.spans[b], windowDays)
}

// union merges two roots, the smaller index staying root so the result does
// not depend on the order of equal-score merges.
func (c *clusters) union(a, b int32) {
	if b < a {
		a, b = b, a
	}
	c.settle(a)
	c.settle(b)
	c.join(a, b)
	c.self[a] += c.self[b] + 2*c.sum[a].dot(c.sum[b])
	c.sum[a] = c.sum[a].add(c.sum[b])
	c.sum[b] = vec{}
}

// join merges root b into root a, all but their sums and cohesion.
func (c *clusters) join(a, b int32) {
	c.parent[b] = a
	if c.shape != nil {
		c.shape[a] = joinShape(c.shape[a], c.shape[b])
	}
	c.size[a] += c.size[b]
	c.spans[a] = c.spans[a].join(c.spans[b])
	c.days[a] = c.days[a].add(c.days[b])
	c.apart.merge(a, b)
}

// unionLater is union with the sums and cohesion left for settle to add:
// most merges a replay takes from the memory join clusters whose sums
// nothing reads again (adding them was a third of the replay at 100,000
// articles).
func (c *clusters) unionLater(a, b int32) {
	if b < a {
		a, b = b, a
	}
	c.join(a, b)
	c.absorbed[a] = append(c.absorbed[a], b)
}

// settle adds to root r the sums and cohesion of the roots it absorbed by
// unionLater, each settled first, in the order it absorbed them: the
// additions union would have made, in its order, so the sums come out the
// same to the bit. Settling different roots touches different clusters;
// code that reads sums on several cores settles them first (see settleAll).
func (c *clusters) settle(r int32) {
	if c.absorbed == nil || len(c.absorbed[r]) == 0 {
		return
	}
	absorbed := c.absorbed[r]
	c.absorbed[r] = nil
	for _, b := range absorbed {
		c.settle(b) // each touches only what b absorbed
	}
	var sp *scratchSums // where the partial sums take turns, when there are any
	if len(absorbed) > 1 {
		sp = sumScratch.Get().(*scratchSums)
		defer sumScratch.Put(sp)
	}
	sum := c.sum[r]
	for k, b := range absorbed {
		c.settleSelf(r, sum, b)
		if k == len(absorbed)-1 {
			sum = sum.add(c.sum[b]) // the whole sum, kept, made to its size
		} else {
			room := len(sum.ids) + len(c.sum[b].ids)
			buf := &sp[k%2]
			buf.ids, buf.ws = slices.Grow(buf.ids[:0], room)[:room], slices.Grow(buf.ws[:0], room)[:room]
			sum.ids, sum.ws = addInto(buf.ids, buf.ws, sum, c.sum[b])
		}
		c.sum[b] = vec{}
	}
	c.sum[r] = sum
}

// settleSelf adds to root r's |sum|² what adding root b to sum, r's sum so
// far, adds, while cohesion may still be read (see clustered).
func (c *clusters) settleSelf(r int32, sum vec, b int32) {
	if !c.clustered {
		c.self[r] += c.self[b] + 2*sum.dot(c.sum[b])
	}
}

// scratchSums are two vectors a settling root's partial sums take turns in,
// so that only its whole sum is allocated, not one per root it absorbed.
type scratchSums [2]vec

var sumScratch = sync.Pool{New: func() any { return new(scratchSums) }}

// cluster is average-link agglomeration restricted to candidate pairs: it
// repeatedly merges the two neighbouring clusters whose mean pairwise
// similarity (decayed by the days between them) is highest, until none reaches
// the threshold (raised for bigger clusters, see need) or an editorial
// rule keeps them apart, and returns its merges in the order one heap over
// all components would pop them (see Memory). The mean over all pairs
// comes exactly from the summed unit vectors, so pairs that were never
// candidates count as what they are, not as zero or as missing.
func (c *clusters) cluster(edges []edge, threshold float64, windowDays int) []Merge {
	adj := newNeighbours(len(c.parent), edges, c.find)
	comps := adj.components()
	firsts := c.firstLinks(edges, comps, threshold)
	span := idSpan(c.sum)
	logs := make([][]Merge, len(comps))
	each := func(from int) {
		par.EachWith(len(comps)-from, func() scatter { return newScatter(span) }, func(dense scatter, k int) {
			c.agglomerate(comps[from+k], firsts[from+k], adj, dense, nil, &logs[from+k], threshold, windowDays)
		})
	}
	switch {
	case !c.soloComponent(comps):
		each(0)
	case runtime.GOMAXPROCS(0) > 2: // the big component takes two cores; the rest run beside it
		var rest sync.WaitGroup
		rest.Go(func() { each(1) })
		c.agglomerateHelped(comps[0], firsts[0], adj, newScatter(span), &logs[0], threshold, windowDays)
		rest.Wait()
	default:
		c.agglomerateHelped(comps[0], firsts[0], adj, newScatter(span), &logs[0], threshold, windowDays)
		each(1)
	}
	return mergeOrder(logs)
}

// agglomerateHelped is agglomerate with a linkHelper on the second core,
// stopped however agglomerate ends, so no helper is left spinning.
func (c *clusters) agglomerateHelped(comp []int32, firsts []linkItem, adj neighbours, dense scatter, log *[]Merge, threshold float64, windowDays int) {
	help := startLinkHelper()
	defer help.stop()
	c.agglomerate(comp, firsts, adj, dense, help, log, threshold, windowDays)
}

// soloComponent reports whether the largest component (comps come largest
// first) holds most of the clusters, so that it is clustered on its own, with
// a linkHelper on the second core, before the rest share the cores.
func (c *clusters) soloComponent(comps [][]int32) bool {
	if len(comps) == 0 || runtime.GOMAXPROCS(0) < 2 {
		return false
	}
	rest := 0
	for _, comp := range comps[1:] {
		rest += len(comp)
	}
	return len(comps[0]) > rest
}

// firstLinks are, per component, the links between lone articles, which are
// their edges' scores: a lone article's sum is its vector and its span its
// day, so its link to another lone article is the pair score, to the last bit.
// Links that cannot lead to a merge (below need) are left out. The edges are
// weighed on all cores and each component's links laid out in one slice of
// their number: grown by appending, the big component's 1.7 million links at
// 100,000 articles were copied and faulted in again and again, 0.8 s on the
// one core clustering runs on.
func (c *clusters) firstLinks(edges []edge, comps [][]int32, threshold float64) [][]linkItem {
	compOf := make([]int32, len(c.parent))
	for k, comp := range comps {
		for _, r := range comp {
			compOf[r] = int32(k)
		}
	}
	in := make([]int32, len(edges)) // the component whose first link edge k is, or -1
	par.Chunks(len(edges), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			e := edges[k]
			in[k] = -1
			if c.alone(e.a) && c.alone(e.b) && e.score >= c.need(e.a, e.b, threshold) {
				in[k] = compOf[e.a]
			}
		}
	})
	counts := make([]int, len(comps))
	for _, k := range in {
		if k >= 0 {
			counts[k]++
		}
	}
	firsts := make([][]linkItem, len(comps))
	for k, n := range counts {
		if n > 0 {
			firsts[k] = make([]linkItem, 0, n)
		}
	}
	for k, e := range edges {
		if in[k] >= 0 {
			firsts[in[k]] = append(firsts[in[k]], linkItem{score: e.score, a: e.a, b: e.b, sa: 1, sb: 1})
		}
	}
	return firsts
}

// alone reports whether article i is a cluster of its own (an editorial join
// may have merged it before clustering).
func (c *clusters) alone(i int32) bool { return c.parent[i] == i && c.size[i] == 1 }

// agglomerate runs the merges of one component of the neighbour graph (see
// components) from its lone articles' links, with its own heap and dense
// scratch: components share no cluster, so they may run at the same time.
// Its merges are appended to log.
func (c *clusters) agglomerate(comp []int32, firsts []linkItem, adj neighbours, dense scatter, help *linkHelper, log *[]Merge, threshold float64, windowDays int) {
	h := linkHeap(firsts)
	for _, a := range comp {
		for _, b := range adj[a] {
			if a < b && !(c.alone(a) && c.alone(b)) {
				h.push(c, a, b, threshold, windowDays)
			}
		}
	}
	h.init()
	for len(h) > 0 {
		top := h.pop()
		if top.score < threshold {
			break
		}
		if !c.current(top) || top.score < c.need(top.a, top.b, threshold) || c.apart.conflict(top.a, top.b) {
			continue
		}
		c.union(top.a, top.b)
		*log = append(*log, mergeOf(top))
		keep := adj.merge(min(top.a, top.b), max(top.a, top.b), c.find)
		h.pushAll(c, dense, help, keep, adj[keep], threshold, windowDays)
	}
}

// current reports whether a heap item still describes two live clusters of
// the sizes it was computed for.
func (c *clusters) current(it linkItem) bool {
	return c.parent[it.a] == it.a && c.parent[it.b] == it.b && c.size[it.a] == it.sa && c.size[it.b] == it.sb
}

// groups lists the members of each cluster, in article order, clusters ordered
// by their first member.
func (c *clusters) groups() [][]int {
	byRoot := map[int32]int{}
	var out [][]int
	for i := range c.parent {
		r := c.find(int32(i))
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// meanOf is the mean cosine over all pairs of members of two clusters of na
// and nb members, from the dot product of their summed unit vectors:
// sum(a)·sum(b) / (|a|·|b|).
func meanOf(dot float64, na, nb int32) float64 {
	return dot / float64(na*nb)
}

// sizeBeta raises the bar for merging two clusters with the log of the smaller
// one's size: two groups of several reports each that have not merged while
// they grew are, far more often than not, two happenings of one kind (ECB+
// topics 1-20: kind merges 0.10 -> 0.02 at beta 0.5), while a lone report
// joining an event meets the plain threshold.
const sizeBeta = 0.5

// sizeFactor is how many times the threshold a merge whose smaller side has n
// members must reach.
func sizeFactor(n int32) float64 { return 1 + sizeBeta*math.Log(float64(n)) }

// sameDaysShare is how much of their own cohesion two dated clusters covering
// the same days must reach as their link to be spared the size bar (see need).
// ECB+ topics 1-20 through events.sh: F1 0.914 anywhere from 0.3 to 0.45,
// 0.904 at 0.5; the synthetic 100,000-article benchmark, where same-kind
// happenings of other people and places fall on the same days, keeps its F1
// (0.986) instead of dropping to 0.970 without this check.
const sameDaysShare = 0.4

// need is the least link two clusters (given by their roots) must reach to
// merge. The size bar rests on two groups that grew apart being two
// happenings of one kind, and such happenings are mostly reported on
// different days. Two dated groups whose reports cover the same days (spans
// less than a day apart, so reports timed to the hour count by their day) are
// then most likely coverage of one happening split by its angles (who said
// what, which facility), so they merge at the plain threshold, as a lone
// report would, unless their own members resemble one another so closely that
// their link falls short of sameDaysShare of that cohesion, as two same-day
// happenings of one kind do (ECB+ topics 1-20 through events.sh: F1 0.904 ->
// 0.914, kind merges unchanged at 0.024).
func (c *clusters) need(a, b int32, threshold float64) float64 {
	bar := threshold * sizeFactor(min(c.size[a], c.size[b]))
	sa, sb := c.spans[a], c.spans[b]
	switch {
	case !sa.dated && !sb.dated:
		if !c.days[a].agree(c.days[b]) {
			return bar
		}
		return min(bar, max(weekdayEase*bar, c.sameDaysNeed(a, b, threshold)))
	case !sa.dated || !sb.dated || sa.gap(sb) >= 1:
		return bar
	}
	return min(bar, c.sameDaysNeed(a, b, threshold))
}

// sameDaysNeed is what two clusters whose reports cover the same days must
// reach: the plain threshold, unless their members resemble one another so
// closely that sameDaysShare of their cohesion is more.
func (c *clusters) sameDaysNeed(a, b int32, threshold float64) float64 {
	return max(threshold, sameDaysShare*math.Sqrt(c.cohesion(a)*c.cohesion(b)))
}

// cohesion is the mean similarity of a cluster's member pairs, from its
// summed unit vectors: (|sum|² - n) / (n(n-1)); 1 for a lone article.
func (c *clusters) cohesion(r int32) float64 {
	if c.clustered && c.absorbed != nil {
		panic("group: cohesion read after a replay's clustering, which no longer keeps it")
	}
	n := float64(c.size[r])
	if n < 2 {
		return 1
	}
	c.settle(r)
	return (c.self[r] - n) / (n * (n - 1))
}
