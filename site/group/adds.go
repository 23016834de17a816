package group

import (
	"strings"
)

// A sentence is what only its source adds when most of its content, and at
// least one of its names or figures, appears in no other member of the event.
const (
	novelShare     = 0.5 // least weighted share of the sentence's terms no one else has
	novelKeyShare  = 0.4 // enough when a name or figure is among the new terms
	maxAddsPerItem = 4
	minAddTerms    = 3
)

// sourceAdds lists, for each member of a multi-source event, the sentences
// whose content no other member reports (at most maxAddsPerItem, in text order).
func sourceAdds(docs []doc, voc *vocabulary, members []int) map[string][]string {
	if len(members) < 2 {
		return nil
	}
	out := map[string][]string{}
	holders := map[int32]int32{} // how many members hold each term
	for _, m := range members {
		for _, id := range docs[m].v.ids {
			holders[id]++
		}
	}
	// A member's sentence terms are all in its own vector, so another member
	// holds one when two or more do.
	covered := func(id int32) bool { return holders[id] >= 2 }
	for _, m := range members {
		if adds := novelSentences(docs[m].f.sents, voc, covered); len(adds) > 0 {
			out[docs[m].art.ID] = adds
		}
	}
	return out
}

// novelSentences picks the sentences most of whose weighted terms are not in covered.
func novelSentences(sents []sentFeatures, voc *vocabulary, covered func(int32) bool) []string {
	type cand struct {
		pos   int
		score float64
	}
	var cands []cand
	for k, s := range sents {
		if len(s.terms) < minAddTerms || !isProse(s.text) {
			continue
		}
		total, fresh, freshKey := 0.0, 0.0, false
		for _, id := range s.terms {
			t := voc.terms[id]
			if strings.HasPrefix(t, namePrefix) && strings.Contains(t, " ") {
				continue // a multiword name counts through its words
			}
			w := termKindWeight(t)
			total += w
			if !covered(id) {
				fresh += w
				freshKey = freshKey || w > weightWord
			}
		}
		share := fresh / total
		if share >= novelShare || (freshKey && share >= novelKeyShare) {
			cands = append(cands, cand{k, fresh})
		}
	}
	best := cands
	if len(best) > maxAddsPerItem {
		best = append([]cand(nil), cands...)
		sortByScore(best, func(c cand) float64 { return c.score }, func(c cand) int { return c.pos })
		best = best[:maxAddsPerItem]
		sortByScore(best, func(c cand) float64 { return -float64(c.pos) }, func(c cand) int { return c.pos })
	}
	out := make([]string, len(best))
	for i, c := range best {
		out[i] = sents[c.pos].text
	}
	return out
}

// termKindWeight is how much a term says about a happening: names and figures more.
func termKindWeight(t string) float64 {
	if strings.HasPrefix(t, namePrefix) || strings.HasPrefix(t, figurePrefix) {
		return weightName
	}
	return weightWord
}

// isProse reports whether a sentence reads as a statement, not a caption
// fragment or a list item: long enough, with sentence punctuation at its end.
func isProse(s string) bool {
	if len(s) < 40 || len(s) > 500 {
		return false
	}
	return strings.ContainsAny(s[len(s)-1:], ".!?\"'”’")
}
