package group

import (
	"math"
	"slices"
)

// termBag is one article's weighted term counts. A term is numbered by its
// first use, so the title and sentences can list terms as small numbers and
// share the one copy of each term's text the bag keeps.
type termBag struct {
	pos   map[string]int32 // term -> number, only while the article is read (see keepBag)
	terms []string         // by number
	tf    []float64        // summed weight by number, in the order the weights came
}

func newTermBag() termBag { return termBag{pos: map[string]int32{}} }

// add counts weight w for term t and returns its number.
func (b *termBag) add(t string, w float64) int32 {
	n, ok := b.pos[t]
	if !ok {
		n = int32(len(b.terms))
		b.pos[t] = n
		b.terms = append(b.terms, t)
		b.tf = append(b.tf, 0)
	}
	b.tf[n] += w
	return n
}

// addBytes is add for a term spelled out in a buffer, which it copies only
// when the term is new to the bag.
func (b *termBag) addBytes(t []byte, w float64) int32 {
	n, ok := b.pos[string(t)]
	if !ok {
		return b.add(string(t), w)
	}
	b.tf[n] += w
	return n
}

// has reports whether the bag holds term t.
func (b *termBag) has(t string) bool { return slices.Contains(b.terms, t) }

// scratchBag is an empty bag that reuses the room of the analyzer's last
// one: an article's bag grows to hundreds of terms, and growing its map and
// lists afresh for every article was half of extraction's allocation.
func (an *analyzer) scratchBag() termBag {
	b := an.bag
	clear(b.pos)
	b.terms, b.tf = b.terms[:0], b.tf[:0]
	return b
}

// keepBag is the article's own copy of a scratch bag's terms and weights,
// without the map, which only numbering needs; the scratch returns to the
// analyzer.
func (an *analyzer) keepBag(b termBag) termBag {
	an.bag = b
	return termBag{terms: slices.Clone(b.terms), tf: slices.Clone(b.tf)}
}

// weighBag turns an article's bag, whose numbers map to vocabulary ids
// through glob, into a unit TF-IDF vector with sublinear term frequency,
// common terms left out (see commonShare).
func (v *vocabulary) weighBag(b *termBag, glob []int32) vec {
	byID := make([]int32, 0, len(glob))
	cut := commonCut(v.n)
	for n, id := range glob {
		if v.df[id] <= cut {
			byID = append(byID, int32(n))
		}
	}
	byGlob := func(x, y int32) int { return int(glob[x]) - int(glob[y]) }
	if !slices.IsSortedFunc(byID, byGlob) { // bags from a Memory come sorted (see appendBag)
		slices.SortFunc(byID, byGlob)
	}
	out := vec{ids: make([]int32, len(byID)), ws: make([]float64, len(byID))}
	for i, n := range byID {
		out.ids[i] = glob[n]
		out.ws[i] = v.weight(glob[n], b.tf[n])
	}
	return out.unit()
}

// weighKept is weighBag for a bag taken from the memory (see
// earlierBags), which nothing reads once it is weighed: its ids come in
// order, so the vector's ids are glob itself unless a term is left out,
// and its weights are written over the bag's counts. Weighing into fresh
// lists allocated 145 MB per regrouping at 100,000 articles.
func (v *vocabulary) weighKept(b *termBag, glob []int32) vec {
	cut := commonCut(v.n)
	out := vec{ids: glob, ws: b.tf[:0]}
	shared := true // out.ids is glob, while no term is left out
	for n, id := range glob {
		switch {
		case v.df[id] > cut && shared:
			out.ids, shared = append(make([]int32, 0, len(glob)-1), glob[:n]...), false
			continue
		case v.df[id] > cut:
			continue
		case !shared:
			out.ids = append(out.ids, id)
		}
		out.ws = append(out.ws, v.weight(id, b.tf[n])) // at most n: b.tf[n] is read first
	}
	return out.unit()
}

// weighOnce weighs a list of vocabulary ids, each counted once whatever its
// repeats, like an article.
func (v *vocabulary) weighOnce(ids []int32) vec {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := vec{ids: ids, ws: make([]float64, len(ids))}
	for i, id := range ids {
		out.ws[i] = v.weight(id, 1)
	}
	return out.unit()
}

// weight is a term's TF-IDF weight for its summed count tf.
func (v *vocabulary) weight(id int32, tf float64) float64 {
	return tfFactor(tf) * v.idfs[id]
}

// tfFactor is 1 + ln tf. Counts are sums of weights that are multiples of a
// half (see features.go), most of them among the first few dozen halves,
// whose factors are worked out once: a logarithm per term of every article
// was a tenth of weighing 100,000 articles. The table holds math.Log's own
// results, so weights are the same to the bit.
func tfFactor(tf float64) float64 {
	if h := 2 * tf; h >= 1 && h < float64(len(tfFactors)) && h == math.Trunc(h) {
		return tfFactors[int(h)]
	}
	return 1 + math.Log(tf)
}

// tfFactors holds 1 + ln(h/2) by h.
var tfFactors = func() (t [64]float64) {
	for h := 1; h < len(t); h++ {
		t[h] = 1 + math.Log(float64(h)/2)
	}
	return t
}()

// unit scales the vector, in place, to length 1 unless it is empty.
func (a vec) unit() vec {
	if nrm := a.norm(); nrm > 0 {
		for i := range a.ws {
			a.ws[i] /= nrm
		}
	}
	return a
}

// renumber turns the title's and sentences' bag numbers into vocabulary ids.
func (f *features) renumber(glob []int32) {
	renumberAll(f.title, glob)
	for _, s := range f.sents {
		renumberAll(s.terms, glob)
	}
	for _, terms := range f.lead {
		renumberAll(terms, glob)
	}
}

func renumberAll(ns, glob []int32) {
	for k, n := range ns {
		ns[k] = glob[n]
	}
}
