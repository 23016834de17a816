package clean

import (
	"hash/fnv"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/topicdigest/digest/site/model"
)

// LineID is one distinct line of a page dump reduced to what template
// detection and a cleaning cache need: a 61-bit hash of the line's key and
// three flags. A build that keeps a page's line ids can learn its source's
// template lines, and tell which of the page's lines are template, without
// reading the page again.
type LineID uint64

// The flags of a LineID, in its low bits.
const (
	LineCounted   LineID = 1 << iota // counts toward its source's template (sourceTemplates' key)
	LineLooked                       // is looked up in the template when the page is cleaned (parsePage's key)
	LineParagraph                    // reads as a paragraph, so it needs paragraphMinDocs pages
	lineFlagBits  = 3
)

// Hash is the line's key hash without the flags; two lines with the same key
// have the same Hash whichever way they were read.
func (l LineID) Hash() uint64 { return uint64(l) >> lineFlagBits }

// SourceOf is the key that groups a document with the other pages of its
// source for template detection, or "" when it takes part in none (only
// page dumps do).
func SourceOf(d model.Document) string {
	if d.Format != model.FormatText {
		return ""
	}
	return sourceKey(d)
}

// PageLineIDs lists the distinct lines of a page dump, sorted, each with the
// ways template detection (templateOf) and cleaning (parsePage) read it; nil
// for other formats. A line read the same way by both is one id with both flags.
func PageLineIDs(d model.Document) []LineID {
	if d.Format != model.FormatText {
		return nil
	}
	flags := map[uint64]LineID{}
	h := fnv.New64a()
	var buf []byte
	hash := func(key []byte) uint64 {
		h.Reset()
		h.Write(key)
		return h.Sum64() >> lineFlagBits
	}
	for l := range strings.SplitSeq(d.Body, "\n") {
		if l = strings.TrimSpace(l); utf8.RuneCountInString(l) >= 2 {
			buf = appendLineKey(buf[:0], l)
			f := LineCounted
			if len(strings.Fields(string(buf))) >= paragraphWords {
				f |= LineParagraph
			}
			flags[hash(buf)] |= f
		}
	}
	for raw := range strings.SplitSeq(validUTF8(d.Body), "\n") {
		if t := dumpLineText(raw); t != "" {
			buf = appendLower(buf[:0], t)
			flags[hash(buf)] |= LineLooked
		}
	}
	out := make([]LineID, 0, len(flags))
	for id, f := range flags {
		out = append(out, LineID(id<<lineFlagBits)|f)
	}
	slices.Sort(out)
	return out
}

// TemplateHashes applies templateOf's rule to the line ids of one source's
// distinct pages (copies of one file count once, as distinctDocs keeps them):
// the sorted hashes of the lines that are its template, nil when the source
// has too few pages to tell.
func TemplateHashes(pages [][]LineID) []uint64 {
	if len(pages) < templateMinDocs {
		return nil
	}
	type count struct {
		docs      int
		paragraph bool
	}
	counts := map[uint64]*count{}
	for _, ids := range pages {
		for _, id := range ids {
			if id&LineCounted == 0 {
				continue
			}
			c := counts[id.Hash()]
			if c == nil {
				c = &count{paragraph: id&LineParagraph != 0}
				counts[id.Hash()] = c
			}
			c.docs++
		}
	}
	var out []uint64
	for h, c := range counts {
		if c.docs >= paragraphMinDocs || c.docs >= templateMinDocs && !c.paragraph {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return out
}

// TemplateLinesOf is the part of a source's template (by hash) that a page
// holds, as the line keys parsePage looks up: cleaning the page with it gives
// what cleaning it with the whole template gives, since a page only looks up
// its own lines.
func TemplateLinesOf(body string, isTemplate func(hash uint64) bool) map[string]bool {
	lines := map[string]bool{}
	h := fnv.New64a()
	var buf []byte
	for raw := range strings.SplitSeq(validUTF8(body), "\n") {
		if t := dumpLineText(raw); t != "" {
			buf = appendLower(buf[:0], t)
			h.Reset()
			h.Write(buf)
			if isTemplate(h.Sum64() >> lineFlagBits) {
				lines[string(buf)] = true
			}
		}
	}
	return lines
}

// CleanWithTemplate is Clean for a page whose source's template lines are
// known (TemplateLinesOf), as CleanAll would find them across the source.
func CleanWithTemplate(doc model.Document, opts Options, template map[string]bool) (model.Article, error) {
	opts.template = template
	return Clean(doc, opts)
}

// KeyTime is what of now a document's cleaning depends on, for cache keys.
// Dates read from text are whole UTC days and the year of a month-day date
// comes from now's own day, so the days (UTC and now's zone) are enough for
// them; an HTML page's dates carry times of day, so unless its fetch time
// bounds them now counts to the nanosecond, which keeps such a page from
// being reused by a later build.
func KeyTime(d model.Document, now time.Time) string {
	if d.Format == model.FormatHTML && !(!d.Meta.FetchedAt.IsZero() && d.Meta.FetchedAt.Before(now)) {
		return now.Format(time.RFC3339Nano)
	}
	return now.UTC().Format(time.DateOnly) + " " + now.Format(time.DateOnly)
}
