package group

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestComponentsLargestFirst(t *testing.T) {
	self := func(i int32) int32 { return i }
	tests := []struct {
		name  string
		n     int
		edges []edge
		want  [][]int32
	}{
		{"none", 3, nil, nil},
		{"one pair", 3, []edge{{a: 2, b: 0}}, [][]int32{{0, 2}}},
		{"chain beats pairs", 9, []edge{{a: 0, b: 8}, {a: 1, b: 5}, {a: 5, b: 7}, {a: 7, b: 3}, {a: 2, b: 4}},
			[][]int32{{1, 3, 5, 7}, {0, 8}, {2, 4}}},
		{"ties by first root", 6, []edge{{a: 4, b: 5}, {a: 1, b: 2}}, [][]int32{{1, 2}, {4, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, newNeighbours(tt.n, tt.edges, self).components())
		})
	}
}
