package clean

import "strings"

// Plain prose: some inputs are an article's text alone, a sentence or paragraph
// a line, with no page around it (corpora, notes, copies pasted by hand). The
// region search, made to cut menus and footers off a page, would cut their
// short opening and closing sentences too. A text with no navigation at all and
// nearly every line a sentence is taken whole from its first sentence.
const plainSentenceShare = 0.8 // least share of lines, from the first sentence on, that end a sentence

// plainProse reports whether the page is plain prose, and the line where its
// body starts: the first line that ends a sentence (a headline and date line
// above it stay header).
func (p *page) plainProse() (int, bool) {
	start, header := -1, -1
	sentences, lines := 0, 0
	for i := range p.lines {
		l := &p.lines[i]
		if l.navLike() && !(l.runes < 80 && p.dated(i)) || strings.HasPrefix(l.text, "![") || strings.HasPrefix(l.text, "[![") {
			return 0, false // a menu, a notice or an image: a page, not plain text
		}
		if i < headerReach && (l.isByline() || l.runes < 80 && p.dated(i)) {
			start, sentences, lines, header = -1, 0, 0, i // the header runs at least to here
			continue
		}
		if start < 0 && l.sentEnd && !l.isFurniture() {
			start = i
		}
		if start >= 0 {
			lines++
			if l.sentEnd {
				sentences++
			}
		}
	}
	if start < 0 && header >= 0 && header+1 < len(p.lines) {
		start, lines, sentences = header+1, 1, 1 // no sentence: the line under the header is the text
	}
	if start < 0 || float64(sentences) < plainSentenceShare*float64(lines) {
		return 0, false
	}
	return start, true
}

// navLike reports whether a line is site furniture by its form: a menu, a
// breadcrumb, a promo, a notice or the source's template, as opposed to prose
// the page merely repeats or a line of figures.
func (l *line) navLike() bool {
	return l.template || l.head || l.promo || l.teaser || l.consent || l.rights ||
		l.linkish && l.words < 30 || l.words <= 8 && l.navWords*2 >= l.words && l.navWords > 0
}

// takePlain makes the whole page from start the article region, every line in
// it good but for furniture (a repeated sentence's earlier copy, a line of
// figures such as a date).
func (p *page) takePlain(start int) {
	p.from, p.to = start, len(p.lines)
	for i := start; i < len(p.lines); i++ {
		if p.lines[i].isFurniture() {
			p.cls[i] = classBad
		} else {
			p.cls[i] = classGood
		}
	}
}
