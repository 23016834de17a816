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
	fmt.Fprintf(&b, "title = %q\n", a.Title)
	if d := model.FormatDate(a.Date, a.HasTime); d != "" {
		fmt.Fprintf(&b, "date = %s\n", d)
	}
	for _, kv := range [][2]string{{"source", a.Source}, {"agency", a.Agency}, {"url", a.URL}, {"language", a.Language}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s = %q\n", kv[0], kv[1])
		}
	}
	if len(a.Authors) > 0 {
		fmt.Fprintf(&b, "authors = [")
		for i, au := range a.Authors {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", au)
		}
		b.WriteString("]\n")
	}
	b.WriteString("+++\n\n")
	b.WriteString(strings.TrimSpace(a.Markdown))
	b.WriteString("\n")
	return b.String()
}
