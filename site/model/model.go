// Package model holds the types every pipeline stage shares. Data flows one way,
// ingest -> clean -> group -> render, and each stage only adds to what it receives,
// so the types here are plain values with no behaviour tied to any one stage.
package model

import "time"

// Format names the kind of input file, because each kind is cleaned differently:
// a page dump needs boilerplate removal, Markdown is taken as written.
type Format string

// The input formats DESIGN.md lists.
const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSONL    Format = "jsonl"
)

// Document is one raw input as ingest found it: decoded to UTF-8, front matter
// separated from the body, nothing removed yet. Keeping the raw body lets clean
// be rerun (and cached by Hash) without touching the content folder again.
type Document struct {
	ID     string // URL-safe id: path under the content folder without extension (+ "#line" for jsonl)
	File   string // path relative to the content folder, slash-separated
	Path   string // path as walked (content dir joined with File), for messages and `clean -json`
	Format Format
	Body   string // decoded UTF-8 body: page dump text, Markdown, or HTML source
	Meta   Meta   // what the file states about itself (front matter, jsonl fields, date line)
	Hash   string // hex SHA-256 of the raw bytes, the key for caches
}

// Meta is what a file states about itself, before clean second-guesses it.
// Raw values are kept beside parsed ones so messages can quote what was written.
type Meta struct {
	Title     string
	Source    string
	URL       string
	Authors   []string
	Tags      []string
	Language  string
	DateRaw   string    // the date exactly as written
	Date      time.Time // parsed DateRaw; zero when absent or unparseable
	DateLabel string    // label after a `date YYYY-MM-DD label` line (site name or navigation word)
	HasTime   bool      // Date carries a time of day that was written, not just a day
	FetchedAt time.Time // when `digest add` fetched the page, if it did
	Charset   string    // encoding the file was decoded from, e.g. "utf-8", "windows-1252"
}

// Article is a cleaned article: what a reader of the digest sees.
type Article struct {
	ID       string
	File     string // path relative to the content folder
	Path     string // path as walked
	Format   Format
	Title    string
	Source   string   // outlet name, e.g. "Japan Today"
	Agency   string   // wire agency when the text is agency copy, e.g. "AFP"
	Authors  []string // people, not agencies
	Date     time.Time
	HasTime  bool // Date carries a meaningful time of day
	URL      string
	Language string // ISO 639-1 code, e.g. "en"
	Tags     []string
	Text     string // plain text body, paragraphs separated by a blank line
	Markdown string // body as Markdown, subheadings as ##
	Warnings []string
	Hash     string // Document.Hash, carried for caches

	// Made is the cache key of everything the article was cleaned from (the
	// program, the file, its source's template lines, and what of the clock
	// decided it, the date when the clock gave its year), which stands for
	// the article where a later cache key needs all of it; "" when the build
	// keeps no cache.
	Made string
}

// Dated reports whether the article has a known publication date.
func (a *Article) Dated() bool { return !a.Date.IsZero() }

// Event is one happening, reported by one or more articles.
type Event struct {
	ID       string // derived from the founding article so it survives new coverage
	Title    string // headline
	Date     time.Time
	Updated  time.Time
	Summary  string     // one or two sentences most sources agree on
	Articles []*Article // sorted by date, then id; the founding article first
	Wire     []WireStory
	Adds     map[string][]string // article id -> sentences only that source reports
	Related  []string            // ids of events in the same continuing story
}

// WireStory is one agency text carried by several outlets, shown once on the event page.
type WireStory struct {
	Agency   string
	Articles []string // article ids carrying it
}

// Warning is a problem with one input file; the build goes on unless -strict.
type Warning struct {
	File   string // path as walked
	Reason string
}

func (w Warning) Error() string { return w.File + ": " + w.Reason }
