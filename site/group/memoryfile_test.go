package group

import (
	"bytes"
	"encoding/gob"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemoryRoundTrip: a memory comes back from its encoding whole, nil
// lists as nil, through gob as the site stores it; a cut, lengthened or
// garbled encoding is an error, never a panic.
func TestMemoryRoundTrip(t *testing.T) {
	arts, _ := synthArticles(300, 6)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	require.NotEmpty(t, mem.Merges)
	require.NotEmpty(t, mem.Bags.Bags)
	for _, m := range []*Memory{mem, {}, {IDs: []string{}, Merges: []Merge{}}} {
		var buf bytes.Buffer
		require.NoError(t, gob.NewEncoder(&buf).Encode(m))
		var got Memory
		require.NoError(t, gob.NewDecoder(&buf).Decode(&got))
		require.Equal(t, *m, got)
	}

	b, err := mem.MarshalBinary()
	require.NoError(t, err)
	for cut := 0; cut < len(b); cut += 1 + cut/4 {
		require.Error(t, new(Memory).UnmarshalBinary(b[:cut]), "cut at %d", cut)
	}
	require.Error(t, new(Memory).UnmarshalBinary(append(b, 0)), "a trailing byte")
	for k := 0; k < len(b); k += 1 + k/64 {
		garbled := bytes.Clone(b)
		garbled[k] ^= 0xff
		assert.NotPanics(t, func() { _ = new(Memory).UnmarshalBinary(garbled) }, "byte %d", k)
	}
}
