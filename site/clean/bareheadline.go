package clean

import (
	"strings"
	"unicode/utf8"
)

// bareWords is the fewest words a line must have to be taken as the bare
// headline another candidate line wraps (see bareHeadline): a shorter one is
// as likely a section name a breadcrumb trail ends with.
const bareWords = 3

// bareHeadline returns the line whose text is the headline of line title
// (see findTitle) without its wrapping: page dumps often carry the headline
// twice, once bare (the page's heading) and once wrapped, at the end of a
// breadcrumb trail ("Startseite Panorama <headline>"), behind a kicker
// ("Auftragshoch bei FACC : <headline>") or before the site's name
// ("<headline> | Site", the page's <title>). The wrapped one outscores the
// bare one for its extra words. Of several bare lines within the title's
// reach, the longest is taken; with none, title itself. The byline and date
// are still looked for near title: the header block is where it stands.
func (p *page) bareHeadline(title int) int {
	outer := p.lines[title].lower
	bare := title
	for i := max(0, p.from-titleReach); i < p.from; i++ {
		l := &p.lines[i]
		if i == title || l.words < bareWords || len(l.lower) >= len(outer) || !wraps(outer, l.lower) {
			continue
		}
		if (bare == title || len(l.lower) > len(p.lines[bare].lower)) && p.headlineLike(i) {
			bare = i
		}
	}
	return bare
}

// wraps reports whether outer is inner with a lead-in before it ("home news
// <inner>", "kicker: <inner>") or a site's name after a separator ("<inner> |
// site", "<inner> - site"), not "<inner>s" nor "<inner> and more words".
func wraps(outer, inner string) bool {
	if before, ok := strings.CutSuffix(outer, inner); ok {
		r, _ := utf8.DecodeLastRuneInString(before)
		return strings.ContainsRune(leadInEnds, r)
	}
	after, ok := strings.CutPrefix(outer, inner)
	if !ok {
		return false
	}
	return strings.ContainsRune(siteSeparators, firstRune(strings.TrimLeft(after, " ")))
}

// leadInEnds are the characters a breadcrumb trail or kicker ends with
// before the headline; siteSeparators those a page's <title> puts between
// the headline and the site's name.
const (
	leadInEnds     = " :»›>|–—-/"
	siteSeparators = "|–—-:·»/"
)
