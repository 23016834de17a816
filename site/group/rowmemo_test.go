package group

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// crowdedTopics are six topics of 60 reports three hours apart, each naming
// its topic's eight words, three of twenty words all topics share, and a
// word of its own: every search finds more than maxCandidates candidates,
// so every row has a cut (see rowSearch), and the partial scores differ
// with the shared words two reports have in common.
func crowdedTopics() []*model.Article {
	r := rand.New(rand.NewPCG(7, 11))
	start := time.Date(2025, 3, 1, 6, 0, 0, 0, time.UTC)
	var arts []*model.Article
	for topic := range 6 {
		var words []string
		for w := range 8 {
			words = append(words, madeUpWord(2000+topic*8+w))
		}
		for k := range 60 {
			ws := append([]string(nil), words...)
			for range 3 {
				ws = append(ws, madeUpWord(3000+r.IntN(20)))
			}
			own := madeUpWord(7000 + topic*100 + k)
			id := fmt.Sprintf("c%d-%02d", topic, k)
			arts = append(arts, &model.Article{ID: id, File: id + ".md", Language: "en",
				Date:  start.Add(time.Duration(topic*40+k*3) * time.Hour),
				Title: strings.Join(ws[:4], " ") + " " + own,
				Text:  strings.Join(ws, " ") + " " + own + ". " + own + " " + strings.Join(ws[4:], " ") + "."})
		}
	}
	return arts
}

// faintReport is a report on topic 2 that names two of its words and
// little else: it enters the windows of many rows and the best of few.
func faintReport(arts []*model.Article) *model.Article {
	a := *arts[150]
	a.ID, a.File = "c2-zz", "c2-zz.md"
	a.Title = madeUpWord(2016) + " " + madeUpWord(9001)
	a.Text = madeUpWord(2017) + " " + madeUpWord(9002) + " " + madeUpWord(9003) + "."
	return &a
}

// TestKeptRowsAreFreshRows: after each edit of a crowded digest, the
// rows whose windows the edit entered are mostly taken from the memory
// (keptRows), and the rows, what their searches found, the edges, the
// memory and the events are a fresh grouping's.
func TestKeptRowsAreFreshRows(t *testing.T) {
	arts := crowdedTopics()
	for _, tc := range []struct {
		name   string
		edit   edit
		gained bool // some rows were taken though their inputs changed
	}{
		{"a faint report added", with(faintReport(arts)), true},
		{"a near copy added", with(copyOf(arts, 200, "c3-zz")), true},
		{"a report retold", retold(100), true},
		{"a report removed", without(130), false},
		{"several edits", func(a []*model.Article) []*model.Article {
			return without(10)(with(faintReport(arts))(with(copyOf(arts, 300, "c5-zz"))(a)))
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := newGrouping(arts, Options{}, &recollection{})
			after := tc.edit(arts)
			h := newGrouping(after, Options{}, &recollection{earlier: g.memory()})
			fresh := newGrouping(after, Options{}, &recollection{})
			require.Equal(t, fresh.recall.rows, h.recall.rows)
			require.Equal(t, fresh.recall.found, h.recall.found, "what the searches found, for the next grouping")
			require.Equal(t, fresh.edges, h.edges)
			require.Equal(t, fresh.memory(), h.memory())
			require.Equal(t, eventsData(fresh.events()), eventsData(h.events()))
			if tc.gained {
				assert.Positive(t, h.recall.gained, "rows taken though a fresh article entered their windows")
			}
		})
	}
}

// TestEveryRowHasACut: the crowded digest's searches fill every row's
// slots, so keptRows is tested on rows with a cut, not only open ones.
func TestEveryRowHasACut(t *testing.T) {
	g := newGrouping(crowdedTopics(), Options{}, &recollection{})
	for i := range g.docs {
		require.Len(t, g.recall.found.bestOf(i), maxCandidates, "row %d", i)
	}
}

// TestKeptRowsFollowTheCap: 150 reports name one word within a week, as
// many as a search reads (see postingCap); one more report naming it, and
// little else, makes every search skip the word, so the partial scores of
// every row in that week change and none may be taken from the memory,
// though the newcomer passes few cuts. Reports months later, on other
// words, keep the word from being in every report.
func TestKeptRowsFollowTheCap(t *testing.T) {
	start := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	common := madeUpWord(4000)
	report := func(id string, at time.Duration, words ...string) *model.Article {
		return &model.Article{ID: id, File: id + ".md", Language: "en", Date: start.Add(at),
			Title: words[0], Text: strings.Join(words, " ") + "."}
	}
	var arts []*model.Article
	for k := range postingCap {
		arts = append(arts, report(fmt.Sprintf("k%03d", k), time.Duration(k)*time.Hour,
			common, madeUpWord(4100+k%10), madeUpWord(4100+(k*7+3)%10)))
	}
	for k := range 4 * postingCap {
		arts = append(arts, report(fmt.Sprintf("m%03d", k), time.Duration(2000+k)*time.Hour,
			madeUpWord(4200+k%40), madeUpWord(4200+(k*3+1)%40)))
	}
	faint := []string{common}
	for w := range 30 {
		faint = append(faint, madeUpWord(4600+w))
	}
	after := with(report("k999", 75*time.Hour, faint...))(arts)
	g := newGrouping(arts, Options{}, &recollection{})
	h := newGrouping(after, Options{}, &recollection{earlier: g.memory()})
	fresh := newGrouping(after, Options{}, &recollection{})
	require.NotEmpty(t, g.edges)
	require.Equal(t, fresh.recall.found, h.recall.found)
	require.Equal(t, fresh.edges, h.edges)
	assert.Zero(t, h.recall.gained, "no row of that week is taken from the memory")
	assert.Equal(t, 4*postingCap, h.recall.kept, "the rows of the months after are")
}

// TestRowSearchEnters holds the cut to bestPartial's order: a higher
// partial score enters, a lower one does not, a tie enters from an earlier
// position only, and any candidate enters a row whose slots are not full.
func TestRowSearchEnters(t *testing.T) {
	full := newSearches(2)
	best := make([]int32, maxCandidates)
	acc := make([]float64, 100)
	for k := range best {
		best[k] = int32(10 + k)
		acc[10+k] = 1 - float64(k)/100
	}
	full.set(0, best, acc, 1)
	full.set(1, best[:3], acc, 1)
	cut := acc[best[maxCandidates-1]]
	for _, tc := range []struct {
		name  string
		row   int
		doc   int32
		acc   float64
		enter bool
	}{
		{"higher", 0, 90, cut + 0.01, true},
		{"lower", 0, 5, cut - 0.01, false},
		{"tie from an earlier position", 0, 5, cut, true},
		{"tie from a later position", 0, 90, cut, false},
		{"an underflow", 0, 5, 0, true},
		{"slots not full", 1, 90, 0.001, true},
	} {
		assert.Equal(t, tc.enter, full.enters(tc.row, tc.doc, tc.acc), tc.name)
	}
}
