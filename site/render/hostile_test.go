package render

import (
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
	"golang.org/x/net/html"
)

// hostile is text an editor might scrape: markup, script URLs, control
// characters, Unicode noncharacters (raw and as numeric entities, which
// goldmark decodes), a CDATA end, entities and invalid UTF-8.
const hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> ]]> &amp; &lt;b&gt; \x00\x01\x1b\x7f\u0085\uFFFE\uFFFF\uFDD0\uFDEF\U0001FFFE\U0010FFFF" +
	" &#xFFFE; &#xffff; &#x1; &#0; &#1; &#x9F; &#xFDD0; &#x10FFFF; &#65534; bad\xff utf8"

func hostileSite() Site {
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	a := &model.Article{
		ID: "../../etc/passwd", File: "x.md", Title: "Title " + hostile, Source: "Src " + hostile,
		Agency: "AFP\x00", Authors: []string{"<b>Bold</b>", "javascript:alert(3)"}, Date: day,
		URL: "javascript:alert(4)", Language: "en\" onload=\"x",
		Text:     "First sentence " + hostile + ". Second one.",
		Markdown: "Body " + hostile + "\n\n<script>alert(5)</script>\n\n[click](javascript:alert(6)) [v](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=)\n\n![img](data:image/png;base64,iVBOR) ![rel](/images/x.png) <javascript:alert(7)>\n\n<a href=\"javascript:alert(8)\">raw</a>\n\n# Top heading\n",
	}
	b := &model.Article{ID: "a/./b/../c", Title: "", Source: "", Date: day.AddDate(0, 0, 1),
		URL: "https://example.com/a?x=1&y=<2>", Markdown: "[rel](../other) [ok](https://example.com/ok)\n"}
	c := &model.Article{ID: "..", Title: "Undated ]]> & co", Source: "Nobody"}
	e1 := &model.Event{ID: a.ID, Title: "Event " + hostile, Summary: hostile, Date: day, Updated: b.Date,
		Articles: []*model.Article{a, b}, Adds: map[string][]string{a.ID: {hostile}},
		Wire: []model.WireStory{{Agency: "<i>AFP</i>", Articles: []string{a.ID, b.ID}}}, Related: []string{"..", "missing"}}
	e2 := &model.Event{ID: "..", Title: "", Articles: []*model.Article{c}}
	s := model.DefaultSettings()
	s.Title = "Digest <script>x</script> ]]>"
	s.Description = "Desc \x00 & <b>"
	s.BaseURL = "https://example.org/sub/"
	s.Language = "en\"><script>"
	return Site{Settings: s, Events: []*model.Event{e1, e2}, Articles: []*model.Article{a, b, c}}
}

// TestHostileContent: no executable markup, no script URL and no control
// character reaches any page or feed, no file lands outside the output folder,
// and every XML file stays well-formed.
func TestHostileContent(t *testing.T) {
	dir, _ := renderTo(t, hostileSite())
	files := readTree(t, dir)
	for name, b := range files {
		assert.False(t, strings.Contains(name, ".."), name)
		switch {
		case strings.HasSuffix(name, ".html"):
			assertNoActiveContent(t, name, string(b))
		case strings.HasSuffix(name, ".xml"):
			assert.NoError(t, wellFormed(b), name)
		}
		if name != "events.json" { // exactly model.NewEventsJSON, JSON-escaped
			assert.Equal(t, -1, strings.IndexFunc(string(b), badRune), name+": control character")
		}
	}
	assert.Contains(t, files, "events/etc/passwd/index.html")
	assert.Contains(t, files, "events/_/index.html", "an id of only dots gets a placeholder slug")
}

// assertNoActiveContent parses an HTML document or fragment and fails on any
// script element but the search page's own, any on* attribute, and any URL
// attribute with a script or data scheme.
func assertNoActiveContent(t *testing.T, name, doc string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(doc))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		for _, a := range tok.Attr {
			key, val := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
			assert.Falsef(t, strings.HasPrefix(key, "on"), "%s: <%s %s>", name, tok.Data, a.Key)
			if key == "href" || key == "src" || key == "action" {
				for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
					assert.Falsef(t, strings.HasPrefix(val, scheme), "%s: <%s %s=%q>", name, tok.Data, key, a.Val)
				}
			}
		}
		if tok.Data == "script" || tok.Data == "iframe" || tok.Data == "object" || tok.Data == "embed" {
			assert.Truef(t, tok.Data == "script" && strings.HasSuffix(attr(tok, "src"), "search.js"), "%s: <%s>", name, tok.Data)
		}
	}
}

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// wellFormed parses b with encoding/xml in strict mode.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(strings.NewReader(string(b)))
	for {
		if _, err := d.Token(); err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
	}
}

func TestHostileEscaping(t *testing.T) {
	dir, _ := renderTo(t, hostileSite())
	files := readTree(t, dir)
	page := string(files["events/etc/passwd/index.html"])
	require.NotEmpty(t, page)
	assert.Contains(t, page, "&lt;script&gt;", "markup in titles shows as text")
	assert.Contains(t, page, `<html lang="en">`, "a bad language setting falls back")
	art := string(files["articles/etc/passwd/index.html"])
	assert.Contains(t, art, "<h2>Top heading</h2>", "article headings sit below the page's h1")
	assert.Contains(t, art, "<!-- raw HTML omitted -->")
	assert.Contains(t, art, "<p>click v d</p>", "script and data links keep their text")
	assert.NotContains(t, art, "/images/x.png", "relative image of another site with no original URL")
	other := string(files["articles/a/b/c/index.html"])
	assert.Contains(t, other, `href="https://example.com/other"`, "relative link resolved against the original")
	assert.Contains(t, other, `href="https://example.com/a?x=1&amp;y=%3c2%3e"`)
}
