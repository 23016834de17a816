package clean

import (
	"strings"
	"unicode"
)

// Bounds of a headline-and-standfirst pair (see headlineAbove): the
// standfirst is a long sentence, the headline above it shorter but more than
// a kicker's word or two.
const (
	standfirstWords    = 10
	headlineAboveWords = 4
)

// headlineAbove reports whether line i, chosen as the headline, is rather
// the standfirst of the line right above it: news pages set a short
// headline over a longer sentence that sums the story up, and the
// standfirst outscores the headline for its length. The line above must
// read as a headline of its own, not as a menu, a breadcrumb trail, a promo
// or a template line, which stand above headlines just as often.
func (p *page) headlineAbove(i int) bool {
	l, up := &p.lines[i], &p.lines[i-1]
	if l.cjk > 0 || up.cjk > 0 { // words are not spaced out: their counts say nothing here
		return false
	}
	if l.words < standfirstWords || up.words < headlineAboveWords || up.runes >= l.runes {
		return false
	}
	if up.template || up.promo || strings.ContainsAny(up.text, "›»|") || strings.Count(up.text, ",") >= 2 || mostlyCapitals(up.text) {
		return false
	}
	return p.headlineLike(i - 1)
}

// mostlyCapitals reports whether most of text's words are written in
// capitals, as menus often are ("NEWS FEATURES BEAUTY").
func mostlyCapitals(text string) bool {
	words, caps := 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		if strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			caps++
		}
	}
	return caps*2 > words
}
