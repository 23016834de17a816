package htmlextract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		hasTime bool
		ok      bool
	}{
		{"2024-05-14T08:30:00+01:00", "2024-05-14T08:30:00+01:00", true, true},
		{"2024-05-14T08:30:00.000Z", "2024-05-14T08:30:00Z", true, true},
		{"2024-05-14", "2024-05-14T00:00:00Z", false, true},
		{"2024-05-14 09:00:00", "2024-05-14T09:00:00Z", true, true},
		{"Tue, 14 May 2024 08:30:00 +0000", "2024-05-14T08:30:00Z", true, true},
		{"2024-05-14T08:30:00+0100 CEST", "2024-05-14T00:00:00Z", false, true},
		{"May 14, 2024", "2024-05-14T00:00:00Z", false, true},
		{"yesterday", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		got, hasTime, ok := parseDate(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.Equal(t, tt.want, got.Format(time.RFC3339), tt.in)
			assert.Equal(t, tt.hasTime, hasTime, tt.in)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := map[string]string{
		"https://x.example/2023/11/02/slug/":      "2023-11-02",
		"https://x.example/news/2019-7-4-holiday": "2019-07-04",
		"https://x.example/2023/02/30/bad":        "",
		"https://x.example/item/20231102":         "2023-11-02",
		"https://x.example/tuft-cells-20191115/":  "2019-11-15",
		"https://x.example/item/1234520231102":    "",
		"":                                        "",
	}
	for in, want := range tests {
		got, ok := urlDate(in)
		if want == "" {
			assert.False(t, ok, in)
			continue
		}
		assert.True(t, ok, in)
		assert.Equal(t, want, got.Format("2006-01-02"), in)
	}
}

func TestChooseDateSkipsFutureAndSidebar(t *testing.T) {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	src := `<html><head><meta property="article:published_time" content="2030-01-01"></head><body>
		<aside><time datetime="2024-05-30">30 May</time></aside>
		<div class="related"><time datetime="2024-05-29">29 May</time></div>
		<article><p>Text</p><time datetime="2024-05-10">10 May</time></article></body></html>`
	page, err := Extract(src, Options{Now: now})
	assert.NoError(t, err)
	assert.Equal(t, "2024-05-10", page.Date.Format("2006-01-02"))
}

func TestSplitSiteName(t *testing.T) {
	tests := []struct {
		title, site string
		tailWords   int
		head, tail  string
	}{
		{"Bridge reopens | The Courier", "The Courier", socialTailWords, "Bridge reopens", "The Courier"},
		{"The Courier - Bridge reopens", "the courier", socialTailWords, "Bridge reopens", "The Courier"},
		{"Bridge reopens after repair - Courier News", "", titleTailWords, "Bridge reopens after repair", "Courier News"},
		{"A city on the brink | Editorial", "The Paper", socialTailWords, "A city on the brink", "Editorial"},
		{"Bridge reopens - the long wait ends", "", socialTailWords, "Bridge reopens - the long wait ends", ""},
		{"Design Week | Her light installation for FLOS", "", socialTailWords, "Design Week | Her light installation for FLOS", ""},
		{"Plain title", "Site", titleTailWords, "Plain title", ""},
	}
	for _, tt := range tests {
		head, tail := splitSiteName(tt.title, tt.site, tt.tailWords)
		assert.Equal(t, tt.head, head, tt.title)
		assert.Equal(t, tt.tail, tail, tt.title)
	}
}

func TestSplitNames(t *testing.T) {
	tests := map[string][]string{
		"By Maria Jensen and Tom Okafor":  {"Maria Jensen", "Tom Okafor"},
		"Von Anna Berger, dpa":            {"Anna Berger"},
		"https://example.com/staff/maria": nil,
		"Published 14 May 2024":           nil,
		"Pierre Dupont et Claire Martin":  {"Pierre Dupont", "Claire Martin"},
		"By STAFF":                        nil,
	}
	for in, want := range tests {
		assert.Equal(t, want, splitNames(in), in)
	}
}

func TestReadJSONLD(t *testing.T) {
	ld := readJSONLD([]string{
		`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
		  {"@type":["NewsArticle"],"headline":"Headline","datePublished":"2024-01-02",
		   "author":{"@type":"Person","name":"Ann Lee"},"publisher":{"name":"The Paper"}}]}`,
		`{not json`,
	})
	assert.Equal(t, "Headline", ld.headline)
	assert.Equal(t, "2024-01-02", ld.published)
	assert.Equal(t, []string{"Ann Lee"}, ld.authors)
	assert.Equal(t, "The Paper", ld.publisher)
}

func TestChooseLanguage(t *testing.T) {
	tests := map[string]string{
		`<html lang="pt_BR"><body></body></html>`:                                         "pt-br",
		`<html><head><meta http-equiv="content-language" content="de, en"></head></html>`: "de",
		`<html><head><meta property="og:locale" content="fr_FR"></head></html>`:           "fr-fr",
		`<html></html>`: "",
	}
	for src, want := range tests {
		page, err := Extract(src, Options{})
		assert.NoError(t, err)
		assert.Equal(t, want, page.Language, src)
	}
}

func TestChooseAuthorsFirstBylineOnly(t *testing.T) {
	src := `<html><body><article><div class="byline">By Ann Lee</div><p>Text of the story, long enough.</p></article>
		<div class="list"><span class="author">Bob Stone</span></div></body></html>`
	page, err := Extract(src, Options{})
	assert.NoError(t, err)
	assert.Equal(t, []string{"Ann Lee"}, page.Authors)
	assert.Equal(t, []string{"By Ann Lee"}, page.Credits)
}

func TestDateSources(t *testing.T) {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := map[string]string{
		"site-specific meta tag": `<meta name="sn-post-date" content="2019/11/19"><meta name="last-updated-date" content="2020-01-01">`,
		"broken JSON-LD":         `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-19T10:00:00Z",}</script>`,
		"JSON-LD in a widget":    `</head><body><div class="widget"><script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-11-19"}</script></div>`,
		"human-readable JSON-LD": `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"19 Nov 2019 07:09 GMT"}</script>`,
	}
	for name, head := range tests {
		page, err := Extract(`<html><head>`+head+`<p>Text.</p></body></html>`, Options{Now: now})
		assert.NoError(t, err)
		assert.Equal(t, "2019-11-19", page.Date.Format("2006-01-02"), name)
	}
}

func TestOutletIsNoAuthor(t *testing.T) {
	src := `<html><head><meta property="og:site_name" content="Al Jazeera">
		<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Al Jazeera"}}</script></head>
		<body><p>Text.</p></body></html>`
	page, err := Extract(src, Options{})
	assert.NoError(t, err)
	assert.Empty(t, page.Authors)
	assert.Equal(t, []string{"Al Jazeera"}, page.Credits)
}
