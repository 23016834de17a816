package group

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNeedWaivesTheSizeBarForSameDays holds clusters.need to its rule: two
// dated groups covering the same days merge at the plain threshold, any other
// pair of groups at the threshold raised for the smaller one's size.
func TestNeedWaivesTheSizeBarForSameDays(t *testing.T) {
	dated := func(lo, hi float64) span { return span{lo: lo, hi: hi, dated: true} }
	tests := []struct {
		name   string
		a, b   span
		na, nb int32
		want   float64
	}{
		{"same days", dated(100, 101), dated(101, 103), 9, 9, 0.08},
		{"one day apart", dated(100, 101), dated(102, 103), 9, 9, 0.08 * sizeFactor(9)},
		{"one undated", dated(100, 101), span{}, 9, 4, 0.08 * sizeFactor(4)},
		{"both undated", span{}, span{}, 5, 14, 0.08 * sizeFactor(5)},
		{"lone reports", dated(100, 100), dated(108, 108), 1, 1, 0.08},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &clusters{size: []int32{tt.na, tt.nb}, spans: []span{tt.a, tt.b}}
			assert.InDelta(t, tt.want, c.need(0, 1, 0.08), 1e-12)
		})
	}
}
