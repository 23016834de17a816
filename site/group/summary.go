package group

import "sort"

// Summary candidates are the lead sentences of every member; a chosen sentence
// shorter than summaryShort is followed by the next one of its article.
const (
	summaryLead  = 3
	summaryShort = 100
)

// summary is the lead sentence most members agree on (highest mean cosine with
// the other members' articles), followed by the next sentence of its article
// when it is short.
func (g *grouping) summary(members []int) string {
	docs := g.docs
	type cand struct {
		text  string
		next  string // the sentence after it in its article, when prose
		v     vec
		score float64
		order int
	}
	var cands []cand
	norms := make([]float64, len(members)) // each member's, once, not once per candidate
	for i, m := range members {
		norms[i] = docs[m].v.norm()
	}
	for _, m := range members {
		d := &docs[m]
		for k, s := range d.f.sents {
			if k >= summaryLead {
				break
			}
			if !isProse(s.text) {
				continue
			}
			v := g.termVector(s.terms)
			nv := v.norm()
			score := 0.0
			for i, o := range members {
				if o != m || len(members) == 1 {
					score += cosineNorms(v, docs[o].v, nv, norms[i])
				}
			}
			c := cand{text: s.text, v: v, score: score, order: len(cands)}
			if k+1 < len(d.f.sents) && isProse(d.f.sents[k+1].text) {
				c.next = d.f.sents[k+1].text
			}
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return ""
	}
	sortByScore(cands, func(c cand) float64 { return c.score }, func(c cand) int { return c.order })
	best := cands[0]
	if len(best.text) >= summaryShort || best.next == "" {
		return best.text
	}
	return best.text + " " + best.next
}

// sortByScore sorts highest score first, ties by key.
func sortByScore[T any](xs []T, score func(T) float64, key func(T) int) {
	sort.SliceStable(xs, func(i, j int) bool {
		if score(xs[i]) != score(xs[j]) {
			return score(xs[i]) > score(xs[j])
		}
		return key(xs[i]) < key(xs[j])
	})
}
