package clean

import "strings"

// Title search bounds: the headline stands at most titleReach lines above the
// body, and nearer candidates are preferred by titleDecay points a line.
const (
	titleReach = 30
	titleDecay = 0.35
)

// findTitle returns the index of the headline line above the article region,
// or -1: the nearest, longest line that reads like a headline (several words, no
// final full stop, not a byline, date, caption or menu entry) and does not stand
// in a list of other headline-like lines (related links).
func (p *page) findTitle() int {
	best, bestScore := -1, 0.0
	for i, dist := p.from-1, 0; i >= 0 && i >= p.from-titleReach; i-- {
		l := &p.lines[i]
		if !headlineLike(l) {
			continue
		}
		dist++
		score := float64(min(l.words, 14)) - titleDecay*float64(p.from-i)
		if l.words < 3 {
			score -= 3
		}
		if p.inList(i) {
			score -= 4
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// headlineLike reports whether a line could be a headline by its own features.
func headlineLike(l *line) bool {
	if l.words == 0 || l.words > 40 || l.runes > 300 || l.head || l.consent || l.rights || l.caption || l.linkish {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(l.text, " \"'”’»"), ".") && !strings.HasSuffix(l.text, "..") {
		return false
	}
	if l.words <= 3 && IsSectionLabel(l.text) || l.navWords*2 >= l.words {
		return false
	}
	if isByline(l.text) || l.digits*3 > l.runes {
		return false
	}
	if _, ok := ParseDate(l.text, zeroTime); ok && l.runes < 80 {
		return false
	}
	return true
}

// inList reports whether line i stands between two other multi-word
// headline-like lines, as entries of a related-links list do.
func (p *page) inList(i int) bool {
	listy := func(j int) bool {
		return j >= 0 && j < len(p.lines) && p.lines[j].words >= 4 && headlineLike(&p.lines[j])
	}
	return listy(i-1) && listy(i+1)
}
