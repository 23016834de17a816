package render

import (
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

// writeSearchIndex writes search.json: every event, in timeline order.
func writeSearchIndex(w io.Writer, d *digest) error {
	entries := make([]searchEntry, 0, len(d.events))
	for _, e := range d.events {
		entries = append(entries, searchEntry{Path: e.Path, Title: e.Headline, Date: e.DateISO,
			Summary: truncate(e.Summary, searchSummaryMax), Sources: e.Outlets})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"events": entries}); err != nil {
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
