package cache

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// someEvents covers every field, nil and empty lists apart, and a negative date.
func someEvents() []EventEntry {
	return []EventEntry{
		{ID: "e1", Title: "Drill near the border", Summary: "Shells fell at sea.", Members: []int32{0, 3, 70000}, Date: 0, Updated: 2,
			Wire:    []model.WireStory{{Agency: "AFP", Articles: []string{"a", "b"}}, {Agency: "", Articles: nil}},
			Adds:    map[string][]string{"b": {"Only b says so.", ""}, "a": {}, "c": nil},
			Related: []string{"e2"}},
		{ID: "e2", Members: []int32{}, Date: -1, Updated: -1, Wire: []model.WireStory{}, Adds: map[string][]string{}, Related: []string{""}},
		{},
	}
}

// TestEventsRoundTrip: events come back field for field, nil lists nil and
// empty ones empty; a cut, lengthened or garbled file is an error, never a panic.
func TestEventsRoundTrip(t *testing.T) {
	evs := someEvents()
	b := AppendEvents([]byte("x"), "key-1", evs)
	key, got, err := DecodeEvents(string(b[1:]))
	require.NoError(t, err)
	assert.Equal(t, "key-1", key)
	assert.Equal(t, evs, got)

	_, none, err := DecodeEvents(string(AppendEvents(nil, "k", nil)))
	require.NoError(t, err)
	assert.Empty(t, none)

	s := string(b[1:])
	assert.Equal(t, s, string(AppendEvents(nil, "key-1", got)), "the maps are written in key order")
	for cut := range len(s) {
		_, _, err := DecodeEvents(s[:cut])
		assert.Error(t, err, "cut at %d", cut)
	}
	_, _, err = DecodeEvents(s + "x")
	assert.Error(t, err, "a byte too many")
	for k := range len(s) {
		garbled := []byte(s)
		garbled[k] ^= 0xff
		assert.NotPanics(t, func() { _, _, _ = DecodeEvents(string(garbled)) }, "byte %d", k)
	}
}

// TestEventsSizeBoundsWhatIsWritten: the buffer is grown once, to enough.
func TestEventsSizeBoundsWhatIsWritten(t *testing.T) {
	evs := someEvents()
	assert.GreaterOrEqual(t, eventsSize("key-1", evs), len(AppendEvents(nil, "key-1", evs)))
	assert.GreaterOrEqual(t, eventsSize("", nil), len(AppendEvents(nil, "", nil)))
}
