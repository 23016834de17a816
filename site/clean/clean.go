// Package clean turns raw documents into articles: title, byline, date, source,
// agency and body, with navigation, promos, comments and related links removed.
//
// Page dumps (.txt) are cleaned line by line: each line is labelled content or
// boilerplate from its own features and its neighbours' (jusText's method), the
// densest contiguous run of content lines is the article, and the headline,
// byline and date are read from the lines around it. Markdown and JSONL text are
// taken as written; HTML goes to the extractor in fromhtml.go.
package clean

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/topicdigest/digest/site/model"
)

// Options tune cleaning.
type Options struct {
	Now time.Time // dates after Now are rejected as impossible; zero means time.Now()

	// template tells the lines of this document's source template (by
	// lineKey) from the others: found by CleanAll across the other documents
	// of the same source, or by a cache from their line ids (see
	// CleanWithTemplate); nil when the source has none.
	template func(key string) bool
}

// ErrNoArticle is returned when nothing but boilerplate is left after cleaning.
var ErrNoArticle = errors.New("no article text left after cleaning (only navigation and boilerplate)")

// Clean cleans one document on its own.
func Clean(doc model.Document, opts Options) (model.Article, error) {
	a, _, err := cleanTimed(doc, opts)
	return a, err
}

// cleanTimed is Clean, also reporting for which clocks the article lasts.
func cleanTimed(doc model.Document, opts Options) (a model.Article, lasts Lasting, err error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	now := &clock{now: opts.Now}
	doc.Body = validUTF8(doc.Body)
	switch doc.Format {
	case model.FormatHTML:
		a, err = cleanHTML(doc, opts, now)
	case model.FormatMarkdown, model.FormatJSONL:
		a, err = cleanMarkdown(doc, opts, now)
	default:
		a, err = cleanDump(doc, opts, now)
	}
	if err != nil {
		return a, now.lasts, fmt.Errorf("%s: %w", doc.Path, err)
	}
	a.ID, a.File, a.Path, a.Format, a.Hash = doc.ID, doc.File, doc.Path, doc.Format, doc.Hash
	if a.Tags == nil {
		a.Tags = doc.Meta.Tags
	}
	for _, f := range []*string{&a.Title, &a.Source, &a.Agency, &a.URL, &a.Language, &a.Text, &a.Markdown} {
		*f = validUTF8(*f)
	}
	for i := range a.Authors {
		a.Authors[i] = validUTF8(a.Authors[i])
	}
	detach(&a)
	return a, now.lasts, nil
}

// detach copies the article's short fields, which are often substrings of the
// document's body (a title line, a byline), so that keeping the article does
// not keep the whole raw body alive: at 100,000 articles the bodies are
// hundreds of megabytes held through grouping for a few words each.
func detach(a *model.Article) {
	for _, f := range []*string{&a.Title, &a.Source, &a.Agency, &a.URL, &a.Language} {
		*f = strings.Clone(*f)
	}
	a.Authors = cloneStrings(a.Authors)
	a.Tags = cloneStrings(a.Tags)
	shareMarkdown(a)
}

// cloneStrings copies each string of ss into a new slice.
func cloneStrings(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// shareMarkdown makes Markdown the same string as Text when they are equal, as
// they are for most articles (no subheadings, no emphasis), so one copy is kept.
func shareMarkdown(a *model.Article) {
	if a.Markdown == a.Text {
		a.Markdown = a.Text
	}
}

// validUTF8 replaces invalid bytes, which ingest should have decoded away, so
// that nothing downstream (JSON, templates) sees them.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
