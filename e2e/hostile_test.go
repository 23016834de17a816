package e2e

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goodBody is a plain news paragraph pair with a marker word, long enough for any
// cleaner to keep as an article.
func goodBody(marker string) string {
	return "Officials said on Monday that the new water treatment plant would open next spring, after " +
		"three years of construction and a budget increase approved by the council. " + marker +
		" residents have waited for the plant since the old one failed an inspection.\n\n" +
		"The plant will serve about 80,000 homes, and the council said water bills would not rise " +
		"before the end of next year, according to a statement released by the mayor's office.\n"
}

// hostileFile is one file of the hostile folder: what it holds, and whether the
// build must publish it (good, with a marker) or name it with a reason (bad).
type hostileFile struct {
	name   string
	body   []byte
	marker string // set for files whose article must be published
	bad    bool   // the build must warn about this file by name
}

const xss = `<script>alert("x")</script><img src=x onerror=alert(1)>`

func hostileFiles() []hostileFile {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(r.IntN(256))
	}
	big := strings.Repeat("Reporters covering the long session wrote down every word that was said in the chamber. ", 30<<20/88+1)
	return []hostileFile{
		{name: "binary.txt", body: random, bad: true},
		{name: "binary.html", body: append([]byte("\x00\x01\x02PK"), random...), bad: true},
		{name: "empty.txt", body: nil, bad: true},
		{name: "empty.md", body: []byte("+++\ntitle = \"Nothing\"\n+++\n"), bad: true},
		{name: "boilerplate.txt", body: []byte("Home\nWorld\nSport\nSign in\nSubscribe now\nShare on Facebook\nShare on X\nRelated articles\nMost read\n© 2025 Example Media. All rights reserved.\nPrivacy policy\nCookie settings\n"), bad: true},
		{name: "bad-toml.md", body: []byte("+++\ntitle = \"Unclosed\ndate = 2025-13-45\n+++\n\n" + goodBody("Markerbadtoml")), bad: true},
		{name: "bad-yaml.md", body: []byte("---\ntitle: [unclosed\ndate: {\n---\n\n" + goodBody("Markerbadyaml")), bad: true},
		{name: "impossible-date.md", body: []byte("+++\ntitle = \"Plant opening date set\"\ndate = \"2025-02-30\"\nsource = \"Daily\"\n+++\n\n" + goodBody("Markerimpossible")), marker: "Markerimpossible", bad: true},
		{name: "future-date.txt", body: []byte("date 2999-01-01 Daily\nPlant opening date set for far future\n" + goodBody("Markerfuture")), marker: "Markerfuture", bad: true},
		{name: "cp1252.txt", body: []byte("date 2025-05-01 Daily\nCaf\xe9 owners welcome the \x93new\x94 plant\n" + goodBody("Markercpwindows") + "The caf\xe9 owner said the water tastes better \x96 and cheaper.\n"), marker: "Markercpwindows"},
		{name: "utf16.txt", body: utf16LE("date 2025-05-02 Daily\nPlant named after Zoë Müller\n" + goodBody("Markerutfsixteen")), marker: "Markerutfsixteen"},
		{name: "huge.txt", body: []byte("date 2025-05-03 Daily\nA very long page\n" + big), bad: true},
		{name: "oneline.txt", body: []byte(strings.Repeat("word ", 2<<20/5))},
		{name: "xss.md", body: []byte("+++\ntitle = '" + xss + " Plant opens'\ndate = 2025-05-04\nsource = '" + xss + "'\nurl = 'javascript:alert(1)'\nauthor = '<svg onload=alert(1)>'\n+++\n\n" +
			goodBody("Markerxssmd") + "\n" + xss + "\n\n[click](javascript:alert(1)) ![img](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n<a href=\"javascript:alert(1)\">raw</a> <iframe src=\"https://evil.example\"></iframe>\n"), marker: "Markerxssmd"},
		{name: "xss.html", body: []byte(`<!doctype html><html><head><title>` + "Plant &lt;script&gt;alert(1)&lt;/script&gt; opens" + `</title><script>alert("head")</script></head><body><article><h1 onclick="alert(1)">Plant opens</h1><p>` +
			strings.ReplaceAll(goodBody("Markerxsshtml"), "\n\n", `</p><p onmouseover="alert(1)">`) + `</p><p><a href="javascript:alert(1)">link</a> <img src="data:image/png;base64,AAAA" onerror="alert(1)"><script>alert("body")</script></p></article></body></html>`), marker: "Markerxsshtml"},
		{name: "xss.jsonl", body: []byte(`{"id":"../../../escape","title":"<script>alert(1)</script>Plant jsonl","date":"2025-05-05","source":"<b onmouseover=alert(1)>Src</b>","url":"javascript:alert(1)","text":"` + jsonEscape(goodBody("Markerxssjsonl")) + `"}
{"id":"..","title":"Dots","date":"2025-05-05","source":"Wire","url":"data:text/html,<script>alert(1)</script>","html":"<p onclick=alert(1)>` + jsonEscape(goodBody("Markerdotsjsonl")) + `</p><script>alert(1)</script>"}
`), marker: "Markerxssjsonl"},
		{name: "malformed.jsonl", body: []byte(`{"title":"Good line","date":"2025-05-06","source":"Wire","text":"` + jsonEscape(goodBody("Markerjsonlgood")) + `"}
{"title": "truncated
not json at all
[1,2,3]
{"title": 5, "text": ["x"]}

{"title":"Second good line","date":"2025-05-07","source":"Wire","text":"` + jsonEscape(goodBody("Markerjsonlsecond")) + `"}
`), marker: "Markerjsonlgood", bad: true},
		{name: "slug..%2f..%2fdots.md", body: []byte("+++\ntitle = \"Slug with dots\"\ndate = 2025-05-08\nslug = \"../../../outside\"\n+++\n\n" + goodBody("Markerslugdots")), marker: "Markerslugdots"},
		{name: "sub/../weird..name.md", body: []byte("+++\ntitle = \"Weird name\"\ndate = 2025-05-08\n+++\n\n" + goodBody("Markerweirdname")), marker: "Markerweirdname"},
		{name: "dup-a.md", body: []byte("+++\ntitle = \"Duplicate plant story\"\ndate = 2025-05-09\nsource = \"Daily\"\n+++\n\n" + goodBody("Markerduplicate")), marker: "Markerduplicate"},
		{name: "dup-b.md", body: []byte("+++\ntitle = \"Duplicate plant story\"\ndate = 2025-05-09\nsource = \"Daily\"\n+++\n\n" + goodBody("Markerduplicate"))},
		{name: "notes.docx", body: []byte("PK\x03\x04 not really a document"), bad: true},
		{name: "data.csv", body: []byte("a,b,c\n1,2,3\n"), bad: true},
		{name: "control-chars.md", body: []byte("+++\ntitle = \"Bell \\u0007 and ]]> and &amp; &nbsp; in a title\"\ndate = 2025-05-12\nsource = \"Daily ]]> &lt;b&gt;\"\n+++\n\n" +
			strings.ReplaceAll(goodBody("Markercontrolchars"), "Officials", "Officials\x01\x0b\x1b[31m\uFFFE\uFFFF\uFDD0\U0001FFFF\u0085 ]]> <![CDATA[ x ]]> &#0; &amp;#x1; &#xFFFE; &#x1; &#xFDD0; &#65535;")), marker: "Markercontrolchars"},
		{name: "good.md", body: []byte("+++\ntitle = \"Water plant to open next spring\"\ndate = 2025-05-10\nsource = \"Daily\"\n+++\n\n" + goodBody("Markergoodmd")), marker: "Markergoodmd"},
	}
}

func utf16LE(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, binary.LittleEndian, u)
	}
	return b.Bytes()
}

func jsonEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// hostileFolder writes the hostile files, a symlink loop and a symlink to a
// secret outside the folder; it returns the content folder.
func hostileFolder(t *testing.T, dir string) string {
	t.Helper()
	content := filepath.Join(dir, "content")
	for _, f := range hostileFiles() {
		p := filepath.Join(content, filepath.FromSlash(f.name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, f.body, 0o644))
	}
	require.NoError(t, os.Symlink(".", filepath.Join(content, "loop")))
	require.NoError(t, os.MkdirAll(filepath.Join(content, "a"), 0o755))
	require.NoError(t, os.Symlink("../a", filepath.Join(content, "a", "b")))
	secret := filepath.Join(dir, "secret.txt")
	require.NoError(t, os.WriteFile(secret, []byte("date 2025-05-11 Daily\nSecret\n"+goodBody("Markersecretoutside")), 0o600))
	require.NoError(t, os.Symlink(secret, filepath.Join(content, "leak.txt")))
	require.NoError(t, os.WriteFile(filepath.Join(content, "site.toml"), []byte("title = \"<script>alert(1)</script>Hostile\"\nbase_url = \"https://example.org/hostile/\"\n"), 0o644))
	return content
}

func TestHostileContentFolder(t *testing.T) {
	dir := t.TempDir()
	content := hostileFolder(t, dir)
	out := filepath.Join(dir, "out", "public")
	work := filepath.Join(dir, "work")
	require.NoError(t, os.MkdirAll(work, 0o755))
	contentBefore := treeHashes(t, content)
	outsideBefore := treeHashes(t, dir)

	// The build cache is the one thing a build may keep outside -out; it goes
	// where DIGEST_CACHE says, here a folder of its own, so that every other
	// write outside -out shows up below.
	cacheEnv := []string{"DIGEST_CACHE=" + t.TempDir()}
	r := runDigest(t, work, cacheEnv, "build", "-content", content, "-out", out)
	require.Equal(t, 0, r.code, "the build survives hostile input:\n%s", r.stderr)
	t.Logf("build output:\n%s", r.stderr)

	assert.Equal(t, contentBefore, treeHashes(t, content), "the content folder is untouched")
	assertNothingWrittenOutside(t, dir, out, outsideBefore)
	warnings := warningLines(r.stderr)
	for _, f := range hostileFiles() {
		if f.bad {
			assert.NotEmpty(t, linesNaming(warnings, f.name), "no warning names %s", f.name)
		}
		if f.marker != "" {
			assert.NotEmpty(t, pagesContaining(t, filepath.Join(out, "articles"), f.marker), "%s is not published", f.name)
		}
	}
	for _, decoded := range []string{"Café owners welcome the “new” plant", "Zoë Müller"} {
		assert.NotEmpty(t, pagesContaining(t, out, decoded), "Windows-1252 or UTF-16 text is mangled: no page shows %q", decoded)
	}
	assert.Empty(t, pagesContaining(t, out, "Markersecretoutside"), "a symlink leaks a file from outside the content folder")
	for _, marker := range []string{"Markerjsonlsecond", "Markerdotsjsonl"} {
		assert.NotEmpty(t, pagesContaining(t, filepath.Join(out, "articles"), marker), "%s is not published", marker)
	}
	newSiteChecker(t, out, "https://example.org/hostile/").check()

	check := runDigest(t, work, cacheEnv, "check", "-content", content)
	t.Logf("digest check:\n%s", check.stdout)
	assert.Equal(t, 1, check.code, "check fails on a folder with files that make no article")
	for _, name := range []string{"binary.txt", "empty.txt", "boilerplate.txt", "huge.txt"} {
		assert.Contains(t, check.stdout, name+": error: ", "check marks %s as an error", name)
	}
	assert.Contains(t, check.stdout, "dup-b.md: warning: possible duplicate of ")
	assert.Equal(t, contentBefore, treeHashes(t, content), "check leaves the content folder untouched")

	strict := runDigest(t, work, cacheEnv, "build", "-strict", "-content", content, "-out", filepath.Join(dir, "out", "strict"))
	assert.NotEqual(t, 0, strict.code, "-strict fails on hostile input")
	assert.NoDirExists(t, filepath.Join(dir, "out", "strict"), "a failed build publishes nothing")
}

// assertNothingWrittenOutside compares dir before and after a build: only the
// output folder and the build's lock file beside it may have appeared.
func assertNothingWrittenOutside(t *testing.T, dir, out string, before map[string]string) {
	t.Helper()
	rel, err := filepath.Rel(dir, out)
	require.NoError(t, err)
	rel = filepath.ToSlash(rel)
	lock := filepath.ToSlash(filepath.Join(filepath.Dir(rel), "."+filepath.Base(rel)+".lock"))
	for p, h := range treeHashes(t, dir) {
		if p == rel || strings.HasPrefix(p, rel+"/") || p == lock || p == filepath.Dir(rel) {
			continue
		}
		assert.Equal(t, before[p], h, "%s was written by the build", p)
	}
}

func warningLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(strings.ToLower(l), "warning") {
			out = append(out, l)
		}
	}
	return out
}

func linesNaming(lines []string, name string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, filepath.FromSlash(name)) || strings.Contains(l, filepath.Base(name)) {
			out = append(out, l)
		}
	}
	return out
}
