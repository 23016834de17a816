package clean

import (
	"slices"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/clean/htmlextract"
	"github.com/topicdigest/digest/site/model"
)

// cleanHTML extracts the article from a saved web page. What the file states
// about itself (the URL digest add stamped in, a .jsonl line's fields) wins
// over what the page's markup says; agency and language are read with the
// same helpers as for page dumps, so both kinds of input are labelled alike.
//
// A date passed over for being after now makes the article depend on the
// clock; one passed over for being after the fetch time does not.
func cleanHTML(doc model.Document, opts Options, now *clock) (model.Article, error) {
	bound := dateBound(doc.Meta, opts.Now)
	page, err := htmlextract.Extract(doc.Body, htmlextract.Options{Now: bound, URL: doc.Meta.URL})
	if err != nil {
		return model.Article{}, err
	}
	if page.LaterDate && bound.Equal(opts.Now) {
		now.note(LastsTheDay)
	}
	page.Blocks = dropFurniture(page.Blocks)
	a := model.Article{
		Title:    firstOf(doc.Meta.Title, page.Title),
		URL:      firstOf(doc.Meta.URL, page.URL),
		Text:     page.Text(),
		Markdown: page.Markdown(),
		Date:     page.Date,
		HasTime:  page.HasTime,
	}
	if a.Text == "" {
		return a, ErrNoArticle
	}
	a.Authors = firstNonEmptyList(doc.Meta.Authors, people(page.Authors))
	a.Agency = firstOf(creditsAgency(page.Credits), blocksAgency(page.Blocks))
	a.Source = firstOf(doc.Meta.Source, page.SiteName, HostName(a.URL), a.Agency)
	a.Language = firstOf(doc.Meta.Language, pageLanguage(page.Language, a.Text))
	if !doc.Meta.Date.IsZero() {
		a.Date, a.HasTime = doc.Meta.Date, false
	}
	return a, nil
}

// dateBound is the latest date a page can carry: the build's now, or the time
// digest add fetched it when that is earlier.
func dateBound(meta model.Meta, now time.Time) time.Time {
	if now.IsZero() {
		now = time.Now()
	}
	if !meta.FetchedAt.IsZero() && meta.FetchedAt.Before(now) {
		return meta.FetchedAt
	}
	return now
}

// creditsAgency reads the page's author credits as bylines for a wire agency:
// "AFP", "By Tom Krisher, AP Auto Writer", "The Associated Press".
func creditsAgency(credits []string) string {
	for _, c := range credits {
		if a := firstOf(AgencyName(c), ParseByline(c).Agency); a != "" {
			return a
		}
	}
	return ""
}

// people drops the agencies from a list of author names.
func people(names []string) []string {
	var out []string
	for _, n := range names {
		if AgencyName(n) == "" {
			out = append(out, n)
		}
	}
	return out
}

// blocksAgency reads the agency from the lead's dateline ("SEOUL, July 24
// (UPI) --") or a credit line closing the body ("© 2025 AFP").
func blocksAgency(blocks []htmlextract.Block) string {
	if len(blocks) == 0 {
		return ""
	}
	if a := datelineAgency(blocks[0].Text); a != "" {
		return a
	}
	for i := len(blocks) - 1; i >= max(0, len(blocks)-2); i-- {
		if a := creditAgency(blocks[i].Text); a != "" {
			return a
		}
	}
	return ""
}

// pageLanguage is the article's ISO 639-1 language: the one its text is
// written in when the detector is sure and could have told the declared
// language apart (many sites keep one template's lang="en" or "de" on every
// page), else the page's <html lang>.
func pageLanguage(tag, text string) string {
	declared := primaryLanguage(tag)
	detected := DetectLanguage(text)
	if detected != "" && (declared == "" || slices.Contains(langOrder, declared)) {
		return detected
	}
	return declared
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

// firstNonEmptyList returns the first list with an element.
func firstNonEmptyList(lists ...[]string) []string {
	for _, l := range lists {
		if len(l) > 0 {
			return l
		}
	}
	return nil
}

// maxLabelWords bounds a promo label inside the body.
const maxLabelWords = 4

// dropFurniture drops what sites put inside the article's own container but
// is not the article: the promos, calls to subscribe, rights notices and
// orphaned section heads ("You may also like...") that close it, and short
// promo labels ("DON'T MISS", "More:") left between its paragraphs once their
// link lists are gone. It reads them with the page-dump cleaner's vocabulary.
func dropFurniture(blocks []htmlextract.Block) []htmlextract.Block {
	end := len(blocks)
	for end > 1 && isTailFurniture(blocks[end-1].Text) {
		end--
	}
	out := blocks[:0:0]
	for _, b := range blocks[:end] {
		lower := strings.ToLower(b.Text)
		if words := len(strings.Fields(lower)); words <= maxLabelWords && (isSectionHead(lower) || isPromo(lower, words, scanMarks(lower))) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// isTailFurniture reports whether a closing block is furniture rather than the
// article's last words.
func isTailFurniture(text string) bool {
	lower := strings.ToLower(text)
	words := len(strings.Fields(text))
	marks := scanMarks(lower)
	return isSectionHead(lower) || isPromo(lower, words, marks) || words < 30 && marks&markCopyright != 0
}
