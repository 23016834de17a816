package htmlextract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// parseBody parses a fragment and returns its <body>.
func parseBody(t *testing.T, src string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	body := findBody(root)
	require.NotNil(t, body)
	return body
}

// byID finds the element with the given id.
func byID(n *html.Node, id string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found == nil && c.Type == html.ElementNode && attr(c, "id") == id {
			found = c
		}
		return found == nil
	})
	return found
}

func TestNameTokens(t *testing.T) {
	tests := []struct{ class, id, want string }{
		{"share-bar social", "", "share bar social"},
		{"articleBody", "mainContent", "article body main content"},
		{"", "HEADER_top", "header top"},
		{"download head", "", "download head"},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div",
			Attr: []html.Attribute{{Key: "class", Val: tt.class}, {Key: "id", Val: tt.id}}}
		assert.Equal(t, tt.want, strings.Join(nameTokens(n), " "), tt.class+"#"+tt.id)
	}
}

func TestClassWeight(t *testing.T) {
	tests := []struct {
		class string
		want  int
	}{
		{"entry-content", 25},
		{"comment-list", -25},
		{"article-comments", 0},
		{"download", 0}, // "ad" is a word, not a substring
		{"ad-slot", -25},
		{"", 0},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
		assert.Equal(t, tt.want, classWeight(n), tt.class)
	}
}

func TestIsFurniture(t *testing.T) {
	long := strings.Repeat("Words of the article, long enough to matter. ", 20)
	body := parseBody(t, `<div id="w" class="has-sidebar"><p>`+long+`</p>
		<div id="share" class="share-tools">Share this</div>
		<div id="nav" role="navigation">Home</div>
		<div id="hid" style="display: none">hidden</div>
		<div id="rel" class="related-posts"><p>Another story entirely, with words.</p></div>
		<header id="head">Site name</header>
		<div id="plain">A plain block</div></div>`)
	st := measure(body)
	total := st.of(body).text
	tests := map[string]bool{"w": false, "share": true, "nav": true, "hid": true, "rel": true, "head": true, "plain": false}
	for id, want := range tests {
		assert.Equal(t, want, isFurniture(byID(body, id), st, total, true), id)
	}
}

func TestParagraphScore(t *testing.T) {
	// the container of long, comma-rich paragraphs wins over a link list
	para := `<p>One, two, three, four: a paragraph with commas, clauses, and enough words to be prose.</p>`
	body := parseBody(t, `<div id="links"><p><a href="/a">A link that is long enough to score as text</a></p></div>
		<div id="story">`+para+para+para+`</div>`)
	st := measure(body)
	ranked := rankCandidates(scoreCandidates(body, st))
	require.NotEmpty(t, ranked)
	assert.Equal(t, "story", attr(ranked[0].node, "id"))
	nodes := chooseContent(body, st)
	require.Len(t, nodes, 1)
	assert.Equal(t, "story", attr(nodes[0], "id"))
}

func TestLinkDensity(t *testing.T) {
	body := parseBody(t, `<div id="d">four <a href="/">link</a></div>`)
	st := measure(body)
	assert.InDelta(t, 0.5, st.of(byID(body, "d")).linkDensity(), 1e-9)
	assert.Zero(t, (*nodeStats)(nil).linkDensity())
}

func TestRemoveConditionally(t *testing.T) {
	body := parseBody(t, `
		<ul id="linklist"><li><a href="/1">First other story</a></li><li><a href="/2">Second other story</a></li></ul>
		<ul id="facts"><li>A list item of plain text</li><li>Another item of plain text</li></ul>
		<div id="gallery"><img src="a"><img src="b"><img src="c"></div>
		<div id="prose"><p>Plain prose, with a comma.</p><p>More prose, with another comma.</p></div>`)
	st := measure(body)
	tests := map[string]bool{"linklist": true, "facts": false, "gallery": true, "prose": false}
	for id, want := range tests {
		assert.Equal(t, want, removeConditionally(byID(body, id), st), id)
	}
}

func TestLenientPassRecoversArticle(t *testing.T) {
	// the article's wrapper has a furniture word and holds under a quarter of
	// the page's text (a long menu), so the strict pass prunes it
	para := `<p>The river rose by two metres overnight, and the town's mayor, who had warned of this, ordered the old quarter cleared.</p>`
	menu := strings.Repeat(`<li><a href="/x">A long navigation entry that names a section of the site</a></li>`, 40)
	src := `<html><body><ul class="menu">` + menu + `</ul><div class="social-article">` + para + para + para + `</div></body></html>`
	page, err := Extract(src, Options{Now: testNow})
	require.NoError(t, err)
	require.Len(t, page.Blocks, 3)
	assert.Contains(t, page.Blocks[0].Text, "The river rose")
}

func TestTagWeightPrefersDeclaredArticle(t *testing.T) {
	body := parseBody(t, `<div id="ab" itemprop="articleBody"></div><article id="art"></article><main id="main"></main>
		<div id="div"></div><ul id="ul"></ul><h2 id="h2"></h2>`)
	order := []string{"ab", "art", "main", "div", "ul", "h2"}
	for i := 1; i < len(order); i++ {
		assert.Greater(t, tagWeight(byID(body, order[i-1])), tagWeight(byID(body, order[i])), order[i-1]+" over "+order[i])
	}
}

func TestDeclaredArticleWinsCloseCall(t *testing.T) {
	para := `<p>Alike, in length, commas and words, so that only the markup can tell them apart.</p>`
	body := parseBody(t, `<div id="other">`+para+para+`</div><div id="story" itemprop="articleBody">`+para+para+`</div>`)
	ranked := rankCandidates(scoreCandidates(body, measure(body)))
	require.NotEmpty(t, ranked)
	assert.Equal(t, "story", attr(ranked[0].node, "id"))
}

func TestLinkHeavyBlocks(t *testing.T) {
	link := func(s string) string { return `<a href="/x">` + s + `</a>` }
	tests := []struct {
		name string
		html string
		kept bool
	}{
		{"read-more line", `<p>Read more: ` + link("Council approves the budget for the harbour bridge repair") + `</p>`, false},
		{"prose with links woven in", `<p>Today's best deals include ` + link("various laptop models from $700 at the big store") +
			`. You will also find ` + link("wireless earphones with a charging case for $150") + ` and ` +
			link("holiday pricing on smart thermostats from $139") + `. All that and more is below.</p>`, true},
		{"headline list item", `<ul><li>` + link("A long headline of another story that the site links to") + `</li></ul>`, false},
	}
	for _, tt := range tests {
		page, err := Extract(`<html><body><article>`+tt.html+`</article></body></html>`, Options{Now: testNow})
		require.NoError(t, err)
		assert.Equal(t, tt.kept, len(page.Blocks) > 0, tt.name)
	}
}
