package htmlextract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// readMeta fills the page's metadata from meta tags, JSON-LD and the body.
func readMeta(root *html.Node, page *Page, opts Options, st statsMap) {
	m := collectMeta(root, st)
	ld := readJSONLD(m.jsonLD)
	page.SiteName = chooseSiteName(m.first("og:site_name"), ld.publisher,
		m.first("application-name"), siteFromTitle(m))
	page.URL = firstNonEmpty(absoluteURL(m.canonical), absoluteURL(m.first("og:url")),
		absoluteURL(ld.url), absoluteURL(opts.URL))
	page.Title = chooseTitle(m, ld, page.SiteName)
	page.Authors, page.Credits = chooseAuthors(m, ld)
	page.Authors = slices.DeleteFunc(page.Authors, func(a string) bool {
		// an outlet credited as its own author ("Al Jazeera") is no person
		return sameName(a, page.SiteName) || sameName(a, ld.publisher)
	})
	page.Language = chooseLanguage(m)
	page.Date, page.HasTime, page.LaterDate = chooseDate(m, ld, page.URL, opts)
}

// chooseSiteName takes the first name written as a name: a lower-case slug
// ("nj", "detroitnews") only when nothing better is given.
func chooseSiteName(names ...string) string {
	for i, n := range names {
		names[i] = siteNamePart(strings.TrimPrefix(n, "@"))
		if strings.IndexFunc(names[i], unicode.IsUpper) >= 0 {
			return names[i]
		}
	}
	return firstNonEmpty(names...)
}

// siteNamePart keeps the name from a site name with a tagline or a second
// name: "LinkNaija | Nigeria's news platform" -> "LinkNaija".
func siteNamePart(name string) string {
	for _, sep := range titleSeparators {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	return strings.TrimSpace(name)
}

// first returns the first value of a meta tag.
func (m *metaSource) first(key string) string {
	if v := m.tags[key]; len(v) > 0 {
		return collapseSpace(v[0])
	}
	return ""
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// absoluteURL keeps only http(s) URLs: a relative or script URL is no address.
func absoluteURL(u string) string {
	u = strings.TrimSpace(u)
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return u
	}
	return ""
}

// chooseLanguage reads <html lang>, else the content-language or og:locale tag,
// as a lower-case tag with "-" ("pt_BR" -> "pt-br").
func chooseLanguage(m *metaSource) string {
	lang := firstNonEmpty(m.lang, m.first("content-language"), m.first("og:locale"), m.first("language"))
	lang = strings.ToLower(strings.ReplaceAll(lang, "_", "-"))
	if i := strings.IndexAny(lang, ", ;"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}
