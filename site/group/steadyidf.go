package group

import "math"

// A digest grows one article at a time, and the IDF is global: with exact
// counts, one new article changes the article count, so every term's idf, so
// every vector, and a rebuild must regroup everything from scratch. The idf
// is therefore computed from steady counts: a document frequency up to
// steadyExact is kept as it is (rare names, where one more report matters),
// and above it, as for the article count, it is rounded up to a power of
// steadyStep. One new article then changes the vectors of the articles that
// share its rare terms, and of those holding a term whose count crossed a
// step (a few dozen to a few hundred of 100,000 generated articles), and
// leaves every other vector identical to the bit, so that the grouping can be
// brought up to date instead of redone. The idf moves by at most
// idfPower*log(1.05) in relative terms: ECB+ topics 1-20 (events.sh and raw
// text) keep their F1 (0.930, 0.951); a step of 1.2 or an exact part of 16
// or fewer cost 0.01 to 0.03.
const (
	steadyExact = 32
	steadyStep  = 1.05
)

// steadyCount is the count the idf is computed from for n articles or
// documents holding a term.
func steadyCount(n int) float64 {
	if n <= steadyExact {
		return float64(n)
	}
	return math.Pow(steadyStep, math.Ceil(math.Log(float64(n))/math.Log(steadyStep)))
}
