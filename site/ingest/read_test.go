package ingest

import (
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadToEndReadsWhateverTheStatSaid: a file is read whole whether it is
// the size its stat gave, grew or shrank since, and one of the size it said
// is read into a buffer of just that room (and the one byte that finds its
// end), not one grown on the way.
func TestReadToEndReadsWhateverTheStatSaid(t *testing.T) {
	text := strings.Repeat("Reports from the harbour. ", 400) // 10,400 bytes
	tests := []struct {
		name    string
		size    int64
		wantCap int // 0: any
	}{
		{"the size it said", int64(len(text)), len(text) + 1},
		{"grown since its stat", 100, 0},
		{"shrunk since its stat", int64(len(text)) * 2, 2*len(text) + 1},
		{"said empty", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readToEnd(iotest.HalfReader(strings.NewReader(text)), tc.size)
			require.NoError(t, err)
			assert.Equal(t, text, string(got))
			if tc.wantCap > 0 {
				assert.Equal(t, tc.wantCap, cap(got))
			}
		})
	}
}

// TestReadToEndPassesOnAReadError: a file that fails part way is not taken
// as read.
func TestReadToEndPassesOnAReadError(t *testing.T) {
	_, err := readToEnd(iotest.TimeoutReader(strings.NewReader("some text")), 9)
	assert.ErrorIs(t, err, iotest.ErrTimeout)
}
