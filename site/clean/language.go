package clean

import (
	mathbits "math/bits"
	"strings"
	"unicode"
)

// DetectLanguage guesses the ISO 639-1 code of text: by script for texts written
// in non-Latin alphabets, else by which language's stopwords it uses most. It
// returns "" when the text is too short or unlike any known language. It is
// exported so the HTML extractor labels its articles the same way.
func DetectLanguage(text string) string {
	if lang := scriptLanguage(text); lang != "" {
		return lang
	}
	var v langVotes
	words := 0
	forEachWord(strings.ToLower(text), func(w string) bool {
		words++
		v.add(wordIndex[w])
		return words < 3000
	})
	return v.winner(words)
}

// langVotes counts, per language of langOrder, the stopwords a text uses.
type langVotes [16]int32 // int32, not int: every line of a page holds one

// add counts a word by its wordIndex bits.
func (v *langVotes) add(bits uint16) {
	for bits&^navBit != 0 {
		i := mathbits.TrailingZeros16(bits)
		bits &^= 1 << i
		if i < len(langOrder) {
			v[i]++
		}
	}
}

// winner is the language with the most votes among words, or "" when too few
// words vote for it or two languages tie.
func (v *langVotes) winner(words int) string {
	best := 0
	for i := 1; i < len(langOrder); i++ {
		if v[i] > v[best] {
			best = i
		}
	}
	second := int32(0)
	for i := range langOrder {
		if i != best && v[i] > second {
			second = v[i]
		}
	}
	if top := int(v[best]); top < 3 || top*10 < words || v[best] == second {
		return ""
	}
	return langOrder[best]
}

// scriptLanguage names the language of a text mostly written in a script that
// only one or two common languages use; "" for Latin script.
func scriptLanguage(text string) string {
	var latin, han, kana, hangul, cyr, arabic, greek, hebrew, thai int
	n := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Thai, r):
			thai++
		}
		if n >= 20000 {
			break
		}
	}
	if latin*2 >= n {
		return ""
	}
	switch max(han+kana, hangul, cyr, arabic, greek, hebrew, thai) {
	case 0:
		return ""
	case han + kana:
		if kana*10 > han {
			return "ja"
		}
		return "zh"
	case hangul:
		return "ko"
	case cyr:
		return "ru"
	case arabic:
		return "ar"
	case greek:
		return "el"
	case hebrew:
		return "he"
	default:
		return "th"
	}
}

// forEachWord calls f with each run of letters, digits and apostrophes in s
// (no allocation), until f returns false.
func forEachWord(s string, f func(string) bool) {
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '\'' || r == '’'))
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			if !f(strings.TrimRight(s[start:i], "'’")) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		f(strings.TrimRight(s[start:], "'’"))
	}
}
