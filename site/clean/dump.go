package clean

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/topicdigest/digest/site/model"
)

// page is a page dump split into lines with their features and labels.
type page struct {
	lines    []line
	raw      []class // labels from each line's own features
	cls      []class // labels after smoothing over neighbours
	from, to int     // the article region
	lang     string
}

// splitDateLine removes a leading `date YYYY-MM-DD [label]` line that ingest left
// in the body, and fills the meta from it when ingest did not: documents built
// without ingest (tests, library callers) still clean like files.
func splitDateLine(body string, meta model.Meta) (string, model.Meta) {
	trimmed := strings.TrimLeft(body, " \t\r\n\ufeff")
	first, rest, _ := strings.Cut(trimmed, "\n")
	f := strings.Fields(first)
	if len(f) < 2 || f[0] != "date" {
		return body, meta
	}
	t, err := time.Parse("2006-01-02", f[1])
	if err != nil {
		return body, meta
	}
	if meta.Date.IsZero() {
		meta.Date, meta.DateRaw = t, f[1]
	}
	if meta.DateLabel == "" {
		meta.DateLabel = strings.Join(f[2:], " ")
	}
	return rest, meta
}

// splitURLLine removes a leading line that is nothing but a page address, as
// saved pages and corpora open with, and makes it the meta's URL when ingest
// found none: the address names the source and may date the page, and is no
// part of the article.
func splitURLLine(body string, meta model.Meta) (string, model.Meta) {
	trimmed := strings.TrimLeft(body, " \t\r\n\ufeff")
	first, rest, _ := strings.Cut(trimmed, "\n")
	first = strings.TrimSpace(first)
	if !isBareURL(first) {
		return body, meta
	}
	if meta.URL == "" {
		meta.URL = first
	}
	return rest, meta
}

// isBareURL reports whether s is one http(s) address and nothing else.
func isBareURL(s string) bool {
	lower := strings.ToLower(s)
	return (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")) &&
		!strings.ContainsAny(s, " \t") && HostName(s) != ""
}

// splitHeadLines removes the leading date line and page-address line.
func splitHeadLines(body string, meta model.Meta) (string, model.Meta) {
	body, meta = splitDateLine(body, meta)
	return splitURLLine(body, meta)
}

// parsePage splits a dump into lines, computes their features, labels them and
// finds the article region. lang is the page's language when known, else it
// is detected from the lines. template tells the source's template lines (by
// lineKey); it may be nil.
func parsePage(body, lang string, template func(key string) bool) *page {
	n := textLines(body)
	p := &page{lines: make([]line, 0, n)} // sized once: grown by appends, they were half of cleaning's allocations
	seen := make(map[string]int, n)
	for raw := range strings.SplitSeq(body, "\n") {
		t := dumpLineText(raw)
		if t == "" {
			continue
		}
		l := newLine(t)
		if strings.HasPrefix(t, "![") || strings.HasPrefix(t, "[![") {
			l.caption = true
		}
		l.template = template != nil && template(l.lower) // l.lower is lineKey(t)
		seen[l.lower]++
		p.lines = append(p.lines, l)
	}
	p.lang = lang
	if p.lang == "" {
		p.lang = p.detectLanguage(body)
	}
	idx := langIndex(p.lang)
	for i := range p.lines {
		p.lines[i].setLanguage(idx)
	}
	p.markRepeats(seen)
	p.markTeasers()
	p.raw = make([]class, len(p.lines))
	for i := range p.lines {
		p.raw[i] = p.lines[i].classify(idx >= 0)
	}
	p.cls = smooth(p.raw)
	if !slices.Contains(p.cls, classGood) {
		p.cls = smooth(briefClasses(p.lines, p.raw))
	}
	if start, ok := p.plainProse(); ok {
		p.takePlain(start)
		return p
	}
	p.from, p.to = mainRegion(p.lines, p.cls)
	p.skipHeader()
	return p
}

// skipHeader moves the region's start past the headline block when the region
// took it in: a byline or date line with at most headerGood good lines of at
// most headerRunes characters (a headline, a standfirst) above it within its
// first headerReach lines. What
// stands above the byline or date is a summary, not the body, which starts
// after it. A byline further down ("Posted by ..." after the lead) does not
// move the start.
func (p *page) skipHeader() {
	good, runes := 0, 0
	for i := p.from; i < p.to && i < p.from+headerReach && good <= headerGood && runes <= headerRunes; i++ {
		l := &p.lines[i]
		if l.isByline() || l.runes < 60 && p.dated(i) {
			p.from = i + 1
			good, runes = 0, 0
			continue
		}
		if p.cls[i] == classGood {
			good++
			runes += l.runes
		}
	}
}

// Bounds of the headline block that skipHeader cuts off the region.
const (
	headerReach = 10
	headerGood  = 2
	headerRunes = 300
)

// dated reports whether line i holds a date (line.isDated).
func (p *page) dated(i int) bool { return p.lines[i].isDated() }

// detectLanguage is DetectLanguage from the votes the lines already counted.
func (p *page) detectLanguage(body string) string {
	if lang := scriptLanguage(body); lang != "" {
		return lang
	}
	var v langVotes
	words := 0
	for i := range p.lines {
		for j, n := range p.lines[i].votes {
			v[j] += n
		}
		words += p.lines[i].words
	}
	return v.winner(words)
}

// textLines is how many lines of body hold anything but blank space: as
// many as parsePage keeps, or a few more (a line of no-break spaces counts,
// though dumpLineText trims it away).
func textLines(body string) int {
	n, blank := 0, true
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == '\n':
			blank = true
		case blank && c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f':
			n, blank = n+1, false
		}
	}
	return n
}

// dumpLineText is a raw line of a page dump as parsePage reads it: no-break
// spaces made plain, trimmed.
func dumpLineText(raw string) string {
	return strings.TrimSpace(strings.ReplaceAll(raw, "\u00a0", " "))
}

// lineKey is the form of a line compared across pages and within one.
func lineKey(t string) string { return strings.ToLower(t) }

// appendLineKey appends lineKey(t) to b, byte for byte what strings.ToLower
// gives (invalid bytes become U+FFFD), so a line can be looked up without
// making a string of it.
func appendLineKey(b []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			for _, r := range t[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// blocks is the article body.
func (p *page) blocks() []block {
	return bodyBlocks(p.lines, p.raw, p.cls, p.from, p.to)
}

// markRepeats flags lines whose text occurs more than once on the page: menus
// shown twice, headlines repeated in teasers, gallery captions. Of a long line
// only the earlier copies are flagged: a paragraph also shown as a teaser or
// summary above the article is still the article's paragraph where it last stands.
func (p *page) markRepeats(seen map[string]int) {
	for i := len(p.lines) - 1; i >= 0; i-- {
		l := &p.lines[i]
		key := l.lower
		switch n := seen[key]; {
		case n < 0:
			l.repeated = true // an earlier copy: the last one was met first
		case n < 2:
		case l.runes < lengthHigh:
			l.repeated = true
		default:
			seen[key] = -n
		}
	}
}

// Teasers: publishing systems cut article excerpts to a fixed length, so three
// or more long lines of exactly the same length are a list of teasers, which
// real paragraphs almost never are.
const (
	teaserMinRunes = 150
	teaserMinCount = 4
)

// markTeasers flags the lines whose length at least teaserMinCount-1 other long
// lines share.
func (p *page) markTeasers() {
	count := map[int]int{}
	for i := range p.lines {
		if n := p.lines[i].runes; n >= teaserMinRunes {
			count[n]++
		}
	}
	for i := range p.lines {
		if l := &p.lines[i]; l.runes >= teaserMinRunes && count[l.runes] >= teaserMinCount {
			l.teaser = true
		}
	}
}
