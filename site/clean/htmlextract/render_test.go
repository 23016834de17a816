package htmlextract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkdown(t *testing.T) {
	page := &Page{Blocks: []Block{
		{Kind: Paragraph, Text: "# not a heading <b>bold</b> *x*"},
		{Kind: Heading, Text: "Sub"},
		{Kind: ListItem, Text: "one"},
		{Kind: ListItem, Text: "two"},
		{Kind: ListItem, Ordered: true, Text: "first"},
		{Kind: Quote, Text: "said"},
		{Kind: Code, Text: "a ``` b"},
		{Kind: Paragraph, Text: "1. not a list"},
	}}
	want := "\\# not a heading \\<b\\>bold\\</b\\> \\*x\\*\n\n## Sub\n\n- one\n- two\n\n1. first\n\n> said\n\n" +
		"````\na ``` b\n````\n\n1\\. not a list"
	assert.Equal(t, want, page.Markdown())
	assert.Equal(t, "# not a heading <b>bold</b> *x*\n\nSub\n\none\n\ntwo\n\nfirst\n\nsaid\n\na ``` b\n\n1. not a list", page.Text())
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "heading", Heading.String())
	assert.Equal(t, "kind(9)", Kind(9).String())
}
