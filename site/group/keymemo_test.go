package group

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKeysTakenFromMemory: after one new report, nearly every article's
// index keys come from the memory, and every article's keys are those a
// grouping from scratch chooses.
func TestKeysTakenFromMemory(t *testing.T) {
	arts, _ := synthArticles(600, 8)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	require.Len(t, mem.KeyEnds, len(mem.IDs))
	after := with(copyOf(arts, 70, "zzz-new"))(arts)
	fresh := newGrouping(after, Options{}, &recollection{})
	replayed := newGrouping(after, Options{}, &recollection{earlier: mem})
	for i := range fresh.docs {
		require.Equal(t, fresh.docs[i].keys, replayed.docs[i].keys, "article %d", i)
	}
	known := replayed.knownKeys(mem, replayed.recall.vecs)
	taken := 0
	for _, k := range known {
		if k != nil {
			taken++
		}
	}
	assert.Greater(t, taken, len(after)*9/10, "keys taken from the memory")
	assert.Less(t, taken, len(after), "the new article's keys are chosen afresh")
}

// TestInconsistentKeyMemory: keys that do not hold together are not read.
func TestInconsistentKeyMemory(t *testing.T) {
	arts, _ := synthArticles(300, 9)
	_, mem := GroupFrom(arts, Options{}, Earlier{})
	g := newGrouping(arts, Options{}, &recollection{earlier: mem})
	require.NotNil(t, g.knownKeys(mem, g.recall.vecs))
	for name, spoil := range map[string]func(m *Memory){
		"ends short":         func(m *Memory) { m.KeyEnds = m.KeyEnds[1:] },
		"vectors short":      func(m *Memory) { m.Vecs = m.Vecs[1:] },
		"ends past the keys": func(m *Memory) { m.KeyEnds[len(m.KeyEnds)-1]++ },
		"a key past a vector": func(m *Memory) {
			m.Keys[0] = int32(len(g.docs[0].v.ids))
		},
	} {
		spoilt := *mem
		spoilt.KeyEnds, spoilt.Vecs, spoilt.Keys = slices.Clone(mem.KeyEnds), slices.Clone(mem.Vecs), slices.Clone(mem.Keys)
		spoil(&spoilt)
		assert.Nil(t, g.knownKeys(&spoilt, g.recall.vecs), name)
	}
}
