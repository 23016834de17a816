package clean

import (
	"strings"
	"unicode"
)

// labelled reports whether a byline prefix is a label ("Autor: ", "作者："),
// after which a name may be written in lower case or a script without
// capitals.
func labelled(prefix string) bool {
	return strings.HasSuffix(prefix, ": ") || strings.HasSuffix(prefix, "：")
}

// letterAt reports whether text has a letter at byte i.
func letterAt(text string, i int) bool {
	return unicode.IsLetter(firstRune(text[i:]))
}

// metaSeparators part the fields of a line of post metadata
// ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: ...").
var metaSeparators = []string{" | ", " // ", " · ", " • "}

// labelAfterSeparator returns where the name starts when a field of a line
// of post metadata, after one of metaSeparators, is a labelled byline
// ("22. Januar 2020 @ 18:13 // Autor: c1ph4 // ~ Lesezeit: 1 Minute").
func labelAfterSeparator(text, lower string) (int, bool) {
	for _, sep := range metaSeparators {
		for off := 0; ; {
			k := strings.Index(lower[off:], sep)
			if k < 0 {
				break
			}
			at := off + k + len(sep)
			for _, p := range bylinePrefixes {
				if labelled(p) && strings.HasPrefix(lower[at:], p) && len(text) > at+len(p) && letterAt(text, at+len(p)) {
					return at + len(p), true
				}
			}
			off = at
		}
	}
	return 0, false
}
