package group

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSteadyCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want float64
	}{
		{0, 0}, {1, 1}, {2, 2}, {steadyExact, steadyExact}, // rare terms: exact
		{steadyExact + 1, 33.54513415290405}, // above: the next power of 1.05
		{1_000, 1020.658526382158},
		{1_020, 1020.658526382158}, // the same step
		{1_021, 1071.691452701266},
	} {
		assert.InDelta(t, tc.want, steadyCount(tc.n), 1e-9, "n=%d", tc.n)
	}
}

// TestSteadyCountIsClose: above the exact part, the steady count is the count
// rounded up by less than a step, and never goes down as the count grows.
func TestSteadyCountIsClose(t *testing.T) {
	prev := 0.0
	for n := 1; n <= 200_000; n++ {
		s := steadyCount(n)
		if s < float64(n) || s >= float64(n)*steadyStep+1e-9 || s < prev {
			t.Fatalf("steadyCount(%d) = %v (previous %v)", n, s, prev)
		}
		prev = s
	}
}

// TestSteadyIDFKeepsVectors: one more article leaves the vector of an article
// that shares none of its rare terms identical to the bit.
func TestSteadyIDFKeepsVectors(t *testing.T) {
	const n = 2_000
	bags := commonBags(n, 400)
	voc, globs := buildVocabulary(bags)
	before := voc.weighBag(bags[7], globs[7])
	more := commonBags(n+1, 400)
	voc2, globs2 := buildVocabulary(more)
	after := voc2.weighBag(more[7], globs2[7])
	assert.Equal(t, before.ws, after.ws)
}
