package site

import (
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/model"
)

// TestTextsFromPackTakesEqualTextsOnly: an article cleaned this build gets
// its text from the pack's copy when the two are equal, and keeps its own
// when they differ or the pack lacks its key.
func TestTextsFromPackTakesEqualTextsOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), articlePack)
	p, err := cache.Load(path, cache.Articles{})
	require.NoError(t, err)
	text := "Artillery drill near the border. " + strings.Repeat("Shells fell. ", 20)
	p.Put("same", model.Article{ID: "a", Text: text, Markdown: text})
	p.Put("other", model.Article{ID: "b", Text: "An older text of the drill.", Markdown: "An older text of the drill."})
	require.NoError(t, p.Save())

	own := func() string { return strings.Clone(text) }
	arts := []model.Article{{ID: "a", Text: own(), Markdown: own()}, {ID: "b", Text: own(), Markdown: own()}, {ID: "c", Text: own()}}
	before := make([]*byte, len(arts))
	for i := range arts {
		before[i] = unsafe.StringData(arts[i].Text)
	}
	require.NoError(t, textsFromPack(path, arts, map[string]int{"same": 0, "other": 1}))
	for i := range arts {
		assert.Equal(t, text, arts[i].Text, arts[i].ID)
	}
	assert.NotSame(t, before[0], unsafe.StringData(arts[0].Text), "taken from the pack")
	assert.Equal(t, unsafe.StringData(arts[0].Text), unsafe.StringData(arts[0].Markdown), "one copy for both")
	assert.Same(t, before[1], unsafe.StringData(arts[1].Text), "the pack's text differs")
	assert.Same(t, before[2], unsafe.StringData(arts[2].Text), "not in the pack")
	require.NoError(t, textsFromPack(filepath.Join(t.TempDir(), "none.pack"), arts, nil), "no pack: nothing to do")
}
