package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// searchEntry is one event in search.json, with short keys: the index is
// downloaded whole by the search page, so every byte counts.
type searchEntry struct {
	Path    string `json:"u"` // root-relative
	Title   string `json:"t"`
	Date    string `json:"d,omitempty"`
	Summary string `json:"s,omitempty"`
	Sources string `json:"o,omitempty"`
}

// searchSummaryMax caps the summary kept in the index, in bytes.
const searchSummaryMax = 200

// writeSearchIndex writes search.json: every event, in timeline order, as
// encoding/json writes {"events": [...]}, an entry at a time through a
// buffer of writeChunk bytes rather than the whole index (5 MB at 100,000
// articles) in memory.
func writeSearchIndex(w io.Writer, d *digest) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteString(`{"events":[`)
	for i, e := range d.events {
		if i > 0 {
			b.WriteByte(',')
		}
		entry := searchEntry{Path: e.Path, Title: e.Headline, Date: e.DateISO,
			Summary: truncate(e.Summary, searchSummaryMax), Sources: e.Outlets}
		if err := enc.Encode(entry); err != nil {
			return fmt.Errorf("search.json: %w", err)
		}
		b.Truncate(b.Len() - 1) // the newline Encode ends each value with
		if b.Len() >= writeChunk {
			if _, err := w.Write(b.Bytes()); err != nil {
				return fmt.Errorf("search.json: %w", err)
			}
			b.Reset()
		}
	}
	b.WriteString("]}\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("search.json: %w", err)
	}
	return nil
}

// truncate cuts s to at most max bytes on a word boundary, marking the cut.
func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…"
}
