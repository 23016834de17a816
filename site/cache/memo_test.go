package cache

import (
	"errors"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// upper is a Batch whose result for item i depends on its text and on a
// context shared by items (a suffix), the shape of CleanAll's templates.
type upper struct {
	items  []string
	suffix string
	runs   atomic.Int32
}

func (u *upper) Len() int         { return len(u.items) }
func (u *upper) Key(i int) string { return u.items[i] + "\x00" + u.suffix }
func (u *upper) Run(i int) (string, error) {
	u.runs.Add(1)
	if u.items[i] == "bad" {
		return "", errors.New("bad item")
	}
	return u.items[i] + u.suffix, nil
}

func TestMemoReusesOnlyMatchingKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.pack")
	run := func(items []string, suffix string) ([]string, []error, int) {
		p, err := Load[string](path, stringCodec{})
		require.NoError(t, err)
		b := &upper{items: items, suffix: suffix}
		out, errs := Memo[string](p, b)
		require.NoError(t, p.Save())
		return out, errs, int(b.runs.Load())
	}
	items := make([]string, 50)
	for i := range items {
		items[i] = "item" + strconv.Itoa(i)
	}
	out, _, runs := run(items, "!")
	assert.Equal(t, 50, runs)
	assert.Equal(t, "item7!", out[7])

	out2, _, runs := run(append(items, "new"), "!")
	assert.Equal(t, 1, runs, "only the added item runs")
	assert.Equal(t, out, out2[:50])
	assert.Equal(t, "new!", out2[50])

	out3, _, runs := run(items, "?")
	assert.Equal(t, 50, runs, "a changed context reruns everything")
	assert.Equal(t, "item7?", out3[7])
}

func TestMemoDoesNotCacheErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.pack")
	for range 2 {
		p, _ := Load[string](path, stringCodec{})
		b := &upper{items: []string{"ok", "bad"}}
		_, errs := Memo[string](p, b)
		assert.NoError(t, errs[0])
		assert.Error(t, errs[1])
		require.NoError(t, p.Save())
	}
	p, _ := Load[string](path, stringCodec{})
	b := &upper{items: []string{"ok", "bad"}}
	Memo[string](p, b)
	assert.Equal(t, int32(1), b.runs.Load(), "the failed item runs again, the good one does not")
}

func TestMemoWithoutPackRunsAll(t *testing.T) {
	b := &upper{items: []string{"a", "b", "c"}, suffix: "."}
	out, errs := Memo[string](nil, b)
	assert.Equal(t, []string{"a.", "b.", "c."}, out)
	assert.Equal(t, []error{nil, nil, nil}, errs)
}
