package clean

import (
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// batchDocs are three pages of one source sharing a promo line (its template)
// and one page of another source.
func batchDocs() []model.Document {
	promo := "Get the best of our journalism delivered to your inbox every morning."
	page := func(label, head, own string) model.Document {
		body := strings.Join([]string{" date 2024-05-06 " + label, head, para(own), promo, para(own + " again")}, "\n")
		return model.Document{ID: head, Path: head + ".txt", Format: model.FormatText, Body: body, Hash: head}
	}
	return []model.Document{
		page("Example Daily", "First headline of the day", "The mayor"),
		page("Example Daily", "Second headline of the day", "The governor"),
		page("Other Times", "Third headline of the day", "The judge"),
	}
}

// TestBatchKeyCoversInputs: the key changes with what the cleaning of a
// document depends on (its bytes, its source's template lines, the day) and
// with nothing else (other documents' text, the hour).
func TestBatchKeyCoversInputs(t *testing.T) {
	docs := batchDocs()
	key := func(docs []model.Document, now time.Time, i int) string {
		return NewBatch(docs, Options{Now: now}).Key(i)
	}
	base := key(docs, testNow, 0)
	assert.Equal(t, base, key(docs, testNow.Add(time.Minute), 0), "the same day")
	assert.NotEqual(t, base, key(docs, testNow.AddDate(0, 0, 1), 0), "another day")
	assert.Contains(t, base, "get the best of our journalism", "the template line is part of the key")

	changed := batchDocs()
	changed[0].Hash = "edited"
	assert.NotEqual(t, base, key(changed, testNow, 0), "its own bytes")
	assert.Equal(t, key(docs, testNow, 1), key(changed, testNow, 1), "another page's own text does not count")

	alone := batchDocs()[:1]
	assert.NotEqual(t, base, key(alone, testNow, 0), "without its sibling the promo is not template")
	assert.Equal(t, key(docs, testNow, 2), key(batchDocs()[2:], testNow, 0), "the other source does not count")

	html := model.Document{ID: "h", Format: model.FormatHTML, Body: "<p>x</p>", Hash: "h"}
	assert.NotEqual(t, key([]model.Document{html}, testNow, 0), key([]model.Document{html}, testNow.Add(time.Minute), 0),
		"an HTML page's dates have times of day")
	html.Meta.FetchedAt = testNow.Add(-time.Hour)
	assert.Equal(t, key([]model.Document{html}, testNow, 0), key([]model.Document{html}, testNow.Add(time.Minute), 0),
		"its fetch time bounds them")
}

// TestBatchRunsAsCleanAll: Run and Results give what CleanAll gives, with
// Markdown sharing Text's string and the title no part of the body's memory.
func TestBatchRunsAsCleanAll(t *testing.T) {
	docs := append(batchDocs(), model.Document{ID: "menu", Path: "menu.txt", Format: model.FormatText, Body: "Home\nMenu"})
	want, wantWarns := CleanAll(docs, Options{Now: testNow})
	b := NewBatch(docs, Options{Now: testNow})
	arts := make([]model.Article, b.Len())
	errs := make([]error, b.Len())
	for i := range arts {
		arts[i], errs[i] = b.Run(i)
	}
	got, warns := b.Results(arts, errs)
	assert.Equal(t, want, got)
	assert.Equal(t, wantWarns, warns)
	require.Len(t, got, 3)
	for i, a := range got {
		assert.Equal(t, unsafe.StringData(a.Text), unsafe.StringData(a.Markdown), "one string for both")
		body := docs[i].Body
		start := uintptr(unsafe.Pointer(unsafe.StringData(body)))
		title := uintptr(unsafe.Pointer(unsafe.StringData(a.Title)))
		assert.False(t, title >= start && title < start+uintptr(len(body)), "the title is a copy")
	}
}
