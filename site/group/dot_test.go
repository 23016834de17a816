package group

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// walkDot is the plain merge walk dot must match to the last bit.
func walkDot(a, b vec) float64 {
	s := 0.0
	a.eachShared(b, func(_ int32, wa, wb float64) { s += wa * wb })
	return s
}

func randomVec(r *rand.Rand, n, span int) vec {
	seen := map[int32]bool{}
	var v vec
	for len(v.ids) < n {
		id := int32(r.IntN(span))
		if !seen[id] {
			seen[id] = true
			v.ids = append(v.ids, id)
		}
	}
	slices.Sort(v.ids)
	for range v.ids {
		v.ws = append(v.ws, r.Float64())
	}
	return v
}

func TestDotMatchesMergeWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name       string
		na, nb     int
		span       int
		wantGallop bool
	}{
		{"empty", 0, 10, 100, true},
		{"equal sizes", 50, 50, 200, false},
		{"short against long", 10, 2000, 5000, true},
		{"long against short", 3000, 7, 4000, true},
		{"dense overlap", 40, 400, 420, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 50 {
				a, b := randomVec(r, tc.na, tc.span), randomVec(r, tc.nb, tc.span)
				assert.Equal(t, walkDot(a, b), a.dot(b))
				assert.Equal(t, walkDot(a, b), b.dot(a))
			}
			short, long := min(tc.na, tc.nb), max(tc.na, tc.nb)
			assert.Equal(t, tc.wantGallop, short*gallopRatio < long)
		})
	}
}

func TestGallopFindsFirstAtLeast(t *testing.T) {
	ids := []int32{2, 4, 6, 8, 10, 12, 14}
	for _, tc := range []struct {
		lo   int
		id   int32
		want int
	}{
		{0, 1, 0}, {0, 2, 0}, {0, 3, 1}, {0, 14, 6}, {0, 15, 7}, {3, 9, 4}, {5, 12, 5}, {7, 20, 7},
	} {
		assert.Equal(t, tc.want, gallop(ids, tc.lo, tc.id), "lo %d id %d", tc.lo, tc.id)
	}
}

func TestScatterDotMatchesMergeWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	hub := randomVec(r, 3000, 5000)
	others := []vec{{}, randomVec(r, 10, 5000), randomVec(r, 4000, 5000), hub}
	for _, n := range []int{idSpan(append(others, hub)), bitsAbove + 1} { // without and with bits
		dense := newScatter(n)
		dense.load(hub)
		for _, o := range others {
			assert.Equal(t, walkDot(hub, o), dense.dot(o), "scatter over %d ids", n)
		}
		dense.clear(hub)
		assert.Equal(t, 0.0, dense.dot(hub), "clear leaves no weight behind")
		dense.load(others[1])
		assert.Equal(t, walkDot(hub, others[1]), dense.dot(hub), "reloaded after clear")
	}
}

// mapAdd is a+b the slow way, for add to match: every id of either, in
// order, a's weight plus b's where both hold it.
func mapAdd(a, b vec) vec {
	sum := map[int32]float64{}
	for i, id := range a.ids {
		sum[id] = a.ws[i]
	}
	for i, id := range b.ids {
		if w, ok := sum[id]; ok {
			sum[id] = w + b.ws[i]
		} else {
			sum[id] = b.ws[i]
		}
	}
	var out vec
	for _, id := range slices.Sorted(maps.Keys(sum)) {
		out.ids, out.ws = append(out.ids, id), append(out.ws, sum[id])
	}
	return out
}

func TestAddMatchesMapSum(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name   string
		na, nb int
		span   int
	}{
		{"both empty", 0, 0, 10},
		{"a empty", 0, 30, 100},
		{"b empty", 30, 0, 100},
		{"disjoint halves likely", 20, 20, 10000},
		{"dense overlap", 90, 80, 100},
		{"long and short", 1500, 12, 3000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 30 {
				a, b := randomVec(r, tc.na, tc.span), randomVec(r, tc.nb, tc.span)
				want := mapAdd(a, b)
				got := a.add(b)
				assert.Equal(t, want.ids, nilIfEmpty(got.ids))
				assert.Equal(t, want.ws, nilIfEmpty(got.ws))
				assert.Equal(t, len(want.ids), unionLen(a.ids, b.ids))
				assert.Equal(t, len(got.ids), cap(got.ids), "a sum is made to its size, no larger")
			}
		})
	}
}

func nilIfEmpty[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}
