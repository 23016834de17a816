package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// handleAt reports whether lower, a byline candidate in lower case, names
// at i an author by a user name ("Veröffentlicht am 12. Juni 2017 von
// gizzmo", "by oz on December 4, 2006", "von eseppelt · 31. Oktober 2023"),
// as blogs do: one word of letters and digits, no stopword, navigation or
// calendar word, that ends the line or stands, after a space, before a
// separator, a time or a date. A lower-case word followed by more words is
// prose ("by the way").
func handleAt(lower string, i int) bool {
	rest := lower[i:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !handleRune(r) })
	if end < 0 {
		end = len(rest)
	}
	word := strings.TrimRight(rest[:end], ".-_")
	if first := firstRune(word); !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	if utf8.RuneCountInString(word) < 2 || calendarWord(word) || wordIndex[word] != 0 || systemAccount(word) {
		return false
	}
	if end < len(rest) && rest[end] != ' ' {
		return false // "künstler:innen"
	}
	after := strings.TrimLeft(rest[end:], " ")
	if after == "" {
		return true
	}
	if !unicode.IsLetter(firstRune(after)) {
		return true // a separator or a figure: "gizzmo | 12.06.2017", "marc 2015-04-05"
	}
	return dateWordCut(" "+after) == 0 || strings.HasPrefix(after, "um ") || strings.HasPrefix(after, "at ")
}

// systemAccount reports whether a user name is the publishing system's
// default account ("admin", "wordpressadmin", "webmaster"), which names no
// author.
func systemAccount(word string) bool {
	return strings.Contains(word, "admin") || strings.Contains(word, "webmaster")
}

// handleRune reports whether r may be part of a user name.
func handleRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-'
}
