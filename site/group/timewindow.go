package group

import "math"

// decayScale sets how fast similarity fades with the days between two reports,
// in units of the window: a report a whole window away keeps exp(-1/2) ≈ 0.61
// of its similarity, one a day away about 0.93 with the default week.
const decayScale = 2.0

// span is the dates an article or event covers; an undated one has none.
type span struct {
	lo, hi float64
	dated  bool
}

// join is the span covering both.
func (s span) join(o span) span {
	switch {
	case !s.dated:
		return o
	case !o.dated:
		return s
	}
	return span{lo: math.Min(s.lo, o.lo), hi: math.Max(s.hi, o.hi), dated: true}
}

// gap is the days between two spans, 0 when they overlap or either is undated.
func (s span) gap(o span) float64 {
	if !s.dated || !o.dated {
		return 0
	}
	return math.Max(0, math.Max(s.lo, o.lo)-math.Min(s.hi, o.hi))
}

// decay is the share of similarity kept across a gap of days, 0 beyond the window.
func decay(gap float64, windowDays int) float64 {
	w := float64(windowDays)
	if gap > w {
		return 0
	}
	return math.Exp(-gap / (decayScale * w))
}

// undatedKept is the share of similarity kept between a dated event and an
// undated report: the report's day is unknown, so it is taken as any day of
// the window alike and the decay averaged over the window,
// decayScale*(1-exp(-1/decayScale)) ≈ 0.79. Two undated reports are grouped on
// their text alone; a dated event gains a report on text alone only with this
// margin, since no date backs the resemblance (ECB+ topics 1-20 through
// events.sh: kind merges 0.060 -> 0.021).
var undatedKept = decayScale * (1 - math.Exp(-1/decayScale))

// kept is the share of two spans' similarity their dates leave: the decay over
// the days between them when both are dated, all of it when neither is, and
// undatedKept when only one is.
func kept(a, b span, windowDays int) float64 {
	switch {
	case a.dated && b.dated:
		return decay(a.gap(b), windowDays)
	case a.dated != b.dated:
		return undatedKept
	}
	return 1
}

// strongShare is how many times the threshold two dated reports' (or events')
// similarity, before any decay and without its heaviest shared term (see
// timing.kept), must reach to count as coverage of one happening whatever the
// days between them. The window and the decay guard against ordinary
// resemblance: two drills of one army share most of their words. A
// resemblance of several times what a merge needs comes from the same names,
// places and figures, as in a follow-up on the same happening (a conviction a
// year after the shooting, a report of the same rehab stay weeks later), so
// the dates are taken as no evidence against it and it keeps all its
// similarity. At 2.5 (0.2 at the default threshold) the May and July drills of
// kind_test.go stay apart; at 2 they merge. ECB+ topics 1-20 through
// events.sh: F1 0.889 -> 0.904, kind merges 0.021 -> 0.024.
const strongShare = 2.5

// timing is how dates weigh on a similarity: the window and decay, and the
// strong-match exception to them.
type timing struct {
	windowDays int
	strong     float64 // least undecayed similarity of a strong match
}

func newTiming(windowDays int, threshold float64) timing {
	return timing{windowDays: windowDays, strong: strongShare * threshold}
}

// kept is the share of a similarity between two spans that their dates
// leave: all of it for a strong match, else kept(a, b). rest is the similarity
// without its heaviest shared term: a match is strong only when it holds
// without any single name (one shared place or surname is how two happenings
// of one kind months apart look alike; a follow-up repeats several).
func (t timing) kept(rest float64, a, b span) float64 {
	if t.isStrong(rest, a, b) {
		return 1
	}
	return kept(a, b, t.windowDays)
}

// isStrong reports whether rest, the similarity of two dated spans without
// its heaviest shared term, makes a strong match.
func (t timing) isStrong(rest float64, a, b span) bool {
	return a.dated && b.dated && rest >= t.strong
}
