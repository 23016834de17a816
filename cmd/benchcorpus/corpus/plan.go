package corpus

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"
)

// event is one happening: its topic, date and facts, and the outlets that report it.
type event struct {
	id       string
	topic    *topic
	date     time.Time
	facts    facts
	headline string // the event's usual headline, shown in other pages' related links
	agency   string // wire agency whose copy some outlets carry; empty when none
	wire     []string
	wireHead string
}

// article is one file to write: which event it reports, through which outlet.
type article struct {
	name   string // file name under articles/
	event  int
	outlet int
	wire   bool // carries the event's agency copy verbatim
	date   time.Time
	seed   uint64
}

// plan is the whole corpus decided up front from the seed, so that the articles
// themselves can be written in parallel and still come out the same.
type plan struct {
	seed     uint64
	days     int
	events   []event
	outlets  []outlet
	articles []article
}

// epoch is the first day events fall on; they spread over Options.Days.
var epoch = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// DefaultDays is the span events spread over when Options.Days is zero.
const DefaultDays = 730

// newPlan draws events until they hold n articles, then names the files in
// publication order, as a crawler would have saved them.
func newPlan(n int, seed uint64, days int) *plan {
	if days <= 0 {
		days = DefaultDays
	}
	r := rand.New(rand.NewPCG(seed, 0x706c616e))
	p := &plan{seed: seed, days: days, outlets: newOutlets(r, 48)}
	for len(p.articles) < n {
		p.addEvent(r, n-len(p.articles))
	}
	sort.SliceStable(p.articles, func(i, j int) bool {
		a, b := p.articles[i], p.articles[j]
		if !a.date.Equal(b.date) {
			return a.date.Before(b.date)
		}
		return a.seed < b.seed
	})
	for i := range p.articles {
		p.articles[i].name = fmt.Sprintf("%06d_%016x", i, p.articles[i].seed)
	}
	return p
}

// addEvent adds one event with 2–8 outlets (fewer only when room runs out).
func (p *plan) addEvent(r *rand.Rand, room int) {
	t := &topics[r.IntN(len(topics))]
	pl := pick(r, places)
	day := epoch.AddDate(0, 0, r.IntN(p.days))
	f := facts{
		"city": pl.city, "country": pl.country, "noun": t.noun,
		"weekday":  weekdays[day.Weekday()],
		"person":   pick(r, firstNames) + " " + pick(r, lastNames),
		"official": pick(r, firstNames) + " " + pick(r, lastNames),
		"org":      pick(r, organisations), "company": pick(r, companies),
	}
	f["person_last"] = lastWord(f["person"])
	f["official_last"] = lastWord(f["official"])
	t.facts(r, f)
	idx := len(p.events)
	ev := event{
		id: t.name + "-" + strconv.Itoa(idx), topic: t, date: day, facts: f,
		headline: pick(r, t.headlines).String(f),
	}
	if r.IntN(10) < 3 {
		ev.agency = pick(r, agencies)
		wr := rand.New(rand.NewPCG(p.seed, 1<<40|uint64(idx)))
		ev.wireHead = pick(wr, t.headlines).String(f)
		ev.wire = bodyParagraphs(wr, t, f, 5+wr.IntN(10))
	}
	k := min(2+r.IntN(7), room)
	for _, o := range r.Perm(len(p.outlets))[:k] {
		p.articles = append(p.articles, article{
			event: idx, outlet: o,
			wire: ev.agency != "" && r.IntN(2) == 0,
			date: day.AddDate(0, 0, r.IntN(3)),
			seed: r.Uint64(),
		})
	}
	p.events = append(p.events, ev)
}

func lastWord(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}
