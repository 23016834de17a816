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
// and indenting it in a second pass took 0.4 CPU-s of every rebuild. It goes
// to w an event at a time, through a buffer of writeChunk bytes, rather than
// whole: the whole was 28 MB of fresh memory in every rebuild.
func writeEventsJSON(w io.Writer, s Site) error {
	b := make([]byte, 0, 2*writeChunk)
	b = append(b, "{\n  \"events\": ["...)
	for i, ev := range s.Events {
		e := model.NewEventJSON(ev)
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {"...)
		b = appendFields(b, "      ", [][2]string{{"id", e.ID}, {"title", e.Title}, {"date", e.Date}, {"updated", e.Updated}}, true)
		b = append(b, "\n      \"articles\": ["...)
		for k, a := range e.Articles {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n        {"...)
			b = appendFields(b, "          ", [][2]string{{"id", a.ID}, {"file", a.File}, {"title", a.Title}, {"source", a.Source}, {"date", a.Date}}, false)
			b = append(b, "\n        }"...)
		}
		if len(e.Articles) > 0 {
			b = append(b, "\n      "...)
		}
		b = append(b, "]\n    }"...)
		if len(b) >= writeChunk {
			if _, err := w.Write(b); err != nil {
				return fmt.Errorf("events.json: %w", err)
			}
			b = b[:0]
		}
	}
	if len(s.Events) > 0 {
		b = append(b, "\n  "...)
	}
	b = append(b, "]\n}\n"...)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("events.json: %w", err)
	}
	return nil
}

// appendFields writes an object's string fields, name and value, each on a
// line of its own, with a comma after each but the last unless more follow.
func appendFields(b []byte, indent string, fields [][2]string, more bool) []byte {
	for k, f := range fields {
		b = append(b, '\n')
		b = append(b, indent...)
		b = append(b, '"')
		b = append(b, f[0]...)
		b = append(b, "\": "...)
		b = appendJSONString(b, f[1])
		if more || k < len(fields)-1 {
			b = append(b, ',')
		}
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
