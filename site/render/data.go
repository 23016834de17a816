package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site/model"
)

// writeEventsJSON writes events.json byte for byte as `digest events -json`
// prints it (json.MarshalIndent of model.NewEventsJSON, two spaces): the
// events in the grouper's order (newest first). The layout is written here
// and only the strings go through encoding/json, and only those it would
// escape: marshalling the 28 MB of a 100,000-article digest by reflection
// and indenting it in a second pass took 0.4 CPU-s of every rebuild.
func writeEventsJSON(w io.Writer, s Site) error {
	doc := model.NewEventsJSON(s.Events)
	b := make([]byte, 0, eventsJSONSize(doc)) // 28 MB at 100,000 articles: grown once
	b = append(b, "{\n  \"events\": ["...)
	for i, e := range doc.Events {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {"...)
		b = appendField(b, "      ", "id", e.ID, true)
		b = appendField(b, "      ", "title", e.Title, true)
		b = appendField(b, "      ", "date", e.Date, true)
		b = appendField(b, "      ", "updated", e.Updated, true)
		b = append(b, "\n      \"articles\": ["...)
		for k, a := range e.Articles {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n        {"...)
			b = appendField(b, "          ", "id", a.ID, true)
			b = appendField(b, "          ", "file", a.File, true)
			b = appendField(b, "          ", "title", a.Title, true)
			b = appendField(b, "          ", "source", a.Source, true)
			b = appendField(b, "          ", "date", a.Date, false)
			b = append(b, "\n        }"...)
		}
		if len(e.Articles) > 0 {
			b = append(b, "\n      "...)
		}
		b = append(b, "]\n    }"...)
	}
	if len(doc.Events) > 0 {
		b = append(b, "\n  "...)
	}
	b = append(b, "]\n}\n"...)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("events.json: %w", err)
	}
	return nil
}

// eventsJSONSize is about what writeEventsJSON writes of doc: the strings,
// the names and the indentation (escapes may add a little).
func eventsJSONSize(doc model.EventsJSON) int {
	n := 32
	for _, e := range doc.Events {
		n += 128 + len(e.ID) + len(e.Title) + len(e.Date) + len(e.Updated)
		for _, a := range e.Articles {
			n += 160 + len(a.ID) + len(a.File) + len(a.Title) + len(a.Source) + len(a.Date)
		}
	}
	return n
}

// appendField writes one string field of an object on a line of its own,
// with a comma after it unless it is the last.
func appendField(b []byte, indent, name, value string, more bool) []byte {
	b = append(b, '\n')
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, "\": "...)
	b = appendJSONString(b, value)
	if more {
		b = append(b, ',')
	}
	return b
}

// appendJSONString writes s as encoding/json does: as it is between quotes
// when every byte is printable ASCII that json leaves alone, else json's
// own quoting (escapes, HTML-safe <, > and &, U+2028 and U+2029, invalid
// UTF-8 replaced).
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
