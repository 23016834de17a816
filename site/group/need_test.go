package group

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/topicdigest/digest/site/model"
)

// TestNeedWaivesTheSizeBarForSameDays holds clusters.need to its rule: two
// dated groups covering the same days merge at the plain threshold, or at
// sameDaysShare of their cohesion when that is higher, never above the size
// bar; two undated groups whose leads name the same day of the week the same
// way, but never below weekdayEase of the size bar; any other pair of groups
// at the threshold raised for the smaller one's size.
func TestNeedWaivesTheSizeBarForSameDays(t *testing.T) {
	dated := func(lo, hi float64) span { return span{lo: lo, hi: hi, dated: true} }
	const thr = 0.08
	none, sat, sun := dayVotes{}, dayVotes{6: 2, 1: 1}, dayVotes{0: 2}
	tests := []struct {
		name   string
		a, b   span
		na, nb int32
		coh    float64 // of both clusters
		da, db dayVotes
		want   float64
	}{
		{"same days", dated(100, 101), dated(101, 103), 9, 9, 0.2, none, none, thr},
		{"same days, tight groups", dated(100, 101), dated(101, 103), 9, 9, 0.3, none, none, sameDaysShare * 0.3},
		{"same days, very tight groups", dated(100, 101), dated(101, 103), 9, 9, 0.9, none, none, thr * sizeFactor(9)},
		{"hours apart", dated(100.2, 100.4), dated(100.9, 101.1), 4, 5, 0.2, none, none, thr},
		{"one day apart", dated(100, 101), dated(102, 103), 9, 9, 0.2, none, none, thr * sizeFactor(9)},
		{"one undated", dated(100, 101), span{}, 9, 4, 0.2, none, none, thr * sizeFactor(4)},
		{"one undated, same weekday", dated(100, 101), span{}, 9, 4, 0.2, sat, sat, thr * sizeFactor(4)},
		{"both undated", span{}, span{}, 5, 14, 0.2, none, none, thr * sizeFactor(5)},
		{"both undated, other weekdays", span{}, span{}, 5, 14, 0.2, sat, sun, thr * sizeFactor(5)},
		{"both undated, same weekday", span{}, span{}, 5, 14, 0.2, sat, dayVotes{6: 3, 0: 3}, weekdayEase * thr * sizeFactor(5)},
		{"both undated, same weekday, tight groups", span{}, span{}, 5, 14, 0.35, sat, sat, sameDaysShare * 0.35},
		{"lone reports", dated(100, 100), dated(108, 108), 1, 1, 1, none, none, thr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			self := func(n int32) float64 { return float64(n) + tt.coh*float64(n*(n-1)) }
			c := &clusters{size: []int32{tt.na, tt.nb}, spans: []span{tt.a, tt.b}, days: []dayVotes{tt.da, tt.db}, self: []float64{self(tt.na), self(tt.nb)}}
			assert.InDelta(t, tt.coh, c.cohesion(0), 1e-12)
			assert.InDelta(t, tt.want, c.need(0, 1, thr), 1e-12)
		})
	}
}

// TestCohesionFollowsMerges checks the kept |sum|² against the summed vectors.
func TestCohesionFollowsMerges(t *testing.T) {
	docs := []doc{
		{v: vec{ids: []int32{0, 1}, ws: []float64{0.6, 0.8}}},
		{v: vec{ids: []int32{0}, ws: []float64{1}}},
		{v: vec{ids: []int32{1}, ws: []float64{1}}},
	}
	c := newClusters(docs, newApartRules(model.Editorial{}, nil))
	c.union(0, 1)
	c.union(0, 2)
	assert.InDelta(t, c.sum[0].dot(c.sum[0]), c.self[0], 1e-12)
	assert.InDelta(t, (0.6+0.8+0)/3, c.cohesion(0), 1e-12)
}

// TestMentionedWeekday reads the day a lead names most, in its language, and
// none on a tie.
func TestMentionedWeekday(t *testing.T) {
	tests := []struct {
		lang, text string
		want       int8
	}{
		{"en", "The navy captured 23 pirates on Saturday.", 6},
		{"en", "Riots on Saturday; more on Saturday night; talks resume Monday.", 6},
		{"en", "Talks on Monday, a vote on Friday.", noWeekday},
		{"en", "No day is named here.", noWeekday},
		{"en", "Markets are closed on Sundays.", noWeekday},
		{"en", strings.Repeat("x", weekdayLead) + " on Sunday", noWeekday},
		{"de", "Die Marine hat am Samstag 23 Piraten festgenommen.", 6},
		{"fr", "Samedi, la marine a arrêté 23 pirates ; samedi soir, le calme.", 6},
		{"es", "La marina capturó el miércoles a 23 piratas.", 3},
		{"sv", "Flottan grep 23 pirater i lördags, inte på lördag.", 6},
		{"ru", "В субботу флот задержал 23 пирата.", noWeekday},
		{"", "On Saturday.", noWeekday},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mentionedWeekday(tt.text, tt.lang), tt.text)
	}
}
