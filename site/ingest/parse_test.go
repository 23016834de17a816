package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

func TestParseFileFormats(t *testing.T) {
	tests := []struct {
		file       string
		in         string
		wantID     string
		wantFormat model.Format
		wantBody   string
	}{
		{"news/Seed One.txt", " date 2025-07-24 X\r\nline one\r\nline two\r\n", "news/seed-one", model.FormatText, "line one\nline two\n"},
		{"a.md", "# T\n\nBody", "a", model.FormatMarkdown, "# T\n\nBody"},
		{"a.markdown", "Body", "a", model.FormatMarkdown, "Body"},
		{"a.html", "<p>Hi</p>", "a", model.FormatHTML, "<p>Hi</p>"},
		{"a.HTM", "<p>Hi</p>", "a", model.FormatHTML, "<p>Hi</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			docs, warns := ParseFile("c/"+tt.file, tt.file, []byte(tt.in), Options{Now: testNow})
			assert.Empty(t, warns)
			require.Len(t, docs, 1)
			d := docs[0]
			assert.Equal(t, tt.wantID, d.ID)
			assert.Equal(t, tt.file, d.File)
			assert.Equal(t, "c/"+tt.file, d.Path)
			assert.Equal(t, tt.wantFormat, d.Format)
			assert.Equal(t, tt.wantBody, d.Body)
			sum := sha256.Sum256([]byte(tt.in))
			assert.Equal(t, hex.EncodeToString(sum[:]), d.Hash)
		})
	}
}

func TestParseFileRejects(t *testing.T) {
	tests := []struct {
		file, in, want string
	}{
		{"a.txt", "", "empty file"},
		{"a.txt", " \n\t\n", "empty file (only blank space)"},
		{"a.txt", "\x00\x01\x02\x03abc", "binary file (NUL bytes; 57% control characters)"},
		{"a.txt", "date 2025-07-24\n\n", "no article: only header lines"},
		{"a.jsonl", "\n\n", "empty file (only blank space)"},
		{"a.pdf", "%PDF-1.4", "skipped: unknown file type .pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			docs, warns := ParseFile("c/"+tt.file, tt.file, []byte(tt.in), Options{Now: testNow})
			assert.Empty(t, docs)
			assert.Equal(t, []string{tt.want}, reasons(warns, "c/"+tt.file))
		})
	}
}

func TestParseHTMLStamp(t *testing.T) {
	fetched := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	raw := stampHTML([]byte("<html><p>Hi</p></html>"), Origin{URL: "https://e.com/a?x=1&y=2", Fetched: fetched})
	docs, warns := ParseFile("c/a.html", "a.html", raw, Options{Now: testNow})
	assert.Empty(t, warns)
	require.Len(t, docs, 1)
	assert.Equal(t, "https://e.com/a?x=1&y=2", docs[0].Meta.URL)
	assert.Equal(t, fetched, docs[0].Meta.FetchedAt)
}

func TestParseJSONL(t *testing.T) {
	in := `{"id": "a", "title": "T", "date": "2025-07-24", "source": "S", "url": "https://e.com", "author": "A", "text": "Body one"}
{"title": "No id", "text": "Body two", "tags": ["x", "y"]}

not json
{"id": 7, "html": "<p>Body three</p>", "text": "ignored"}
{"id": "a", "text": "Same id"}
{"title": "nothing"}
{"date": "2025-02-30", "text": "Bad date"}
`
	docs, warns := ParseFile("c/feed.jsonl", "feed.jsonl", []byte(in), Options{Now: testNow})
	type row struct {
		ID, Title string
		Format    model.Format
		Body      string
	}
	var got []row
	for _, d := range docs {
		got = append(got, row{d.ID, d.Meta.Title, d.Format, d.Body})
		assert.Equal(t, "feed.jsonl", d.File)
		assert.Equal(t, "c/feed.jsonl", d.Path)
	}
	assert.Equal(t, []row{
		{"feed/a", "T", model.FormatJSONL, "Body one"},
		{"feed/2", "No id", model.FormatJSONL, "Body two"},
		{"feed/7", "", model.FormatHTML, "<p>Body three</p>"},
		{"feed/a", "", model.FormatJSONL, "Same id"}, // made unique by Walk, not per file
		{"feed/8", "", model.FormatJSONL, "Bad date"},
	}, got)
	assert.Equal(t, time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), docs[0].Meta.Date)
	assert.Equal(t, []string{"A"}, docs[0].Meta.Authors)
	assert.Equal(t, []string{"x", "y"}, docs[1].Meta.Tags)
	line := sha256.Sum256([]byte(`{"title": "No id", "text": "Body two", "tags": ["x", "y"]}`))
	assert.Equal(t, hex.EncodeToString(line[:]), docs[1].Hash)

	var ws []string
	for _, w := range warns {
		ws = append(ws, w.Error())
	}
	assert.Equal(t, []string{
		"c/feed.jsonl:4: malformed JSON line: invalid character 'o' in literal null (expecting 'u')",
		`c/feed.jsonl:7: no article: neither "text" nor "html" holds any text`,
		`c/feed.jsonl:8: date: impossible date "2025-02-30": day out of range`,
	}, ws)
}

// TestParseFileKeepsNoHoldOnItsInput: ParseFile's caller owns the bytes and
// may reuse them, so the documents hold copies (only a file Walk read for
// parsing alone is viewed in place, see viewedText).
func TestParseFileKeepsNoHoldOnItsInput(t *testing.T) {
	for _, file := range []string{"a.txt", "a.md", "a.html", "a.jsonl"} {
		raw := []byte("Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n")
		if file == "a.jsonl" {
			raw = []byte(`{"title": "Harbour reopens", "text": "The harbour reopened on Monday after the storm."}` + "\n")
		}
		docs, _ := ParseFile(file, file, raw, Options{})
		require.Len(t, docs, 1, file)
		want := strings.Clone(docs[0].Body)
		for i := range raw {
			raw[i] = 'x'
		}
		assert.Equal(t, want, docs[0].Body, file)
	}
}
