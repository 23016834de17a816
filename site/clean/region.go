package clean

import (
	"strings"
	"unicode/utf8"
)

// Region weights: a good line adds its length, a bad line subtracts a share of
// its (clamped) length, and a section head such as "Comments" or "Related
// articles" costs as much as a paragraph or two: the region runs across an
// inline related box only when more article text follows it.
const (
	badShare    = 0.6
	badMin      = 20
	badMax      = 250
	sectionCost = 300
	headerBonus = 150 // for the good line right after a byline or date line: the body's usual start
)

// afterHeader reports whether one of the two lines before i is a byline or a
// short date line.
func afterHeader(lines []line, i int) bool {
	for j := max(i-2, 0); j < i; j++ {
		if l := &lines[j]; l.runes < 100 && (l.isByline() || l.isDated()) {
			return true
		}
	}
	return false
}

// mainRegion returns the bounds [from, to) of the contiguous run of lines whose
// summed score is highest (maximum subarray): the article is one dense block,
// so lone good lines in menus and footers fall outside it.
func mainRegion(lines []line, cls []class) (from, to int) {
	best, sum, start := 0.0, 0.0, 0
	from, to = 0, 0
	for i := range lines {
		s := lineScore(&lines[i], cls[i])
		if cls[i] == classGood && afterHeader(lines, i) {
			s += headerBonus
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += s
		if sum > best {
			best, from, to = sum, start, i+1
		}
	}
	return from, to
}

// lineScore is a line's contribution to a region's score.
func lineScore(l *line, c class) float64 {
	if c == classGood {
		return float64(l.runes)
	}
	if l.head || l.rights && l.words < 20 && hasDigitRun(l.text, 4) {
		return -sectionCost // comments, related links, or the closing "© 2025 ..." notice
	}
	return -badShare * min(max(float64(l.runes), badMin), badMax)
}

// block is one piece of the article body: a paragraph or a subheading.
type block struct {
	text    string
	heading bool
}

// bodyBlocks keeps the good lines of the region [from, to), and turns short
// unpunctuated lines between good lines into subheadings.
func bodyBlocks(lines []line, raw, cls []class, from, to int) []block {
	var out []block
	for i := from; i < to; i++ {
		l := &lines[i]
		if cls[i] != classGood {
			continue
		}
		heading := raw[i] == classShort && !l.sentEnd && l.words <= 15 && i > from && i+1 < to &&
			hasGoodAfter(cls, i+1, to)
		out = append(out, block{text: l.text, heading: heading})
	}
	return trimLoose(out)
}

// trimLoose drops short lines at either end of the body that do not end a
// sentence, or end in a colon: a dateline word or kicker before the first
// paragraph, "Read more:" or "Tags:" after the last. A subheading needs text after it.
func trimLoose(blocks []block) []block {
	loose := func(b block) bool {
		t := strings.TrimSpace(b.text)
		return utf8.RuneCountInString(t) < lengthLow && (!endsSentence(t) || strings.HasSuffix(t, ":"))
	}
	for len(blocks) > 0 && loose(blocks[len(blocks)-1]) {
		blocks = blocks[:len(blocks)-1]
	}
	for len(blocks) > 0 && loose(blocks[0]) {
		blocks = blocks[1:]
	}
	return blocks
}

func hasGoodAfter(cls []class, from, to int) bool {
	for i := from; i < to; i++ {
		if cls[i] == classGood {
			return true
		}
	}
	return false
}
