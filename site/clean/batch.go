package clean

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Batch is CleanAll split in two so that a cache can skip the costly half:
// NewBatch learns each source's template lines across all documents (cheap),
// Key names everything document i's cleaning depends on, and Run cleans it.
// A build with a cache keys and runs pages its own way (site/cleancache.go).
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
	o := b.opts
	o.template = b.templates[i]
	return Clean(b.docs[i], o)
}

// Key names every input of Run(i): the document (its bytes by Hash, its names
// and parsed meta), the lines of it that are its source's template, and what
// of Now can change the result (KeyTime).
func (b *Batch) Key(i int) string {
	d := b.docs[i]
	body := d.Hash
	if body == "" {
		body = d.Body
	}
	return strings.Join([]string{body, d.ID, d.File, d.Path, string(d.Format), fmt.Sprintf("%#v", d.Meta),
		KeyTime(d, b.opts.Now), strings.Join(templateLinesIn(d.Body, b.templates[i]), "\n")}, "\x00")
}

// templateLinesIn lists the lines of body that parsePage would find in
// template, sorted and without repeats.
func templateLinesIn(body string, template map[string]bool) []string {
	if len(template) == 0 {
		return nil
	}
	var out []string
	var buf []byte
	for raw := range strings.SplitSeq(validUTF8(body), "\n") {
		if t := dumpLineText(raw); t != "" {
			if buf = appendLower(buf[:0], t); template[string(buf)] { // no string made for other lines
				out = append(out, string(buf))
			}
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
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
