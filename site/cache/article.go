package cache

import (
	"github.com/topicdigest/digest/site/model"
)

// Articles is the codec of cleaned articles. It writes every field of
// model.Article but Made, which is the entry's own key (a test fills each
// one by reflection and checks the round trip, so a field added later cannot
// be dropped silently), and the Markdown only when it differs from the
// text, as it rarely does.
type Articles struct{}

// Article flags, one byte.
const (
	flagSameMarkdown = 1 << iota // Markdown is Text
	flagHasTime
)

// Append writes a. It fails only for a date time.Time cannot write in binary
// (a zone offset of weeks); that article is then not cached.
func (Articles) Append(b []byte, a model.Article) ([]byte, error) {
	date, err := a.Date.MarshalBinary()
	if err != nil {
		return b, err
	}
	var fl byte
	md := a.Markdown
	if md == a.Text {
		fl, md = fl|flagSameMarkdown, ""
	}
	if a.HasTime {
		fl |= flagHasTime
	}
	b = append(b, fl)
	for _, s := range []string{a.ID, a.File, a.Path, string(a.Format), a.Title, a.Source, a.Agency,
		a.URL, a.Language, a.Hash, a.Text, md, string(date)} {
		b = appendString(b, s)
	}
	for _, ss := range [][]string{a.Authors, a.Tags, a.Warnings} {
		b = appendStrings(b, ss)
	}
	return b, nil
}

// Decode reads what Append wrote; the article's strings are substrings of s.
func (Articles) Decode(s string) (model.Article, error) {
	r := &reader{s: s}
	var a model.Article
	var format, date string
	fl := r.byte()
	for _, f := range []*string{&a.ID, &a.File, &a.Path, &format, &a.Title, &a.Source, &a.Agency,
		&a.URL, &a.Language, &a.Hash, &a.Text, &a.Markdown, &date} {
		*f = r.string()
	}
	for _, f := range []*[]string{&a.Authors, &a.Tags, &a.Warnings} {
		*f = r.strings()
	}
	if err := r.end(); err != nil {
		return model.Article{}, err
	}
	a.Format = model.Format(format)
	a.HasTime = fl&flagHasTime != 0
	if fl&flagSameMarkdown != 0 {
		a.Markdown = a.Text
	}
	if err := a.Date.UnmarshalBinary([]byte(date)); err != nil {
		return model.Article{}, err
	}
	return a, nil
}
