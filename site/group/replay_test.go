package group

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// edit is a change to a digest between two builds; it returns a new list and
// leaves the articles it is given as they are.
type edit func(arts []*model.Article) []*model.Article

func without(k int) edit {
	return func(arts []*model.Article) []*model.Article {
		return slices.Delete(slices.Clone(arts), k, k+1)
	}
}

func with(a *model.Article) edit {
	return func(arts []*model.Article) []*model.Article { return append(slices.Clone(arts), a) }
}

// retold is article k with its text and date changed.
func retold(k int) edit {
	return func(arts []*model.Article) []*model.Article {
		out := slices.Clone(arts)
		a := *out[k]
		a.Text = a.Text + " Officials later revised the figure and named a second site."
		a.Date = a.Date.Add(36 * time.Hour)
		out[k] = &a
		return out
	}
}

// moved is article k rewritten to report what article j reports: its
// event loses a member and another gains one, so earlier merges stop holding.
func moved(k, j int) edit {
	return func(arts []*model.Article) []*model.Article {
		out := slices.Clone(arts)
		a := *out[k]
		a.Title, a.Text, a.Date = arts[j].Title+" (update)", arts[j].Text, arts[j].Date
		out[k] = &a
		return out
	}
}

// copyOf is article k again under another id, reported a day later.
func copyOf(arts []*model.Article, k int, id string) *model.Article {
	a := *arts[k]
	a.ID, a.File = id, id+".md"
	a.Date = a.Date.Add(24 * time.Hour)
	return &a
}

// TestReplayMatchesClustering holds the replay to its promise: after each
// edit, grouping from the earlier memory gives the events and the merges, in
// order, of grouping from scratch, while most merges come from the memory.
func TestReplayMatchesClustering(t *testing.T) {
	base, _ := synthArticles(1500, 21)
	ecb, _, _ := loadECB(t)
	for _, tc := range []struct {
		name  string
		arts  []*model.Article
		edits []edit
	}{
		{"nothing changed", base, []edit{}},
		{"a report added last", base, []edit{with(copyOf(base, 700, "zzz-last"))}},
		{"a report added in the middle", base, []edit{with(copyOf(base, 700, "e000100-r9"))}},
		{"a report added first", base, []edit{with(copyOf(base, 3, "a-first"))}},
		{"a report removed", base, []edit{without(400)}},
		{"the first report removed", base, []edit{without(0)}},
		{"a report retold", base, []edit{retold(900)}},
		{"several edits", base, []edit{without(10), retold(20), with(copyOf(base, 30, "e000005-r8")), without(1200)}},
		{"ECB+ report added", ecb, []edit{with(copyOf(ecb, 50, "zz-ecb"))}},
		{"ECB+ report removed", ecb, []edit{without(200)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs, ws := &keptExtractions{}, &keptWriteups{}
			_, mem := GroupFrom(tc.arts, Options{}, Earlier{Extractions: xs, Writeups: ws})
			after := tc.arts
			for _, e := range tc.edits {
				after = e(after)
			}
			want, wantMem := GroupFrom(after, Options{}, Earlier{})
			got, gotMem := GroupFrom(after, Options{}, Earlier{Memory: mem, Extractions: xs, Writeups: ws})
			require.Equal(t, eventsData(want), eventsData(got))
			require.Equal(t, want, got, "events whole, write-ups and all")
			require.Equal(t, wantMem, gotMem, "the memory the next build replays")
			assert.Equal(t, eventsData(Group(after, Options{})), eventsData(got))
		})
	}
}

// TestReplayAfterRandomEdits replays after random batches of edits (reports
// removed, retold and copied), where merges that held before no longer do.
func TestReplayAfterRandomEdits(t *testing.T) {
	for seed := range uint64(12) {
		arts, _ := synthArticles(600, 100+seed)
		xs, ws := &keptExtractions{}, &keptWriteups{}
		_, mem := GroupFrom(arts, Options{}, Earlier{Extractions: xs, Writeups: ws})
		r := rand.New(rand.NewPCG(seed, 9))
		after := arts
		for k := range 8 {
			switch k % 4 {
			case 0:
				after = without(r.IntN(len(after)))(after)
			case 1:
				after = retold(r.IntN(len(after)))(after)
			case 2:
				after = moved(r.IntN(len(after)), r.IntN(len(after)))(after)
			default:
				after = with(copyOf(after, r.IntN(len(after)), fmt.Sprintf("e%06d-r9", r.IntN(200))))(after)
			}
		}
		want, wantMem := GroupFrom(after, Options{}, Earlier{})
		got, gotMem := GroupFrom(after, Options{}, Earlier{Memory: mem, Extractions: xs, Writeups: ws})
		require.Equal(t, eventsData(want), eventsData(got), "seed %d", seed)
		require.Equal(t, want, got, "seed %d: events whole", seed)
		require.Equal(t, wantMem.Merges, gotMem.Merges, "seed %d", seed)
	}
}

// TestReplayChains: a memory left by a replay replays in turn, on one core
// or several.
func TestReplayChains(t *testing.T) {
	arts, _ := synthArticles(800, 5)
	xs := &keptExtractions{}
	_, mem := GroupFrom(arts, Options{}, Earlier{Extractions: xs})
	for k, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		arts = with(copyOf(arts, 100*k+50, "zz-chain-"+string(rune('a'+k))))(arts)
		var got []*model.Event
		got, mem = GroupFrom(arts, Options{}, Earlier{Memory: mem, Extractions: xs})
		runtime.GOMAXPROCS(prev)
		require.Equal(t, eventsData(Group(arts, Options{})), eventsData(got), "%d cores", procs)
	}
}

// TestReplayTouchesFew: one added report leaves most merges to the memory.
func TestReplayTouchesFew(t *testing.T) {
	arts, _ := synthArticles(1500, 21)
	g := newGrouping(arts, Options{}, &recollection{})
	after := with(copyOf(arts, 700, "zzz-last"))(arts)
	h := newGrouping(after, Options{}, &recollection{earlier: g.memory()})
	require.NotEmpty(t, h.recall.merges)
	assert.Greater(t, h.recall.reused, len(h.recall.merges)*9/10,
		"merges taken from memory, of %d", len(h.recall.merges))
}

// TestReplayFollowsChangedFutures changes one article's vector and marks only
// that article touched, keeping every edge (rescored), so that its earlier
// partners are untouched clusters whose earlier merges no longer hold: the
// replay must notice, when it reaches those merges, that their future changed.
func TestReplayFollowsChangedFutures(t *testing.T) {
	arts, _ := synthArticles(1500, 21)
	g := newGrouping(arts, Options{}, nil)
	opts := g.opts
	fresh := func(docs []doc) *clusters { return newClusters(docs, newApartRules(opts.Editorial, g.pos)) }
	earlier := fresh(g.docs).cluster(g.edges, opts.Threshold, opts.WindowDays)
	for trial := range 40 {
		d, from := (trial*37)%len(g.docs), (trial*53+700)%len(g.docs)
		docs := slices.Clone(g.docs)
		docs[d].v = docs[from].v // d now reports another happening
		edges := slices.Clone(g.edges)
		for k, e := range edges {
			edges[k].score = pairScore(docs[e.a].v.dot(docs[e.b].v), &docs[e.a], &docs[e.b], opts.WindowDays)
		}
		want := fresh(docs)
		wantMerges := want.cluster(edges, opts.Threshold, opts.WindowDays)
		dirty := make([]bool, len(docs))
		dirty[d] = true
		got := fresh(docs)
		gotMerges, _ := got.replay(edges, earlier, dirty, opts.Threshold, opts.WindowDays)
		require.Equal(t, want.groups(), got.groups(), "article %d given article %d's vector", d, from)
		require.Equal(t, wantMerges, gotMerges, "article %d given article %d's vector", d, from)
	}
}

// madeUpWord is a word for n that no language has.
func madeUpWord(n int) string {
	const letters = "bcdfghjklmnprstvz"
	s := "qa"
	for ; n > 0; n /= len(letters) {
		s += string(letters[n%len(letters)]) + "o"
	}
	return s + "x"
}

// steadyTopics are articles on ten topics of 41 reports each, a day apart,
// each naming its topic's words and words of its own: every shared word is
// in more than 32 articles, so one more report leaves every other vector as
// it was (see steadyCount), and only the rows whose window it enters change.
func steadyTopics() []*model.Article {
	word := madeUpWord
	start := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	var arts []*model.Article
	for topic := range 10 {
		for k := range 41 {
			var ws []string
			for w := range 8 {
				ws = append(ws, word(1000+topic*8+w))
			}
			own := word(5000 + topic*100 + k)
			id := fmt.Sprintf("t%02d-%02d", topic, k)
			arts = append(arts, &model.Article{ID: id, File: id + ".md", Language: "en",
				Date:  start.Add(time.Duration(topic*3+k) * 24 * time.Hour),
				Title: strings.Join(ws[:4], " ") + " " + own,
				Text:  strings.Join(ws, " ") + " " + own + ". " + own + " " + strings.Join(ws[4:], " ") + "."})
		}
	}
	return arts
}

// TestReplayRowsFollowTheWindow: a report added among others whose vectors
// stay as they were makes the rows whose window it enters, before and after
// it, searched again; the rows, merges and events are a fresh grouping's.
func TestReplayRowsFollowTheWindow(t *testing.T) {
	arts := steadyTopics()
	g := newGrouping(arts, Options{}, &recollection{})
	for _, offset := range []float64{-0.5, 0.5, 3.2} {
		added := *arts[20]
		added.ID, added.File = "t00-zz", "t00-zz.md"
		added.Text += " Later."
		added.Date = added.Date.Add(time.Duration(offset * 24 * float64(time.Hour)))
		after := with(&added)(arts)
		h := newGrouping(after, Options{}, &recollection{earlier: g.memory()})
		assert.Greater(t, h.recall.kept, len(after)/2, "offset %v: rows taken from memory", offset)
		fresh := newGrouping(after, Options{}, &recollection{})
		require.Equal(t, fresh.recall.rows, h.recall.rows, "offset %v", offset)
		require.Equal(t, fresh.edges, h.edges, "offset %v", offset)
	}
}

// TestSettleIsUnion: merges made by unionLater and settled later, in any
// order of settling, leave the sums and cohesion union leaves, to the bit.
func TestSettleIsUnion(t *testing.T) {
	arts, _ := synthArticles(300, 12)
	g := newGrouping(arts, Options{}, nil)
	eager := newClusters(g.docs, newApartRules(model.Editorial{}, g.pos))
	lazy := newClusters(g.docs, newApartRules(model.Editorial{}, g.pos))
	lazy.absorbed = make([][]int32, len(g.docs))
	r := rand.New(rand.NewPCG(3, 4))
	for range 250 {
		a, b := eager.find(int32(r.IntN(len(g.docs)))), eager.find(int32(r.IntN(len(g.docs))))
		if a == b {
			continue
		}
		eager.union(a, b)
		if r.IntN(4) == 0 {
			lazy.union(a, b) // settles both first
		} else {
			lazy.unionLater(a, b)
		}
	}
	for i := range g.docs {
		if root := int32(i); eager.find(root) == root {
			require.Equal(t, eager.sum[root], lazy.sumOf(root), "root %d", root)
			require.Equal(t, eager.cohesion(root), lazy.cohesion(root), "root %d", root)
		}
	}
	assert.Panics(t, func() {
		c := newClusters(g.docs, newApartRules(model.Editorial{}, g.pos))
		c.absorbed = make([][]int32, len(g.docs))
		c.unionLater(0, 1)
		c.settledLink(0, 2, 7)
	}, "a link of an unsettled cluster read where settling would race")
}

// TestReplayLinksAMergeToATouchedNeighbour is the case where a merge taken
// from the memory folds a cluster a touched one links to (u) into one that
// it does not (v, the root kept): the merged cluster's link to the touched
// one must be weighed again, or t is left out of the event it now joins.
func TestReplayLinksAMergeToATouchedNeighbour(t *testing.T) {
	unit := func(ws ...float64) vec {
		v := vec{}
		for id, w := range ws {
			if w != 0 {
				v.ids, v.ws = append(v.ids, int32(id)), append(v.ws, w)
			}
		}
		return v
	}
	docsWith := func(tv vec) []doc { // v, u, t: u links to both, v and t share nothing
		day := 20000.0
		return []doc{{v: unit(1, 0, 0), day: day, dated: true}, {v: unit(0.9, 0.4359, 0), day: day, dated: true},
			{v: tv, day: day, dated: true}}
	}
	edgesOf := func(ds []doc) []edge {
		var es []edge
		for _, p := range [][2]int32{{0, 1}, {1, 2}} {
			es = append(es, edge{a: p[0], b: p[1], score: ds[p[0]].v.dot(ds[p[1]].v)})
		}
		sortEdges(es)
		return es
	}
	cluster := func(ds []doc) *clusters {
		return newClusters(ds, newApartRules(model.Editorial{}, map[string]int32{}))
	}
	before := docsWith(unit(0, 0.23, 0.9732)) // too far from u to join
	earlier := cluster(before).cluster(edgesOf(before), DefaultThreshold, DefaultWindowDays)
	require.Len(t, earlier, 1, "u and v only")
	now := docsWith(unit(0, 0.9165, 0.4))
	fresh := cluster(now)
	want := fresh.cluster(edgesOf(now), DefaultThreshold, DefaultWindowDays)
	require.Len(t, want, 2, "t joins the event of u and v")
	replayed := cluster(now)
	got, _ := replayed.replay(edgesOf(now), earlier, []bool{false, false, true}, DefaultThreshold, DefaultWindowDays)
	require.Equal(t, want, got)
	require.Equal(t, fresh.groups(), replayed.groups())
}
