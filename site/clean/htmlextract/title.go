package htmlextract

import (
	"strings"
)

// How many words a title's tail after a separator may have to be taken for
// the site's name or a section label when it does not match the site's name:
// social titles are written for sharing and rarely carry one ("| Editorial"),
// a <title> mostly does ("| The Daily Courier").
const (
	socialTailWords = 2
	titleTailWords  = 4
)

// titleSeparators split a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "}

// chooseTitle takes the article's headline: social and JSON-LD titles first
// (they are written for sharing and rarely carry the site's name), then the
// single <h1>, then <title>, each without a " | Site" part.
func chooseTitle(m *metaSource, ld ldArticle, site string) string {
	for _, t := range []string{m.first("og:title"), m.first("twitter:title"), ld.headline} {
		if t, _ = splitSiteName(collapseSpace(t), site, socialTailWords); t != "" {
			return t
		}
	}
	if len(m.h1) == 1 {
		return m.h1[0]
	}
	t, _ := splitSiteName(collapseSpace(m.title), site, titleTailWords)
	return t
}

// siteFromTitle is the site's name as the <title> gives it ("Headline | Site"),
// for pages that name their site nowhere else.
func siteFromTitle(m *metaSource) string {
	_, site := splitSiteName(collapseSpace(m.title), "", titleTailWords)
	return site
}

// splitSiteName splits a leading or trailing site name from a title. The part
// is split off when it names the site, or when it is a tail of at most
// tailWords words after a separator and the rest is a headline of its own.
func splitSiteName(title, site string, tailWords int) (headline, siteName string) {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if sameName(tail, site) || (len(strings.Fields(tail)) <= tailWords && len(strings.Fields(head)) >= 3) {
			return strings.TrimSpace(head), strings.TrimSpace(tail)
		}
		j := strings.Index(title, sep)
		if first := title[:j]; sameName(first, site) {
			return strings.TrimSpace(title[j+len(sep):]), strings.TrimSpace(first)
		}
	}
	return title, ""
}

// sameName compares a title part with the site's name, ignoring case, spaces
// and a leading "www.".
func sameName(part, site string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), ""))
		return strings.TrimPrefix(s, "www.")
	}
	p, s := norm(part), norm(site)
	return p != "" && s != "" && (p == s || strings.TrimSuffix(p, ".com") == s || p == strings.TrimSuffix(s, ".com"))
}
