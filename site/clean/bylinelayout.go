package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bylines a page's layout splits over lines, or runs into its date line. In a page dump the markup that
// held a byline together is gone, and two layouts are common: a label on a
// line of its own above the name ("Von" / "Simon Braasch", "Über den Autor"
// / "Markus Reuter"), and the name alone next to the date line ("Thomas
// Hanke" / "27.04.2020 - 18:50 Uhr"). Neither line reads as a byline by
// itself, so isByline leaves them be; findByline reads them after the
// bylines that say what they are. Blogs also put the name after the date,
// with no word to say what it is ("25.10.2022 - Reiner Nagel", "21. Jan
// 2022 // Dominik Ricker").

// bylineLabels are lines that only announce the name on the next line,
// lower case and without a closing colon.
var bylineLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"by", "von", "autor", "autorin", "autor*in", "autoren", "author", "authors",
		"written by", "posted by", "geschrieben von", "verfasst von", "über den autor", "über die autorin",
		"über den autor/ die autorin", "zum autor", "zur autorin", "about the author", "text", "par", "auteur",
		"por", "escrito por", "di", "door"} {
		m[l] = true
	}
	return m
}()

// isBylineLabel reports whether a line is only a byline label ("Von", "Autor:").
func isBylineLabel(lower string) bool {
	return bylineLabels[strings.TrimSpace(strings.TrimRight(lower, ": "))]
}

// nameLine reports whether a line is a person's name and nothing else: two
// to five words (one may be a title such as "Dr." or a particle such as
// "von"), each capitalised, of letters, hyphens, apostrophes and initials'
// dots, none a function word, a menu word, an outlet's or a calendar word.
func nameLine(l *line) bool {
	if l.runes > 40 || l.digits > 0 || l.stops > 0 || l.navWords > 0 || l.linkish || l.sentEnd {
		return false
	}
	words := strings.Fields(l.text)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	names := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case nameParticles[lw] || nameTitles[lw]:
			continue
		case !nameWord(w) || orgWords[strings.Trim(lw, ".")] || calendarWord(lw) || roleWords[lw] || notNames[lw]:
			return false
		}
		names++
	}
	return names >= 2
}

// notNames are capitalised words that label a line or name a role in a
// page's furniture ("Ort Saarbrücken", "Forum Moderator").
var notNames = wordSet("ort datum moderator themenstarter administrator admin")

// nameTitles may stand before a name.
var nameTitles = wordSet("dr. dr prof. prof mr. mr mrs. mrs ms. ms")

// nameWord reports whether w can be one word of a person's name: a capital
// and letters ("Hanke"), joined by hyphens or an apostrophe ("Quibeldey-
// Cirkel", "O'Donnell"), or an initial ("L.").
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[size:]
	if rest == "." {
		return true
	}
	lowers := 0
	for _, r := range rest {
		switch {
		case unicode.IsLower(r):
			lowers++
		case r == '-' || r == '\'' || r == '’' || unicode.IsUpper(r):
		default:
			return false
		}
	}
	return lowers > 0
}

// calendarWord reports whether a lower-case word names a month or weekday
// in full: abbreviations are also names ("Jan", "May").
func calendarWord(lower string) bool {
	lower = strings.Trim(lower, ".,")
	if utf8.RuneCountInString(lower) < 4 {
		return false
	}
	_, month := monthNames[lower]
	_, day := weekdayNames[lower]
	return month || day
}

// layoutByline reads a byline split over lines: a label above a name, or,
// with nextToDate, a name above a short date line (a name under a date is
// as often a list's next item or a section's name). title is the
// headline's line, never a name.
func (p *page) layoutByline(i, title int, nextToDate bool) (Byline, bool) {
	l := &p.lines[i]
	if i == title {
		return Byline{}, false
	}
	if nextToDate {
		if b, ok := p.datedName(l); ok {
			return b, true
		}
	}
	if !nameLine(l) {
		return Byline{}, false
	}
	near := func(j int) *line {
		if j < 0 || j >= len(p.lines) || j == title {
			return nil
		}
		return &p.lines[j]
	}
	above, below := near(i-1), near(i+1)
	labelled := above != nil && isBylineLabel(above.lower)
	dated := nextToDate && below != nil && shortDated(below)
	if !labelled && !dated {
		return Byline{}, false
	}
	return personByline(l.text)
}

// personByline is the byline of a line that names one person, and whether
// Byline.add took it for one.
func personByline(name string) (Byline, bool) {
	var b Byline
	b.add(name)
	return b, len(b.Authors) > 0
}

// shortDated reports whether a line is a date line rather than prose that
// mentions a date.
func shortDated(l *line) bool { return l.runes < 80 && l.isDated() }

// dateSeparators part a date line's date from a name after it.
var dateSeparators = []string{" - ", " – ", " — ", " // ", " | ", " · ", " • "}

// datedName reads the name in a short date line whose parts, split at
// dateSeparators, are the date and a name ("25.10.2022 - Reiner Nagel").
func (p *page) datedName(l *line) (Byline, bool) {
	if !shortDated(l) {
		return Byline{}, false
	}
	for _, part := range splitAt(l.text, dateSeparators)[1:] { // the date comes first
		part = strings.TrimSpace(part)
		pl := newLine(part)
		pl.setLanguage(langIndex(p.lang))
		if nameLine(&pl) {
			return personByline(part)
		}
	}
	return Byline{}, false
}
