package group

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
)

// seedArticles runs the sample content through ingest and clean, as
// site.Load does.
func seedArticles(t *testing.T) []*model.Article {
	docs, _, err := ingest.Walk(filepath.Join("..", "..", "content"), ingest.Options{})
	require.NoError(t, err)
	cleaned, _ := clean.CleanAll(docs, clean.Options{})
	arts := make([]*model.Article, len(cleaned))
	for i := range cleaned {
		arts[i] = &cleaned[i]
	}
	return arts
}

func TestSeedsAreOneEvent(t *testing.T) {
	evs := Group(seedArticles(t), Options{})
	require.Len(t, evs, 1)
	e := evs[0]
	assert.Equal(t, "000_c12818764e0f8c6d", e.ID)
	assert.Len(t, e.Articles, 3)
	assert.Equal(t, "2025-07-24", e.Date.Format("2006-01-02"))
	assert.NotEmpty(t, e.Title)
	assert.Contains(t, e.Summary, "Kim")
	assert.Equal(t, []model.WireStory{{Agency: "AFP", Articles: []string{"001_7d9e376d08f24ce1", "002_f9a04d4363cf929c"}}}, e.Wire)
	assert.True(t, anyContains(e.Adds["000_c12818764e0f8c6d"], "14,000 troops"), "only UPI reports the 14,000 troops")
	assert.True(t, anyContains(e.Adds["000_c12818764e0f8c6d"], "Defense Minister"), "only UPI names the defense minister")
	assert.True(t, anyContains(e.Adds["002_f9a04d4363cf929c"], "nuclear"), "only Global Watch gives the nuclear context")
	assert.False(t, anyContains(e.Adds["001_7d9e376d08f24ce1"], "14,000"))
}

func anyContains(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
