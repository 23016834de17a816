package group

import (
	"encoding/gob"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

func rowsOf(docs []doc, ix index, windowDays int, floor float64) [][]edge {
	per := make([][]edge, len(docs))
	acc := make([]float64, len(docs))
	dense := newScatter(docsIDSpan(docs))
	var touched []int32
	for i := range docs {
		touched = accumulate(docs, ix, i, windowDays, acc, touched[:0])
		per[i] = scoreBest(docs, i, touched, acc, dense, windowDays, floor)
		for _, j := range touched {
			acc[j] = 0
		}
	}
	return per
}

func TestZZEdgesHarness(t *testing.T) {
	if os.Getenv("ARTS") == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("ARTS"))
	var arts []*model.Article
	require.NoError(t, gob.NewDecoder(f).Decode(&arts))
	arts = sortedByID(arts)
	before := arts[:len(arts)-1]
	opts := Options{}.withDefaults()
	floor := adoptShare * opts.Threshold
	type state struct {
		docs []doc
		voc  *vocabulary
		ix   index
		per  [][]edge
		pos  map[string]int
	}
	mk := func(as []*model.Article) state {
		docs, voc := prepare(as, nil)
		ix := buildIndex(docs, voc)
		s := state{docs: docs, voc: voc, ix: ix, per: rowsOf(docs, ix, opts.WindowDays, floor), pos: map[string]int{}}
		for i := range docs {
			s.pos[docs[i].art.ID] = i
		}
		return s
	}
	A, B := mk(before), mk(arts)
	vh := func(s state, i int) uint64 {
		d := &s.docs[i]
		h := mix64(uint64(len(d.v.ids)))
		for k, id := range d.v.ids {
			h = mix64(h ^ s.voc.hashes[id])
			h = mix64(h ^ math.Float64bits(d.v.ws[k]))
		}
		for _, p := range d.keys {
			h = mix64(h ^ s.voc.hashes[d.v.ids[p]])
		}
		return mix64(h ^ math.Float64bits(d.day))
	}
	touchedB := map[int]bool{}
	var touchedA []int
	for i := range B.docs {
		j, ok := A.pos[B.docs[i].art.ID]
		if !ok || vh(A, j) != vh(B, i) {
			touchedB[i] = true
			if ok {
				touchedA = append(touchedA, j)
			}
		}
	}
	// term hash -> id in B
	idOf := map[uint64]int32{}
	for id, h := range B.voc.hashes {
		idOf[h] = int32(id)
	}
	dirty := map[int]bool{}
	mark := func(termHash uint64, day float64, dated bool) {
		id, ok := idOf[termHash]
		if !ok {
			return
		}
		ps := B.ix[id]
		if ps == nil {
			return
		}
		for _, part := range [][]posting{ps.dated, ps.undated} {
			for _, e := range part {
				di := &B.docs[e.doc]
				if !dated || !di.dated || math.Abs(di.day-day) <= float64(opts.WindowDays) {
					if len(ps.window(di, opts.WindowDays))+len(ps.undated) <= postingCap+2 {
						dirty[int(e.doc)] = true
					}
				}
			}
		}
	}
	for i := range touchedB {
		dirty[i] = true
		d := &B.docs[i]
		for _, p := range d.keys {
			mark(B.voc.hashes[d.v.ids[p]], d.day, d.dated)
		}
	}
	for _, j := range touchedA {
		d := &A.docs[j]
		for _, p := range d.keys {
			mark(A.voc.hashes[d.v.ids[p]], d.day, d.dated)
		}
	}
	// validate: clean rows equal (by id and score)
	bad := 0
	for i := range B.docs {
		if dirty[i] {
			continue
		}
		j := A.pos[B.docs[i].art.ID]
		ra, rb := A.per[j], B.per[i]
		same := len(ra) == len(rb)
		for k := 0; same && k < len(ra); k++ {
			same = A.docs[ra[k].a].art.ID == B.docs[rb[k].a].art.ID && A.docs[ra[k].b].art.ID == B.docs[rb[k].b].art.ID && ra[k].score == rb[k].score
		}
		if !same {
			bad++
		}
	}
	t.Logf("touched %d (+%d old), dirty rows %d of %d, clean rows that differ: %d", len(touchedB), len(touchedA), len(dirty), len(B.docs), bad)
}
