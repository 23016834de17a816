package ingest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/ingest/hostiletest"
	"github.com/topicdigest/digest/site/model"
)

// testNow is the clock of every test, so that "far future" does not move.
var testNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// hostileWarnings are the warnings the hostile folder must produce: file (as a
// slash path under the folder, with :line for jsonl) -> part of the reason.
var hostileWarnings = map[string]string{
	"README":                   "unknown file type (no extension)",
	"data.csv":                 "unknown file type .csv",
	"photo.jpg":                "unknown file type .jpg",
	"big-30mb.txt":             "too large: 31457",
	"binary.txt":               "binary file (NUL bytes",
	"random.md":                "binary file",
	"empty.txt":                "empty file",
	"blank.md":                 "empty file (only blank space)",
	"broken.txt":               "broken symlink",
	"self-link.txt":            "symlink loop",
	"loop":                     "symlink loop",
	"nested/up":                "symlink loop",
	"nested-alias":             "already read as nested/deeper",
	"outside.txt":              "points outside the content folder",
	"outside-dir":              "points outside the content folder",
	"relative-escape.md":       "points outside the content folder",
	"named-pipe.txt":           "not a regular file (named pipe)",
	"far-future.md":            `impossible date "9999-12-31": more than a year in the future`,
	"year-one.md":              `impossible date "0001-01-01": before 1900`,
	"impossible-date.txt":      `impossible date "2025-02-30": day out of range`,
	"month-13.jsonl:1":         `impossible date "2025-13-01": month out of range`,
	"front-matter-only.md":     "front matter only, no body",
	"deep-front-matter.md":     "nested more than 32 levels deep",
	"invalid-toml.md":          "invalid front matter (TOML): toml: line 1",
	"invalid-yaml.md":          "invalid front matter (YAML): yaml: line 1",
	"unclosed-front-matter.md": "never closed; read as body",
	"malformed.jsonl:2":        "malformed JSON line: unexpected EOF",
	"malformed.jsonl:3":        "want one JSON object, got a list",
	"malformed.jsonl:4":        `neither "text" nor "html"`,
	"malformed.jsonl:8":        "more than one JSON value",
}

// hostileDocs are the documents the hostile folder must yield: id -> file.
var hostileDocs = map[string]string{
	"x-8986190c":            "--.. ...txt",
	"case-twin":             "Case-Twin.txt",
	"case-twin-2":           "case-twin.txt",
	"bad-name":              "bad-\xff-name.txt",
	"line-break":            "line\nbreak.txt",
	"a-b-c":                 "a..b .. c.txt",
	"alias":                 "alias.txt",
	"boilerplate-only":      "boilerplate-only.txt",
	"drafts-link/via-link":  "drafts-link/via-link.txt",
	"duplicate-a":           "duplicate-a.txt",
	"duplicate-b":           "duplicate-b.txt",
	"far-future":            "far-future.md",
	"good-dump":             "good-dump.txt",
	"good-page":             "good-page.html",
	"good-toml":             "good-toml.md",
	"good-yaml":             "good-yaml.md",
	"impossible-date":       "impossible-date.txt",
	"invalid-toml":          "invalid-toml.md",
	"deep-front-matter":     "deep-front-matter.md",
	"invalid-yaml":          "invalid-yaml.md",
	"latin1-declared":       "latin1-declared.htm",
	"long-line-2mb":         "long-line-2mb.txt",
	"malformed/first":       "malformed.jsonl",
	"malformed/etc-passwd":  "malformed.jsonl",
	"malformed/first-2":     "malformed.jsonl",
	"malformed/7":           "malformed.jsonl",
	"month-13/1":            "month-13.jsonl",
	"nested/deeper/story":   "nested/deeper/story.txt",
	"same-id":               "same-id.md",
	"same-id-2":             "same-id.txt",
	"stray-nul":             "stray-nul.txt",
	"unclosed-front-matter": "unclosed-front-matter.md",
	"utf16be":               "utf16be.md",
	"utf16le":               "utf16le.txt",
	"windows-1252":          "windows-1252.txt",
	"xss":                   "xss.html",
	"xss-2":                 "xss.md",
	"year-one":              "year-one.md",
	"unicode-name-ri-ben":   "Ünïcödé Ñame 日本.md",
}

func TestWalkHostileFolder(t *testing.T) {
	content, _ := hostiletest.Folder(t)
	before := hostiletest.Snapshot(t, content)

	docs, warns, err := Walk(content, Options{Now: testNow})
	require.NoError(t, err)

	assert.Equal(t, hostileWarnings, warningsByFile(t, content, warns), "each bad file named once with its reason")
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID] = d.File
		assert.True(t, safeID(d.ID), "unsafe id %q", d.ID)
		assert.Equal(t, filepath.Join(content, filepath.FromSlash(d.File)), d.Path)
		assertCleanText(t, d.Body)
	}
	assert.Equal(t, hostileDocs, got, "every good document, under its id")
	assert.Equal(t, before, hostiletest.Snapshot(t, content), "content folder changed")
}

func TestWalkHostileDecodesText(t *testing.T) {
	content, _ := hostiletest.Folder(t)
	docs, _, err := Walk(content, Options{Now: testNow})
	require.NoError(t, err)
	byID := map[string]model.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	assert.Contains(t, byID["windows-1252"].Body, "Café crème “quoted” costs 3 € in the cafés of Montréal.")
	assert.Equal(t, "Le Monde", byID["windows-1252"].Meta.DateLabel)
	assert.Contains(t, byID["utf16le"].Body, "Zürich: a page saved as UTF-16")
	assert.Equal(t, "Große Überschrift", byID["utf16be"].Meta.Title)
	assert.Contains(t, byID["latin1-declared"].Body, "Un article français déclaré en ISO-8859-1.")
	assert.Contains(t, byID["stray-nul"].Body, "one stray NUL byte")
	assert.Len(t, byID["long-line-2mb"].Body, hostiletest.LongLineBytes/5*5+1)
	assert.True(t, byID["year-one"].Meta.Date.IsZero())
	assert.True(t, byID["far-future"].Meta.Date.IsZero())
}

// warningsByFile maps each warning to its file under content; a file warned
// about twice fails the test.
func warningsByFile(t *testing.T, content string, warns []model.Warning) map[string]string {
	out := map[string]string{}
	for _, w := range warns {
		rel, err := filepath.Rel(content, w.File)
		require.NoError(t, err)
		rel = filepath.ToSlash(rel)
		_, seen := out[rel]
		require.False(t, seen, "%s warned about twice", rel)
		out[rel] = w.Reason
		for file, want := range hostileWarnings {
			if file == rel && strings.Contains(w.Reason, want) {
				out[rel] = want
			}
		}
	}
	return out
}

// safeID reports whether an id holds only what DESIGN.md allows in a URL path.
func safeID(id string) bool {
	if id == "" || strings.HasPrefix(id, "/") || strings.HasSuffix(id, "/") || strings.Contains(id, "//") {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '/') {
			return false
		}
	}
	return true
}

// assertCleanText checks a body holds no control character but tab and newline.
func assertCleanText(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7F || r >= 0x80 && r < 0xA0 {
			t.Fatalf("control character %U left in body", r)
		}
	}
}
