package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// dropTags are page furniture whatever their content: scripts, media, forms'
// controls, navigation, sidebars, footers and captions.
var dropTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"math": true, "iframe": true, "object": true, "embed": true, "canvas": true,
	"video": true, "audio": true, "map": true, "link": true, "meta": true,
	"button": true, "select": true, "textarea": true, "input": true, "label": true,
	"nav": true, "aside": true, "footer": true, "menu": true, "dialog": true,
	"figcaption": true,
}

// dropRoles are ARIA landmarks and widgets that never hold the article.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alertdialog": true,
	"toolbar": true, "tablist": true, "note": true,
}

// negativeWords in an element's class or id mark furniture: navigation,
// comments, share bars, related lists, promos, cookie banners and the like.
var negativeWords = wordSet(
	"ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "dfp",
	"sponsor", "sponsored", "promo", "promotion", "banner", "outbrain", "taboola",
	"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination",
	"pager", "footer", "header", "masthead", "sidebar", "aside", "widget",
	"comment", "comments", "disqus", "replies", "reply", "respond",
	"related", "recommended", "recirc", "trending", "popular", "more", "readmore",
	"share", "sharing", "social", "sharedaddy", "sociable", "addthis", "print", "toolbar",
	"subscribe", "subscription", "newsletter", "signup", "login", "register", "paywall",
	"cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay",
	"tags", "tag", "keywords", "categories", "author", "byline", "bio", "meta", "caption",
	"credit", "hidden", "hide", "skip", "jump", "sr", "screen", "visually", "tools", "nocontent",
)

// commentWords mark comment sections: only the page's majority text saves them.
var commentWords = wordSet("comment", "comments", "disqus", "replies", "respond")

// positiveWords in class or id mark the article's own container.
var positiveWords = wordSet(
	"article", "articlebody", "body", "content", "entry", "hentry", "main", "post",
	"story", "text", "blog", "prose", "richtext",
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// hasWord reports whether any of tokens is in set.
func hasWord(tokens []string, set map[string]bool) bool {
	for _, t := range tokens {
		if set[t] {
			return true
		}
	}
	return false
}

// isHidden reports whether n is marked as not shown to readers.
func isHidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// furnitureByTag reports whether n is furniture by its tag, role or visibility,
// whatever its class says.
func furnitureByTag(n *html.Node) bool {
	if dropTags[n.Data] || isHidden(n) {
		return true
	}
	return dropRoles[strings.ToLower(attr(n, "role"))]
}

// classWeight scores an element's class and id the readability way: +25 for a
// content word, -25 for a furniture word (both can apply).
func classWeight(n *html.Node) int {
	tokens := nameTokens(n)
	w := 0
	if hasWord(tokens, positiveWords) {
		w += 25
	}
	if hasWord(tokens, negativeWords) {
		w -= 25
	}
	return w
}
