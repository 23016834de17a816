package group

import "sort"

// Summary candidates are the lead sentences of every member.
const summaryLead = 3

// summary is the lead sentence most members agree on (highest mean cosine with
// the other members' articles), followed by a second one when the first is
// short and the second says something else.
func (g *grouping) summary(members []int) string {
	docs := g.docs
	type cand struct {
		text  string
		v     vec
		score float64
		order int
	}
	var cands []cand
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
			score := 0.0
			for _, o := range members {
				if o != m || len(members) == 1 {
					score += cosine(v, docs[o].v)
				}
			}
			cands = append(cands, cand{text: s.text, v: v, score: score, order: len(cands)})
		}
	}
	if len(cands) == 0 {
		return ""
	}
	sortByScore(cands, func(c cand) float64 { return c.score }, func(c cand) int { return c.order })
	out := cands[0].text
	if len(out) >= 160 {
		return out
	}
	for _, c := range cands[1:] {
		if cosine(c.v, cands[0].v) < 0.5 && len(out)+len(c.text) < 320 {
			return out + " " + c.text
		}
	}
	return out
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
