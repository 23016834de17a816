package clean

import (
	"strings"
	"testing"
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
