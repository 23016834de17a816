package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site/model"
)

// writeEventsJSON writes events.json byte for byte as `digest events -json`
// prints it: the events in the grouper's order (newest first).
func writeEventsJSON(w io.Writer, s Site) error {
	b, err := json.MarshalIndent(model.NewEventsJSON(s.Events), "", "  ")
	if err != nil {
		return fmt.Errorf("events.json: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
