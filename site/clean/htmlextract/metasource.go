package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// metaSource is everything the page says about itself, gathered in one walk
// over the whole document before furniture is removed.
type metaSource struct {
	tags      map[string][]string // <meta> content by lower-case name, property or itemprop
	jsonLD    []string            // bodies of application/ld+json scripts
	title     string              // <title>
	h1        []string
	lang      string
	canonical string
	times     []timeMark // <time> and itemprop=datePublished outside sidebars
	bylines   []string   // text of rel=author, itemprop=author and byline elements
}

// timeMark is a date-bearing element of the page body.
type timeMark struct {
	value     string // datetime or content attribute, else the text
	published bool   // marked as the publication date (pubdate, itemprop, class word)
}

// collectMeta walks the document once and gathers its metadata sources.
// A region that holds most of the body's text is not a sidebar, whatever its
// class says ("page has-sidebar").
func collectMeta(root *html.Node, st statsMap) *metaSource {
	m := &metaSource{tags: map[string][]string{}}
	total := 0
	if body := findBody(root); body != nil {
		total = st.of(body).text
	}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "html":
			m.lang = attr(n, "lang")
		case "meta":
			m.addMetaTag(n)
			return false
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return false
		case "title":
			if m.title == "" {
				m.title = textOf(n)
			}
			return false
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
			}
			return false
		case "style", "noscript", "template":
			return false
		}
		if inSidebar(n) && 2*st.of(n).text < total {
			return false
		}
		m.addBodyMark(n)
		return true
	})
	return m
}

// addMetaTag records a <meta> element under its name, property or itemprop.
func (m *metaSource) addMetaTag(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			m.tags[key] = append(m.tags[key], content)
		}
	}
}

// addBodyMark records dates, bylines and headings found in the page body.
func (m *metaSource) addBodyMark(n *html.Node) {
	itemprop := strings.ToLower(attr(n, "itemprop"))
	switch {
	case n.Data == "h1":
		if t := textOf(n); t != "" {
			m.h1 = append(m.h1, t)
		}
	case n.Data == "time" || itemprop == "datepublished":
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" {
			v = textOf(n)
		}
		_, pubdate := attrOK(n, "pubdate")
		published := pubdate || itemprop == "datepublished" || hasWord(nameTokens(n), publishedWords)
		m.times = append(m.times, timeMark{value: strings.TrimSpace(v), published: published})
	}
	if isByline(n, itemprop) {
		if t := textOf(n); t != "" {
			m.bylines = append(m.bylines, t)
		}
	}
}

// publishedWords in a class mark a <time> as the publication date.
var publishedWords = wordSet("published", "publish", "pubdate", "posted", "date", "created")

// bylineWords in a class or id mark an element holding the author's name.
var bylineWords = wordSet("byline", "author", "authors", "writer", "by")

// isByline reports whether n names the article's author.
func isByline(n *html.Node, itemprop string) bool {
	if itemprop == "author" || strings.EqualFold(attr(n, "rel"), "author") {
		return true
	}
	if n.Data == "a" || n.Data == "span" || n.Data == "div" || n.Data == "p" || n.Data == "address" {
		return hasWord(nameTokens(n), bylineWords)
	}
	return false
}

// sidebarWords in a class or id mark a region whose dates and names belong to
// other articles: sidebars, related lists, comments, footers.
var sidebarWords = wordSet(
	"sidebar", "aside", "related", "recommended", "recirc", "trending", "popular",
	"comment", "comments", "widget", "promo", "footer", "nav", "navigation", "menu",
	"teaser", "teasers", "outbrain", "taboola", "more",
)

// inSidebar reports whether n is such a region (or navigation by tag or role).
func inSidebar(n *html.Node) bool {
	switch n.Data {
	case "aside", "nav", "footer":
		return true
	case "html", "body":
		return false
	}
	if dropRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	return hasWord(nameTokens(n), sidebarWords)
}
