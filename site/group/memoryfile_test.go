package group

import (
	"bytes"
	"encoding/gob"
	"testing"
	"unsafe"

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

// TestMemoryListsAreViewsOfTheFile: written at any offset of its file, a
// memory read from the whole file holds its lists of numbers and its texts
// where they lie in it, not copies; read from a copy that puts them out of
// line, it copies them, and either way it is the memory written.
func TestMemoryListsAreViewsOfTheFile(t *testing.T) {
	arts, _ := synthArticles(200, 6)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	require.NotEmpty(t, mem.Partners)
	for at := range 9 {
		var buf bytes.Buffer
		buf.Write(make([]byte, at))
		require.NoError(t, WriteMemory(&buf, mem, int64(at)))
		file := buf.Bytes()
		got, err := ReadMemory(file[at:])
		require.NoError(t, err, "at %d", at)
		require.Equal(t, mem, got, "at %d", at)
		assert.True(t, within(file, unsafe.Pointer(&got.Partners[0])), "int32s at %d", at)
		assert.True(t, within(file, unsafe.Pointer(&got.Scores[0])), "float64s at %d", at)
		assert.True(t, within(file, unsafe.Pointer(&got.Bags.BagEnds[0])), "int64s at %d", at)
		assert.True(t, within(file, unsafe.Pointer(unsafe.StringData(got.Bags.Bags))), "texts at %d", at)
		assert.Equal(t, len(got.Partners), cap(got.Partners), "an append copies a view")

		shifted := make([]byte, len(file)+1)[1:] // out of line by one byte
		copy(shifted, file)
		got, err = ReadMemory(shifted[at:])
		require.NoError(t, err, "shifted, at %d", at)
		require.Equal(t, mem, got, "shifted, at %d", at)
		assert.False(t, within(shifted, unsafe.Pointer(&got.Scores[0])), "a copy when out of line")
		assert.True(t, within(shifted, unsafe.Pointer(unsafe.StringData(got.Bags.Bags))), "texts need no alignment")
	}
}

// within reports whether p points into b.
func within(b []byte, p unsafe.Pointer) bool {
	return uintptr(p) >= uintptr(unsafe.Pointer(&b[0])) && uintptr(p) < uintptr(unsafe.Pointer(&b[0]))+uintptr(len(b))
}
