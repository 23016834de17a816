package group

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token as written; upper records an initial capital, which with the
// position in the sentence decides whether it is part of a name.
type word struct {
	raw   string // as written, possessive stripped
	lower string
	upper bool // starts with an upper-case letter
	caps  bool // two or more letters, all upper case (an acronym)
	digit bool // contains a digit (a figure)
	start bool // first word of its sentence
}

// splitSentences cuts a body into sentences: paragraphs (blank lines or single
// newlines) first, then sentence punctuation followed by a space and a capital,
// digit or quote, unless the word before is a short abbreviation or an initial.
func splitSentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		out = append(out, splitParagraph(para)...)
	}
	return out
}

func splitParagraph(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && strings.IndexByte("\"')]", p[j]) >= 0 {
			j++
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘", next)) {
			continue
		}
		if c == '.' && isAbbreviation(p[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(p[start:j]))
		start = j + 1
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// isAbbreviation reports whether the text before a full stop ends in an initial
// ("J."), a dotted acronym ("U.S.") or a short title ("Mr", "Dr", "St").
func isAbbreviation(before string) bool {
	k := strings.LastIndexAny(before, " (")
	last := before[k+1:]
	if strings.Contains(last, ".") {
		return true
	}
	n := utf8.RuneCountInString(last)
	if n == 1 {
		r, _ := utf8.DecodeRuneInString(last)
		return unicode.IsUpper(r)
	}
	switch last {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr", "No", "vs", "Inc", "Co", "Corp":
		return true
	}
	return false
}

// splitWords cuts a sentence into words: letters and digits, keeping inner
// apostrophes, hyphens, and the dots and commas inside figures ("2.6", "14,000"),
// and a currency sign before a figure ("$2.6").
func splitWords(s string) []word {
	return appendWords(make([]word, 0, len(s)/5+1), s)
}

// appendWords appends the words of sentence s to out (see splitWords).
func appendWords(out []word, s string) []word {
	first := len(out)
	lowered := lowerASCIISentence(s)
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		if !isWordRune(r) && !(isCurrency(r) && startsWithDigit(s[i+n:])) {
			i += n
			continue
		}
		j := i + n
		prev := r
		for j < len(s) {
			c, cn := decodeRune(s, j)
			if isWordRune(c) {
				j += cn
				prev = c
				continue
			}
			if j+cn < len(s) {
				next, nn := decodeRune(s, j+cn)
				if isInnerRune(c, prev, next) && (c != ',' || thousandsGroup(s[j+cn:])) {
					j += cn + nn
					prev = next
					continue
				}
			}
			break
		}
		w := newWord(s[i:j], len(out) == first)
		if lowered != "" {
			w.lower = lowered[i : i+len(w.raw)]
		} else {
			w.lower = lowerASCIIFast(w.raw)
		}
		out = append(out, w)
		i = j
	}
	return out
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII case first.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// lowerASCIISentence is the lower case of an ASCII sentence, byte for byte
// in place, so each word's lower case is a slice of it rather than a string
// of its own; "" when the sentence has other characters, whose lower case
// may differ in length.
func lowerASCIISentence(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if !hasUpper {
		return s
	}
	return strings.ToLower(s)
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r|0x20 && r|0x20 <= 'z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isCurrency(r rune) bool { return r == '$' || r == '€' || r == '£' || r == '¥' }

// isInnerRune reports whether r joins the runes either side into one word.
func isInnerRune(r, prev, next rune) bool {
	switch r {
	case '\'', '’', '-':
		return isWordRune(prev) && isWordRune(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// newWord classifies a word as written; its lower case is the caller's to
// set (see appendWords).
func newWord(raw string, start bool) word {
	for _, suf := range []string{"'s", "’s", "'S"} {
		raw = strings.TrimSuffix(raw, suf)
	}
	w := word{raw: raw, start: start}
	letters, uppers := 0, 0
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c >= utf8.RuneSelf:
			return classifyRunes(w)
		case '0' <= c && c <= '9':
			w.digit = true
		case 'a' <= c && c <= 'z':
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		}
	}
	w.upper = len(raw) > 0 && 'A' <= raw[0] && raw[0] <= 'Z'
	w.caps = letters >= 2 && uppers == letters
	return w
}

// classifyRunes is newWord's classification for words beyond ASCII.
func classifyRunes(w word) word {
	first, _ := utf8.DecodeRuneInString(w.raw)
	w.upper = unicode.IsUpper(first)
	letters, uppers := 0, 0
	for _, r := range w.raw {
		switch {
		case unicode.IsDigit(r):
			w.digit = true
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	w.caps = letters >= 2 && uppers == letters
	return w
}

// thousandsGroup reports whether the digits after a comma are a group of three
// ("14,000"), not a year run into a date ("June 13,2013").
func thousandsGroup(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n == 3
}

// lowerASCIIFast is strings.ToLower, without allocating for the common case of
// a word already in lower-case ASCII.
func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
