package group

import (
	"hash/fnv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFnvAddMatchesHashFNV(t *testing.T) {
	for _, words := range [][]string{
		{},
		{""},
		{"the", "north", "sent", "14,000", "troops"},
		{"ünïcode", "’s", "$2.6million"},
	} {
		h := fnv.New64a()
		got := uint64(fnvOffset)
		for _, w := range words {
			h.Write([]byte(w))
			h.Write([]byte{0})
			got = fnvAdd(got, w)
		}
		assert.Equal(t, h.Sum64(), got, "%q", words)
	}
}
