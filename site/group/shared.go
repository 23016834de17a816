package group

import "sort"

// TermShare is one term two articles share, with what it adds to their cosine.
type TermShare struct {
	Term   string
	Weight float64 // product of the term's weights in the two unit vectors
}

// sharedTerms are the terms two vectors share, heaviest contribution first.
func sharedTerms(a, b vec, voc *vocabulary, n int) []TermShare {
	var out []TermShare
	a.eachShared(b, func(id int32, wa, wb float64) {
		out = append(out, TermShare{Term: voc.terms[id], Weight: wa * wb})
	})
	sort.SliceStable(out, func(x, y int) bool { return out[x].Weight > out[y].Weight })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
