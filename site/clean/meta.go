package clean

import (
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

var zeroTime time.Time

// How far around the headline and body metadata is looked for: dates and
// bylines sit between the headline and the body, or just after the body.
const (
	metaAbove = 3 // lines above the headline
	metaAfter = 3 // lines after the body
	creditGap = 8 // lines after the body where agency credits count
)

// headerRange is the span of lines holding the headline, byline and date.
func (p *page) headerRange(title int) (int, int) {
	start := p.from - 10
	if title >= 0 {
		start = title - metaAbove
	}
	return max(start, 0), p.from
}

// pubReach is how far from the body a line that says it gives the publication
// date ("Veröffentlicht am 06.10.2023") is read.
const pubReach = 30

// pubMarks say that a line's date is the publication date.
var pubMarks = []string{"published", "posted", "updated", "veröffentlicht", "erstellt", "erschienen", "publiziert", "stand:", "aktualisiert",
	"publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato", "atualizado", "gepubliceerd",
	"geplaatst", "datum:", "date:", "fecha:", "data:"}

// fetchMarks say that a line's date is when the page was saved or read
// ("downloaded on 2 October 2013", "abgerufen am"), which is no publication date.
var fetchMarks = []string{"downloaded", "retrieved", "accessed", "abgerufen", "consulté", "consultado"}

// findDate reads the publication date, strongest evidence first: a date line
// in the header (nearest the headline first), a short one among the region's
// first lines (see regionHeadLines), one just after the body, a line
// further off that says it dates the article ("Veröffentlicht am ..."), the
// lead's dateline ("SEOUL, July 24 (UPI) --", its year from now and the
// weekday the lead names), a /YYYY/MM/DD/ upload path in the header or
// body, and last the nearest short date line above the body. Dates in the body's prose ("broadcast on July 24") are when things
// happened, not when the article was published, so they are never read: an
// upload path is the publishing system's own record and wins over them.
// Sidebars are never read, and no date after now is taken.
func (p *page) findDate(title int, blocks []block, now *clock) time.Time {
	lo, hi := p.headerRange(title)
	anchor := hi
	if title >= 0 {
		anchor = title
	}
	var cands []int
	for i := lo; i < hi; i++ {
		cands = append(cands, i)
	}
	sortByDistance(cands, anchor)
	for _, i := range cands {
		if t, ok := p.lineDate(i, 200, now); ok {
			return t
		}
	}
	for i := p.from; i < p.from+regionHeadLines && i < p.to; i++ {
		if t, ok := p.lineDate(i, dateLineRunes*2, now); ok {
			return t
		}
	}
	for i := p.to; i < p.to+metaAfter && i < len(p.lines); i++ {
		if t, ok := p.lineDate(i, 200, now); ok {
			return t
		}
	}
	for i := max(p.from-pubReach, 0); i < p.to+pubReach && i < len(p.lines); i++ {
		if l := &p.lines[i]; l.runes < 200 && (i < p.from || i >= p.to) && l.marks&markPub != 0 &&
			l.marks&markFetch == 0 {
			if t, ok := now.parseDate(l.text); ok {
				return t
			}
		}
	}
	if len(blocks) > 0 {
		lead := blocks[0].text
		if i := strings.Index(lead, "--"); i > 0 && i < 80 {
			if t, ok := now.parseMonthDay(lead); ok {
				return t
			}
		}
	}
	for i := lo; i < p.to; i++ {
		if t, ok := now.pathDate(p.lines[i].text); ok {
			return t
		}
	}
	return p.nearestDateLine(now)
}

// nearestDateLine is the date of the date line nearest above the body, for
// pages whose date stands far from their headline (a blog's date above its
// menu and sidebar): a line that is a date and little else
// (dateLineRunes), not a caption nor a fetch note. Lines below the body
// are not read: there dates are comments' and related links'. On
// trafilatura's annotated pages it dated 20 more pages that the truth
// dates, 15 of them right; a date after the body would have dated 38, 27
// right.
func (p *page) nearestDateLine(now *clock) time.Time {
	for i := p.from - 1; i >= 0; i-- {
		if t, ok := p.lineDate(i, dateLineRunes+1, now); ok {
			return t
		}
	}
	return time.Time{}
}

// lineDate is the date of line i when it is shorter than maxRunes and
// neither a caption nor a note of when the page was fetched; a line of at
// most dateLineRunes may write its year with two figures (see
// shortYearDate).
func (p *page) lineDate(i, maxRunes int, now *clock) (time.Time, bool) {
	l := &p.lines[i]
	if l.runes >= maxRunes || l.caption || l.marks&markFetch != 0 {
		return time.Time{}, false
	}
	if t, ok := now.parseDate(l.text); ok {
		return t, true
	}
	if l.runes <= dateLineRunes {
		return now.shortYearDate(l.text)
	}
	return time.Time{}, false
}

// regionHeadLines is how many of the article region's first lines may be
// the rest of its header block: the region may open with the standfirst,
// with the date line below it ("Mittwoch, 01. November 2023 - Handel").
const regionHeadLines = 3

// dateLineRunes is how long a line standing far from the body may be and
// still be read as the article's date line.
const dateLineRunes = 40

func sortByDistance(idx []int, anchor int) {
	dist := func(i int) int {
		if i < anchor {
			return 2 * (anchor - i) // below the headline first
		}
		return i - anchor
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && dist(idx[j]) < dist(idx[j-1]); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
}

// findByline parses the byline nearest the body in the header, else a
// byline the layout split over lines there (see layoutByline), else one
// just after the lead, else the nearest byline, or name under a byline
// label, within pubReach lines above the header or below the body.
func (p *page) findByline(title int) Byline {
	lo, hi := p.headerRange(title)
	for i := hi - 1; i >= lo; i-- {
		if p.lines[i].isByline() {
			return ParseByline(p.lines[i].text)
		}
	}
	for i := hi - 1; i >= lo; i-- {
		if b, ok := p.layoutByline(i, title, true); ok {
			return b
		}
	}
	for i := hi; i < hi+metaAfter && i < p.to; i++ {
		if p.lines[i].isByline() {
			return ParseByline(p.lines[i].text) // after the lead: "Posted by ..."
		}
	}
	for d := 0; d < pubReach; d++ {
		for _, i := range []int{lo - 1 - d, p.to + d} {
			if i < 0 || i >= len(p.lines) {
				continue
			}
			if p.lines[i].isByline() {
				if b := ParseByline(p.lines[i].text); len(b.Authors) > 0 || b.Agency != "" {
					return b
				}
			}
			if b, ok := p.layoutByline(i, title, false); ok {
				return b
			}
		}
	}
	return Byline{}
}

// findAgency reads the wire agency from the lead's dateline, the byline, or a
// credit line closing the body ("© 2025 AFP", "(dpa)"). Captions do not count.
func (p *page) findAgency(blocks []block, by Byline) string {
	if len(blocks) > 0 {
		if a := datelineAgency(blocks[0].text); a != "" {
			return a
		}
	}
	if by.Agency != "" {
		return by.Agency
	}
	for i := max(p.to-1, 0); i < p.to+creditGap && i < len(p.lines); i++ {
		if p.lines[i].caption {
			continue
		}
		if a := creditAgency(p.lines[i].text); a != "" {
			return a
		}
	}
	return ""
}

// findSource names the outlet: the file's own statement, a date label that is a
// site name, an outlet in the byline, a copyright holder after the body, the
// URL's host, and last the agency whose copy it is.
func (p *page) findSource(meta model.Meta, by Byline, agency string) string {
	switch {
	case meta.Source != "":
		return meta.Source
	case meta.DateLabel != "" && !IsSectionLabel(meta.DateLabel):
		return meta.DateLabel
	case len(by.Orgs) > 0:
		return by.Orgs[0]
	}
	for i := p.to; i < len(p.lines) && i < p.to+creditGap; i++ {
		if h := copyrightHolder(p.lines[i].text); h != "" {
			return h
		}
	}
	if h := HostName(meta.URL); h != "" {
		return h
	}
	return agency
}
