package htmlextract

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Readability's constants: how far up a paragraph's score spreads, how many of
// the best candidates may vote for a common ancestor, and the sibling cut-off.
const (
	ancestorLevels   = 5
	minParagraphLen  = 25
	topCandidateVote = 3
	siblingShare     = 0.2
)

// candidate is a container that paragraphs voted for.
type candidate struct {
	node  *html.Node
	score float64
	order int // first-seen order, for deterministic ties
}

// scoreCandidates spreads each paragraph's score to its ancestors and returns
// the containers with their final (link-density adjusted) scores.
func scoreCandidates(body *html.Node, st statsMap) map[*html.Node]*candidate {
	cands := map[*html.Node]*candidate{}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		text, isPara := paragraphText(n, st)
		if !isPara || text < minParagraphLen {
			return true
		}
		s := st.of(n)
		score := 1 + float64(s.commas) + float64(min(text/100, 3))
		if n.Data != "p" && n.Data != "pre" && n.Data != "td" {
			// a leaf div or mixed-content block scores for itself, as if readability
			// had wrapped its text in a <p>
			addScore(cands, n, score)
		}
		level := 0
		for a := n.Parent; a != nil && a != body.Parent && level < ancestorLevels; a = a.Parent {
			div := 1.0
			if level == 1 {
				div = 2
			} else if level > 1 {
				div = float64(level * 3)
			}
			addScore(cands, a, score/div)
			level++
		}
		return true
	})
	for _, c := range cands {
		c.score *= 1 - st.of(c.node).linkDensity()
	}
	return cands
}

// addScore adds to n's score, initialising it from n's tag and class first.
func addScore(cands map[*html.Node]*candidate, n *html.Node, score float64) {
	c := cands[n]
	if c == nil {
		c = &candidate{node: n, score: tagWeight(n) + float64(classWeight(n)), order: len(cands)}
		cands[n] = c
	}
	c.score += score
}

// Priors for the elements that say they hold the article: schema.org's
// articleBody most of all, then <article> and <main>. They tip close calls;
// teaser <article>s in lists still lose on their text.
const (
	articleBodyBonus = 25
	articleTagBonus  = 10
	mainTagBonus     = 5
)

// tagWeight is readability's prior for a container by its tag, plus the
// bonuses for elements that declare themselves the article.
func tagWeight(n *html.Node) float64 {
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return 5 + articleBodyBonus
	}
	switch n.Data {
	case "article":
		return 5 + articleTagBonus
	case "main":
		return 5 + mainTagBonus
	case "div":
		return 5
	case "pre", "td", "blockquote":
		return 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		return -3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		return -5
	}
	return 0
}

// paragraphText returns the length of n's own paragraph text and whether n
// counts as a paragraph: a p, pre or td, or any element whose text is not
// split further by block children (a leaf div), or the text a block element
// holds directly beside its blocks.
func paragraphText(n *html.Node, st statsMap) (int, bool) {
	switch n.Data {
	case "p", "pre", "td":
		return st.of(n).text, true
	case "div", "section", "article", "span", "font", "center", "main":
		return ownText(n, st), true
	}
	return 0, false
}

// ownText counts the text of n that is not inside a block-level child.
func ownText(n *html.Node, st statsMap) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			chars, _ := countText(c.Data)
			total += chars
		case c.Type == html.ElementNode && !blockTags[c.Data]:
			if hasBlockChild(c) {
				continue
			}
			total += st.of(c).text
		}
	}
	return total
}

// hasBlockChild reports whether any descendant of n is a block element.
func hasBlockChild(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c != n && c.Type == html.ElementNode && blockTags[c.Data] {
			found = true
		}
		return !found
	})
	return found
}

// rankCandidates sorts candidates best first, ties by document order.
func rankCandidates(cands map[*html.Node]*candidate) []*candidate {
	list := make([]*candidate, 0, len(cands))
	for _, c := range cands {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		return list[i].order < list[j].order
	})
	return list
}
