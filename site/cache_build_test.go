package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/ingest/hostiletest"
	"github.com/topicdigest/digest/site/model"
)

// cacheNow pins the clock of the cache tests.
var cacheNow = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

// TestMain keeps the package's builds from writing an article cache into the
// source tree: a test that wants one names its folder.
func TestMain(m *testing.M) {
	if os.Getenv(cache.EnvVar) == "" {
		os.Setenv(cache.EnvVar, "off")
	}
	os.Exit(m.Run())
}

// cacheCorpus writes a small generated content folder and returns it.
func cacheCorpus(t *testing.T) string {
	dir := t.TempDir()
	_, err := corpus.Write(dir, corpus.Options{N: 60, Seed: 3})
	require.NoError(t, err)
	return filepath.Join(dir, "articles")
}

// buildWithCache builds content into a new folder with DIGEST_CACHE set to
// env and returns the folder's files by path.
func buildWithCache(t *testing.T, content, env string) map[string]string {
	t.Setenv(cache.EnvVar, env)
	out := filepath.Join(t.TempDir(), "public")
	_, err := Build(Options{Content: content, Out: out, Now: cacheNow})
	require.NoError(t, err)
	return readTree(t, out)
}

// readTree is every file under root by its path relative to root.
func readTree(t *testing.T, root string) map[string]string {
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		files[rel] = string(b)
		return err
	}))
	return files
}

// TestBuildCacheColdWarmOffIdentical: a build that fills the cache, one that
// reads it and one without it publish the same bytes.
func TestBuildCacheColdWarmOffIdentical(t *testing.T) {
	content := cacheCorpus(t)
	cacheDir := t.TempDir()
	cold := buildWithCache(t, content, cacheDir)
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(dir, articlePack), "the cold build fills the cache")
	assert.Greater(t, len(packKeys(t, filepath.Join(dir, articlePack))), 50)
	warm := buildWithCache(t, content, cacheDir)
	off := buildWithCache(t, content, "off")
	require.NotEmpty(t, cold)
	assert.Equal(t, off, cold)
	assert.Equal(t, off, warm)
}

// editLongestLine returns the file's text with a sentence added to its
// longest line, a paragraph of the article.
func editLongestLine(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	longest := 0
	for i, l := range lines {
		if len(l) > len(lines[longest]) {
			longest = i
		}
	}
	lines[longest] += " Officials added more detail later that day."
	return strings.Join(lines, "\n")
}

// packKeys reads the keys of the article pack at path.
func packKeys(t *testing.T, path string) map[string]bool {
	p, err := cache.Load[model.Article](path, cache.Articles{})
	require.NoError(t, err)
	keys := map[string]bool{}
	for _, k := range p.Keys() {
		keys[k] = true
	}
	return keys
}

// warmCase is one change to a content folder between a build that filled the
// cache and a build that reads it.
type warmCase struct {
	name   string
	change func(t *testing.T, content string)
	// reads is how many files the warm build may open: the changed ones and
	// the file whose reading depends on the clock; -1 when all are read.
	reads   int
	cleaned int // documents it may clean anew; -1 for any number
}

// TestWarmBuildsMatchColdBuilds: after each kind of change, a build with the
// cache warm publishes the same tree and the same warnings, in the same
// order, as a cold build and a build without a cache, and opens only the
// files it must.
func TestWarmBuildsMatchColdBuilds(t *testing.T) {
	defer setRacyWindow(0)()
	tests := []warmCase{
		{"no change", func(*testing.T, string) {}, 1, 0},
		{"one file added", func(t *testing.T, c string) { addHeldBack(t, c) }, 2, -1},
		{"one file edited", func(t *testing.T, c string) { rewrite(t, middleFile(t, c), editLongestLine(t, middleFile(t, c))) }, 2, -1},
		{"one file touched", func(t *testing.T, c string) { touch(t, middleFile(t, c), time.Now()) }, 2, 0},
		{"one file deleted", func(t *testing.T, c string) { require.NoError(t, os.Remove(middleFile(t, c))) }, 1, -1},
		{"an added file takes an id", func(t *testing.T, c string) {
			m := middleFile(t, c)
			b, err := os.ReadFile(m)
			require.NoError(t, err)
			rewrite(t, strings.TrimSuffix(m, ".txt")+".md", "+++\ntitle = \"Same id\"\n+++\n"+string(b))
		}, 2, -1},
		{"an added file shifts the ids of .jsonl lines", func(t *testing.T, c string) {
			require.NoError(t, os.Mkdir(filepath.Join(c, "Feed"), 0o755))
			rewrite(t, filepath.Join(c, "Feed", "X.txt"), sourcePage("A page that takes the id feed/x", "The harbour master"))
		}, 2, -1},
		{"settings changed", func(t *testing.T, c string) {
			rewrite(t, filepath.Join(c, "site.toml"), "title = \"Another title\"\n")
		}, 1, 0},
		{"grouping's caches cut short, one file edited", func(t *testing.T, c string) {
			dir, err := cache.Dir(c)
			require.NoError(t, err)
			for _, name := range []string{featurePack, writeupPack, memoryFile} {
				b, err := os.ReadFile(filepath.Join(dir, name))
				require.NoError(t, err, name)
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), b[:len(b)/2], 0o644))
			}
			rewrite(t, middleFile(t, c), editLongestLine(t, middleFile(t, c)))
		}, 2, -1},
		{"cache corrupt", func(t *testing.T, c string) { damageCache(t, c, func(b []byte) []byte { return b[:len(b)/2] }) }, -1, -1},
		{"cache garbage", func(t *testing.T, c string) { damageCache(t, c, func(b []byte) []byte { return []byte("garbage") }) }, -1, -1},
		{"new binary", func(t *testing.T, _ string) {
			old := codeVersion
			codeVersion = func() string { return strings.Repeat("b", 64) }
			t.Cleanup(func() { codeVersion = old })
		}, -1, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			content := warmCorpus(t)
			cacheDir := t.TempDir()
			buildWarm(t, content, cacheDir)
			tc.change(t, content)
			warm := buildWarm(t, content, cacheDir)
			cold := buildWarm(t, content, t.TempDir())
			off := buildWarm(t, content, "off")
			assert.Equal(t, off.files, cold.files)
			assert.Equal(t, off.files, warm.files, "warm build publishes what a build without a cache does")
			assert.Equal(t, off.warnings, warm.warnings, "same warnings in the same order")
			assert.Equal(t, off.warnings, cold.warnings)
			require.Len(t, warm.warnings, 5, "the corpus's problem files each warn once")
			read, cleaned := warm.counts(t)
			if tc.reads >= 0 {
				assert.Equal(t, tc.reads, read, "files read")
			} else {
				assert.Equal(t, warm.fileCount(t), read, "a cache that cannot be used is read as empty")
			}
			if tc.cleaned >= 0 {
				assert.Equal(t, tc.cleaned, cleaned, "documents cleaned")
			}
			again := buildWarm(t, content, cacheDir)
			assert.Equal(t, off.files, again.files)
			read, cleaned = again.counts(t)
			assert.Equal(t, 1, read, "the build after settles: only the clock-dependent file is read")
			assert.Equal(t, 0, cleaned)
		})
	}
}

// TestRacyRewriteIsNotServedStale: a file rewritten right after it was read,
// to the same size and with its modification time put back, reads as
// changed, because entries that new are not trusted.
func TestRacyRewriteIsNotServedStale(t *testing.T) {
	content := warmCorpus(t)
	cacheDir := t.TempDir()
	touchAll(t, content, time.Now()) // every file changes now: all are racy
	buildWarm(t, content, cacheDir)
	path := middleFile(t, content)
	fi, err := os.Stat(path)
	require.NoError(t, err)
	body := sameSizeEdit(t, path)
	rewrite(t, path, body)
	touch(t, path, fi.ModTime())
	after, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, fi.Size(), after.Size())
	warm := buildWarm(t, content, cacheDir)
	off := buildWarm(t, content, "off")
	assert.Equal(t, off.files, warm.files)
	read, _ := warm.counts(t)
	assert.Equal(t, warm.fileCount(t), read, "no entry of a build right after the files changed is trusted")
}

// TestHostileFolderWarmMatchesCold: the hostile folder (links, loops, pipes,
// encodings, broken files) gives the same site and warnings warm as cold.
func TestHostileFolderWarmMatchesCold(t *testing.T) {
	defer setRacyWindow(0)()
	content, _ := hostiletest.Folder(t)
	cacheDir := t.TempDir()
	buildWarm(t, content, cacheDir)
	warm := buildWarm(t, content, cacheDir)
	off := buildWarm(t, content, "off")
	assert.Equal(t, off.files, warm.files)
	assert.Equal(t, off.warnings, warm.warnings)
	read, _ := warm.counts(t)
	assert.Less(t, read, warm.fileCount(t)/2, "most hostile files are taken from the cache")
}

// builtSite is what one build published, warned and logged.
type builtSite struct {
	files    map[string]string
	warnings []model.Warning
	log      string
}

// cacheLine is the line readAndClean logs.
var cacheLine = regexp.MustCompile(`cache: (\d+) of (\d+) files unchanged, not read; (\d+) of (\d+) documents cleaned`)

// counts are the files the build read and the documents it cleaned.
func (b builtSite) counts(t *testing.T) (read, cleaned int) {
	m := cacheLine.FindStringSubmatch(b.log)
	require.NotNil(t, m, "the build logs what the cache saved: %s", b.log)
	n := func(s string) int { v, err := strconv.Atoi(s); require.NoError(t, err); return v }
	return n(m[2]) - n(m[1]), n(m[3])
}

// fileCount is how many files the build listed.
func (b builtSite) fileCount(t *testing.T) int {
	m := cacheLine.FindStringSubmatch(b.log)
	require.NotNil(t, m)
	n, err := strconv.Atoi(m[2])
	require.NoError(t, err)
	return n
}

// buildWarm builds content with DIGEST_CACHE set to env.
func buildWarm(t *testing.T, content, env string) builtSite {
	return buildAt(t, content, env, cacheNow)
}

// buildAt builds content with DIGEST_CACHE set to env and the clock at now.
func buildAt(t *testing.T, content, env string, now time.Time) builtSite {
	t.Setenv(cache.EnvVar, env)
	out := filepath.Join(t.TempDir(), "public")
	var log strings.Builder
	res, err := Build(Options{Content: content, Out: out, Now: now, Log: &log})
	require.NoError(t, err)
	return builtSite{files: readTree(t, out), warnings: res.Warnings, log: log.String()}
}

// warmCorpus is a generated content folder with one article held back (see
// addHeldBack), a .jsonl file of two lines with the same id and meta, and
// five files that warn: an empty file, one of a type not
// read, a page of nothing but navigation, a date too far in the future
// (whose reading depends on the clock) and a date line that is impossible.
func warmCorpus(t *testing.T) string {
	dir := t.TempDir()
	_, err := corpus.Write(dir, corpus.Options{N: 61, Seed: 3})
	require.NoError(t, err)
	content := filepath.Join(dir, "articles")
	files, err := filepath.Glob(filepath.Join(content, "*.txt"))
	require.NoError(t, err)
	sort.Strings(files)
	require.NoError(t, os.Rename(files[len(files)-1], filepath.Join(dir, "held-back.txt")))
	for name, body := range map[string]string{
		"empty.txt":     "",
		"notes.pdf":     "%PDF",
		"menu-only.txt": "Home\nMenu\nContact\n",
		"far-future.md": "+++\ndate = \"2999-01-01\"\ntitle = \"Later\"\n+++\nA paragraph about what happens, long enough to be an article body here.\n",
		"feed.jsonl": `{"id": "x", "title": "Harbour news", "text": "` + strings.Repeat("The harbour reopened to ships on Monday after the storm. ", 4) + `"}` + "\n" +
			`{"id": "x", "title": "Harbour news", "text": "` + strings.Repeat("The ferry line will add two boats in the summer season. ", 4) + `"}` + "\n",
		"bad-date.txt": "date 2025-02-30 Example Daily\nA headline about the bridge\n" + strings.Repeat("The bridge opened to traffic on a quiet morning after years of work. ", 4) + "\n",
	} {
		rewrite(t, filepath.Join(content, name), body)
	}
	return content
}

// addHeldBack moves the article warmCorpus held back into the folder.
func addHeldBack(t *testing.T, content string) {
	require.NoError(t, os.Rename(filepath.Join(filepath.Dir(content), "held-back.txt"), filepath.Join(content, "zz-added.txt")))
}

// middleFile is a generated article in the middle of the folder.
func middleFile(t *testing.T, content string) string {
	files, err := filepath.Glob(filepath.Join(content, "0*.txt"))
	require.NoError(t, err)
	sort.Strings(files)
	return files[len(files)/2]
}

// rewrite replaces a file's content.
func rewrite(t *testing.T, path, body string) {
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
}

// touch sets a file's modification time.
func touch(t *testing.T, path string, when time.Time) {
	require.NoError(t, os.Chtimes(path, when, when))
}

// touchAll sets the modification time of every file under content.
func touchAll(t *testing.T, content string, when time.Time) {
	entries, err := os.ReadDir(content)
	require.NoError(t, err)
	for _, e := range entries {
		touch(t, filepath.Join(content, e.Name()), when)
	}
}

// sameSizeEdit is the file's text with one letter of its longest line
// changed, so the file keeps its size.
func sameSizeEdit(t *testing.T, path string) string {
	lines := strings.Split(editLongestLine(t, path), "\n")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	orig := strings.Split(string(b), "\n")
	for i := range orig {
		if orig[i] != lines[i] {
			l := []byte(orig[i])
			for j := len(l) / 2; j < len(l); j++ {
				if l[j] >= 'a' && l[j] < 'z' {
					l[j]++
					break
				}
			}
			orig[i] = string(l)
		}
	}
	out := strings.Join(orig, "\n")
	require.NotEqual(t, string(b), out)
	return out
}

// damageCache rewrites every pack of the content folder's cache with damage.
func damageCache(t *testing.T, content string, damage func([]byte) []byte) {
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	packs, err := filepath.Glob(filepath.Join(dir, "*.pack"))
	require.NoError(t, err)
	require.Len(t, packs, 6) // files, sources, articles, failures, features, writeups
	for _, p := range packs {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p, damage(b), 0o644))
	}
}

// setRacyWindow trusts entries of files changed up to d before a build, for
// tests that build right after writing; it returns the undo.
func setRacyWindow(d time.Duration) func() {
	old := racyWindow
	racyWindow = d
	return func() { racyWindow = old }
}

// promo is a line that is an article's text on one page of a source and the
// source's template once a second page carries it.
const promo = "Get the best of our journalism delivered to your inbox every morning, with offers from our partners and more."

// sourcePage is a page dump of the source Example Daily with its own
// headline and paragraphs, and extra lines after the first paragraph.
func sourcePage(head, subject string, extra ...string) string {
	para := func(s string) string {
		return s + " said on Tuesday that the new plan would be presented to the council in the spring, and that the city had already begun to talk with the people who live in the area about what they want."
	}
	lines := append([]string{"date 2024-05-06 Example Daily", head, para(subject)}, extra...)
	return strings.Join(append(lines, para(subject+" again"), ""), "\n")
}

// TestTemplateChangeRecleansThePagesItTouches: a page added to a source can
// make a line of another page template; that page, and only that page, is
// cleaned again, from its file read again, and the site is what a build
// without a cache makes. Removing the page undoes that.
func TestTemplateChangeRecleansThePagesItTouches(t *testing.T) {
	defer setRacyWindow(0)()
	content := t.TempDir()
	rewrite(t, filepath.Join(content, "a.txt"), sourcePage("First headline of the day", "The mayor", promo))
	rewrite(t, filepath.Join(content, "c.txt"), sourcePage("Third headline of the day", "The judge"))
	cacheDir := t.TempDir()
	first := buildWarm(t, content, cacheDir)
	assert.Contains(t, first.files[filepath.Join("articles", "a", "index.html")], "inbox every morning", "alone, the promo is text")

	added := filepath.Join(content, "b.txt")
	rewrite(t, added, sourcePage("Second headline of the day", "The governor", promo))
	warm := buildWarm(t, content, cacheDir)
	off := buildWarm(t, content, "off")
	assert.Equal(t, off.files, warm.files)
	assert.NotContains(t, warm.files[filepath.Join("articles", "a", "index.html")], "inbox every morning", "now it is template")
	read, cleaned := warm.counts(t)
	assert.Equal(t, 1, read, "only the new file is read for itself")
	assert.Equal(t, 2, cleaned, "the new page and the page whose template lines changed")
	assert.Contains(t, warm.log, "(1 unchanged files reopened to clean again")

	require.NoError(t, os.Remove(added))
	warm = buildWarm(t, content, cacheDir)
	off = buildWarm(t, content, "off")
	assert.Equal(t, off.files, warm.files)
	assert.Equal(t, first.files, warm.files)
	_, cleaned = warm.counts(t)
	assert.Equal(t, 1, cleaned, "the page whose template lines changed back (the cache keeps only what the last build used)")
}

// TestClockChanges: an article the clock decided nothing of is cleaned once
// and kept across days; one dated by a day without its year ("June 4") is
// kept till that day recurs (on the weekday its lead names, if it names
// one); one the clock decided more of (a date passed over as later than now)
// is cleaned again on another day, or at another instant when an HTML page's
// dates carry times; and a kept article dated after an earlier clock is
// cleaned again. A build at an
// earlier clock than the cache's reads every file (a date possible then may
// not be now). Every build publishes what a build without the cache does.
// The cases run in order on one cache.
func TestClockChanges(t *testing.T) {
	defer setRacyWindow(0)()
	content := warmCorpus(t)
	const html = `<html><head><meta property="article:published_time" content="%s"><title>%s</title></head><body><article>%s</article></body></html>`
	body := "<p>" + strings.Repeat("The council voted on the new harbour budget after a long debate about the ferries. ", 4) + "</p>"
	for name, text := range map[string]string{
		// a date line passed over at cacheNow, taken from the next day on
		"later-date.txt": "The bridge reopens\nJanuary 2, 2026\n" + strings.Repeat("The bridge reopened to traffic after repairs to its deck. ", 4) + "\n",
		// a dateline's year is taken from now: 2026 at cacheNow, 2025 the day before
		"new-year.txt": "Fireworks over the harbour\nHELSINKI, January 1 (Reuters) -- " + strings.Repeat("Crowds watched the fireworks over the harbour at midnight. ", 4) + "\n",
		// a dump's date header is taken whatever the clock says, but a kept
		// article dated after now is cleaned again until its date
		"future-header.txt": "date 2026-01-02 Example Daily\nThe tunnel opens\n" + strings.Repeat("The tunnel opened to traffic after years of digging. ", 4) + "\n",
		// an HTML page without a fetch time, dated the day before
		"page.html": fmt.Sprintf(html, "2025-12-31T10:00:00Z", "Harbour budget passes", body),
		// one whose first date is later the same day, so it falls back to a <time>
		"page-later.html": fmt.Sprintf(html, "2026-01-01T18:00:00Z", "Ferry timetable changes",
			`<time datetime="2025-12-30">30 Dec</time>`+body),
	} {
		rewrite(t, filepath.Join(content, name), text)
	}
	cacheDir := t.TempDir()
	buildWarm(t, content, cacheDir)
	tests := []struct {
		name    string
		now     time.Time
		allRead bool
		cleaned int
	}{
		{"an hour later", cacheNow.Add(time.Hour), false, 2},               // page-later.html, future-header.txt
		{"the day after", cacheNow.Add(25 * time.Hour), false, 2},          // page-later.html, later-date.txt
		{"a day before the cache", cacheNow.Add(-25 * time.Hour), true, 4}, // and future-header.txt, new-year.txt (both kept with a later date)
		{"a year later", cacheNow.AddDate(1, 0, 1), false, 1},              // new-year.txt, as January 1 recurs; June 4 on a Wednesday (a generated dateline) does not till 2031
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			warm := buildAt(t, content, cacheDir, tc.now)
			off := buildAt(t, content, "off", tc.now)
			assert.Equal(t, off.files, warm.files)
			assert.Equal(t, off.warnings, warm.warnings)
			read, cleaned := warm.counts(t)
			if tc.allRead {
				assert.Equal(t, warm.fileCount(t), read)
			} else {
				assert.Equal(t, 1, read, "only the clock-dependent file")
			}
			assert.Equal(t, tc.cleaned, cleaned)
		})
	}
}

// TestContentSpellingsShareTheCache: the content folder named with a
// trailing slash or a leading ./ is the same folder, so a build that names
// it so reads nothing the last build read.
func TestContentSpellingsShareTheCache(t *testing.T) {
	defer setRacyWindow(0)() // files just written are trusted, as if written long ago
	content := cacheCorpus(t)
	env := filepath.Join(t.TempDir(), "cache")
	first := buildWarm(t, content, env)
	for _, spelling := range []string{content + string(filepath.Separator), filepath.Join(content, ".") + string(filepath.Separator) + "."} {
		b := buildWarm(t, spelling, env)
		read, cleaned := b.counts(t)
		assert.Zero(t, read, "%q: files read again", spelling)
		assert.Zero(t, cleaned, "%q: documents cleaned again", spelling)
		assert.Equal(t, first.files, b.files, "%q: the same site", spelling)
	}
}

// TestRelativeAndAbsoluteContentShareTheCache: the content folder named
// from its parent and by its absolute path is one folder with one cache, so
// the second build reads and cleans nothing, yet every warning and article
// names its file as that build spells it, as a build without the cache does.
func TestRelativeAndAbsoluteContentShareTheCache(t *testing.T) {
	defer setRacyWindow(0)()
	content := warmCorpus(t)
	env := filepath.Join(t.TempDir(), "cache")
	t.Chdir(filepath.Dir(content))
	spellings := []string{content, filepath.Base(content), content}
	for i, spelling := range spellings {
		t.Setenv(cache.EnvVar, "off")
		cold, err := Load(Options{Content: spelling, Now: cacheNow})
		require.NoError(t, err)
		t.Setenv(cache.EnvVar, env)
		var log strings.Builder
		warm, err := Load(Options{Content: spelling, Now: cacheNow, Log: &log})
		require.NoError(t, err)
		if i > 0 {
			read, cleaned := builtSite{log: log.String()}.counts(t)
			assert.Equal(t, 1, read, "%q: only the clock-dependent file is read again", spelling)
			assert.Zero(t, cleaned, "%q: documents cleaned again", spelling)
		}
		assert.Equal(t, cold.Warnings, warm.Warnings, spelling)
		require.Len(t, warm.Articles, len(cold.Articles))
		for j, a := range warm.Articles {
			assert.Equal(t, cold.Articles[j].Path, a.Path, spelling)
		}
	}
}

// TestYearlessDateMovesOnAYearLater: an article dated by a day without its
// year is kept till the day recurs, and then its date and what it stands for in
// the later caches (model.Article.Made) move on, though its text is the same:
// it reports the same fireworks as another article until then, and no
// longer after.
func TestYearlessDateMovesOnAYearLater(t *testing.T) {
	defer setRacyWindow(0)()
	content := t.TempDir()
	for name, text := range map[string]string{
		"fireworks.txt": "Fireworks over the harbour\nHELSINKI, January 1 (Reuters) -- " + strings.Repeat("Crowds watched the fireworks over the harbour at midnight. ", 4) + "\n",
		"daily.txt":     "date 2026-01-01 Example Daily\nFireworks over the harbour\n" + strings.Repeat("Crowds watched the fireworks over the harbour at midnight. ", 4) + "\n",
	} {
		rewrite(t, filepath.Join(content, name), text)
	}
	cacheDir := t.TempDir()
	first := buildAt(t, content, cacheDir, cacheNow)
	_, cleaned := first.counts(t)
	require.Equal(t, 2, cleaned)
	for _, now := range []time.Time{cacheNow.AddDate(0, 6, 0), cacheNow.AddDate(1, 0, 1)} {
		warm := buildAt(t, content, cacheDir, now)
		off := buildAt(t, content, "off", now)
		assert.Equal(t, off.files, warm.files, "at %v", now)
		_, cleaned := warm.counts(t)
		assert.Equal(t, map[bool]int{false: 0, true: 1}[now.Year() > cacheNow.Year()], cleaned, "at %v", now)
	}
}

// TestWarmBuildSetsItsCollectorGoal: a build sets Options.WarmGCPercent as
// the collector's goal when the cache gave nine in ten articles, not when it
// cleaned them.
func TestWarmBuildSetsItsCollectorGoal(t *testing.T) {
	defer setRacyWindow(0)()
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	content := cacheCorpus(t)
	t.Setenv(cache.EnvVar, t.TempDir())
	build := func() int {
		debug.SetGCPercent(100)
		_, err := Build(Options{Content: content, Out: filepath.Join(t.TempDir(), "public"), Now: cacheNow, WarmGCPercent: 20})
		require.NoError(t, err)
		return debug.SetGCPercent(100)
	}
	assert.Equal(t, 100, build(), "cold")
	assert.Equal(t, 20, build(), "warm")
}
