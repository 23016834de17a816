package clean

import "strings"

// markKind names one list of marker phrases; a line's marks are the set of
// lists (one bit each) that have a phrase in its lower-case text.
type markKind uint8

const (
	markConsent   markKind = 1 << iota // consentMarks
	markCopyright                      // copyrightMarks
	markCTA                            // ctaMarks
	markCredit                         // creditMarks, within the last creditTail bytes
	markPub                            // pubMarks
	markFetch                          // fetchMarks
	markReadTime                       // readTimeMarks
)

// creditTail is how near its end a line must hold a credit mark to be a caption.
const creditTail = 60

// markPhrase is one phrase of the marker lists with the lists it belongs to.
type markPhrase struct {
	text  string
	kinds markKind
}

// markIndex finds the phrases of all marker lists in one pass over a line,
// instead of a strings.Contains pass over the whole line per phrase (which cost
// a third of a page's cleaning). Phrases are grouped by their first two bytes
// (every phrase has at least two), and a position is looked at only when its two
// bytes open a group.
type markIndex struct {
	group  [1 << 16]uint8 // byte pair -> 1 + its index in groups, or 0
	groups [][]markPhrase
	all    markKind // every kind indexed: the scan stops when all are found
	tailed markKind // kinds that count only within the last tail bytes
	tail   int
}

// marks indexes the lists a line's marks are made of.
var marks = func() *markIndex {
	x := newMarkIndex(map[markKind][]string{
		markConsent: consentMarks, markCopyright: copyrightMarks, markCTA: ctaMarks,
		markCredit: creditMarks, markPub: pubMarks, markFetch: fetchMarks, markReadTime: readTimeMarks,
	})
	x.tailed, x.tail = markCredit, creditTail
	return x
}()

// pairAt is the two bytes of s from i, as one number.
func pairAt(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

// newMarkIndex indexes each list's phrases under its kind.
func newMarkIndex(lists map[markKind][]string) *markIndex {
	x := &markIndex{}
	for kind, list := range lists {
		for _, m := range list {
			x.add(m, kind)
		}
	}
	return x
}

// add files phrase m under kind.
func (x *markIndex) add(m string, kind markKind) {
	x.all |= kind
	p := pairAt(m, 0)
	if x.group[p] == 0 {
		if len(x.groups) == 255 {
			panic("clean: more marker groups than a markIndex holds")
		}
		x.groups = append(x.groups, nil)
		x.group[p] = uint8(len(x.groups))
	}
	g := &x.groups[x.group[p]-1]
	for j := range *g {
		if (*g)[j].text == m {
			(*g)[j].kinds |= kind
			return
		}
	}
	*g = append(*g, markPhrase{m, kind})
}

// scanMarks returns the marker lists that have a phrase in lower, in one pass.
// A credit mark counts only when it starts within the last creditTail bytes,
// as isCaption reads it.
func scanMarks(lower string) markKind { return marks.scan(lower) }

// scan returns the kinds of the phrases that s holds, in one pass.
func (x *markIndex) scan(s string) markKind {
	var found markKind
	tail := len(s) - x.tail
	for i := 0; i+1 < len(s) && found != x.all; i++ {
		g := x.group[pairAt(s, i)]
		if g == 0 {
			continue
		}
		for _, m := range x.groups[g-1] {
			if found&m.kinds == m.kinds || !strings.HasPrefix(s[i:], m.text) {
				continue
			}
			k := m.kinds
			if i < tail {
				k &^= x.tailed
			}
			found |= k
		}
	}
	return found
}
