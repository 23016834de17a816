package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/clean/htmlextract"
	"github.com/topicdigest/digest/site/model"
)

// htmlPage wraps paragraphs in a page with the given head.
func htmlPage(lang, head, body string) string {
	return `<html lang="` + lang + `"><head>` + head + `</head><body><nav><a href="/">Home</a></nav><article>` +
		body + `</article><footer>© Example</footer></body></html>`
}

const englishBody = `<p>The council approved the budget on Tuesday, after a long debate that lasted well into the night.</p>
<p>The mayor said the money would go to schools, roads and the harbour, and that taxes would not rise this year.</p>`

func TestCleanHTML(t *testing.T) {
	now := time.Date(2025, 7, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		doc   model.Document
		check func(t *testing.T, a model.Article)
	}{
		{"metadata from the page", model.Document{Body: htmlPage("en-US",
			`<title>Budget approved | City Paper</title><meta property="og:site_name" content="City Paper">
			<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2025-07-22T10:00:00Z">`,
			englishBody)},
			func(t *testing.T, a model.Article) {
				assert.Equal(t, "Budget approved", a.Title)
				assert.Equal(t, "City Paper", a.Source)
				assert.Equal(t, []string{"Jane Roe"}, a.Authors)
				assert.Equal(t, "2025-07-22T10:00:00Z", model.FormatDate(a.Date, a.HasTime))
				assert.Equal(t, "en", a.Language)
				assert.NotContains(t, a.Text, "Home")
			}},
		{"agency as the JSON-LD author", model.Document{Body: htmlPage("en",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"AFP"}}</script>`,
			`<p>SEOUL, July 24 (UPI) -- North Korea fired two missiles on Thursday, the military said, in its third launch this month.</p>`)},
			func(t *testing.T, a model.Article) {
				assert.Equal(t, "AFP", a.Agency)
				assert.Empty(t, a.Authors)
			}},
		{"dateline agency", model.Document{Body: htmlPage("en", ``,
			`<p>SEOUL, July 24 (UPI) -- North Korea fired two missiles on Thursday, the military said, in its third launch this month.</p>`)},
			func(t *testing.T, a model.Article) { assert.Equal(t, "UPI", a.Agency) }},
		{"text language beats a template's lang=en", model.Document{Body: htmlPage("en", ``,
			`<p>Der Stadtrat hat am Dienstag den Haushalt beschlossen, nach einer langen Debatte, die bis in die Nacht dauerte.</p>
			<p>Die Bürgermeisterin sagte, das Geld gehe an die Schulen und die Straßen, und die Steuern würden nicht steigen.</p>`)},
			func(t *testing.T, a model.Article) { assert.Equal(t, "de", a.Language) }},
		{"the file's own statements win", model.Document{Body: htmlPage("en",
			`<meta property="og:title" content="Page title"><link rel="canonical" href="https://example.com/a">`, englishBody),
			Meta: model.Meta{Title: "Stated title", URL: "https://stated.example/story", Date: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}},
			func(t *testing.T, a model.Article) {
				assert.Equal(t, "Stated title", a.Title)
				assert.Equal(t, "https://stated.example/story", a.URL)
				assert.Equal(t, "stated.example", a.Source)
				assert.Equal(t, "2025-07-01", model.FormatDate(a.Date, a.HasTime))
			}},
		{"no date after the fetch", model.Document{Body: htmlPage("en",
			`<meta property="article:published_time" content="2025-07-25">`, englishBody+`<time datetime="2025-07-20">20 July</time>`),
			Meta: model.Meta{FetchedAt: time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)}},
			func(t *testing.T, a model.Article) {
				assert.Equal(t, "2025-07-20", model.FormatDate(a.Date, a.HasTime))
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.Format = model.FormatHTML
			a, err := cleanHTML(tt.doc, Options{Now: now}, &clock{now: now})
			require.NoError(t, err)
			tt.check(t, a)
		})
	}
}

func TestCleanHTMLNoArticle(t *testing.T) {
	doc := model.Document{Format: model.FormatHTML, Body: `<html><body><nav><a href="/">Home</a></nav></body></html>`}
	_, err := cleanHTML(doc, Options{}, &clock{})
	require.ErrorIs(t, err, ErrNoArticle)
}

func TestCleanHTMLDropsScript(t *testing.T) {
	doc := model.Document{Format: model.FormatHTML, Body: htmlPage("en", `<script>var secret = 1</script>`,
		englishBody+`<script>alert("x")</script><p>Click <a href="javascript:steal()">this control</a> if you dare, said the sign on the door.</p>`)}
	a, err := Clean(doc, Options{})
	require.NoError(t, err)
	for _, out := range []string{a.Text, a.Markdown} {
		assert.NotContains(t, out, "alert")
		assert.NotContains(t, out, "secret")
		assert.NotContains(t, out, "javascript")
		assert.NotContains(t, out, "this control")
	}
}

func TestDropFurniture(t *testing.T) {
	p := func(s string) htmlextract.Block { return htmlextract.Block{Kind: htmlextract.Paragraph, Text: s} }
	body := []htmlextract.Block{p("The council approved the budget on Tuesday."), p("The mayor said taxes would not rise this year.")}
	tests := []struct {
		name string
		in   []htmlextract.Block
		want int
	}{
		{"plain ending kept", body, 2},
		{"section head and notices dropped", append(body[:2:2], p("You may also like..."), p("Copyright © 2019 The Paper.")), 2},
		{"call to subscribe dropped", append(body[:2:2], p("Get the latest updates right in your inbox. Subscribe to our newsletters.")), 2},
		{"a lone block is not trimmed", []htmlextract.Block{p("Get the latest updates right in your inbox. Subscribe to our newsletters.")}, 1},
		{"promo label between paragraphs dropped", []htmlextract.Block{body[0], p("DON'T MISS"), body[1]}, 2},
	}
	for _, tt := range tests {
		assert.Len(t, dropFurniture(tt.in), tt.want, tt.name)
	}
}
