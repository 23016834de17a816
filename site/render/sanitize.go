package render

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// cleanText makes content text safe for HTML and XML: invalid UTF-8 is
// replaced, and control characters (C0 but tab and newline, DEL, C1) and the
// noncharacters XML forbids are dropped. Feeds readers reject a whole feed for
// one such character, and the HTML checker flags them.
func cleanText(s string) string {
	if !needsClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if badRune(r) {
			return -1
		}
		if r == '\r' {
			return '\n'
		}
		return r
	}, s)
}

// needsClean is the fast path: most text has nothing to drop.
func needsClean(s string) bool {
	return isDirty(s)
}

// isDirty reports whether s holds a rune dirtyRune reports. ASCII, most of
// any text, is checked a byte at a time without decoding: an article body is
// scanned once more after Markdown rendering, so this is on every page's path.
func isDirty[T string | []byte](s T) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7F {
				return true
			}
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		if dirtyRune(r) {
			return true
		}
		i += n
	}
	return false
}

func decodeRune[T string | []byte](s T) (rune, int) {
	switch v := any(s).(type) {
	case string:
		return utf8.DecodeRuneInString(v)
	case []byte:
		return utf8.DecodeRune(v)
	}
	return utf8.RuneError, 1
}

// dirtyRune reports a rune cleanText changes, or the RuneError that invalid
// UTF-8 decodes as.
func dirtyRune(r rune) bool {
	return r == '\uFFFD' || r == '\r' || badRune(r)
}

func badRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return true
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}

// cleanLine is cleanText for one-line fields (titles, names): runs of
// whitespace, newlines included, become one space.
func cleanLine(s string) string {
	if isPlainLine(s) {
		return s
	}
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// isPlainLine reports whether cleanLine would return s unchanged, judged on
// ASCII alone: printable bytes, single spaces, none at either end. Most
// titles and names are, and then need no new string.
func isPlainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// safeURL returns u when it is an absolute http(s) URL, and "" otherwise, so
// no javascript:, data: or vbscript: link and no relative link pointing into
// some other site ever reaches a page or feed.
func safeURL(u string) string {
	u = strings.TrimSpace(cleanText(u))
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.String()
	}
	return ""
}

// resolveURL resolves ref (a link found in an article body) against the
// article's original URL, keeping it only when the result is http(s); a
// relative link with no known original is dropped.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() || strings.HasPrefix(ref, "//") {
		return safeURL(ref)
	}
	if strings.HasPrefix(ref, "#") {
		return "" // fragments point into the original page, not ours
	}
	b, err := url.Parse(safeURL(base))
	if err != nil || b.Host == "" {
		return ""
	}
	return safeURL(b.ResolveReference(r).String())
}
