package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The site checks must catch what they look for, or every end-to-end test that
// relies on them passes vacuously.

func TestScanHTMLFindsExecutableMarkup(t *testing.T) {
	tests := []struct {
		doc    string
		unsafe int
	}{
		{`<p>plain &lt;script&gt;alert(1)&lt;/script&gt; text</p>`, 0},
		{`<script src="/search.js"></script>`, 0},
		{`<script>alert(1)</script>`, 1},
		{`<script src="https://evil.example/x.js"></script>`, 1},
		{`<img src=x onerror=alert(1)>`, 1},
		{`<a href="javascript:alert(1)">x</a>`, 1},
		{`<a href=" JaVa&#09;ScRiPt:alert(1)">x</a>`, 1},
		{`<img src="data:image/svg+xml;base64,PHN2Zz4=">`, 1},
		{`<iframe src="/x"></iframe>`, 1},
		{`<a href="https://example.org/a?q=javascript:">ok</a>`, 0},
	}
	for _, tt := range tests {
		assert.Len(t, scanHTML(tt.doc).unsafe, tt.unsafe, tt.doc)
	}
}

func TestResolvesFindsBrokenInternalLinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"index.html": "", "events/a/index.html": "", "style.css": ""})
	c := newSiteChecker(t, dir, "https://example.org/site/")
	page := c.base.ResolveReference(mustURL(t, "events/a/index.html"))
	tests := map[string]bool{
		"../../style.css":                       true,
		"/site/events/a/":                       true,
		"https://example.org/site/events/a/":    true,
		"https://example.org/site/events/b/":    false,
		"../b/":                                 false,
		"/elsewhere/":                           false,
		"https://other.example/anything":        true,
		"#top":                                  true,
		"https://example.org/site/../../etc/x/": false,
	}
	for link, ok := range tests {
		assert.Equal(t, ok, c.resolves(page, link), link)
	}
}
