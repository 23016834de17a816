package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRenderMarkdown(t *testing.T) {
	cases := []struct{ name, src, original, want string }{
		{"paragraphs and subheadings", "One.\n\n## Sub\n\nTwo.", "", "<p>One.</p>\n<h2>Sub</h2>\n<p>Two.</p>\n"},
		{"h1 moves below the title", "# Top", "", "<h2>Top</h2>\n"},
		{"raw html omitted", "a <b onclick=x>b</b>", "", "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n"},
		{"absolute link kept", "[x](https://a.example/p)", "", "<p><a href=\"https://a.example/p\">x</a></p>\n"},
		{"javascript link unwrapped", "[x](javascript:alert(1))", "", "<p>x</p>\n"},
		{"upper-case scheme too", "[x](JaVaScRiPt:alert(1))", "", "<p>x</p>\n"},
		{"data image dropped", "![a](data:image/png;base64,AAAA)", "", ""},
		{"relative link resolved", "[x](/p?q=1)", "https://a.example/news/1", "<p><a href=\"https://a.example/p?q=1\">x</a></p>\n"},
		{"relative link without original", "[x](/p)", "", "<p>x</p>\n"},
		{"relative image resolved", "![alt](img.png)", "https://a.example/news/1", "<p><img src=\"https://a.example/news/img.png\" alt=\"alt\"></p>\n"},
		{"fragment link unwrapped", "[x](#top)", "https://a.example/", "<p>x</p>\n"},
		{"script autolink becomes text", "<javascript:alert(1)>", "", "<p>javascript:alert(1)</p>\n"},
		{"control and noncharacter entities dropped", "a&#x1;b&#xFFFE;c&#xfdd0;d&#x9F;e&#x10FFFF;f&#65535;g", "", "<p>abcdefg</p>\n"},
		{"null entity is the replacement character", "a&#0;b", "", "<p>a\uFFFDb</p>\n"},
		{"entity in a link title dropped", "[x](https://a.example/ \"t&#x1;\")", "", "<p><a href=\"https://a.example/\" title=\"t\">x</a></p>\n"},
		{"web autolink kept", "<https://a.example/>", "", "<p><a href=\"https://a.example/\">https://a.example/</a></p>\n"},
	}
	md := newMarkdown()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf markdownBuffer
			require.NoError(t, renderMarkdown(md, c.src, c.original, &buf))
			assert.Equal(t, c.want, buf.String())
		})
	}
}

// TestMarkdownBufferServesManyDocuments: a worker's buffer, reset between
// documents as the worker does, renders each as a fresh one would.
func TestMarkdownBufferServesManyDocuments(t *testing.T) {
	md := newMarkdown()
	srcs := []string{"# Title\n\nFirst *body*.", strings.Repeat("Long paragraph text. ", 400), "[x](/p)", ""}
	var shared markdownBuffer
	for _, src := range srcs {
		var fresh markdownBuffer
		require.NoError(t, renderMarkdown(md, src, "https://a.example/n", &fresh))
		shared.Reset()
		require.NoError(t, renderMarkdown(md, src, "https://a.example/n", &shared))
		assert.Equal(t, fresh.String(), bytesView(shared.Bytes()), "%.20q", src)
		assert.Zero(t, shared.front.Buffered(), "nothing left in front of the buffer")
	}
}
