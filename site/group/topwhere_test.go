package group

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTopWhereIsSortedPrefix: topWhere gives what sorting every accepted
// term, heaviest first and ties by id, and taking the first k gives,
// ties and all.
func TestTopWhereIsSortedPrefix(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		n := r.IntN(200)
		v := vec{}
		for id := range n {
			if r.IntN(3) > 0 {
				v.ids = append(v.ids, int32(id))
				v.ws = append(v.ws, float64(r.IntN(6))/4) // many ties
			}
		}
		keep := func(id int32) bool { return id%5 != 0 }
		for _, k := range []int{0, 1, 3, 24, 500} {
			var want []int
			for p, id := range v.ids {
				if keep(id) {
					want = append(want, p)
				}
			}
			slices.SortStableFunc(want, func(x, y int) int {
				if v.ws[x] != v.ws[y] {
					if v.ws[x] > v.ws[y] {
						return -1
					}
					return 1
				}
				return int(v.ids[x] - v.ids[y])
			})
			want = want[:min(k, len(want))]
			got := v.topWhere(k, keep)
			if len(want) == 0 {
				require.Empty(t, got)
				continue
			}
			require.Equal(t, want, got, "k %d", k)
		}
	}
}
