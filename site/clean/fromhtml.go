package clean

import (
	"errors"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/clean/htmlextract"
	"github.com/topicdigest/digest/site/model"
)

// errNoArticle is returned for a page in which no article text was found.
var errNoArticle = errors.New("no article text found in the HTML page")

// cleanHTML extracts the article from a saved web page. What the file states
// about itself (front matter of a .jsonl line, say) wins over what the page's
// markup says.
func cleanHTML(doc model.Document, opts Options) (model.Article, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	page, err := htmlextract.Extract(doc.Body, htmlextract.Options{Now: now, URL: doc.Meta.URL})
	if err != nil {
		return model.Article{}, err
	}
	a := model.Article{
		ID: doc.ID, File: doc.File, Path: doc.Path, Format: doc.Format, Hash: doc.Hash,
		Title:    firstOf(doc.Meta.Title, page.Title),
		Source:   firstOf(doc.Meta.Source, page.SiteName),
		URL:      firstOf(doc.Meta.URL, page.URL),
		Authors:  doc.Meta.Authors,
		Language: firstOf(doc.Meta.Language, primaryLanguage(page.Language)),
		Tags:     doc.Meta.Tags,
		Text:     page.Text(),
		Markdown: page.Markdown(),
	}
	if len(a.Authors) == 0 {
		a.Authors = page.Authors
	}
	a.Date, a.HasTime = page.Date, page.HasTime
	if !doc.Meta.Date.IsZero() {
		a.Date, a.HasTime = doc.Meta.Date, false
	}
	if a.Text == "" {
		return a, errNoArticle
	}
	return a, nil
}

// primaryLanguage reduces a language tag to its ISO 639-1 part: "pt-BR" -> "pt".
func primaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}

// firstOf returns the first non-empty value.
func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
