package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	now := day(2026, 1, 1)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"July 24, 2025 / 5:34 AM", day(2025, 7, 24)},
		{"Updated 1:39 am EST, Wednesday, November 20, 2019", day(2019, 11, 20)},
		{"Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", day(2015, 8, 25)},
		{"Fama: Jueves 28 de Abril de 2022 5:03 PM", day(2022, 4, 28)},
		{"Veröffentlicht am 10. Februar 2019", day(2019, 2, 10)},
		{"publié le 3 mars 2019", day(2019, 3, 3)},
		{"2025-07-24", day(2025, 7, 24)},
		{"Posted 11/20/2019", day(2019, 11, 20)},
		{"Sept. 5, 2018", day(2018, 9, 5)},
		{"May 3,2013 at 7:31 AM ET", day(2013, 5, 3)}, // no space after the comma
		{"24 marketing 2019 ideas", time.Time{}},
		{"March 3, 2031", time.Time{}}, // in the future of now
		{"no date here", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in, now)
		assert.Equal(t, !tt.want.IsZero(), ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestPathDate(t *testing.T) {
	now := day(2026, 1, 1)
	got, ok := (&clock{now: now}).pathDate("![x](/gc7/images/2025/07/29/51311-kims2.webp)")
	assert.True(t, ok)
	assert.Equal(t, day(2025, 7, 29), got)
	_, ok = (&clock{now: now}).pathDate("/2030/01/02/future")
	assert.False(t, ok)
}

func TestURLDate(t *testing.T) {
	now := day(2026, 1, 1)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"http://example.com/2012/11/20/arson-in-alaska/", day(2012, 11, 20)},
		{"http://articles.example.com/2009-03-04/news/36879035_1_bridge", day(2009, 3, 4)},
		{"http://example.com/news/414523/a-story", time.Time{}},
		{"http://example.com/2030/01/02/future", time.Time{}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, (&clock{now: now}).urlDate(tt.in), tt.in)
	}
}

func TestParseMonthDay(t *testing.T) {
	ref := day(2026, 1, 1)
	// July 24 was a Thursday in 2025, so "reported Thursday" confirms 2025.
	got, ok := (&clock{now: ref}).parseMonthDay("SEOUL, July 24 (UPI) -- state-run media reported Thursday.")
	assert.True(t, ok)
	assert.Equal(t, day(2025, 7, 24), got)
	// July 24 was a Wednesday in 2024: the weekday picks that year over 2025.
	got, _ = (&clock{now: ref}).parseMonthDay("SEOUL, July 24 (UPI) -- officials said Wednesday.")
	assert.Equal(t, day(2024, 7, 24), got)
	_, ok = (&clock{now: ref}).parseMonthDay("nothing")
	assert.False(t, ok)
}

func TestResolveWeekday(t *testing.T) {
	ref := day(2025, 7, 24) // a Thursday
	assert.Equal(t, day(2025, 7, 24), ResolveWeekday(ref, time.Thursday))
	assert.Equal(t, day(2025, 7, 23), ResolveWeekday(ref, time.Wednesday))
	assert.Equal(t, day(2025, 7, 18), ResolveWeekday(ref, time.Friday))
}
