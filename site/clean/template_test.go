package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// TestCleanAllTemplates: a promo line that only the source's template repeats
// is dropped, while a wire paragraph that two outlets carry is kept.
func TestCleanAllTemplates(t *testing.T) {
	promo := "Get the best of our journalism delivered to your inbox every morning, with offers from our partners and more."
	wire := para("The agency")
	page := func(label, head, own string, extra ...string) model.Document {
		lines := append([]string{" date 2024-05-06 " + label, head, para(own), promo}, extra...)
		lines = append(lines, para(own+" again"))
		return model.Document{Path: label + head, Format: model.FormatText, Body: strings.Join(lines, "\n")}
	}
	docs := []model.Document{
		page("Example Daily", "First headline of the day", "The mayor", wire),
		page("Example Daily", "Second headline of the day", "The governor"),
		page("Other Times", "Third headline of the day", "The judge", wire),
	}
	arts, warns := CleanAll(docs, Options{Now: testNow})
	require.Empty(t, warns)
	require.Len(t, arts, 3)
	assert.NotContains(t, arts[0].Text, promo)
	assert.NotContains(t, arts[1].Text, promo)
	assert.Contains(t, arts[0].Text, wire)
	assert.Contains(t, arts[2].Text, wire)
	assert.Contains(t, arts[2].Text, promo, "alone in its source, the line is not template")
}

func TestSourceKey(t *testing.T) {
	assert.Equal(t, "host:example.com", sourceKey(model.Document{Meta: model.Meta{URL: "https://www.example.com/a"}}))
	assert.Equal(t, "label:japan today", sourceKey(model.Document{Body: " date 2025-07-24  Japan Today\nx"}))
	assert.Equal(t, "lead:a\nb\nc", sourceKey(model.Document{Body: " date 2025-07-24 Trending\nA\n\nB\nC\nD"}),
		"a navigation label does not name the source")
}

func TestCleanAllOrderAndWarnings(t *testing.T) {
	var docs []model.Document
	for i := 0; i < 20; i++ {
		docs = append(docs, model.Document{ID: string(rune('a' + i)), Path: string(rune('a' + i)), Format: model.FormatText,
			Body: "Headline words for the story\n" + para("Officials")})
	}
	docs[7].Body = "Home\nMenu"
	arts, warns := CleanAll(docs, Options{Now: testNow})
	require.Len(t, arts, 19)
	require.Len(t, warns, 1)
	assert.Equal(t, "h", warns[0].File)
	assert.Equal(t, ErrNoArticle.Error(), warns[0].Reason)
	for i := 1; i < len(arts); i++ {
		assert.Less(t, arts[i-1].ID, arts[i].ID)
	}
}

// TestCleanAllIdenticalDocuments: copies of one file (same hash) from one
// source count once for the template rule, so each is still an article.
func TestCleanAllIdenticalDocuments(t *testing.T) {
	body := " date 2024-05-06 Example Daily\nA headline about the harbour\n" + para("The harbour master") + "\n" + para("The pilots")
	var docs []model.Document
	for _, name := range []string{"duplicate-a", "duplicate-b", "alias"} {
		docs = append(docs, model.Document{ID: name, Path: name + ".txt", Format: model.FormatText, Hash: "same", Body: body})
	}
	arts, warns := CleanAll(docs, Options{Now: testNow})
	require.Empty(t, warns)
	require.Len(t, arts, 3)
	for _, a := range arts {
		assert.Contains(t, a.Text, para("The pilots"))
	}
}

func TestAppendLineKeyIsStringsToLower(t *testing.T) {
	for _, s := range []string{"", "plain", "Mixed CASE 42", "Ärger über Öl", "İstanbul", "ǅemal", "ΣΑΣ", "bad \xff byte", "\xe2\x82", "ＡＢＣ"} {
		assert.Equal(t, strings.ToLower(s), string(appendLineKey([]byte("x"), s))[1:], "%q", s)
	}
}

func TestAppendLowerIsToLower(t *testing.T) {
	for _, s := range []string{"", "plain", "Mixed CASE 42", "Ärger über Öl", "bad \xff byte"} {
		assert.Equal(t, toLower(s), string(appendLower([]byte("x"), s))[1:], "%q", s)
	}
	assert.Equal(t, "ärger", toLower("ÄRGER"))
}

// TestTemplateOfCountsDocumentsNotRepeats: a line twice on one page is one
// page's line, not a template.
func TestTemplateOfCountsDocumentsNotRepeats(t *testing.T) {
	docs := []model.Document{
		{Body: "Menu Line\nown one\nMenu line\nSubscribe now\nSubscribe now"},
		{Body: "MENU LINE\nown two"},
	}
	tmpl := templateOf(docs, []int{0, 1})
	assert.Equal(t, map[string]bool{"menu line": true}, tmpl)
}
