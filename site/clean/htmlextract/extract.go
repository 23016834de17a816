// Package htmlextract finds the article in a saved web page: it parses the HTML,
// drops navigation, comments, promos and other page furniture by tag, role and
// class words, scores the remaining containers readability-style (text length,
// commas, paragraphs, link density) and returns the article's blocks with the
// page's metadata (title, authors, date, site, canonical URL, language).
//
// It knows nothing of the digest's model so that it can be tested and benchmarked
// on its own; package clean turns a Page into a model.Article.
package htmlextract

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Kind says what a block is, so that Markdown can render it faithfully.
type Kind int

// The kinds of block an article body is made of.
const (
	Paragraph Kind = iota
	Heading        // an h2-h4 subheading (h1 too when it is not the title)
	ListItem       // an item of a ul or ol
	Quote          // a paragraph inside a blockquote
	Code           // preformatted text
)

var kindNames = [...]string{"paragraph", "heading", "item", "quote", "code"}

// String names the kind, as the golden files show it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// MarshalText writes the kind by name, so golden files stay readable.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Block is one unit of the article body: plain text, markup removed.
type Block struct {
	Kind    Kind   `json:"kind"`
	Text    string `json:"text"`
	Ordered bool   `json:"ordered,omitempty"` // a ListItem of an ol
}

// Page is what Extract finds in one HTML page.
type Page struct {
	Title   string    `json:"title"`
	Authors []string  `json:"authors"`
	Credits []string  `json:"credits"` // the author credits as written, agencies and all
	Date    time.Time `json:"date"`
	HasTime bool      `json:"has_time"` // Date carries a time of day
	// LaterDate is set when a date after Options.Now was passed over: a
	// later Now could take it, so the page's date depends on the clock.
	LaterDate bool    `json:"later_date,omitempty"`
	SiteName  string  `json:"site_name"`
	URL       string  `json:"url"`      // canonical URL
	Language  string  `json:"language"` // from <html lang>, lower case, e.g. "en" or "pt-br"
	Blocks    []Block `json:"blocks"`
}

// Options tune extraction.
type Options struct {
	// Now bounds dates: a date after Now is never taken. Zero means time.Now().
	Now time.Time
	// URL is where the page came from, when known; its path may carry the date.
	URL string
}

// ErrInternal marks a page that hit a bug in the extractor: the build goes on
// with a warning for that one file instead of crashing. The fuzz test fails on it.
var ErrInternal = errors.New("htmlextract: internal error")

// Extract parses src and returns its article. Malformed HTML is repaired by the
// parser; Extract fails only when src cannot be parsed at all (nesting deeper
// than the parser allows) or on ErrInternal.
func Extract(src string, opts Options) (page *Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			page, err = nil, fmt.Errorf("%w: %v", ErrInternal, r)
		}
	}()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("htmlextract: parse: %w", err)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	page = &Page{}
	before := measure(root)
	readMeta(root, page, opts, before)
	for i, p := range passes {
		if i > 0 {
			// earlier passes pruned the tree: start again from the source
			if root, err = html.Parse(strings.NewReader(src)); err != nil {
				break
			}
			before = measure(root)
		}
		blocks := dropHeader(extractBlocks(root, before, p), page)
		if i == 0 || textLength(blocks) > 2*textLength(page.Blocks) {
			// a lenient pass must find much more to win: a short article
			// only gains furniture from it
			page.Blocks = blocks
		}
		if textLength(page.Blocks) >= minArticleChars {
			break
		}
	}
	return page, nil
}

// minArticleChars is the text below which an extraction may have missed the
// article, and the next, less strict pass is tried (readability's retry with
// fewer flags).
const minArticleChars = 500

// pass is how strictly one attempt prunes.
type pass struct {
	classes     bool // prune elements by furniture words in class and id
	conditional bool // re-examine containers inside the chosen content
}

// passes go from strict to lenient; the first long enough result is kept.
var passes = []pass{{classes: true, conditional: true}, {conditional: true}, {}}

// extractBlocks runs one pass over a freshly parsed document.
func extractBlocks(root *html.Node, st statsMap, p pass) []Block {
	body := findBody(root)
	if body == nil {
		return nil
	}
	prune(body, st, p.classes)
	st = measure(body)
	return collectBlocks(chooseContent(body, st), st, p.conditional)
}

// textLength is the number of text characters in blocks.
func textLength(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		chars, _ := countText(b.Text)
		n += chars
	}
	return n
}

// findBody returns the <body> element, which the parser always creates.
func findBody(root *html.Node) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && n.Data == "body" {
			found = n
			return false
		}
		return true
	})
	return found
}
