package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in      string
		want    time.Time
		hasTime bool
	}{
		{"2025-07-24", utc(2025, 7, 24, 0, 0), false},
		{" 2025-07-24T09:30:00Z ", utc(2025, 7, 24, 9, 30), true},
		{"2025-07-24 09:30", utc(2025, 7, 24, 9, 30), true},
		{"2025/07/24", utc(2025, 7, 24, 0, 0), false},
		{"20250724", utc(2025, 7, 24, 0, 0), false},
		{"July 24, 2025", utc(2025, 7, 24, 0, 0), false},
		{"Jul. 24, 2025", utc(2025, 7, 24, 0, 0), false},
		{"24 July 2025", utc(2025, 7, 24, 0, 0), false},
		{"Thu, 24 Jul 2025 09:30:00 GMT", utc(2025, 7, 24, 9, 30), true},
		{"24.07.2025", utc(2025, 7, 24, 0, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, hasTime, err := Parse(tt.in)
			assert.NoError(t, err)
			assert.True(t, tt.want.Equal(got), "got %v", got)
			assert.Equal(t, tt.hasTime, hasTime)
		})
	}
}

func TestParseTellsImpossibleFromUnreadable(t *testing.T) {
	_, _, err := Parse("2025-02-30")
	assert.True(t, IsRangeError(err), "%v", err)
	for _, s := range []string{"", "soon", "2025-07"} {
		_, _, err := Parse(s)
		assert.ErrorIs(t, err, ErrNotADate, s)
	}
}
