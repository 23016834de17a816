package htmlextract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// walk visits n and its descendants depth-first; visit returns false to skip a
// node's children. It iterates with an explicit stack so that deeply nested
// (or hostile) pages cannot exhaust the goroutine stack.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(cur) {
			continue
		}
		for c := cur.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// attr returns the value of the attribute key (lower case) or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nameTokens splits an element's class and id into lower-case words, also at
// camelCase humps: "articleBody share-bar" -> article body share bar. Words
// rather than substrings keep "ad" from matching "head" or "download".
func nameTokens(n *html.Node) []string {
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return nil
	}
	s := class + " " + id
	var out []string
	start, prevLower := -1, false
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		hump := unicode.IsUpper(r) && prevLower
		if start >= 0 && (!word || hump) {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
		if word && start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// collapseSpace turns every run of white space into one space and trims the ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textOf returns the visible text under n with white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c != n && (skipTags[c.Data] || unsafeLink(c)) {
				return false
			}
			if blockTags[c.Data] || c.Data == "br" {
				b.WriteByte(' ')
			}
		}
		return true
	})
	return collapseSpace(b.String())
}

// skipTags never hold visible article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"math": true, "iframe": true, "object": true, "embed": true, "canvas": true,
	"video": true, "audio": true, "head": true, "title": true, "meta": true, "link": true,
	"button": true, "select": true, "textarea": true, "input": true, "option": true,
}

// blockTags start a new block of text.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "dd": true,
	"details": true, "dialog": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"li": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"table": true, "tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true,
	"ul": true, "center": true, "summary": true, "caption": true,
}

// onlyChildElement returns n's single element child, or nil; scripts and
// other invisible elements do not count.
func onlyChildElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipTags[c.Data] {
			continue
		}
		if only != nil {
			return nil
		}
		only = c
	}
	return only
}
