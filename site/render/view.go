package render

import (
	"strconv"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// eventView is an event as every page and feed shows it, with text cleaned and
// paths computed once. Paths are root-relative (see link); templates prefix
// them with the page's root.
type eventView struct {
	keyMemo
	//lint:ignore U1000 keys reach it through reflect (see fieldsums.go)
	fieldSums
	ID       string
	Path     string // "events/ID/", escaped for URLs
	dir      string // "events/ID", the output folder
	Title    string
	Summary  string
	Date     time.Time // zero when unknown
	Updated  time.Time
	Sources  []*articleView
	Wire     []wireView
	Adds     []addView
	Related  []*eventView
	Month    string // "YYYY/MM/" of its archive, "" when undated
	Outlets  string // source names, comma-separated, for the search index
	Headline string // Title, or a fallback when the grouper left it empty

	// Ready-made for templates, so a page calls fewer functions per event.
	Dated       bool   // the date is known
	Changed     bool   // coverage arrived after the first report
	DateISO     string // Date as YYYY-MM-DD, for datetime attributes and the search index; "" when undated
	DateText    string // Date as "24 July 2025"
	UpdatedISO  string
	UpdatedText string
	MonthText   string // the month of Date as "July 2025"
	SourcesText string // "1 source", "3 sources"
}

// articleView is an article as its own page and its event's source list show it.
type articleView struct {
	keyMemo
	//lint:ignore U1000 keys reach it through reflect (see fieldsums.go)
	fieldSums
	ID       string
	Path     string // "articles/ID/", escaped for URLs
	dir      string // "articles/ID", the output folder
	Title    string
	Source   string
	Agency   string
	Authors  []string
	Date     time.Time
	HasTime  bool
	URL      string // original, only when an absolute http(s) URL
	Language string
	Event    *eventView // nil when the article belongs to no event
	File     string

	// Ready-made for templates, so a page calls fewer functions per source.
	Name     string // how a source is called in lists: its outlet, else its agency
	Via      string // the agency, when it is not the outlet itself
	Dated    bool   // the date is known
	DateAttr string // Date for a datetime attribute: the instant when HasTime, else YYYY-MM-DD
	DateText string // Date as "24 July 2025"

	// The body is cleaned only when a page shows it (see Markdown). In page
	// keys, made stands in for it: the cache key the article was cleaned from
	// (model.Article.Made) names every input of the raw body, and the program
	// that cleans it again here is in every key's salt. Without one, rawBody
	// is the raw body itself.
	markdown string
	made     string `key:"stand-in"`
	rawBody  string `key:"stand-in"`
}

// Markdown is the article's body, cleaned for the page. Only the article's own
// page shows it, so the other hundred thousand views never pay for the cleaning.
func (a *articleView) Markdown() string { return cleanText(a.markdown) }

// wireView is one agency story carried by several outlets.
type wireView struct {
	Agency  string
	Sources []*articleView
}

// addView is what one source reports that the others do not.
type addView struct {
	//lint:ignore U1000 keys reach it through reflect (see fieldsums.go)
	fieldSums
	Source    *articleView
	Sentences []string
}

// sourceName is how a source is called in lists: its outlet, else its agency.
func sourceName(a *articleView) string {
	switch {
	case a.Source != "":
		return a.Source
	case a.Agency != "":
		return a.Agency
	}
	return "Unknown source"
}

// newArticleView copies what pages need from a, cleaned, its date on the
// calendar of loc (see localDate).
func newArticleView(a *model.Article, slug string, loc *time.Location) *articleView {
	v := &articleView{
		ID: a.ID, Path: "articles/" + dirURL(slug), dir: "articles/" + slug, Title: cleanLine(a.Title),
		Source: cleanLine(a.Source), Agency: cleanLine(a.Agency), Date: localDate(a.Date, a.HasTime, loc), HasTime: a.HasTime,
		URL: safeURL(a.URL), Language: cleanLine(a.Language), File: a.File, markdown: a.Markdown, made: a.Made,
	}
	if a.Made == "" {
		v.rawBody = a.Markdown
	}
	for _, au := range a.Authors {
		if au = cleanLine(au); au != "" {
			v.Authors = append(v.Authors, au)
		}
	}
	if v.Title == "" {
		v.Title = "Untitled article"
	}
	if !isLangTag(v.Language) {
		v.Language = ""
	}
	v.Name, v.Dated = sourceName(v), !v.Date.IsZero()
	if v.Agency != v.Source {
		v.Via = v.Agency
	}
	if v.Dated {
		v.DateAttr, v.DateText = isoTime(v.Date, v.HasTime), humanDate(v.Date)
	}
	sumFields(v)
	return v
}

// newEventView builds the event's view from its members' views, its dates on
// the calendar of loc; Related is filled later, once every event has a view.
// It reports false if arts lacks a member.
func newEventView(e *model.Event, slug string, arts map[string]*articleView, loc *time.Location) (*eventView, bool) {
	v := &eventView{ID: e.ID, Path: "events/" + dirURL(slug), dir: "events/" + slug, Title: cleanLine(e.Title),
		Summary: cleanLine(e.Summary), Date: eventDate(e, loc), Updated: localDate(e.Updated, timedAt(e.Articles, e.Updated), loc)}
	if v.Updated.Before(v.Date) {
		v.Updated = v.Date
	}
	v.Dated, v.Changed = !v.Date.IsZero(), v.Updated.After(v.Date)
	v.DateText = humanDate(v.Date)
	v.UpdatedISO, v.UpdatedText = isoDate(v.Updated), humanDate(v.Updated)
	v.MonthText = v.Date.Format("January 2006")
	var names []string
	for _, a := range e.Articles {
		if a == nil {
			continue
		}
		av := arts[a.ID]
		if av == nil {
			return nil, false
		}
		v.Sources = append(v.Sources, av)
		names = append(names, av.Name)
	}
	v.Outlets = strings.Join(uniq(names), ", ")
	v.SourcesText = strconv.Itoa(len(v.Sources)) + " sources"
	if len(v.Sources) == 1 {
		v.SourcesText = "1 source"
	}
	v.Headline = headline(v)
	if v.Summary == "" {
		v.Summary = fallbackSummary(e)
	}
	if v.Dated {
		v.DateISO = isoDate(v.Date)
		v.Month = v.Date.Format("2006/01") + "/"
	}
	v.Wire = wireViews(e, arts)
	v.Adds = addViews(e, v.Sources)
	sumFields(v)
	return v, true
}

// fallbackSummary is the lead of the first member with text, for events the
// grouper wrote no summary for.
func fallbackSummary(e *model.Event) string {
	for _, a := range e.Articles {
		if a != nil && strings.TrimSpace(a.Text) != "" {
			return leadSentences(a.Text, 2, 320)
		}
	}
	return ""
}

func headline(v *eventView) string {
	if v.Title != "" {
		return v.Title
	}
	for _, s := range v.Sources {
		if s.Title != "" {
			return s.Title
		}
	}
	return "Untitled event"
}

func wireViews(e *model.Event, arts map[string]*articleView) []wireView {
	var out []wireView
	for _, w := range e.Wire {
		wv := wireView{Agency: cleanLine(w.Agency)}
		for _, id := range w.Articles {
			if av := arts[id]; av != nil {
				wv.Sources = append(wv.Sources, av)
			}
		}
		if len(wv.Sources) > 0 {
			out = append(out, wv)
		}
	}
	return out
}

// addViews lists each source's own sentences in the event's source order
// (sources, its members' views), so the page reads the same on every build
// whatever the map order.
func addViews(e *model.Event, sources []*articleView) []addView {
	var out []addView
	for _, av := range sources {
		var sents []string
		for _, s := range e.Adds[av.ID] {
			if s = cleanLine(s); s != "" {
				sents = append(sents, s)
			}
		}
		if len(sents) > 0 {
			out = append(out, addView{Source: av, Sentences: sents})
		}
	}
	for i := range out {
		sumFields(&out[i])
	}
	return out
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// leadSentences is the summary fallback when the grouper wrote none: the
// first n sentences of text's first paragraph, cut at max bytes on a word.
func leadSentences(text string, n, max int) string {
	para := cleanLine(strings.SplitN(strings.TrimSpace(text), "\n\n", 2)[0])
	end := 0
	for i := 0; i < n && end < len(para); i++ {
		j := sentenceEnd(para[end:])
		if j < 0 {
			end = len(para)
			break
		}
		end += j
	}
	return truncate(strings.TrimSpace(para[:end]), max)
}

// sentenceEnd is the index just after the first ". ", "! " or "? " (closing
// quotes included), or -1 when the text is one sentence.
func sentenceEnd(s string) int {
	for i := 0; i < len(s)-1; i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("\"')", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == ' ' && i > 1 && s[i-2] != ' ' {
			return j
		}
	}
	return -1
}
