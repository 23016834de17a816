package corpus

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestWriteIsReproducible(t *testing.T) {
	for _, f := range []Format{Text, Markdown} {
		t.Run(string(f), func(t *testing.T) {
			a, b := t.TempDir(), t.TempDir()
			_, err := Write(a, Options{N: 60, Seed: 3, Format: f})
			require.NoError(t, err)
			_, err = Write(b, Options{N: 60, Seed: 3, Format: f})
			require.NoError(t, err)
			assert.Equal(t, readTree(t, a), readTree(t, b))
		})
	}
}

func TestSeedsDiffer(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	_, err := Write(a, Options{N: 20, Seed: 1})
	require.NoError(t, err)
	_, err = Write(b, Options{N: 20, Seed: 2})
	require.NoError(t, err)
	assert.NotEqual(t, readTree(t, a)["labels.tsv"], readTree(t, b)["labels.tsv"])
}

func TestLabelsCoverEveryArticle(t *testing.T) {
	dir := t.TempDir()
	st, err := Write(dir, Options{N: 500, Seed: 9})
	require.NoError(t, err)
	assert.Equal(t, 500, st.Articles)
	lines := strings.Split(strings.TrimSpace(string(readTree(t, dir)["labels.tsv"])), "\n")
	require.Len(t, lines, 500)
	perEvent := map[string]int{}
	for _, l := range lines {
		cols := strings.Split(l, "\t")
		require.Len(t, cols, 3, l)
		assert.FileExists(t, filepath.Join(dir, cols[0]))
		assert.True(t, strings.HasPrefix(cols[1], cols[2]+"-"), "event %s is of topic %s", cols[1], cols[2])
		perEvent[cols[1]]++
	}
	assert.Equal(t, st.Events, len(perEvent))
	short := 0
	for ev, n := range perEvent {
		assert.LessOrEqual(t, n, 8, ev)
		if n < 2 {
			short++
		}
	}
	assert.LessOrEqual(t, short, 1, "only the last event may be cut short")
}

func TestOutletFurnitureRepeats(t *testing.T) {
	p := newPlan(400, 5, 0)
	seen := map[int][]string{}
	for i, a := range p.articles {
		seen[a.outlet] = append(seen[a.outlet], string(p.bytes(i, Text)))
	}
	for o, pages := range seen {
		if len(pages) < 2 {
			continue
		}
		for _, l := range p.outlets[o].footer {
			for _, page := range pages {
				assert.Contains(t, page, l+"\n", "outlet %s", p.outlets[o].name)
			}
		}
	}
}

func TestWireCopyIsVerbatim(t *testing.T) {
	p := newPlan(3000, 11, 0)
	bodies := map[int][]string{}
	for _, a := range p.articles {
		if a.wire {
			s := p.story(a)
			bodies[a.event] = append(bodies[a.event], strings.Join(s.paras, "\n"))
		}
	}
	require.NotEmpty(t, bodies)
	for ev, bs := range bodies {
		for _, b := range bs[1:] {
			assert.Equal(t, bs[0], b, "event %d", ev)
		}
	}
}

func TestPagesMatchGolden(t *testing.T) {
	p := newPlan(40, 7, 0)
	for _, tc := range []struct {
		f    Format
		i    int
		file string
	}{
		{Text, 0, "page0.txt"},
		{Text, 17, "page17.txt"},
		{Markdown, 17, "page17.md"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := p.bytes(tc.i, tc.f)
			golden := filepath.Join("testdata", tc.file)
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
}

func TestPatternFill(t *testing.T) {
	f := facts{"org": "the Red Cross", "n": "12"}
	for _, tc := range []struct{ in, want string }{
		{"{org} said {n} people", "The Red Cross said 12 people"},
		{"Officials and {org} met", "Officials and the Red Cross met"},
		{"no slots", "no slots"},
		{"{n}", "12"},
	} {
		assert.Equal(t, tc.want, compile(tc.in).String(f), tc.in)
	}
	assert.Panics(t, func() { compile("{missing}").String(f) })
	assert.Panics(t, func() { compile("{open") })
}

func TestDaysSetTheSpread(t *testing.T) {
	for _, days := range []int{7, 90, 0} {
		p := newPlan(300, 4, days)
		want := days
		if want == 0 {
			want = DefaultDays
		}
		last := epoch.AddDate(0, 0, want-1+2) // events fall in the span, reports up to two days later
		for _, a := range p.articles {
			assert.False(t, a.date.Before(epoch), "days=%d", days)
			assert.False(t, a.date.After(last), "days=%d: %s", days, a.date)
		}
	}
}

func TestWriteRejectsBadOptions(t *testing.T) {
	_, err := Write(t.TempDir(), Options{N: 0})
	assert.Error(t, err)
	_, err = Write(t.TempDir(), Options{N: 5, Format: "pdf"})
	assert.Error(t, err)
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	require.NoError(t, filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = bytes.Clone(b)
		return err
	}))
	return out
}
