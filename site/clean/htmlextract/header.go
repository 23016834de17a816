package htmlextract

import (
	"regexp"
	"slices"
	"strings"
)

// headerSpan is how many leading blocks may belong to the article's header
// (headline, byline, date line) rather than its body.
const headerSpan = 4

// maxHeaderWords bounds a byline or date line.
const maxHeaderWords = 10

// yearOrClock finds a year or a time of day, the mark of a date line.
var yearOrClock = regexp.MustCompile(`\b(19|20)\d\d\b|\b\d{1,2}:\d\d\b`)

// dropHeader removes the blocks at the start of the body that repeat the
// headline or are a byline or a date line: the article's Text holds none of
// them. It stops at the first block of prose.
func dropHeader(blocks []Block, page *Page) []Block {
	title := strings.ToLower(collapseSpace(page.Title))
	credits := slices.Concat(page.Authors, page.Credits)
	out := blocks[:0:0]
	for i, b := range blocks {
		if i >= headerSpan || (b.Kind == Paragraph && !isHeaderLine(b.Text, title, credits)) {
			return append(out, blocks[i:]...)
		}
		if b.Kind != Paragraph && strings.ToLower(b.Text) != title {
			out = append(out, b)
		}
	}
	return out
}

// isHeaderLine reports whether a short block is the headline, a byline (one
// naming any of credits) or a date line.
func isHeaderLine(text, title string, credits []string) bool {
	lower := strings.ToLower(text)
	if lower == title {
		return true
	}
	words := strings.Fields(text)
	if len(words) > maxHeaderWords || endsSentence(text) && len(words) > 4 {
		return false
	}
	if bylinePrefix.MatchString(text) && len(splitNames(text)) > 0 {
		return true
	}
	for _, c := range credits {
		if c = strings.ToLower(collapseSpace(c)); c != "" && strings.Contains(lower, c) {
			return true
		}
	}
	return yearOrClock.MatchString(text)
}
