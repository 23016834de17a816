package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// binaryShare is the share of control characters above which decoded text is
// taken for a binary file: random bytes hold about 11% C0 controls, text
// almost none.
const binaryShare = 0.05

// normalized is decoded text with line ends and control characters cleaned,
// plus the counts the binary check needs.
type normalized struct {
	text     string
	runes    int // runes before cleaning (bytes when there was nothing to clean)
	controls int // C0/C1 controls dropped (NUL included), not counting line ends and tabs
	nuls     int
}

// normalize makes line ends LF (CRLF and lone CR), turns form feed and vertical
// tab into line breaks, and drops NUL, the other C0 and the C1 controls and
// stray byte order marks, which no reader or feed can use and XML forbids.
func normalize(s string) normalized {
	if isClean(s) {
		return normalized{text: s, runes: len(s)} // no controls: the exact count does not matter
	}
	var b strings.Builder
	b.Grow(len(s))
	n := normalized{}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n.runes++
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
				n.runes++
			}
		case r == '\f' || r == '\v':
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == 0:
			n.nuls++
			n.controls++
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			n.controls++
		case r == '\uFEFF':
		default:
			b.WriteRune(r)
		}
	}
	n.text = b.String()
	return n
}

// isClean reports whether s needs no normalisation, the common case, so that
// large clean files are not copied.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n' && c != '\t':
			return false
		case c == 0x7F:
			return false
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xA0: // C1 control
			return false
		case c == 0xEF && strings.HasPrefix(s[i:], "\uFEFF"):
			return false
		}
	}
	return true
}

// binaryReason says why normalized text looks like a binary file, or "" when it
// looks like text. A stray NUL in a long text is dropped, not fatal.
func (n normalized) binaryReason() string {
	if n.runes == 0 || float64(n.controls) <= binaryShare*float64(n.runes) {
		return ""
	}
	if n.nuls > 0 {
		return fmt.Sprintf("binary file (NUL bytes; %d%% control characters)", 100*n.controls/n.runes)
	}
	return fmt.Sprintf("binary file (%d%% control characters)", 100*n.controls/n.runes)
}
