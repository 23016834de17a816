package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSlugify(t *testing.T) {
	cases := map[string]string{
		"000_c12818764e0f8c6d": "000_c12818764e0f8c6d",
		"sub/dir/article":      "sub/dir/article",
		"../../etc/passwd":     "etc/passwd",
		"a/./b//c/..":          "a/b/c",
		"..":                   "_",
		"":                     "_",
		"feed.jsonl#12":        "feed.jsonl-12",
		"with space?and&amp":   "with-space-and-amp",
		".hidden":              "_hidden",
		"Séoul/기사":             "Séoul/기사",
		"<script>alert(1)</x>": "-script-alert-1--/x-",
	}
	for in, want := range cases {
		assert.Equal(t, want, slugify(in), in)
	}
	long := slugify(strings.Repeat("é", 200))
	assert.LessOrEqual(t, len(long), maxSegment)
	assert.NotEqual(t, long, slugify(strings.Repeat("é", 201)), "long ids stay distinct")
}

func TestSluggerUnique(t *testing.T) {
	s := newSlugger()
	assert.Equal(t, "a-b", s.assign("events", "a b"))
	assert.Equal(t, "a-b-2", s.assign("events", "a?b"))
	assert.Equal(t, "A-B-3", s.assign("events", "A B"), "case-insensitive file systems")
	assert.Equal(t, "a-b", s.assign("articles", "a b"), "kinds have their own folders")

	all := newSlugger()
	assert.Equal(t, []string{"a-b", "a-b-2", "A-B-3", "c", "a-b-2-2"}, all.assignAll("events", []string{"a b", "a?b", "A B", "c", "a b 2"}),
		"in order, as one by one")
	assert.Equal(t, "a-b", all.assign("articles", "a b"))
}

func TestLinks(t *testing.T) {
	assert.Equal(t, "", rootFrom(""))
	assert.Equal(t, "../", rootFrom("search"))
	assert.Equal(t, "../../", rootFrom("events/x"))
	assert.Equal(t, "../../../", rootFrom("events/sub/x"))
	assert.Equal(t, "./", link("", ""))
	assert.Equal(t, "../../", link("../../", ""))
	assert.Equal(t, "../style.css", link("../", "style.css"))
	assert.Equal(t, "events/S%C3%A9oul%3F/", dirURL("events/Séoul?"))
}

func TestBaseURL(t *testing.T) {
	cases := []struct{ in, abs, path string }{
		{"https://example.org/korea/", "https://example.org/korea/", "/korea/"},
		{"https://example.org/korea", "https://example.org/korea/", "/korea/"},
		{"https://example.org", "https://example.org/", "/"},
		{"http://127.0.0.1:1313/", "http://127.0.0.1:1313/", "/"},
		{"not a url", "http://localhost:1313/", "/"},
		{"", "http://localhost:1313/", "/"},
		{"https://example.org/a b/?q#f", "https://example.org/a%20b/", "/a%20b/"},
	}
	for _, c := range cases {
		abs, path := baseURL(c.in)
		assert.Equal(t, c.abs, abs, c.in)
		assert.Equal(t, c.path, path, c.in)
	}
}

func TestSanitize(t *testing.T) {
	assert.Equal(t, "ab\ncd\te", cleanText("a\x00b\r\ncd\te\x7f\u0085\uFFFE"))
	assert.Equal(t, "a\uFFFDb", cleanText("a\xffb"))
	assert.Equal(t, "a b", cleanLine(" a \n\t b "))
	for in, want := range map[string]string{
		"https://a.example/x":     "https://a.example/x",
		"HTTP://a.example/":       "http://a.example/",
		" javascript:alert(1)":    "",
		"data:text/html,x":        "",
		"/relative":               "",
		"mailto:a@b.example":      "",
		"https:///nohost":         "",
		"java\x00script:alert(1)": "",
	} {
		assert.Equal(t, want, safeURL(in), in)
	}
}

func TestLeadSentences(t *testing.T) {
	text := "First one here. Second one, too! Third.\n\nNext paragraph."
	assert.Equal(t, "First one here. Second one, too!", leadSentences(text, 2, 300))
	assert.Equal(t, "First one here.", leadSentences(text, 1, 300))
	assert.Equal(t, "First one…", leadSentences(text, 2, 12))
	assert.Equal(t, "", leadSentences("", 2, 300))
}
