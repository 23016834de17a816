package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/topicdigest/digest/site/model"
)

// writeEventsJSON writes events.json: the digest as `digest events -json`
// prints it, in the timeline's order.
func writeEventsJSON(w io.Writer, s Site) error {
	b, err := json.MarshalIndent(model.NewEventsJSON(sortedEvents(s.Events)), "", "  ")
	if err != nil {
		return fmt.Errorf("events.json: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
