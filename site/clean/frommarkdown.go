package clean

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/topicdigest/digest/site/model"
)

// mdParser parses Markdown bodies to render them as plain text; goldmark is the
// same parser the renderer uses, so Text and the article page agree on what the
// Markdown says.
var mdParser = goldmark.New().Parser()

var blankRun = regexp.MustCompile(`\n{3,}`)

// cleanMarkdown takes a Markdown (or JSONL text) body as written: only line ends,
// trailing spaces and blank runs are normalised. The title, date, source and
// authors come from the meta, the title else from a leading # heading.
func cleanMarkdown(doc model.Document, opts Options, now *clock) (model.Article, error) {
	meta := doc.Meta
	md := normaliseMarkdown(doc.Body)
	title := meta.Title
	if h, rest, ok := leadingHeading(md); ok {
		if title == "" {
			title = h
		}
		if strings.EqualFold(h, title) {
			md = rest
		}
	}
	plain := markdownText(md)
	if strings.TrimSpace(plain) == "" {
		return model.Article{}, ErrNoArticle
	}
	lang := meta.Language
	if lang == "" {
		lang = DetectLanguage(plain)
	}
	a := model.Article{Title: title, URL: meta.URL, Language: lang, Authors: meta.Authors,
		Date: meta.Date, HasTime: meta.HasTime, Text: plain, Markdown: md}
	paras := strings.Split(plain, "\n\n")
	a.Agency = datelineAgency(paras[0])
	if a.Agency == "" {
		a.Agency = creditAgency(paras[len(paras)-1])
	}
	a.Source = meta.Source
	if a.Source == "" && meta.DateLabel != "" && !IsSectionLabel(meta.DateLabel) {
		a.Source = meta.DateLabel
	}
	if a.Source == "" {
		a.Source = HostName(meta.URL)
	}
	if a.Source == "" {
		a.Source = a.Agency
	}
	if a.Date.IsZero() {
		a.Date, _ = now.pathDate(meta.URL)
	}
	return a, nil
}

// normaliseMarkdown unifies line ends, drops trailing spaces (but keeps a
// two-space hard break) and collapses runs of blank lines.
func normaliseMarkdown(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimRight(l, " \t")
		if strings.HasSuffix(l, "  ") && t != "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			t += "  " // a hard line break inside a paragraph
		}
		lines[i] = t
	}
	return strings.TrimSpace(blankRun.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

// leadingHeading splits off a first-line ATX "# " heading.
func leadingHeading(md string) (heading, rest string, ok bool) {
	first, rest, _ := strings.Cut(md, "\n")
	if !strings.HasPrefix(first, "# ") {
		return "", md, false
	}
	return strings.TrimSpace(strings.Trim(first[2:], "# ")), strings.TrimSpace(rest), true
}

// markdownText renders Markdown as plain text: one paragraph per block (headings
// and list items included), separated by a blank line, markup removed, images dropped.
func markdownText(md string) string {
	src := []byte(md)
	root := mdParser.Parse(text.NewReader(src))
	var paras []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind() {
			case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
				if t := strings.TrimSpace(inlineText(c, src)); t != "" {
					paras = append(paras, t)
				}
			case ast.KindFencedCodeBlock, ast.KindCodeBlock:
				var b strings.Builder
				lines := c.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					b.Write(seg.Value(src))
				}
				if t := strings.TrimRight(b.String(), "\n"); t != "" {
					paras = append(paras, t)
				}
			case ast.KindHTMLBlock, ast.KindThematicBreak:
			default:
				walk(c)
			}
		}
	}
	walk(root)
	return strings.Join(paras, "\n\n")
}

// inlineText is the text of an inline run: emphasis and links reduced to their
// words, images dropped, soft line breaks as spaces.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch t := c.(type) {
			case *ast.Text:
				b.Write(t.Segment.Value(src))
				if t.SoftLineBreak() || t.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(t.Value)
			case *ast.CodeSpan:
				walk(c)
			case *ast.Image, *ast.RawHTML:
			case *ast.AutoLink:
				b.Write(t.URL(src))
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
