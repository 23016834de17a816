package htmlextract

import (
	"golang.org/x/net/html"
)

// conditionalTags are containers inside the chosen content that readability
// re-examines: lists, tables and divs of links, images or form fields are not
// article text even when they sit inside the article's container.
var conditionalTags = map[string]bool{
	"div": true, "section": true, "ul": true, "ol": true, "table": true, "form": true,
	"fieldset": true, "header": true, "dl": true,
}

// elementCounts are the descendants readability's conditional cleaning weighs.
type elementCounts struct {
	imgs, items, inputs, embeds int
}

func countElements(n *html.Node) elementCounts {
	var c elementCounts
	walk(n, func(d *html.Node) bool {
		if d.Type != html.ElementNode {
			return true
		}
		switch d.Data {
		case "img":
			c.imgs++
		case "li":
			c.items++
		case "input", "select", "textarea":
			c.inputs++
		case "embed", "object", "iframe", "video", "audio":
			c.embeds++
		}
		return true
	})
	return c
}

// removeConditionally reports whether a container inside the content is
// furniture after all (readability's _cleanConditionally, slightly simplified).
func removeConditionally(n *html.Node, st statsMap) bool {
	if !conditionalTags[n.Data] || wrapsQuote(n) {
		return false
	}
	s := st.of(n)
	weight := classWeight(n)
	if weight < 0 && s.paras == 0 {
		return true
	}
	if s.commas >= 10 {
		return false
	}
	isList := n.Data == "ul" || n.Data == "ol"
	c := countElements(n)
	ld := s.linkDensity()
	paras := s.paras
	switch {
	case c.imgs > 1 && float64(paras)/float64(c.imgs) < 0.5:
		return true
	case !isList && c.items-100 > paras:
		return true
	case c.inputs > paras/3:
		return true
	case !isList && s.text < minParagraphLen && (c.imgs == 0 || c.imgs > 2):
		return true
	case isList && ld > maxLinkShare:
		return true
	case !isList && weight < 25 && ld > 0.2:
		return true
	case weight >= 25 && ld > maxLinkShare:
		return true
	case (c.embeds == 1 && s.text < 75) || c.embeds > 1:
		return true
	}
	return false
}
