package clean

import (
	"hash/fnv"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
)

// hashedTemplates is sourceTemplates done from line ids alone, as a cache
// that keeps PageLineIDs does it: for each document, the test of a line
// hash against its source's template, as CleanWithTemplate takes it.
func hashedTemplates(docs []model.Document) []func(hash uint64) bool {
	bySource := map[string][]int{}
	for i, d := range docs {
		if s := SourceOf(d); s != "" {
			bySource[s] = append(bySource[s], i)
		}
	}
	out := make([]func(uint64) bool, len(docs))
	for _, idx := range bySource {
		var pages [][]LineID
		for _, i := range distinctDocs(docs, idx) {
			pages = append(pages, PageLineIDs(docs[i]))
		}
		tmpl := TemplateHashes(pages)
		for _, i := range idx {
			out[i] = func(h uint64) bool { _, ok := slices.BinarySearch(tmpl, h); return ok }
		}
	}
	return out
}

// templateLinesCleaned lists the lines of d that cleaning it with opts
// (through CleanWithTemplate, as a cache does, or Batch.Run, as CleanAll
// does) takes for template lines, by key, sorted and without repeats.
func templateLinesCleaned(d model.Document, opts Options) []string {
	body, meta := splitHeadLines(validUTF8(d.Body), d.Meta)
	var out []string
	for _, l := range parsePage(body, meta.Language, opts.template).lines {
		if l.template {
			out = append(out, l.lower)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// TestHashedTemplatesMatchSourceTemplates: on generated pages and on hand-made
// edge cases (no-break spaces, one-letter lines, paragraphs, copies), the
// template lines a page holds are the same whether learnt from the text or
// from line ids.
func TestHashedTemplatesMatchSourceTemplates(t *testing.T) {
	dir := t.TempDir()
	_, err := corpus.Write(dir, corpus.Options{N: 300, Seed: 5})
	require.NoError(t, err)
	generated, _, err := ingest.Walk(filepath.Join(dir, "articles"), ingest.Options{Now: testNow})
	require.NoError(t, err)
	long := para("The council")
	page := func(hash string, lines ...string) model.Document {
		return model.Document{Format: model.FormatText, Hash: hash, Body: strings.Join(append([]string{" date 2024-05-06 Example Daily"}, lines...), "\n")}
	}
	tests := []struct {
		name string
		docs []model.Document
	}{
		{"generated", generated},
		{"edge cases", []model.Document{
			page("a", "Menu\u00a0Home", "X", long, "Subscribe now", "ÄRGER Über"),
			page("b", "Menu Home", "X", long, "subscribe NOW", "ärger über", "Own line b"),
			page("c", "Menu\u00a0Home", long, "Own line c"),
			page("c", "Menu\u00a0Home", long, "Own line c"),
			{Format: model.FormatMarkdown, Body: "Menu Home\nSubscribe now"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			batch := NewBatch(tc.docs, Options{Now: testNow})
			hashed := hashedTemplates(tc.docs)
			some := 0
			for i, d := range tc.docs {
				want := templateLinesCleaned(d, batch.options(i))
				got := templateLinesCleaned(d, withTemplate(Options{Now: testNow}, hashed[i]))
				assert.Equal(t, want, got, "document %d", i)
				some += len(want)
			}
			assert.Positive(t, some, "the case has template lines at all")
		})
	}
}

func TestPageLineIDsFlags(t *testing.T) {
	long := para("The council")
	ids := PageLineIDs(model.Document{Format: model.FormatText, Body: "Menu\u00a0Home\nX\nPlain line\nPlain line\n" + long})
	flags := map[LineID]int{}
	for _, id := range ids {
		flags[id&(LineCounted|LineLooked|LineParagraph)]++
	}
	assert.Equal(t, map[LineID]int{
		LineCounted:                              1, // "menu\u00a0home" as templateOf reads it
		LineLooked:                               2, // "menu home" as parsePage reads it, and "x"
		LineCounted | LineLooked:                 1, // "plain line", once
		LineCounted | LineLooked | LineParagraph: 1,
	}, flags)
	assert.True(t, slices.IsSorted(ids))
	assert.Nil(t, PageLineIDs(model.Document{Format: model.FormatHTML, Body: "Plain line"}))
	assert.Empty(t, SourceOf(model.Document{Format: model.FormatMarkdown, Meta: model.Meta{URL: "https://example.com/a"}}))
	assert.Equal(t, "host:example.com", SourceOf(model.Document{Format: model.FormatText, Meta: model.Meta{URL: "https://example.com/a"}}))
}

func TestTemplateHashesNeedsTwoPages(t *testing.T) {
	one := PageLineIDs(model.Document{Format: model.FormatText, Body: "Menu Home\nMenu Home"})
	assert.Nil(t, TemplateHashes([][]LineID{one}))
	assert.Len(t, TemplateHashes([][]LineID{one, one}), 1)
}

func TestKeyTime(t *testing.T) {
	now := time.Date(2026, 1, 1, 23, 30, 0, 5, time.FixedZone("", 3600))
	day := "2026-01-01 2026-01-01"
	tests := []struct {
		name string
		d    model.Document
		want string
	}{
		{"page dump: the days", model.Document{Format: model.FormatText}, day},
		{"html without fetch time: the instant", model.Document{Format: model.FormatHTML}, now.Format(time.RFC3339Nano)},
		{"html fetched before: the days", model.Document{Format: model.FormatHTML, Meta: model.Meta{FetchedAt: now.Add(-time.Hour)}}, day},
		{"html fetched after: the instant", model.Document{Format: model.FormatHTML, Meta: model.Meta{FetchedAt: now.Add(time.Hour)}}, now.Format(time.RFC3339Nano)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, KeyTime(tc.d, now))
		})
	}
}

// TestLineHashHelpers: the inlined FNV-1a is hash/fnv's, and the paragraph
// test counts words as strings.Fields does.
func TestLineHashHelpers(t *testing.T) {
	for c := range utf8.RuneSelf {
		assert.Equal(t, unicode.IsSpace(rune(c)), asciiSpace[c], "%q", rune(c))
	}
	words := func(n int, sep string) string { return strings.TrimSuffix(strings.Repeat("word"+sep, n), sep) }
	for _, s := range []string{"", "a", "menu home", words(24, " "), words(25, " "), words(25, "\u00a0"), words(25, "\u2003"),
		words(30, "\t"), words(30, "\v"), words(30, "\x1c"), words(25, "\u0085"), "bad \xff bytes " + words(24, " "),
		"  " + words(25, "  ") + "  "} {
		h := fnv.New64a()
		h.Write([]byte(s))
		assert.Equal(t, h.Sum64(), fnv64a([]byte(s)), "%q", s)
		assert.Equal(t, len(strings.Fields(s)) >= paragraphWords, paragraphFlag([]byte(s)) == LineParagraph, "%q", s)
	}
}
