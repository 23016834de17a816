package render

import (
	"bufio"
	"bytes"
	"unsafe"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown is the article body renderer: goldmark in its safe mode (raw HTML
// is omitted) with links checked by linkFilter. One per worker, as it is
// cheap to make and then needs no locking.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(linkFilter{}, 100))),
	)
}

// renderMarkdown converts an article body; the article's original URL, when
// known, resolves the relative links and images the cleaner kept. The source
// is clean text, but goldmark decodes numeric entities (&#x1;, &#xFFFE;) into
// the very characters cleanText drops, so its output is cleaned again.
func renderMarkdown(md goldmark.Markdown, src, original string, buf *markdownBuffer) error {
	ctx := parser.NewContext()
	ctx.Set(originalKey, original)
	start := buf.Len()
	if buf.front == nil {
		buf.front = bufio.NewWriter(&buf.Buffer)
	}
	err := md.Convert([]byte(src), buf.front, parser.WithContext(ctx))
	if err == nil {
		err = buf.front.Flush()
	}
	if err != nil {
		buf.front.Reset(&buf.Buffer)
		return err
	}
	if out := buf.Bytes()[start:]; isDirty(out) {
		clean := cleanText(string(out))
		buf.Truncate(start)
		buf.WriteString(clean)
	}
	return nil
}

var originalKey = parser.NewContextKey()

// bytesView is b as a string, without a copy: b must not change while the
// string is in use. A page's body was copied out of its worker's buffer for
// every article (200 MB at 100,000 articles) only to be written out once.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// markdownBuffer is where a worker renders article bodies. goldmark writes
// through a buffered writer and makes a new one, of 4 KB, for every
// document unless it is handed one: 400 MB of garbage over 100,000
// articles. The buffer keeps its own in front of itself.
type markdownBuffer struct {
	bytes.Buffer
	front *bufio.Writer // writes into Buffer; empty between renderings
}

// linkFilter rewrites every link and image destination in an article to an
// absolute http(s) URL, or removes the link (keeping its text) or image
// (keeping its alt text) when it has none. goldmark's own safe mode lets
// data:image URLs and other sites' relative paths through; this does not.
// Headings move down one level where needed, as the page's title is the h1.
type linkFilter struct{}

// Transform implements parser.ASTTransformer.
func (linkFilter) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	original, _ := pc.Get(originalKey).(string)
	src := reader.Source()
	var drop []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Link:
			if v.Destination = []byte(resolveURL(original, string(v.Destination))); len(v.Destination) == 0 {
				drop = append(drop, n)
			}
		case *ast.Image:
			if v.Destination = []byte(resolveURL(original, string(v.Destination))); len(v.Destination) == 0 {
				drop = append(drop, n)
			}
		case *ast.AutoLink:
			if resolveURL("", string(v.URL(src))) == "" {
				drop = append(drop, n)
			}
		case *ast.Heading:
			v.Level = min(max(v.Level, 2), 6)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range drop {
		unwrap(n, src)
	}
}

// unwrap replaces a link with its text (a link's children, an autolink's
// label) and removes an image, whose alt text is a caption out of context,
// with its paragraph when nothing else is left in it.
func unwrap(n ast.Node, src []byte) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	switch v := n.(type) {
	case *ast.Image:
		parent.RemoveChild(parent, n)
		if parent.ChildCount() == 0 && parent.Kind() == ast.KindParagraph && parent.Parent() != nil {
			parent.Parent().RemoveChild(parent.Parent(), parent)
		}
	case *ast.AutoLink:
		parent.ReplaceChild(parent, n, ast.NewString(v.Label(src)))
	default:
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, n, c)
			c = next
		}
		parent.RemoveChild(parent, n)
	}
}
