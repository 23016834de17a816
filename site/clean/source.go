package clean

import (
	"net/url"
	"strings"
	"unicode"
)

// sectionWords are navigation and section names that a page dump's date label
// may carry instead of the outlet's name ("date 2025-07-24 Trending").
var sectionWords = wordSet(`trending latest news world home breaking top stories story politics business
sports sport opinion opinions tech technology science health entertainment culture lifestyle travel asia
europe africa americas us u.s. uk local national international nation economy markets market video videos
live featured popular most read headlines updates update today general global issues region regional
nachrichten politik wirtschaft kultur panorama welt inland ausland aktuell lokales meinung
actualités actualité monde politique économie société noticias mundo política economía deportes
actualidad notizie esteri politica cronaca economia notícias brasil nieuws binnenland buitenland
startseite accueil inicio portada podcasts podcast weather education environment climate middle east`)

// IsSectionLabel reports whether a label is navigation or section words
// ("Trending", "World News", a menu such as "Podcasts · Travel | Markets")
// rather than a site's name ("Japan Today"). Separators, any token without
// a letter or digit, are passed over.
func IsSectionLabel(label string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(label)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" && !sectionWords[w] && !navWords[w] {
			return false
		}
	}
	return true
}

// HostName is a URL's host without "www.", the outlet's name of last resort.
func HostName(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// copyrightHolder reads the owner of a copyright line: "©2025 GPlusMedia Inc."
// gives "GPlusMedia". Agencies are not holders here: they are the copy's origin.
func copyrightHolder(s string) string {
	if len(s) > 100 || creditAgency(s) != "" {
		return ""
	}
	lower := strings.ToLower(s)
	i := strings.Index(lower, "©")
	if i < 0 {
		if i = strings.Index(lower, "copyright"); i < 0 {
			return ""
		}
		i += len("copyright")
	} else {
		i += len("©")
	}
	rest := s[i:]
	if j := strings.Index(strings.ToLower(rest), "all rights"); j >= 0 {
		rest = rest[:j]
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' || r == '–' || r == ',' || r == '©'
	})
	rest = strings.TrimRight(rest, " .,;|")
	for _, suf := range []string{" Inc", " Ltd", " LLC", " GmbH", " S.A", " SA", " AG", " Co", " Corp", " Limited"} {
		rest = strings.TrimSuffix(rest, suf)
	}
	rest = strings.TrimRight(rest, " .,;|")
	if n := len(strings.Fields(rest)); n == 0 || n > 5 {
		return ""
	}
	return rest
}
