package htmlextract

import (
	"strings"

	"golang.org/x/net/html"
)

// chooseContent returns the elements that make up the article, in document
// order: the best-scored container and those of its siblings that look like
// more of the same article. With nothing scored it returns body.
func chooseContent(body *html.Node, st statsMap) []*html.Node {
	cands := scoreCandidates(body, st)
	ranked := rankCandidates(cands)
	if len(ranked) == 0 {
		return []*html.Node{body}
	}
	top := climbToCommonAncestor(ranked, body)
	top = climbWhileParentScoresHigher(top, cands, body)
	for top != body && top.Parent != body && onlyChildElement(top.Parent) == top {
		top = top.Parent
	}
	if top == body {
		return []*html.Node{body}
	}
	return withSiblings(top, cands, st)
}

// climbToCommonAncestor moves from the best candidate to an ancestor that
// several other strong candidates share: the article was split into parts.
func climbToCommonAncestor(ranked []*candidate, body *html.Node) *html.Node {
	top := ranked[0]
	var others []*html.Node
	for _, c := range ranked[1:min(len(ranked), 5)] {
		if c.score >= 0.75*top.score {
			others = append(others, c.node)
		}
	}
	if len(others) < topCandidateVote {
		return top.node
	}
	for p := top.node.Parent; p != nil && p != body; p = p.Parent {
		votes := 0
		for _, o := range others {
			if isAncestor(p, o) {
				votes++
			}
		}
		if votes >= topCandidateVote {
			return p
		}
	}
	return top.node
}

// climbWhileParentScoresHigher follows readability: an ancestor whose score is
// higher than the candidate's holds more of the article.
func climbWhileParentScoresHigher(top *html.Node, cands map[*html.Node]*candidate, body *html.Node) *html.Node {
	c := cands[top]
	if c == nil {
		return top
	}
	last := c.score
	threshold := last / 3
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		pc := cands[p]
		if pc == nil {
			continue
		}
		if pc.score < threshold {
			break
		}
		if pc.score > last {
			return p
		}
		last = pc.score
	}
	return top
}

// minSiblingParas is how many paragraphs an unscored sibling needs to be taken
// as more of the article.
const minSiblingParas = 2

// withSiblings returns top and the siblings that belong with it.
func withSiblings(top *html.Node, cands map[*html.Node]*candidate, st statsMap) []*html.Node {
	topScore := 0.0
	if c := cands[top]; c != nil {
		topScore = c.score
	}
	threshold := max(10, topScore*siblingShare)
	class := attr(top, "class")
	var out []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s == top || siblingBelongs(s, cands[s], st, threshold, class != "" && attr(s, "class") == class, topScore) {
			out = append(out, s)
		}
	}
	return out
}

// siblingBelongs is readability's test for a sibling of the top candidate.
func siblingBelongs(s *html.Node, c *candidate, st statsMap, threshold float64, sameClass bool, topScore float64) bool {
	if c != nil {
		bonus := 0.0
		if sameClass {
			bonus = topScore * siblingShare
		}
		if c.score+bonus >= threshold {
			return true
		}
	}
	ss := st.of(s)
	ld := ss.linkDensity()
	if s.Data != "p" {
		// a part of the article nested too deep for paragraph scores to reach
		return ss.paras >= minSiblingParas && ss.text > 10*minParagraphLen && ld < 0.25
	}
	if ss.text > 80 {
		return ld < 0.25
	}
	return ss.text > 0 && ld == 0 && endsSentence(textOf(s))
}

// endsSentence reports whether text holds a sentence end followed by a space or the end.
func endsSentence(text string) bool {
	i := strings.Index(text, ". ")
	return i >= 0 || strings.HasSuffix(text, ".")
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}
