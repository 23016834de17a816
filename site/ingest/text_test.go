package ingest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseTextHeader(t *testing.T) {
	day := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		in        string
		wantDate  time.Time
		wantRaw   string
		wantLabel string
		wantURL   string
		wantBody  string
		problems  []string
	}{
		{"seed form with leading space", " date 2025-07-24 Trending\nJuly 24\n", day, "2025-07-24", "Trending", "", "July 24\n", nil},
		{"label after two spaces", " date 2025-07-24  Japan Today\nbody", day, "2025-07-24", "Japan Today", "", "body", nil},
		{"no label", "date 2025-07-24\nbody", day, "2025-07-24", "", "", "body", nil},
		{"tab separated", "DATE\t2025-07-24\tSite\nbody", day, "2025-07-24", "Site", "", "body", nil},
		{"no header", "Global Issues\nbody", time.Time{}, "", "", "", "Global Issues\nbody", nil},
		{"the word date in prose", "date night in Paris\nbody", time.Time{}, "", "", "", "date night in Paris\nbody", nil},
		{"impossible date is removed and reported", " date 2025-02-30 Site\nbody", time.Time{}, "2025-02-30", "Site", "", "body",
			[]string{`impossible date "2025-02-30": day out of range`}},
		{"unreadable date", "date 2025-7x\nbody", time.Time{}, "2025-7x", "", "", "body", []string{`unreadable date "2025-7x"`}},
		{"digest add stamp", "url https://example.com/a?b=1\nfetched 2026-01-02T03:04:05Z\n date 2025-07-24 X\nbody", day, "2025-07-24", "X", "https://example.com/a?b=1", "body", nil},
		{"url header needs an http URL", "url ftp://example.com\nbody", time.Time{}, "", "", "", "url ftp://example.com\nbody", nil},
		{"a repeated header ends the header", "date 2025-07-24\ndate 2025-07-25\nbody", day, "2025-07-24", "", "", "date 2025-07-25\nbody", nil},
		{"header only", "date 2025-07-24", day, "2025-07-24", "", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta, body, problems := parseTextHeader(tt.in, testNow)
			assert.Equal(t, tt.wantDate, meta.Date)
			assert.Equal(t, tt.wantRaw, meta.DateRaw)
			assert.Equal(t, tt.wantLabel, meta.DateLabel)
			assert.Equal(t, tt.wantURL, meta.URL)
			assert.Equal(t, tt.wantBody, body)
			assert.Equal(t, tt.problems, problems)
		})
	}
}
