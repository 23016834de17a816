package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestCleanMarkdown(t *testing.T) {
	doc := model.Document{ID: "a", Format: model.FormatMarkdown, Meta: model.Meta{URL: "https://www.example.com/2025/07/24/kim"},
		Body: "# Kim calls for war training\r\n\r\nSEOUL, July 24 (UPI) -- Kim **called** on the [military](https://x.org) to train.   \n\n\n\n## Reaction\n\n- one item\n- two ![pic](a.png) item\n\n```\ncode line\n```\n"}
	a, err := Clean(doc, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "Kim calls for war training", a.Title)
	assert.Equal(t, "UPI", a.Agency)
	assert.Equal(t, "example.com", a.Source)
	assert.Equal(t, "2025-07-24", model.FormatDate(a.Date, a.HasTime))
	assert.Equal(t, "en", a.Language)
	assert.Equal(t, "SEOUL, July 24 (UPI) -- Kim called on the military to train.\n\nReaction\n\none item\n\ntwo item\n\ncode line", a.Text)
	assert.Equal(t, "SEOUL, July 24 (UPI) -- Kim **called** on the [military](https://x.org) to train.\n\n## Reaction\n\n- one item\n- two ![pic](a.png) item\n\n```\ncode line\n```", a.Markdown)
}

func TestCleanMarkdownMetaWins(t *testing.T) {
	doc := model.Document{Format: model.FormatJSONL, Body: "# Other heading\n\nBody text here.",
		Meta: model.Meta{Title: "Given", Source: "Outlet", Authors: []string{"A B"}, Date: day(2024, 1, 2)}}
	a, err := Clean(doc, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "Given", a.Title)
	assert.Equal(t, "Outlet", a.Source)
	assert.Equal(t, []string{"A B"}, a.Authors)
	assert.Equal(t, "Other heading\n\nBody text here.", a.Text, "a heading that is not the title stays in the body")
}

func TestCleanMarkdownEmpty(t *testing.T) {
	_, err := Clean(model.Document{Path: "x.md", Format: model.FormatMarkdown, Body: "# Only a title\n\n![img](a.png)\n"}, Options{Now: testNow})
	require.ErrorIs(t, err, ErrNoArticle)
	assert.Contains(t, err.Error(), "x.md")
}
