package model

import "time"

// The JSON shapes below are contracts (DESIGN.md): `digest clean -json`,
// `digest events -json` and public/events.json are read by other tools.

// ArticleJSON is one line of `digest clean -json`.
type ArticleJSON struct {
	File     string   `json:"file"`
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Source   string   `json:"source"`
	Agency   string   `json:"agency"`
	Authors  []string `json:"authors"`
	Date     string   `json:"date"`
	URL      string   `json:"url"`
	Language string   `json:"language"`
	Text     string   `json:"text"`
	Markdown string   `json:"markdown"`
	Warnings []string `json:"warnings"`
}

// EventsJSON is the output of `digest events -json` and public/events.json.
type EventsJSON struct {
	Events []EventJSON `json:"events"`
}

// EventJSON is one event in EventsJSON.
type EventJSON struct {
	ID       string            `json:"id"`
	Title    string            `json:"title"`
	Date     string            `json:"date"`
	Updated  string            `json:"updated"`
	Articles []EventMemberJSON `json:"articles"`
}

// EventMemberJSON is one article of an event in EventsJSON.
type EventMemberJSON struct {
	ID     string `json:"id"`
	File   string `json:"file"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
}

// FormatDate renders a date as the JSON contracts want: YYYY-MM-DD, RFC 3339 when
// the time of day is known, empty when unknown.
func FormatDate(t time.Time, hasTime bool) string {
	switch {
	case t.IsZero():
		return ""
	case hasTime:
		return t.Format(time.RFC3339)
	default:
		return t.Format("2006-01-02")
	}
}

// ToJSON is the article as `digest clean -json` prints it; slices are never null.
func (a *Article) ToJSON() ArticleJSON {
	return ArticleJSON{
		File: a.Path, ID: a.ID, Title: a.Title, Source: a.Source, Agency: a.Agency,
		Authors: nonNil(a.Authors), Date: FormatDate(a.Date, a.HasTime), URL: a.URL,
		Language: a.Language, Text: a.Text, Markdown: a.Markdown, Warnings: nonNil(a.Warnings),
	}
}

// NewEventsJSON is the digest as data, in the order given (newest first).
func NewEventsJSON(evs []*Event) EventsJSON {
	out := EventsJSON{Events: []EventJSON{}}
	for _, e := range evs {
		out.Events = append(out.Events, NewEventJSON(e))
	}
	return out
}

// NewEventJSON is one event of events.json, for a writer that goes through
// the events one at a time instead of holding all of them (see NewEventsJSON).
func NewEventJSON(e *Event) EventJSON {
	ej := EventJSON{ID: e.ID, Title: e.Title, Date: FormatDate(e.Date, false),
		Updated: FormatDate(e.Updated, false), Articles: make([]EventMemberJSON, 0, len(e.Articles))}
	for _, a := range e.Articles {
		ej.Articles = append(ej.Articles, EventMemberJSON{ID: a.ID, File: a.File,
			Title: a.Title, Source: a.Source, Date: FormatDate(a.Date, a.HasTime)})
	}
	return ej
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
