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

// collectMeta walks the document once and gathers its metadata sources:
// head-like tags wherever they are, dates and bylines only outside sidebars.
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
		m.addBodyMark(n, func() bool { return inSideRegion(n, st, total) })
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

// addBodyMark records dates, bylines and headings found in the page body;
// aside tells, when asked, whether n sits in a sidebar.
func (m *metaSource) addBodyMark(n *html.Node, aside func() bool) {
	itemprop := strings.ToLower(attr(n, "itemprop"))
	isTime := n.Data == "time" || itemprop == "datepublished"
	byline := isByline(n, itemprop)
	if !isTime && !byline && n.Data != "h1" || aside() {
		return
	}
	switch {
	case n.Data == "h1":
		if t := textOf(n); t != "" {
			m.h1 = append(m.h1, t)
		}
	case isTime:
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
	if byline {
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

// inSideRegion reports whether n or an ancestor is a sidebar that does not
// hold the article.
func inSideRegion(n *html.Node, st statsMap, total int) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if inSidebar(a) && !holdsArticle(a, st, total) {
			return true
		}
	}
	return false
}

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
