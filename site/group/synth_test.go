package group

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// synthKinds are kinds of happening; events of one kind share this vocabulary
// and differ in their names, places and figures, like ECB+'s topic pairs.
var synthKinds = [][]string{
	{"earthquake", "magnitude", "tremor", "buildings", "collapsed", "rescue"},
	{"election", "voters", "ballots", "turnout", "candidate", "polls"},
	{"drill", "artillery", "troops", "exercise", "military", "firing"},
	{"rehab", "actress", "treatment", "facility", "spokesperson", "checked"},
	{"merger", "shares", "acquisition", "deal", "investors", "billion"},
	{"storm", "flooding", "evacuated", "rainfall", "power", "outages"},
	{"strike", "workers", "union", "wages", "walkout", "negotiations"},
	{"trial", "verdict", "jury", "court", "sentenced", "prosecutors"},
	{"launch", "rocket", "satellite", "orbit", "space", "mission"},
	{"fire", "blaze", "firefighters", "hectares", "residents", "smoke"},
}

var synthFiller = []string{"officials", "said", "reported", "according", "statement", "local", "media",
	"week", "earlier", "people", "region", "government", "country", "later", "announced", "added"}

// synthName makes a pronounceable capitalised name from a number.
func synthName(r *rand.Rand) string {
	syl := []string{"ka", "ro", "mi", "ta", "len", "vor", "sa", "du", "bel", "nor", "qui", "zan", "pe", "lo", "gri", "fen"}
	n := 2 + r.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syl[r.IntN(len(syl))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// synthArticles generates n articles: events of 2-8 reports over a year, each
// report wording the event's kind, names, place and figure its own way.
func synthArticles(n int, seed uint64) (arts []*model.Article, gold map[string]string) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	gold = map[string]string{}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for ev := 0; len(arts) < n; ev++ {
		kind := synthKinds[r.IntN(len(synthKinds))]
		person := synthName(r) + " " + synthName(r)
		place := synthName(r)
		figure := fmt.Sprintf("%d,%03d", 1+r.IntN(90), r.IntN(1000))
		day := start.AddDate(0, 0, r.IntN(365))
		reports := 2 + r.IntN(7)
		for k := 0; k < reports && len(arts) < n; k++ {
			id := fmt.Sprintf("e%06d-r%d", ev, k)
			arts = append(arts, &model.Article{ID: id, File: id + ".md", Language: "en",
				Date:  day.AddDate(0, 0, r.IntN(3)),
				Title: synthSentence(r, kind, person, place, figure, 6),
				Text:  synthBody(r, kind, person, place, figure)})
			gold[id] = fmt.Sprintf("e%06d", ev)
		}
	}
	return arts, gold
}

func synthBody(r *rand.Rand, kind []string, person, place, figure string) string {
	var paras []string
	for p := 0; p < 6+r.IntN(6); p++ {
		paras = append(paras, synthSentence(r, kind, person, place, figure, 12+r.IntN(10))+".")
	}
	return strings.Join(paras, "\n\n")
}

// synthSentence mixes kind words, filler and, with some chance, the event's
// person, place and figure.
func synthSentence(r *rand.Rand, kind []string, person, place, figure string, words int) string {
	var ws []string
	for len(ws) < words {
		switch x := r.IntN(10); {
		case x < 4:
			ws = append(ws, kind[r.IntN(len(kind))])
		case x < 7:
			ws = append(ws, synthFiller[r.IntN(len(synthFiller))])
		case x == 7:
			ws = append(ws, "in", place)
		case x == 8:
			ws = append(ws, person)
		default:
			ws = append(ws, figure, kind[0])
		}
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}
