package htmlextract

import (
	"strings"
)

// Text is the article body as plain text: one paragraph (or heading, list
// item, quote) per block, blocks separated by a blank line.
func (p *Page) Text() string {
	parts := make([]string, 0, len(p.Blocks))
	for _, b := range p.Blocks {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, "\n\n")
}

// Markdown is the article body as Markdown: subheadings as ##, lists, quotes
// and code fences. Text is escaped so that nothing in it becomes markup: a
// page's "<script>" stays visible text, never raw HTML.
func (p *Page) Markdown() string {
	var b strings.Builder
	for i, blk := range p.Blocks {
		if i > 0 {
			b.WriteString(separator(p.Blocks[i-1], blk))
		}
		b.WriteString(markdownBlock(blk))
	}
	return b.String()
}

// separator keeps consecutive items of one list together.
func separator(prev, cur Block) string {
	if prev.Kind == ListItem && cur.Kind == ListItem && prev.Ordered == cur.Ordered {
		return "\n"
	}
	return "\n\n"
}

func markdownBlock(b Block) string {
	switch b.Kind {
	case Heading:
		return "## " + escapeText(b.Text)
	case ListItem:
		if b.Ordered {
			return "1. " + escapeText(b.Text)
		}
		return "- " + escapeText(b.Text)
	case Quote:
		return "> " + escapeText(b.Text)
	case Code:
		fence := "```"
		for strings.Contains(b.Text, fence) {
			fence += "`"
		}
		return fence + "\n" + b.Text + "\n" + fence
	}
	return escapeText(b.Text)
}

// escapeText escapes a block's text for any Markdown position.
func escapeText(s string) string { return escapeLineStart(escapeInline(s)) }

// inlineEscaper escapes the characters that start Markdown markup or raw HTML.
var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
)

func escapeInline(s string) string { return inlineEscaper.Replace(s) }

// escapeLineStart escapes a paragraph's first character when it would make
// the paragraph a heading, list, quote or table.
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=', '|', '>':
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}
