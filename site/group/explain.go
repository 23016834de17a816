package group

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// explainTerms is how many shared terms an explanation lists, and
// explainCommon how many of those too common to count.
const (
	explainTerms  = 10
	explainCommon = 5
)

// Explanation says why two articles are or are not in one event, for
// `digest events -explain`: an editor deciding whether to add a join or apart
// rule needs the evidence, not just the verdict.
type Explanation struct {
	A, B           string      // article ids
	Shared         []TermShare // heaviest shared terms first
	Common         []string    // shared terms too common to count (see commonShare), most widespread first
	Similarity     float64     // cosine of the two articles
	Dated          bool        // both dated, so the window and decay apply
	Weekday        string      // the day of the week both undated leads name most, which eases the size bar
	DaysApart      float64
	Decay          float64 // share of the similarity kept across DaysApart
	Score          float64 // Similarity * Decay
	Threshold      float64
	WindowDays     int
	EventA, EventB string  // the events they ended in
	Link           float64 // mean pair similarity of those two events (decayed), when they differ
	Need           float64 // what Link had to reach for them to merge
	Together       bool
	Rules          []string // editorial rules that concern them
}

// Explain groups the articles and explains the pair a, b.
func Explain(arts []*model.Article, opts Options, a, b string) (Explanation, error) {
	ex := Explanation{A: a, B: b}
	known := map[string]bool{}
	for _, x := range arts {
		known[x.ID] = true
	}
	for _, id := range []string{a, b} {
		if !known[id] {
			return ex, fmt.Errorf("no article with id %q", id)
		}
	}
	g := newGrouping(arts, opts, nil)
	ex.Rules = editorialRules(g.opts.Editorial, a, b)
	ex.Threshold, ex.WindowDays = g.opts.Threshold, g.opts.WindowDays
	pa, okA := g.pos[a]
	pb, okB := g.pos[b]
	if !okA || !okB {
		return ex, nil // hidden: the rules say so
	}
	da, db := &g.docs[pa], &g.docs[pb]
	ex.Shared = sharedTerms(da.v, db.v, g.voc, explainTerms)
	ex.Common = commonShared(da, db, g.voc, explainCommon)
	ex.Similarity = da.v.dot(db.v)
	ex.Dated = da.dated && db.dated
	if !da.dated && !db.dated && da.wday != noWeekday && da.wday == db.wday {
		ex.Weekday = time.Weekday(da.wday).String()
	}
	ex.DaysApart = da.span().gap(db.span())
	ex.Decay = kept(da.span(), db.span(), g.opts.WindowDays)
	ex.Score = ex.Similarity * ex.Decay
	ra, rb := g.cl.find(pa), g.cl.find(pb)
	ex.Together = ra == rb
	if !ex.Together {
		ex.Link = g.cl.link(ra, rb, g.opts.WindowDays)
		ex.Need = g.cl.mergeBar(ra, rb, g.opts.Threshold)
	}
	for _, e := range g.events() {
		for _, x := range e.Articles {
			switch x.ID {
			case a:
				ex.EventA = e.ID
			case b:
				ex.EventB = e.ID
			}
		}
	}
	return ex, nil
}

// editorialRules lists the site.toml rules that name a or b.
func editorialRules(ed model.Editorial, a, b string) []string {
	var out []string
	for _, id := range []string{a, b} {
		if slices.Contains(ed.Hide, id) {
			out = append(out, "hide: "+id+" is hidden from the digest")
		}
		if h, ok := ed.Headlines[id]; ok {
			out = append(out, fmt.Sprintf("headline pinned by %s: %q", id, h))
		}
	}
	for k, list := range ed.Join {
		if slices.Contains(list, a) && slices.Contains(list, b) {
			out = append(out, fmt.Sprintf("join #%d puts them together", k+1))
		}
	}
	for k, list := range ed.Apart {
		if slices.Contains(list, a) && slices.Contains(list, b) {
			out = append(out, fmt.Sprintf("apart #%d keeps them apart", k+1))
		}
	}
	return out
}

// String is the explanation as the command prints it.
func (ex Explanation) String() string {
	var sb strings.Builder
	verdict := "NOT together"
	if ex.Together {
		verdict = "together"
	}
	fmt.Fprintf(&sb, "%s and %s: %s\n", ex.A, ex.B, verdict)
	fmt.Fprintf(&sb, "  events: %s / %s\n", orNone(ex.EventA), orNone(ex.EventB))
	fmt.Fprintf(&sb, "  similarity %.3f, %s", ex.Similarity, ex.timeNote())
	fmt.Fprintf(&sb, ", score %.3f, threshold %.3f\n", ex.Score, ex.Threshold)
	switch {
	case !ex.Together && ex.EventA != "" && ex.EventB != "":
		fmt.Fprintf(&sb, "  their events' mean pair similarity %.3f (merging events of these sizes needs %.3f)\n", ex.Link, ex.Need)
	case ex.Together && ex.Score < ex.Threshold && !ex.joinedByRule():
		sb.WriteString("  this pair alone scores below the threshold: they are together because each resembles the event's other reports\n")
	}
	sb.WriteString("  top shared terms (@ name, # figure):\n")
	for _, t := range ex.Shared {
		fmt.Fprintf(&sb, "    %-30s %.4f\n", t.Term, t.Weight)
	}
	if len(ex.Common) > 0 {
		fmt.Fprintf(&sb, "  not counted, in over %.0f%% of the articles: %s\n", 100*commonShare, strings.Join(ex.Common, ", "))
	}
	for _, r := range ex.Rules {
		fmt.Fprintf(&sb, "  editorial: %s\n", r)
	}
	return sb.String()
}

// timeNote says how the dates weighed on the pair's score.
func (ex Explanation) timeNote() string {
	switch {
	case ex.Dated:
		return fmt.Sprintf("%.1f days apart (window %d), decay %.2f", ex.DaysApart, ex.WindowDays, ex.Decay)
	case ex.Decay < 1:
		return fmt.Sprintf("one of them undated: no window, similarity kept %.2f (the decay averaged over the window)", ex.Decay)
	}
	if ex.Weekday != "" {
		return "both undated: grouped on their text alone; both leads name " + ex.Weekday + ", which eases the bar for their events"
	}
	return "both undated: grouped on their text alone"
}

// joinedByRule reports whether a join rule, not resemblance, put them together.
func (ex Explanation) joinedByRule() bool {
	for _, r := range ex.Rules {
		if strings.HasPrefix(r, "join ") {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// mergeBar is the least link two clusters (given by their roots) need to end
// up in one event: a small one is adopted at adoptShare of the threshold,
// bigger ones need what clustering asks of them (see clusters.need).
func (c *clusters) mergeBar(a, b int32, threshold float64) float64 {
	if min(c.size[a], c.size[b]) <= adoptMaxSize {
		return adoptShare * threshold
	}
	return c.need(a, b, threshold)
}
