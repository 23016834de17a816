package group

import "strings"

// A strong match may join reports beyond the window (see strongShare), so a
// dated article also looks for candidates across all dates, but only through
// its heaviest names and figures, the terms a follow-up on the same happening
// repeats, and only among few of them: the cost stays that of a handful of
// capped postings per article.
const (
	strongTerms      = 6 // heaviest name and figure terms searched across all dates
	strongCandidates = 6 // best partial matches beyond the window scored exactly
)

// strongKeys are the positions in d.v of its heaviest indexed names and figures.
func strongKeys(d *doc, voc *vocabulary) []int {
	var out []int
	for _, p := range d.keys {
		t := voc.terms[d.v.ids[p]]
		if strings.HasPrefix(t, namePrefix) || strings.HasPrefix(t, figurePrefix) {
			out = append(out, p)
			if len(out) == strongTerms {
				break
			}
		}
	}
	return out
}

// beyondWindow accumulates, like accumulate, the partial scores of the dated
// articles beyond docs[i]'s window that share one of its strong keys.
func beyondWindow(docs []doc, ix index, i int, voc *vocabulary, tm timing, acc []float64, touched []int32) []int32 {
	d := &docs[i]
	if !d.dated {
		return touched
	}
	w := float64(tm.windowDays)
	for _, p := range strongKeys(d, voc) {
		ps := ix[d.v.ids[p]]
		if len(ps.dated) > postingCap {
			continue
		}
		for _, e := range ps.dated {
			if e.day >= d.day-w && e.day <= d.day+w {
				continue
			}
			if acc[e.doc] == 0 {
				touched = append(touched, e.doc)
			}
			acc[e.doc] += d.v.ws[p] * e.w
		}
	}
	return touched
}
