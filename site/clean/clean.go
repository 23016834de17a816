// Package clean turns raw documents into articles: title, byline, date, source,
// agency and body, with navigation, promos, comments and related links removed.
package clean

import (
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Options tune cleaning.
type Options struct {
	Now time.Time // dates after Now are rejected as impossible; zero means time.Now()
}

// Clean cleans one document on its own.
func Clean(doc model.Document, opts Options) (model.Article, error) {
	a := model.Article{ID: doc.ID, File: doc.File, Path: doc.Path, Format: doc.Format, Hash: doc.Hash}
	var paras []string
	for _, l := range strings.Split(doc.Body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	if len(paras) > 0 {
		a.Title = paras[0]
		paras = paras[1:]
	}
	a.Text = strings.Join(paras, "\n\n")
	a.Markdown = a.Text
	return a, nil
}

// CleanAll cleans a set of documents together, so that lines repeated across
// articles of one source can be recognised as that source's template.
func CleanAll(docs []model.Document, opts Options) ([]model.Article, []model.Warning) {
	var out []model.Article
	var warns []model.Warning
	for _, d := range docs {
		a, err := Clean(d, opts)
		if err != nil {
			warns = append(warns, model.Warning{File: d.Path, Reason: err.Error()})
			continue
		}
		out = append(out, a)
	}
	return out, warns
}
