package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxLinkShare is the largest share of link text a block may have: above it the
// block is a link list, a "read more" or a tag line, not prose.
const maxLinkShare = 0.5

// maxProseLinkShare is the link share up to which prose (several sentences,
// its links woven into them) is kept: a deals roundup or a news digest.
const maxProseLinkShare = 0.8

// minProseWords and minProseSentences make a block prose rather than a list
// of headlines.
const (
	minProseWords     = 25
	minProseSentences = 2
)

// isProse reports whether text reads as sentences rather than a link list.
func isProse(text string) bool {
	if len(strings.Fields(text)) < minProseWords {
		return false
	}
	ends := strings.Count(text, ". ") + strings.Count(text, "? ") + strings.Count(text, "! ")
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") {
		ends++
	}
	return ends >= minProseSentences
}

// blockWriter turns the chosen containers into Blocks. The kind of a block is
// set by the innermost list, quote or pre around its text.
type blockWriter struct {
	st          statsMap
	conditional bool // drop containers that removeConditionally rejects
	blocks      []Block
	buf         strings.Builder
	links       int // characters of buf inside <a>
	inLink      int
	dates       int // characters of buf inside <time>
	inTime      int
	kinds       []Block // context stack: kind (and Ordered) of the enclosing elements
}

// collectBlocks writes the blocks of the given containers in document order.
func collectBlocks(nodes []*html.Node, st statsMap, conditional bool) []Block {
	w := &blockWriter{st: st, conditional: conditional}
	for _, n := range nodes {
		// the containers themselves were chosen by score: only their
		// descendants are re-examined
		w.children(n)
		w.flush()
	}
	return w.blocks
}

// node writes n: text into the current block, elements by their kind.
func (w *blockWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
		w.element(n)
	}
}

// text adds inline text, counting what lies inside links and <time>.
func (w *blockWriter) text(s string) {
	w.buf.WriteString(s)
	if w.inLink > 0 || w.inTime > 0 {
		chars, _ := countText(s)
		w.links += chars * min(w.inLink, 1)
		w.dates += chars * min(w.inTime, 1)
	}
}

// element writes an element: a block of its own, a context for the blocks
// inside it, or inline markup.
func (w *blockWriter) element(n *html.Node) {
	if skipTags[n.Data] || unsafeLink(n) || (w.conditional && removeConditionally(n, w.st)) {
		return
	}
	switch n.Data {
	case "br", "hr":
		w.flush()
	case "h1", "h2", "h3", "h4":
		w.flush()
		w.emit(Block{Kind: Heading, Text: textOf(n)}, 0)
	case "pre":
		w.flush()
		w.emit(Block{Kind: Code, Text: strings.TrimSpace(preText(n))}, 0)
	case "ul", "ol", "li", "blockquote":
		w.flush()
		w.kinds = append(w.kinds, contextKind(n, w.kinds))
		w.children(n)
		w.flush()
		w.kinds = w.kinds[:len(w.kinds)-1]
	case "a":
		w.inLink++
		w.children(n)
		w.inLink--
	case "time":
		w.inTime++
		w.children(n)
		w.inTime--
	default:
		block := blockTags[n.Data] || n.Data == "h5" || n.Data == "h6"
		if block {
			w.flush()
		}
		w.children(n)
		if block {
			w.flush()
		}
	}
}

func (w *blockWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// contextKind is the block kind that text inside n takes.
func contextKind(n *html.Node, outer []Block) Block {
	switch n.Data {
	case "blockquote":
		return Block{Kind: Quote}
	case "ol":
		return Block{Kind: ListItem, Ordered: true}
	case "ul":
		return Block{Kind: ListItem}
	}
	// li: keep the list's ordering
	if len(outer) > 0 && outer[len(outer)-1].Kind == ListItem {
		return outer[len(outer)-1]
	}
	return Block{Kind: ListItem}
}

// flush ends the current block of inline text.
func (w *blockWriter) flush() {
	text := collapseSpace(w.buf.String())
	links, dates := w.links, w.dates
	w.buf.Reset()
	w.links, w.dates = 0, 0
	if chars, _ := countText(text); chars == dates {
		// nothing but a <time>: the date line of the article's header
		return
	}
	b := Block{Kind: Paragraph, Text: text}
	if len(w.kinds) > 0 {
		ctx := w.kinds[len(w.kinds)-1]
		b.Kind, b.Ordered = ctx.Kind, ctx.Ordered
	}
	w.emit(b, links)
}

// emit appends b unless it is empty or mostly link text.
func (w *blockWriter) emit(b Block, links int) {
	if b.Text == "" {
		return
	}
	chars, _ := countText(b.Text)
	if chars == 0 {
		return
	}
	if share := float64(links) / float64(chars); share > maxLinkShare && !(share <= maxProseLinkShare && isProse(b.Text)) {
		return
	}
	w.blocks = append(w.blocks, b)
}

// unsafeLink reports a link to script code: its text is a page control, and
// its target must never reach the output.
func unsafeLink(n *html.Node) bool {
	if n.Data != "a" {
		return false
	}
	href := strings.ToLower(strings.TrimSpace(attr(n, "href")))
	return strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "vbscript:") ||
		strings.HasPrefix(href, "data:")
}

// preText is the text of a pre element with its line breaks kept.
func preText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && skipTags[c.Data] {
			return false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		if c.Type == html.ElementNode && c.Data == "br" {
			b.WriteByte('\n')
		}
		return true
	})
	return b.String()
}
