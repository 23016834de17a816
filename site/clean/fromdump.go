package clean

import (
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// cleanDump cleans a page dump: one block per line, navigation and all.
func cleanDump(doc model.Document, opts Options, now *clock) (model.Article, error) {
	body, meta := splitHeadLines(doc.Body, doc.Meta)
	p := parsePage(body, meta.Language, opts.template)
	lang := p.lang
	blocks := p.blocks()
	if len(blocks) == 0 {
		return model.Article{}, ErrNoArticle
	}
	title := p.findTitle()
	by := p.findByline(title)
	a := model.Article{URL: meta.URL, Language: lang, Authors: by.Authors}
	switch {
	case meta.Title != "":
		a.Title = meta.Title
	case title >= 0:
		a.Title = p.lines[p.bareHeadline(title)].text
	}
	blocks = dropHeaderBlocks(blocks, a.Title)
	if len(blocks) == 0 {
		return model.Article{}, ErrNoArticle
	}
	if len(meta.Authors) > 0 {
		a.Authors = meta.Authors
	}
	a.Agency = p.findAgency(blocks, by)
	a.Source = p.findSource(meta, by, a.Agency)
	a.Date, a.HasTime = meta.Date, meta.HasTime
	if a.Date.IsZero() {
		a.Date = p.findDate(title, blocks, now)
	}
	if a.Date.IsZero() {
		a.Date = now.urlDate(meta.URL)
	}
	if a.Date.IsZero() {
		a.Date = leadWeekday(blocks, meta.FetchedAt)
	}
	a.Text, a.Markdown = renderBlocks(blocks)
	return a, nil
}

// renderBlocks writes the body as plain text (paragraphs separated by a blank
// line) and as Markdown (subheadings as ##, text escaped where a line would
// otherwise read as Markdown syntax). When no block needs Markdown of its own,
// as in most articles, both are one string. Each is written into a buffer of
// its final size, because every article's body is held to the end of the build.
func renderBlocks(blocks []block) (text, md string) {
	size, plain := 0, true
	for i, b := range blocks {
		size += len(b.text) + min(i, 1)*len("\n\n")
		plain = plain && !b.heading && escapeMarkdownLine(b.text) == b.text
	}
	var t strings.Builder
	t.Grow(size)
	for i, b := range blocks {
		if i > 0 {
			t.WriteString("\n\n")
		}
		t.WriteString(b.text)
	}
	if plain {
		return t.String(), t.String()
	}
	var m strings.Builder
	m.Grow(size + 4*len(blocks))
	for i, b := range blocks {
		if i > 0 {
			m.WriteString("\n\n")
		}
		if b.heading {
			m.WriteString("## ")
		}
		m.WriteString(escapeMarkdownLine(b.text))
	}
	return t.String(), m.String()
}

// escapeMarkdownLine backslash-escapes a leading character that would make a
// plain paragraph a heading, list, quote or rule in Markdown.
func escapeMarkdownLine(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '*', '=', '|', '`', '~':
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// leadWeekday dates an otherwise undated article that was fetched at a known
// time by the weekday its lead reports ("said Thursday"): the last such day on
// or before the fetch. Zero when either is unknown.
func leadWeekday(blocks []block, fetched time.Time) time.Time {
	if fetched.IsZero() || len(blocks) == 0 {
		return time.Time{}
	}
	wd, ok := weekdayIn(blocks[0].text)
	if !ok {
		return time.Time{}
	}
	f := fetched.UTC()
	return ResolveWeekday(time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC), wd)
}

// dropHeaderBlocks removes leading blocks that belong to the headline block,
// not the body: the headline itself, a byline, a date line.
func dropHeaderBlocks(blocks []block, title string) []block {
	for len(blocks) > 0 {
		b := blocks[0].text
		_, dated := ParseDate(b, zeroTime)
		if !strings.EqualFold(b, title) && !isByline(b) && !(dated && len(b) < 60) {
			break
		}
		blocks = blocks[1:]
	}
	return blocks
}
