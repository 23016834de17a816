package clean

import (
	"fmt"
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// ToMarkdown renders a cleaned article as Markdown with TOML front matter, the
// form `digest clean` prints and an editor can save back as a .md article.
func ToMarkdown(a *model.Article) string {
	var b strings.Builder
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "title = %s\n", tomlString(a.Title))
	if d := model.FormatDate(a.Date, a.HasTime); d != "" {
		fmt.Fprintf(&b, "date = %s\n", d)
	}
	for _, kv := range [][2]string{{"source", a.Source}, {"agency", a.Agency}, {"url", a.URL}, {"language", a.Language}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s = %s\n", kv[0], tomlString(kv[1]))
		}
	}
	if len(a.Authors) > 0 {
		fmt.Fprintf(&b, "authors = [")
		for i, au := range a.Authors {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tomlString(au))
		}
		b.WriteString("]\n")
	}
	b.WriteString("+++\n\n")
	b.WriteString(strings.TrimSpace(a.Markdown))
	b.WriteString("\n")
	return b.String()
}

// tomlString quotes s as a TOML basic string. Go's %q is close but writes
// \x escapes, which TOML does not have.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
