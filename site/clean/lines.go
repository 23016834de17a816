package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// line is one block of a page dump with the features the classifier reads.
type line struct {
	text     string // trimmed
	lower    string
	runes    int       // length in characters (CJK characters count double, as they carry a word each)
	words    int       // words
	stops    int       // stopwords of the page's language (setLanguage)
	votes    langVotes // stopwords of each language
	cjk      int       // CJK characters
	navWords int       // words from the navigation vocabulary
	digits   int       // digits
	sentEnd  bool      // ends like a sentence
	linkish  bool      // separators typical of menus and breadcrumbs
	caption  bool
	consent  bool
	rights   bool
	head     bool // a section head opening comments or related links
	promo    bool // a pointer to other content or a call to action
	repeated bool // the same text occurs elsewhere on the page
	teaser   bool // one of several excerpts cut to the same length
	template bool // the source's template (CleanAll)

	marks markKind // marker lists with a phrase in the line (scanMarks)

	datedKnown  int8 // isDated's answer: 0 not asked yet, 1 no date, 2 a date
	bylineKnown int8 // isByline's answer: 0 not asked yet, 1 no, 2 yes
}

// density is the share of the line's words that are stopwords.
func (l *line) density() float64 {
	if l.words == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.words)
}

// newLine computes a line's own features. Its stopwords are counted for every
// language at once (votes), so that the page's language can be chosen from the
// lines and l.stops set for it afterwards (setLanguage).
func newLine(text string) line {
	l := line{text: text, lower: toLower(text)}
	cjk := 0
	for _, r := range text {
		l.runes++
		if unicode.IsDigit(r) {
			l.digits++
		}
		if r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
			unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
			cjk++
		}
	}
	l.runes += cjk
	forEachWord(l.lower, func(w string) bool {
		l.words++
		bits := wordIndex[w]
		l.votes.add(bits)
		if bits&navBit != 0 {
			l.navWords++
		}
		return true
	})
	l.cjk = cjk
	l.words += cjk / 2
	l.sentEnd = endsSentence(text)
	l.linkish = strings.Contains(text, " | ") || strings.Contains(text, " » ") || strings.Contains(text, " › ") ||
		strings.Contains(text, "››") || strings.Count(text, " / ") >= 2 || strings.Count(text, " > ") >= 2 ||
		strings.Contains(text, "\t") || strings.HasPrefix(text, "http") || strings.HasPrefix(text, "www.")
	l.marks = scanMarks(l.lower)
	l.caption = isCaption(l.lower, l.marks)
	l.consent = l.words < 80 && l.marks&markConsent != 0
	l.rights = l.words < 40 && l.marks&markCopyright != 0
	l.head = isSectionHead(l.lower)
	l.promo = isPromo(l.lower, l.words, l.marks)
	return l
}

// isDated reports whether the line holds a date (any date, future ones too: this
// is about the line's form). Headline, byline and region searches ask it of the
// same lines many times, so the answer is kept in the line.
func (l *line) isDated() bool {
	if l.datedKnown == 0 {
		l.datedKnown = 1
		if _, ok := ParseDate(l.text, zeroTime); ok {
			l.datedKnown = 2
		}
	}
	return l.datedKnown == 2
}

// isByline is isByline(l.text), kept in the line for the same reason as isDated.
func (l *line) isByline() bool {
	if l.bylineKnown == 0 {
		l.bylineKnown = 1
		if isByline(l.text) {
			l.bylineKnown = 2
		}
	}
	return l.bylineKnown == 2
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}

// toLower is strings.ToLower with a fast path for mixed ASCII and non-ASCII
// text (most European prose): ASCII bytes are mapped directly and only
// upper-case non-ASCII letters go through unicode.ToLower.
func toLower(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := appendLower(append(make([]byte, 0, len(s)), s[:i]...), s[i:])
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is this string's alone: no second copy
}

// appendLower appends toLower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || r == utf8.RuneError {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// setLanguage counts the line's stopwords for language index lang (-1: none).
func (l *line) setLanguage(lang int) {
	l.stops = l.cjk / 6 // CJK prose: no spaces, no stopword list; credit a typical share
	if lang >= 0 {
		l.stops += int(l.votes[lang])
	}
}
