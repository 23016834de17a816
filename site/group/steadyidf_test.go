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

func TestSteadyDF(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want float64
	}{
		{1, 1}, {steadyExact, steadyExact}, {200, 204.00161173363705}, // as steadyCount below wideFrom
		{wideFrom - 1, 260.36349577592466}, // the fine step may pass wideFrom
		{wideFrom, 264.6977960169689},      // from there on, the next power of 1.25
		{264, 264.6977960169689},
		{265, 330.8722450212111},
		{1_000, 1009.7419586828951},
		{20_000, 22958.874039497805},
	} {
		assert.InDelta(t, tc.want, steadyDF(tc.n), 1e-9, "n=%d", tc.n)
	}
}

// TestSteadyCountsAreClose: above the exact part, a steady count is the
// count rounded up by less than a step, and never goes down as the count
// grows.
func TestSteadyCountsAreClose(t *testing.T) {
	for _, tc := range []struct {
		name  string
		count func(int) float64
		step  func(n int) float64
	}{
		{"articles", steadyCount, func(int) float64 { return steadyStep }},
		{"documents", steadyDF, func(n int) float64 {
			if n >= wideFrom {
				return wideStep
			}
			return steadyStep
		}},
	} {
		prev := 0.0
		for n := 1; n <= 200_000; n++ {
			s := tc.count(n)
			if s < float64(n) || s >= float64(n)*tc.step(n)+1e-9 || s < prev {
				t.Fatalf("%s: steady count of %d = %v (previous %v)", tc.name, n, s, prev)
			}
			prev = s
		}
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

// TestWideTermStepKeepsVectors: a term in over wideFrom articles whose count
// would cross a fine step (1,125 to 1,126) but not a wide one leaves the
// vectors of the articles holding it identical to the bit.
func TestWideTermStepKeepsVectors(t *testing.T) {
	const n, often = 5_000, 1_125
	bags := commonBags(n, often)
	voc, globs := buildVocabulary(bags)
	before := voc.weighBag(bags[7], globs[7])
	more := commonBags(n+1, often+1)
	voc2, globs2 := buildVocabulary(more)
	after := voc2.weighBag(more[7], globs2[7])
	assert.Len(t, before.ids, 2, "often and name7")
	assert.Equal(t, before.ws, after.ws)
}
