package group

import (
	"slices"

	"github.com/topicdigest/digest/site/model"
)

// Two articles carry the same agency text when at least wireContainment of the
// shorter one's word shingles also occur in the other: outlets trim and retitle
// wire copy, but keep its sentences word for word.
const (
	shingleWords    = 5
	wireContainment = 0.5
	minShingles     = 8
)

// wireStories finds the members that carry one agency text, each group of two
// or more shown once with the agency most of them name.
func wireStories(docs []doc, members []int) []model.WireStory {
	if len(members) < 2 {
		return nil
	}
	sh := make([][]uint32, len(members))
	for k, m := range members {
		sh[k] = docs[m].f.shingles
	}
	uf := make([]int, len(members))
	for k := range uf {
		uf[k] = k
	}
	find := func(k int) int {
		for uf[k] != k {
			k = uf[k]
		}
		return k
	}
	for x := range members {
		for y := x + 1; y < len(members); y++ {
			if containment(sh[x], sh[y]) >= wireContainment {
				uf[find(y)] = find(x)
			}
		}
	}
	comps := map[int][]int{}
	for k := range members {
		comps[find(k)] = append(comps[find(k)], members[k])
	}
	var out []model.WireStory
	for k := range members {
		c := comps[k]
		if len(c) < 2 {
			continue
		}
		ws := model.WireStory{Agency: commonAgency(docs, c)}
		for _, m := range c {
			ws.Articles = append(ws.Articles, docs[m].art.ID)
		}
		out = append(out, ws)
	}
	return out
}

// shingles hashes every run of shingleWords consecutive words in each
// sentence, sorted and without repeats, into a list of exactly their number.
// A hash is FNV-1a's 64 bits folded to 32: the shingles of every article
// stay in memory until its event is written up, and at 64 bits they were
// 150 MB at 100,000 articles. Two articles compare at most a few hundred
// shingles each, so a chance collision (one in four billion per pair)
// cannot move their containment to the bar.
func (an *analyzer) shingles(sents [][]word) []uint32 {
	out := an.shingleBuf[:0]
	for _, ws := range sents {
		for i := 0; i+shingleWords <= len(ws); i++ {
			h := uint64(fnvOffset)
			for _, w := range ws[i : i+shingleWords] {
				h = fnvAdd(h, w.lower)
			}
			out = append(out, uint32(h^h>>32))
		}
	}
	slices.Sort(out)
	an.shingleBuf = out
	return slices.Clone(slices.Compact(out))
}

// containment is the share of the smaller set found in the larger.
func containment(a, b []uint32) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minShingles {
		return 0
	}
	n, j := 0, 0
	for _, s := range a {
		for j < len(b) && b[j] < s {
			j++
		}
		if j < len(b) && b[j] == s {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// commonAgency is the agency most members name, ties alphabetical; empty when none does.
func commonAgency(docs []doc, members []int) string {
	count := map[string]int{}
	for _, m := range members {
		if a := docs[m].art.Agency; a != "" {
			count[a]++
		}
	}
	best := ""
	for _, a := range sortedKeys(count) {
		if count[a] > count[best] {
			best = a
		}
	}
	return best
}

// FNV-1a, 64 bits, as hash/fnv computes it, without its per-write
// conversion of each word to a byte slice.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvAdd hashes word w and a zero byte after it into h.
func fnvAdd(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h * fnvPrime // the zero byte: h ^ 0 is h
}
