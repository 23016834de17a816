package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// bodyParagraphs writes n paragraphs about one event: the lead first, then one to
// three sentences each, mixing the topic's own sentences with generic ones. Each
// sentence template is dealt from a shuffled deck, so an article repeats one only
// after using all the others, as a real report would not repeat itself.
func bodyParagraphs(r *rand.Rand, t *topic, ev facts, n int) []string {
	f := make(facts, len(ev)+6)
	for k, v := range ev {
		f[k] = v
	}
	own, gen := newDeck(r, t.body), newDeck(r, generic)
	paras := make([]string, 0, n)
	var b strings.Builder
	pick(r, t.leads).fill(&b, f)
	paras = append(paras, b.String())
	for len(paras) < n {
		b.Reset()
		for s := 1 + r.IntN(3); s > 0; s-- {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			if r.IntN(100) < 50 && !own.empty() {
				own.next(r).fill(&b, f)
				continue
			}
			drawSentenceFacts(r, f)
			gen.next(r).fill(&b, f)
		}
		paras = append(paras, b.String())
	}
	return paras
}

// drawSentenceFacts sets the x_ slots generic sentences use, anew for each one.
func drawSentenceFacts(r *rand.Rand, f facts) {
	f["x_person"] = pick(r, firstNames) + " " + pick(r, lastNames)
	f["x_org"] = pick(r, organisations)
	f["x_n"] = strconv.Itoa(2 + r.IntN(90))
	f["x_city"] = pick(r, places).city
	f["x_month"] = time.Month(1 + r.IntN(12)).String()
	f["x_weekday"] = pick(r, weekdays)
}

// deck deals patterns in a random order without repeats, reshuffling when empty.
type deck struct {
	ps    []pattern
	order []int
}

func newDeck(r *rand.Rand, ps []pattern) *deck {
	return &deck{ps: ps, order: r.Perm(len(ps))}
}

func (d *deck) empty() bool { return len(d.order) == 0 }

func (d *deck) next(r *rand.Rand) pattern {
	if d.empty() {
		d.order = r.Perm(len(d.ps))
	}
	p := d.ps[d.order[0]]
	d.order = d.order[1:]
	return p
}

// story is what one article says, before it is laid out as a page or as Markdown.
type story struct {
	headline string
	authors  []string
	dateline string // "CITY, Month D (AGENCY) --", prefixed to the first paragraph
	agency   string // set when the body is agency copy
	paras    []string
}

// write decides one article's wording from its own seed.
func (p *plan) story(a article) story {
	ev := &p.events[a.event]
	o := &p.outlets[a.outlet]
	r := rand.New(rand.NewPCG(p.seed, a.seed))
	var s story
	if a.wire {
		s.agency = ev.agency
		s.paras = ev.wire
		s.headline = ev.wireHead
		if r.IntN(2) == 0 {
			s.headline = pick(r, ev.topic.headlines).String(ev.facts)
		}
		s.dateline = datelineFor(ev, ev.agency)
	} else {
		s.headline = pick(r, ev.topic.headlines).String(ev.facts)
		s.paras = bodyParagraphs(r, ev.topic, ev.facts, 5+r.IntN(16))
		if r.Float64() < o.dateline {
			s.dateline = datelineFor(ev, pick(r, agencies))
		}
	}
	if r.Float64() < o.byline {
		s.authors = append(s.authors, pick(r, firstNames)+" "+pick(r, lastNames))
		if r.IntN(4) == 0 {
			s.authors = append(s.authors, pick(r, firstNames)+" "+pick(r, lastNames))
		}
	}
	return s
}

func datelineFor(ev *event, agency string) string {
	return strings.ToUpper(ev.facts["city"]) + ", " + ev.date.Format("January 2") + " (" + agency + ") --"
}

// pageText lays a story out as a raw page dump: the outlet's furniture around
// header lines, headline, byline, body and related links.
func (p *plan) pageText(a article, s story) []byte {
	o := &p.outlets[a.outlet]
	r := rand.New(rand.NewPCG(p.seed^0x7061676574657874, a.seed))
	var b strings.Builder
	b.Grow(6 << 10)
	line := func(l string) { b.WriteString(l); b.WriteByte('\n') }
	if r.Float64() < o.dateLine {
		label := o.name
		if !o.labelIsName {
			label = pick(r, navWords)
		}
		line(" date " + a.date.Format("2006-01-02") + " " + label)
	}
	for _, l := range o.header {
		line(l)
	}
	if o.timestamp {
		line(a.date.Add(time.Duration(r.IntN(24*60)) * time.Minute).Format("January 2, 2006 / 3:04 PM"))
	}
	if o.blankLines {
		line("")
	}
	line(s.headline)
	if len(s.authors) > 0 {
		line(bylineText(s.authors))
	}
	if o.caption {
		line(p.events[a.event].facts["person"] + " in " + p.events[a.event].facts["city"] + ". Photo by " +
			pick(r, lastNames) + "/" + pick(r, agencies))
	}
	for i, para := range s.paras {
		if i == 0 && s.dateline != "" {
			para = s.dateline + " " + para
		}
		line(para)
		if o.blankLines {
			line("")
		}
	}
	if s.agency != "" {
		line("© " + a.date.Format("2006") + " " + s.agency)
	}
	for _, l := range o.footer {
		line(l)
	}
	line(o.related)
	for k := 3 + r.IntN(4); k > 0; k-- {
		line(p.events[r.IntN(len(p.events))].headline)
	}
	return []byte(b.String())
}

func bylineText(authors []string) string {
	return "By " + strings.Join(authors, " and ")
}

// pageMarkdown lays a story out as a Markdown page with TOML front matter, the
// shape a hand-kept Hugo site has: no furniture, just the article.
func (p *plan) pageMarkdown(a article, s story) []byte {
	o := &p.outlets[a.outlet]
	var b strings.Builder
	b.Grow(4 << 10)
	b.WriteString("+++\ntitle = " + strconv.Quote(s.headline) + "\n")
	b.WriteString("date = " + strconv.Quote(a.date.Format("2006-01-02")) + "\n")
	b.WriteString("source = " + strconv.Quote(o.name) + "\n")
	if len(s.authors) > 0 {
		b.WriteString("author = " + strconv.Quote(strings.Join(s.authors, " and ")) + "\n")
	}
	b.WriteString("tags = [" + strconv.Quote(p.events[a.event].topic.name) + "]\n+++\n\n")
	for i, para := range s.paras {
		if i == 0 && s.dateline != "" {
			para = s.dateline + " " + para
		}
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}
