package ingest

import (
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// markdown reads a Markdown file and its front matter. Invalid front matter is a
// warning with the parser's reason, and the article is still published from
// its body; a file with no body has no article.
func (p *fileParser) markdown(text string) (model.Document, bool) {
	fm, problem := splitFrontMatter(text)
	if problem != "" {
		p.warn(problem)
	}
	var meta model.Meta
	if fm.kind != "" {
		m, err := parseFrontMatter(fm)
		if err != nil {
			p.warn(err.Error())
		}
		var problems []string
		meta, problems = metaFromMap(m, p.now)
		for _, pr := range problems {
			p.warn("front matter: " + pr)
		}
	}
	if strings.TrimSpace(fm.body) == "" {
		p.warn("no article: front matter only, no body")
		return model.Document{}, false
	}
	return p.doc(model.FormatMarkdown, fm.body, meta), true
}
