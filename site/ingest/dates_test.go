package ingest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		want     time.Time
		hasTime  bool
		errMatch string
	}{
		{"2025-07-24", time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), false, ""},
		{"2025-07-24T10:30:00Z", time.Date(2025, 7, 24, 10, 30, 0, 0, time.UTC), true, ""},
		{"2025-07-24T10:30:00+02:00", time.Date(2025, 7, 24, 8, 30, 0, 0, time.UTC), true, ""},
		{"2025-07-24 10:30", time.Date(2025, 7, 24, 10, 30, 0, 0, time.UTC), true, ""},
		{"2025/07/24", time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), false, ""},
		{"Thu, 24 Jul 2025 10:30:00 +0000", time.Date(2025, 7, 24, 10, 30, 0, 0, time.UTC), true, ""},
		{"July 24, 2025", time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), false, ""},
		{"24 July 2025", time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), false, ""},
		{"24.07.2025", time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), false, ""},
		{"2025-02-30", time.Time{}, false, `impossible date "2025-02-30": day out of range`},
		{"2025-13-01", time.Time{}, false, `impossible date "2025-13-01": month out of range`},
		{"0001-01-01", time.Time{}, false, `impossible date "0001-01-01": before 1900`},
		{"2999-01-01", time.Time{}, false, "more than a year in the future"},
		{"yesterday", time.Time{}, false, "not a date"},
		{"", time.Time{}, false, "not a date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, hasTime, err := parseDate(tt.in, testNow)
			if tt.errMatch != "" {
				assert.ErrorContains(t, err, tt.errMatch)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.hasTime, hasTime)
		})
	}
}
