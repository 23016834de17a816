package group

import "math"

// decayScale sets how fast similarity fades with the days between two reports,
// in units of the window: a report a whole window away keeps exp(-1/4) ≈ 0.78
// of its similarity, one a day away about 0.96 with the default week. Coverage
// of one happening runs over several days (reactions, the verdict after the
// hearing); the window's edge, not the decay, is what keeps later happenings
// apart. ECB+ topics 1-20 through events.sh: F1 0.900 at 2, 0.910 at 3, 0.916
// at 4 (kind merges 0.021 -> 0.022), 0.913 at 5 with kind merges 0.041; the
// generated digest (scripts/bench-events.sh 10000) 0.940 -> 0.942.
const decayScale = 4.0

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
// decayScale*(1-exp(-1/decayScale)) ≈ 0.88 (0.79 when decayScale was 2). Two undated reports are grouped on
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
