package htmlextract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer/html"
	xhtml "golang.org/x/net/html"
)

// fuzzPrefix puts a script and a script link before the fuzzed page: neither
// may ever reach the output.
const fuzzPrefix = `<script>SCRIPTMARK()</script><a href="javascript:LINKMARK()">LINKTEXT</a>`

// markdownTags are the only elements the body's Markdown may render to.
var markdownTags = map[string]bool{
	"html": true, "head": true, "body": true, "p": true, "h2": true, "ul": true, "ol": true,
	"li": true, "blockquote": true, "pre": true, "code": true,
}

func FuzzExtract(f *testing.F) {
	inputs, err := filepath.Glob("testdata/*.html")
	require.NoError(f, err)
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		require.NoError(f, err)
		f.Add(string(src))
	}
	for _, s := range []string{"", "<", "<p>a", "<table><div><p>x</table>", "<p># heading <img src=x onerror=alert(1)>",
		"<p>- [link](javascript:alert(1)) <b>*</b></p>", "<pre>```\n<script>x</script>\n```</pre>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, "MARK") || strings.Contains(src, "LINKTEXT") {
			t.Skip()
		}
		page, err := Extract(fuzzPrefix+src, Options{Now: testNow})
		require.NotErrorIs(t, err, ErrInternal)
		if err != nil {
			return
		}
		for _, out := range []string{page.Text(), page.Markdown()} {
			require.NotContains(t, out, "MARK")
			require.NotContains(t, out, "LINKTEXT")
		}
		requireInertMarkdown(t, page.Markdown())
	})
}

// requireInertMarkdown renders md with raw HTML allowed and checks that only
// plain block elements without attributes come out: the escaping, not the
// renderer's safe mode, keeps markup out.
func requireInertMarkdown(t *testing.T, md string) {
	var out bytes.Buffer
	conv := goldmark.New(goldmark.WithRendererOptions(html.WithUnsafe()))
	require.NoError(t, conv.Convert([]byte(md), &out))
	root, err := xhtml.Parse(&out)
	require.NoError(t, err)
	walk(root, func(n *xhtml.Node) bool {
		if n.Type == xhtml.ElementNode {
			require.True(t, markdownTags[n.Data], "element <%s> from Markdown %q", n.Data, md)
			require.Empty(t, n.Attr, "attributes on <%s> from Markdown %q", n.Data, md)
		}
		return true
	})
}
