package htmlextract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// nodeStats are the counts that scoring reads, gathered for every element in
// one bottom-up pass so no subtree is walked twice.
type nodeStats struct {
	text   int // letters, digits and punctuation (white space not counted)
	links  int // the part of text inside <a>
	commas int
	paras  int // <p> elements with some text
}

// linkDensity is the share of an element's text that is link text.
func (s *nodeStats) linkDensity() float64 {
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.links) / float64(s.text)
}

// statsMap holds nodeStats by element, in one slab to spare the allocator.
type statsMap struct {
	index map[*html.Node]int32
	slab  []nodeStats
}

// measure gathers nodeStats for every element under root.
func measure(root *html.Node) statsMap {
	var order []*html.Node
	st := statsMap{index: map[*html.Node]int32{}}
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			if skipTags[n.Data] {
				return false
			}
			st.index[n] = int32(len(st.slab))
			st.slab = append(st.slab, nodeStats{})
		}
		order = append(order, n)
		return true
	})
	for i := len(order) - 1; i >= 0; i-- {
		n := order[i]
		switch n.Type {
		case html.TextNode:
			addText(st, n)
		case html.ElementNode:
			s := st.of(n)
			if n.Data == "a" {
				s.links = s.text
			}
			if n.Data == "p" && s.text > 0 {
				s.paras++
			}
			if p := n.Parent; p != nil && p.Type == html.ElementNode {
				ps := st.of(p)
				ps.text += s.text
				ps.links += s.links
				ps.commas += s.commas
				ps.paras += s.paras
			}
		}
	}
	return st
}

// of returns n's stats. An element that was not measured (outside root, or
// inside a skipped one) gets zero stats that are not kept.
func (st statsMap) of(n *html.Node) *nodeStats {
	if i, ok := st.index[n]; ok {
		return &st.slab[i]
	}
	return &nodeStats{}
}

// addText counts a text node into its parent element's stats.
func addText(st statsMap, n *html.Node) {
	p := n.Parent
	if p == nil || p.Type != html.ElementNode {
		return
	}
	chars, commas := countText(n.Data)
	s := st.of(p)
	s.text += chars
	s.commas += commas
}

// countText counts the non-space characters and the commas of s; commas of
// several scripts count, so scoring works beyond Latin text.
func countText(s string) (chars, commas int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || r == '\u00a0' {
			continue
		}
		chars++
		switch r {
		case ',', '，', '、', '،':
			commas++
		}
	}
	return chars, commas
}
