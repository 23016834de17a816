package htmlextract

import (
	"golang.org/x/net/html"
)

// prune removes page furniture under body: tags, roles and hidden elements that
// never hold an article, and elements whose class or id names furniture, unless
// such an element holds most of the page's text (a "has-sidebar" wrapper around
// the whole page, say). Class and id words are only read when byClass is set.
func prune(body *html.Node, st statsMap, byClass bool) {
	total := st.of(body).text
	var doomed []*html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			doomed = append(doomed, n)
			return false
		case html.ElementNode:
			if n != body && isFurniture(n, st, total, byClass) {
				doomed = append(doomed, n)
				return false
			}
		}
		return true
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// isFurniture decides whether n is removed before scoring.
func isFurniture(n *html.Node, st statsMap, total int, byClass bool) bool {
	if furnitureByTag(n) {
		return true
	}
	share := 0.0
	if total > 0 {
		share = float64(st.of(n).text) / float64(total)
	}
	switch n.Data {
	case "header", "form":
		return share < 0.5
	case "a", "body":
		// links are judged by the blocks around them
		return false
	}
	if !byClass {
		return false
	}
	if wrapsQuote(n) {
		// an embedded post or a pull quote is quoted content, whatever the
		// class of its wrapper says ("social-media-embed")
		return false
	}
	tokens := nameTokens(n)
	if !hasWord(tokens, negativeWords) {
		return false
	}
	return !holdsArticle(n, st, total)
}

// holdsArticle reports whether n, named like furniture, holds the article all
// the same: most of the page's text, or a good part of it under a content
// word ("widget Blog", "page has-sidebar"). Comment sections never qualify on
// their words alone.
func holdsArticle(n *html.Node, st statsMap, total int) bool {
	if total == 0 {
		return false
	}
	share := float64(st.of(n).text) / float64(total)
	if share >= 0.5 {
		return true
	}
	tokens := nameTokens(n)
	return share >= 0.25 && hasWord(tokens, positiveWords) && !hasWord(tokens, commentWords)
}

// wrapsQuote reports whether n is a blockquote or an element whose only
// element child is one.
func wrapsQuote(n *html.Node) bool {
	for ; n != nil; n = onlyChildElement(n) {
		if n.Data == "blockquote" {
			return true
		}
	}
	return false
}
