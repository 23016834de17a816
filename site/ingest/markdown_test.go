package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

func TestParseMarkdown(t *testing.T) {
	day := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		in       string
		wantMeta model.Meta
		wantBody string
		warnings []string
	}{
		{
			name: "TOML front matter",
			in: "+++\ntitle = \"T\"\ndate = 2025-07-24\nsource = \"S\"\nurl = \"https://e.com/a\"\n" +
				"authors = [\"A\", \"B\"]\ntags = [\"x\"]\nlanguage = \"de\"\n+++\n\nBody.\n",
			wantMeta: model.Meta{Title: "T", Date: day, DateRaw: "2025-07-24", Source: "S", URL: "https://e.com/a",
				Authors: []string{"A", "B"}, Tags: []string{"x"}, Language: "de"},
			wantBody: "Body.\n",
		},
		{
			name:     "TOML offset date-time",
			in:       "+++\ndate = 2025-07-24T10:00:00+02:00\n+++\nBody",
			wantMeta: model.Meta{Date: time.Date(2025, 7, 24, 8, 0, 0, 0, time.UTC), DateRaw: "2025-07-24T10:00:00+02:00", HasTime: true},
			wantBody: "Body",
		},
		{
			name:     "TOML local date-time is read as UTC wall clock",
			in:       "+++\ndate = 2025-07-24T10:00:00\n+++\nBody",
			wantMeta: model.Meta{Date: time.Date(2025, 7, 24, 10, 0, 0, 0, time.UTC), DateRaw: "2025-07-24T10:00:00Z", HasTime: true},
			wantBody: "Body",
		},
		{
			name:     "YAML with author string and comma tags",
			in:       "---\ntitle: T\ndate: 2025-07-24\nauthor: Jane Doe\ntags: a, b\nlang: fr\n---\nBody",
			wantMeta: model.Meta{Title: "T", Date: day, DateRaw: "2025-07-24", Authors: []string{"Jane Doe"}, Tags: []string{"a", "b"}, Language: "fr"},
			wantBody: "Body",
		},
		{
			name:     "YAML quoted date in another layout, author and authors merged",
			in:       "---\ndate: \"July 24, 2025\"\nauthor: A\nauthors: [A, B]\n...\nBody",
			wantMeta: model.Meta{Date: day, DateRaw: "July 24, 2025", Authors: []string{"A", "B"}},
			wantBody: "Body",
		},
		{
			name:     "keys in any case",
			in:       "---\nTitle: T\nURL: https://e.com\n---\nBody",
			wantMeta: model.Meta{Title: "T", URL: "https://e.com"},
			wantBody: "Body",
		},
		{
			name:     "no front matter",
			in:       "# Heading\n\nBody",
			wantBody: "# Heading\n\nBody",
		},
		{
			name:     "invalid TOML keeps the body",
			in:       "+++\ntitle = \"open\n+++\nBody",
			wantBody: "Body",
			warnings: []string{"invalid front matter (TOML): toml: line 1 (last key \"title\"): strings cannot contain newlines"},
		},
		{
			name:     "invalid YAML keeps the body",
			in:       "---\ntitle: [open\n---\nBody",
			wantBody: "Body",
			warnings: []string{"invalid front matter (YAML): yaml: line 1: did not find expected ',' or ']'"},
		},
		{
			name:     "YAML that is not a mapping",
			in:       "---\n- a\n- b\n---\nBody",
			wantBody: "Body",
			warnings: []string{"invalid front matter (YAML): want key: value pairs, got a list"},
		},
		{
			name:     "wrong types are reported, the rest is read",
			in:       "+++\ntitle = [\"x\"]\ndate = 5\nsource = \"S\"\n+++\nBody",
			wantMeta: model.Meta{Source: "S"},
			wantBody: "Body",
			warnings: []string{"front matter: date: want a date, got a number", "front matter: title: want text, got a list"},
		},
		{
			name:     "impossible date",
			in:       "---\ndate: 2025-02-30\n---\nBody",
			wantMeta: model.Meta{DateRaw: "2025-02-30"},
			wantBody: "Body",
			warnings: []string{`front matter: date: impossible date "2025-02-30": day out of range`},
		},
		{
			name:     "never closed",
			in:       "---\ntitle: T\nBody",
			wantBody: "---\ntitle: T\nBody",
			warnings: []string{"front matter opened with --- is never closed; read as body"},
		},
		{
			name:     "fetch time",
			in:       "+++\nfetched = 2026-01-02T03:04:05Z\n+++\nBody",
			wantMeta: model.Meta{FetchedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
			wantBody: "Body",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, warns := ParseFile("c/a.md", "a.md", []byte(tt.in), Options{Now: testNow})
			require.Len(t, docs, 1)
			tt.wantMeta.Charset = "utf-8"
			assert.Equal(t, tt.wantMeta, docs[0].Meta)
			assert.Equal(t, tt.wantBody, docs[0].Body)
			assert.Equal(t, model.FormatMarkdown, docs[0].Format)
			assert.Equal(t, tt.warnings, reasons(warns, "c/a.md"))
		})
	}
}

func TestParseMarkdownWithoutBody(t *testing.T) {
	docs, warns := ParseFile("c/a.md", "a.md", []byte("+++\ntitle = \"T\"\n+++\n\n"), Options{Now: testNow})
	assert.Empty(t, docs)
	assert.Equal(t, []string{"no article: front matter only, no body"}, reasons(warns, "c/a.md"))
}

// reasons lists the warnings' reasons, checking that each names file.
func reasons(warns []model.Warning, file string) []string {
	var out []string
	for _, w := range warns {
		if w.File != file {
			out = append(out, "WRONG FILE "+w.File+": "+w.Reason)
			continue
		}
		out = append(out, w.Reason)
	}
	return out
}

func TestParseMarkdownHostileFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"deep TOML arrays", "+++\na = " + strings.Repeat("[", 40_000) + "\n+++\nBody", "invalid front matter (TOML): nested more than 32 levels deep, not read"},
		{"deep TOML inline tables", "+++\na = " + strings.Repeat("{b=", 10_000) + "\n+++\nBody", "invalid front matter (TOML): nested more than 32 levels deep, not read"},
		{"deep YAML flow", "---\na: " + strings.Repeat("[", 40_000) + "\n---\nBody", "invalid front matter (YAML): nested more than 32 levels deep, not read"},
		{"huge TOML", "+++\na = \"" + strings.Repeat("x", 70_000) + "\"\n+++\nBody", "invalid front matter (TOML): over 64 KiB, not read"},
		{"YAML alias bomb", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
			"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n" +
			"g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\nBody", "invalid front matter (YAML): yaml: document contains excessive aliasing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, warns := ParseFile("c/a.md", "a.md", []byte(tt.in), Options{Now: testNow})
			require.Len(t, docs, 1, "the body is still published")
			assert.Equal(t, "Body", docs[0].Body)
			assert.Equal(t, []string{tt.want}, reasons(warns, "c/a.md"))
		})
	}
}
