package clean

import (
	"slices"
	"strings"
	"time"
	"unicode"
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
	var ids []LineID
	var buf []byte
	valid := utf8.ValidString(d.Body)
	for raw := range strings.SplitSeq(d.Body, "\n") {
		if t := strings.TrimSpace(raw); valid && isPlainASCII(t) && !strings.Contains(raw, "\u00a0") {
			// both readings are the line lower-cased byte by byte
			if t == "" {
				continue
			}
			buf = appendLineKey(buf[:0], t)
			f := LineLooked
			if len(t) >= 2 {
				f |= LineCounted | paragraphFlag(buf)
			}
			ids = append(ids, lineID(buf, f))
			continue
		} else if utf8.RuneCountInString(t) >= 2 {
			buf = appendLineKey(buf[:0], t)
			ids = append(ids, lineID(buf, LineCounted|paragraphFlag(buf)))
		}
		if valid {
			if t := dumpLineText(raw); t != "" {
				ids = append(ids, lineID(appendLower(buf[:0], t), LineLooked))
			}
		}
	}
	if !valid {
		for raw := range strings.SplitSeq(validUTF8(d.Body), "\n") {
			if t := dumpLineText(raw); t != "" {
				ids = append(ids, lineID(appendLower(buf[:0], t), LineLooked))
			}
		}
	}
	return mergeLineIDs(ids)
}

// lineID is the id of a line key with flags.
func lineID(key []byte, f LineID) LineID {
	return LineID(fnv64a(key)>>lineFlagBits<<lineFlagBits) | f
}

// fnv64a is the 64-bit FNV-1a hash of b (hash/fnv's New64a), without an
// interface call per line.
func fnv64a[T string | []byte](b T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return h
}

// paragraphFlag is LineParagraph when the key has paragraphWords words or
// more, as strings.Fields counts them.
func paragraphFlag(key []byte) LineID {
	words, inWord := 0, false
	for len(key) > 0 {
		var space bool
		if c := key[0]; c < utf8.RuneSelf { // most keys are ASCII: no rune to decode
			space, key = asciiSpace[c], key[1:]
		} else {
			r, n := utf8.DecodeRune(key)
			space, key = unicode.IsSpace(r), key[n:]
		}
		if space {
			inWord = false
			continue
		}
		if !inWord {
			if words++; words >= paragraphWords {
				return LineParagraph
			}
		}
		inWord = true
	}
	return 0
}

// asciiSpace marks the ASCII bytes unicode.IsSpace counts as space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isPlainASCII reports whether s is ASCII only.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mergeLineIDs sorts ids and makes one of each hash, with the flags of all.
func mergeLineIDs(ids []LineID) []LineID {
	slices.Sort(ids)
	out := ids[:0]
	for _, id := range ids {
		if n := len(out); n > 0 && out[n-1].Hash() == id.Hash() {
			out[n-1] |= id
			continue
		}
		out = append(out, id)
	}
	return slices.Clip(out)
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

// CleanWithTemplate is Clean for a page whose source's template is known by
// the hashes of its lines (TemplateHashes), as CleanAll would find it across
// the source: each line the page's cleaning looks up is hashed as
// PageLineIDs hashes it (LineLooked) and asked of isTemplate. Picking the
// page's template lines out of its text first, as a map, was 2 CPU-s of the
// first build with the cache at 100,000 articles. isTemplate may be nil: the
// source has no template. It also says for which clocks the result lasts,
// so a cache may keep it for any build whose now it HoldsAt; what lasts only
// the day is kept by KeyTime.
func CleanWithTemplate(doc model.Document, opts Options, isTemplate func(hash uint64) bool) (a model.Article, lasts Lasting, err error) {
	return cleanTimed(doc, withTemplate(opts, isTemplate))
}

// withTemplate is opts with the template whose line hashes isTemplate tells.
func withTemplate(opts Options, isTemplate func(hash uint64) bool) Options {
	if isTemplate != nil {
		opts.template = func(key string) bool { return isTemplate(fnv64a(key) >> lineFlagBits) }
	}
	return opts
}

// KeyTime is what of now a document's cleaning depends on, for the cache
// keys of articles that last the day (see Lasting).
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
