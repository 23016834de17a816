// Package group joins articles that report the same happening into events.
//
// Each article becomes a TF-IDF vector over stemmed words, names and figures,
// with titles and leads weighing more than tails (features.go, vector.go).
// Candidate pairs come from an inverted index over each article's most
// distinctive terms, within the time window (index.go); clusters grow along the
// strongest pairs while the centroid of the event still resembles the newcomer
// (cluster.go). Events then get their headline, summary, wire copies, what each
// source adds, and links to related events.
package group

import (
	"sort"

	"github.com/topicdigest/digest/site/model"
)

// Defaults for Options left at zero.
const (
	DefaultWindowDays       = 7
	DefaultThreshold        = 0.08
	DefaultRelatedThreshold = 0.05
)

// Options tune grouping.
type Options struct {
	WindowDays       int             // dated articles join only within this many days of an event's span
	Threshold        float64         // least mean pair similarity for two clusters to merge
	RelatedThreshold float64         // least mean pair similarity for two events to be linked as related
	Editorial        model.Editorial // the editor's overrides
}

// withDefaults fills in what the caller left at zero.
func (o Options) withDefaults() Options {
	if o.WindowDays <= 0 {
		o.WindowDays = DefaultWindowDays
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.RelatedThreshold <= 0 {
		o.RelatedThreshold = DefaultRelatedThreshold
	}
	return o
}

// Group returns the events, newest first (by date, then id), each with its
// articles by date then id, the founding article first.
func Group(arts []*model.Article, opts Options) []*model.Event {
	g := newGrouping(arts, opts, nil)
	return g.events()
}

// GroupFrom is Group for a digest grouped before with the same options and
// program, taking from earlier what those groupings left instead of
// computing it again; the events are Group's to the bit. It returns, with
// them, the memory the next grouping replays.
func GroupFrom(arts []*model.Article, opts Options, earlier Earlier) ([]*model.Event, *Memory) {
	g := newGrouping(arts, opts, &recollection{earlier: earlier.Memory, extractions: earlier.Extractions,
		writeups: earlier.Writeups})
	return g.events(), g.memory()
}

// Earlier is what a regrouping may take from earlier groupings.
type Earlier struct {
	Memory      *Memory     // the last grouping's merges, replayed instead of clustering again (nil: none)
	Extractions Extractions // articles' features, taken instead of extracting them again (nil: none)
	Writeups    Writeups    // events' write-ups, taken instead of writing them up again (nil: none)
}

// recollection is a grouping's part in a chain of replays: the memory it
// starts from, and what it leaves.
type recollection struct {
	earlier     *Memory
	extractions Extractions
	writeups    Writeups
	ids, vecs   []uint64 // by position: each article's id and vector hashed (see hashDocs)
	sigs        []uint64
	rows        [][]edge       // each article's row of edges
	found       *searches      // what each row's search found
	edgesKept   func() *Memory // the memory as far as the edges (see keepEdgesEarly)
	kept        int            // rows taken from the earlier grouping (see keptRows)
	gained      int            // of those, rows whose windows a fresh article entered
	merges      []Merge
	reused      int      // merges taken from earlier
	texts       []uint64 // by position: textKey
	bags        [][]byte // by position: the bag kept for the next grouping (see appendBag)
	related     RelatedMemory
	mapped      *Memory // the memory old maps (see positionsOf)
	old         []int32
}

// grouping is one run of the grouper, kept whole so Explain can look inside.
type grouping struct {
	opts   Options
	docs   []doc
	voc    *vocabulary
	pos    map[string]int32 // article id -> position in docs
	edges  []edge
	cl     *clusters
	recall *recollection // nil unless a Memory is kept (GroupFrom)
}

func newGrouping(arts []*model.Article, opts Options, recall *recollection) *grouping {
	opts = opts.withDefaults()
	hide := hidden(opts.Editorial)
	kept := make([]*model.Article, 0, len(arts))
	for _, a := range sortedByID(arts) {
		if !hide[a.ID] {
			kept = append(kept, a)
		}
	}
	g := &grouping{opts: opts, pos: make(map[string]int32, len(kept)), recall: recall}
	for i, a := range kept {
		g.pos[a.ID] = int32(i)
	}
	var known [][]int // index keys taken from the memory (see knownKeys)
	if recall == nil {
		g.docs, g.voc, _ = prepare(kept, nil, nil, false)
	} else {
		recall.texts = textKeys(kept)
		var eb *earlierBags
		if recall.earlier != nil {
			eb = g.earlierBagsOf(recall.earlier, recall.texts)
		}
		g.docs, g.voc, recall.bags = prepare(kept, recall.extractions, eb, true)
		recall.extractions = nil // done with: let the keeper's entries go
		recall.ids, recall.vecs = g.hashDocs()
		known = g.knownKeys(recall.earlier, recall.vecs)
	}
	ix := buildIndex(g.docs, g.voc, opts.WindowDays, known)
	g.edges = g.edgesOrRecall(ix)
	if recall != nil {
		g.keepEdgesEarly()
	}
	g.cl = newClusters(g.docs, newApartRules(opts.Editorial, g.pos))
	if recall != nil {
		g.cl.shape = make([]uint64, len(g.docs))
		for i := range g.docs {
			g.cl.shape[i] = shapeSeed(recall.ids[i], recall.vecs[i])
		}
		g.cl.earlierLinks = adoptLinksOf(recall.earlier)
	}
	applyJoins(g.cl, opts.Editorial, g.pos)
	g.clusterOrReplay()
	g.cl.adopt(g.edges, opts.Threshold, opts.WindowDays)
	return g
}

// sortedByID is a copy of the articles in id order, the order every later step
// relies on for determinism whatever the input order.
func sortedByID(arts []*model.Article) []*model.Article {
	out := append([]*model.Article(nil), arts...)
	byID := func(i, j int) bool { return out[i].ID < out[j].ID }
	if !sort.SliceIsSorted(out, byID) { // a build's are, and checking costs half of sorting again
		sort.SliceStable(out, byID)
	}
	return out
}

// clusterOrReplay clusters the articles, replaying the earlier grouping's
// merges when there is one to recall.
func (g *grouping) clusterOrReplay() {
	r := g.recall
	if r == nil {
		g.cl.cluster(g.edges, g.opts.Threshold, g.opts.WindowDays)
		return
	}
	r.sigs = g.signatures()
	if r.earlier == nil {
		r.merges = g.cl.cluster(g.edges, g.opts.Threshold, g.opts.WindowDays)
		return
	}
	dirty, earlier := g.remembered(r.earlier, r.sigs)
	r.merges, r.reused = g.cl.replay(g.edges, earlier, dirty, g.opts.Threshold, g.opts.WindowDays)
}
