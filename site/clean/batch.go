package clean

import (
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Batch is CleanAll split in two: NewBatch learns each source's template
// lines across all documents (cheap), and Run cleans document i, so the
// documents can be cleaned on all cores. A build with a cache keys and cleans
// pages its own way (site/cleancache.go, see CleanWithTemplate).
type Batch struct {
	docs      []model.Document
	templates []map[string]bool
	opts      Options
}

// NewBatch prepares docs for cleaning together; a zero opts.Now is the time of
// the call, fixed for the whole batch.
func NewBatch(docs []model.Document, opts Options) *Batch {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	return &Batch{docs: docs, templates: sourceTemplates(docs), opts: opts}
}

// Len is the number of documents.
func (b *Batch) Len() int { return len(b.docs) }

// Run cleans document i.
func (b *Batch) Run(i int) (model.Article, error) {
	return Clean(b.docs[i], b.options(i))
}

// options are the batch's options with document i's source template.
func (b *Batch) options(i int) Options {
	o := b.opts
	if tmpl := b.templates[i]; tmpl != nil {
		o.template = func(key string) bool { return tmpl[key] }
	}
	return o
}

// Results turns Run's answers, in document order, into what CleanAll returns:
// the articles of the documents that cleaned, and a warning for each that did
// not. An article whose Markdown equals its Text shares one string for both
// (whether it was cleaned now or read from a cache), which halves the memory
// article bodies take.
func (b *Batch) Results(arts []model.Article, errs []error) ([]model.Article, []model.Warning) {
	out := make([]model.Article, 0, len(b.docs))
	var warns []model.Warning
	for i, d := range b.docs {
		if errs[i] != nil {
			warns = append(warns, model.Warning{File: d.Path, Reason: strings.TrimPrefix(errs[i].Error(), d.Path+": ")})
			continue
		}
		a := arts[i]
		shareMarkdown(&a)
		out = append(out, a)
	}
	return out, warns
}
