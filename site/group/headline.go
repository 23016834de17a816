package group

import (
	"strings"
	"unicode/utf8"
)

// headline is the editor's pinned headline if any, else the title that best
// matches the event as a whole (the cosine of its terms with the centroid of
// every member), so one outlet's quirky headline does not speak for all.
func (g *grouping) headline(members []int, centroid vec) string {
	arts := g.articles(members)
	if h, ok := pinnedHeadline(g.opts.Editorial, arts); ok {
		return h
	}
	nc := centroid.norm()
	best, bestScore := "", -1.0
	for _, m := range members {
		d := &g.docs[m]
		if strings.TrimSpace(d.art.Title) == "" {
			continue
		}
		t := g.termVector(d.f.title)
		if s := cosineNorms(t, centroid, t.norm(), nc); s > bestScore {
			best, bestScore = d.art.Title, s
		}
	}
	if best == "" {
		return fallbackHeadline(&g.docs[members[0]])
	}
	return best
}

// termVector weighs a list of vocabulary ids (counted once each) like an article.
func (g *grouping) termVector(ids []int32) vec {
	return g.voc.weighOnce(ids)
}

// fallbackHeadline is the founding article's first sentence, shortened, for an
// event none of whose articles has a title.
func fallbackHeadline(d *doc) string {
	if len(d.f.sents) == 0 {
		return d.art.ID
	}
	s := d.f.sents[0].text
	if utf8.RuneCountInString(s) <= 110 {
		return s
	}
	cut := string([]rune(s)[:110])
	if k := strings.LastIndexByte(cut, ' '); k > 60 {
		cut = cut[:k]
	}
	return cut + "…"
}
