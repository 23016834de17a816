package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Title search bounds: the headline stands at most titleReach lines above the
// body, and nearer candidates are preferred by titleDecay points a line.
const (
	titleReach = 30
	titleDecay = 0.35
)

// boilerTitlePenalty is what a line loses as a headline when it is a
// template line (one the source's other pages carry too: a menu, a login
// link) or a call to action ("Get our free newsletter", "Log in to ..."),
// twice when it is both.
// Such a line above the date line outscored the headline below it by the
// date's bonus: on the generated 10,000 articles 18% of titles were a
// promo, login or menu line. It is a penalty, not a veto: a headline may
// name subscribers, and a real headline the source's other pages also
// show (in a most-read list) is still the nearest line of the page's own,
// and outscores a promo the source repeats.
const boilerTitlePenalty = 8

// findTitle returns the index of the headline line above the article region,
// or its first line when a byline or date follows it (the region may open
// with the headline block, whose headline then is not body text), or -1: the
// nearest, longest line that reads like a headline (several words, no final
// full stop, not a byline, date, caption or menu entry), preferably one a
// byline or date follows, and not one in a list of other headline-like lines
// (related links); a long sentence right under a shorter headline is its
// standfirst (see headlineAbove).
func (p *page) findTitle() int {
	best, bestScore := -1, 0.0
	for i := min(p.from, len(p.lines)-1); i >= 0 && i >= p.from-titleReach; i-- {
		l := &p.lines[i]
		if !p.headlineLike(i) || (i == p.from && !p.metaFollows(i)) {
			continue
		}
		score := float64(min(l.words, 14)) - titleDecay*float64(p.from-i)
		if l.words < 3 {
			score -= 3
		}
		if p.inList(i) {
			score -= 4
		}
		if p.metaFollows(i) {
			score += 6
		}
		if l.template {
			score -= boilerTitlePenalty
		}
		if l.promo {
			score -= boilerTitlePenalty
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	if best > 0 && p.headlineAbove(best) {
		return best - 1
	}
	return best
}

// headlineLike reports whether line i could be a headline by its own features.
func (p *page) headlineLike(i int) bool {
	l := &p.lines[i]
	if l.words == 0 || l.words > 40 || l.runes > 300 || l.head || l.consent || l.rights || l.caption || l.linkish {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(l.text, " \"'”’»"), ".") && !strings.HasSuffix(l.text, "..") {
		return false
	}
	if IsSectionLabel(l.text) || l.navWords*2 >= l.words {
		return false
	}
	if l.isByline() || l.digits*3 > l.runes || strings.Count(l.text, ",") >= 3 || l.marks&markPub != 0 {
		return false
	}
	if strings.ContainsAny(l.text, "@<>{}") || strings.Contains(l.lower, "http") || strings.Contains(l.lower, "www.") ||
		strings.HasSuffix(l.text, ":") || strings.HasPrefix(l.lower, "warning") || strings.HasPrefix(l.lower, "deprecated") ||
		strings.HasPrefix(l.lower, "notice") || strings.HasPrefix(l.lower, "fatal error") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) && !innerCapital(l.text) {
		return false
	}
	if l.runes < 80 && p.dated(i) {
		return false
	}
	if strings.HasSuffix(l.text, ",") || l.marks&markReadTime != 0 || postLink(l.text) {
		return false
	}
	return true
}

// innerCapital reports whether text's first word has a capital letter
// after a lower-case prefix of at most three letters, as brand names that
// open headlines do ("iPhone 14: Warum sich das Warten lohnt", "eBay",
// "macOS"), and not two words a dump glued ("fromUniversity of Michigan").
func innerCapital(text string) bool {
	word, _, _ := strings.Cut(text, " ")
	i := strings.IndexFunc(word, unicode.IsUpper)
	return i > 0 && i <= 3
}

// postLink reports whether text is a link to the previous or next post, as
// blogs put one above or below a post: "« Older headline", "Newer headline →".
// A quotation in guillemets is a headline of its own.
func postLink(text string) bool {
	switch {
	case strings.HasPrefix(text, "←") || strings.HasPrefix(text, "‹"):
		return true
	case strings.HasSuffix(text, "→") || strings.HasSuffix(text, "›"):
		return true
	case strings.HasPrefix(text, "«"):
		return !strings.Contains(text, "»")
	case strings.HasSuffix(text, "»"):
		return !strings.Contains(text, "«")
	}
	return false
}

// readTimeMarks give an article's reading time ("Lesezeit: 2 Minuten", "4
// min read"), a line of its header that is never the headline.
var readTimeMarks = []string{"min read", "minute read", "minutes read", "reading time", "read time",
	"lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura", "leestijd"}

// inList reports whether line i stands between two other multi-word
// headline-like lines, as entries of a related-links list do.
func (p *page) inList(i int) bool {
	listy := func(j int) bool {
		return j >= 0 && j < len(p.lines) && p.lines[j].words >= 4 && p.headlineLike(j)
	}
	return listy(i-1) && listy(i+1)
}

// metaFollows reports whether a byline or a date line follows line i within
// two lines (a standfirst may stand between): the headline block's usual order.
func (p *page) metaFollows(i int) bool {
	for j := i + 1; j <= i+3 && j < len(p.lines); j++ {
		l := &p.lines[j]
		if l.isByline() {
			return true
		}
		if l.runes < 120 && p.dated(j) {
			return true
		}
	}
	return false
}
