package prefault

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

type mixed struct {
	name  string
	ptr   *int
	count int64
	flag  bool
}

func TestMakeIsZeroedAndSized(t *testing.T) {
	for _, n := range []int{0, 1, 7, page / 8, page + 3, 3*page + 1} {
		floats := Make[float64](n)
		assert.Len(t, floats, n)
		for _, f := range floats {
			assert.Zero(t, f)
		}
		structs := Make[mixed](n)
		assert.Len(t, structs, n)
		for _, s := range structs {
			assert.True(t, s.name == "" && s.ptr == nil && s.count == 0 && !s.flag)
		}
		bytes := Make[byte](n)
		assert.Len(t, bytes, n)
		assert.Equal(t, make([]byte, n), bytes)
	}
}

// A slice it made is an ordinary slice: the collector follows its pointers.
func TestMadeSliceKeepsItsPointers(t *testing.T) {
	s := Make[*int](2 * page)
	for i := range s {
		v := i
		s[i] = &v
	}
	runtime.GC()
	for i, p := range s {
		assert.Equal(t, i, *p)
	}
}
