package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/topicdigest/digest/site/internal/cputime"
	"github.com/topicdigest/digest/site/model"
)

// largeSite is a site of the size the speed goal names: events of three or
// four articles each (100,000 articles in ~30,000 events), a few a day over
// years, each article about 3 KB of Markdown.
func largeSite(articles int) Site {
	body := strings.Repeat("North Korean leader Kim Jong Un called on the military to ramp up combat and artillery training, state media reported. ", 4)
	md := strings.Repeat(body+"\n\n", 6) + "## A subheading\n\n[A link](https://example.com/x) and *emphasis*.\n"
	start := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	s := Site{Settings: model.DefaultSettings()}
	s.Settings.BaseURL = "https://example.org/big/"
	var ev *model.Event
	size := 0
	for i := 0; i < articles; i++ {
		a := &model.Article{ID: fmt.Sprintf("src%d/%07d", i%7, i), Title: fmt.Sprintf("Headline number %d about the drill", i),
			Source: fmt.Sprintf("Outlet %d", i%40), Agency: "AFP", Authors: []string{"A Reporter"},
			Date: start.Add(-time.Duration(i/10) * 6 * time.Hour), URL: fmt.Sprintf("https://news.example/%d", i),
			Text: body, Markdown: md, Language: "en"}
		s.Articles = append(s.Articles, a)
		if ev == nil || len(ev.Articles) == size {
			size = 3 + len(s.Events)%2
			ev = &model.Event{ID: a.ID, Title: a.Title, Date: a.Date, Updated: a.Date, Summary: body[:200]}
			s.Events = append(s.Events, ev)
		}
		ev.Articles = append(ev.Articles, a)
	}
	return s
}

// BenchmarkRender100k renders 100,000 articles in ~30,000 events. Run with
// go test -run '^$' -bench Render100k -benchtime 1x ./site/render
// Besides wall time it reports the process's CPU seconds (user + system)
// per render, which a machine shared with other work distorts less.
func BenchmarkRender100k(b *testing.B) { benchmarkRender(b, 100000) }

// BenchmarkRender10k is the same at a tenth of the size, for profiling.
func BenchmarkRender10k(b *testing.B) { benchmarkRender(b, 10000) }

func benchmarkRender(b *testing.B, articles int) {
	s := largeSite(articles)
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		dir := b.TempDir()
		before := cputime.Process()
		st, err := Render(dir, s, mustTemplates())
		if err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Process() - before
		b.ReportMetric(float64(st.Files), "files")
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkArticlePage is one article page, template and Markdown, no I/O.
func BenchmarkArticlePage(b *testing.B) { benchmarkPage(b, "article") }

// BenchmarkEventPage is one event page, no I/O.
func BenchmarkEventPage(b *testing.B) { benchmarkPage(b, "event") }

// BenchmarkTimelinePage is the front page, twenty event cards, no I/O.
func BenchmarkTimelinePage(b *testing.B) { benchmarkPage(b, "timeline") }

func benchmarkPage(b *testing.B, kind string) {
	s := largeSite(400)
	d := newDigest(s, time.UTC)
	ts, err := loadTemplates(mustTemplates())
	if err != nil {
		b.Fatal(err)
	}
	pages := sitePages(d, 20)
	if err := attachChrome(pages, ts); err != nil {
		b.Fatal(err)
	}
	var p *page
	for _, x := range pages {
		if x.Kind == kind {
			p = x
			break
		}
	}
	w := &worker{gm: newMarkdown(), ts: ts}
	var out bytes.Buffer
	b.ResetTimer()
	before := cputime.Process()
	for range b.N {
		out.Reset()
		if err := w.page(p, &out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Process()-before).Microseconds())/float64(b.N), "cpu-µs/op")
}

// BenchmarkRerender10k renders the 10,000-article site again with every page
// reused from a first render (hard links) into a fresh folder: the render
// stage of an incremental rebuild that has no spare site, keys, links and
// data files.
func BenchmarkRerender10k(b *testing.B) {
	benchRerender(b, func(first string, keys map[string]string) (string, Reuser) {
		return b.TempDir(), dirReuser{dir: first, keys: keys}
	})
}

// BenchmarkRerenderInPlace10k renders the 10,000-article site again into the
// folder of a first render, every page kept as it is there: the render stage
// of an incremental rebuild into the spare site (views, keys and the data
// files, no page file touched).
func BenchmarkRerenderInPlace10k(b *testing.B) {
	benchRerender(b, func(first string, keys map[string]string) (string, Reuser) {
		return first, dirReuser{held: keys}
	})
}

// benchRerender renders the 10,000-article site once, then again b.N times
// into the folder with the Reuser that next gives, each time reusing every page.
func benchRerender(b *testing.B, next func(first string, keys map[string]string) (string, Reuser)) {
	s := largeSite(10000)
	first := b.TempDir()
	st, err := RenderWith(first, s, mustTemplates(), Options{Salt: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	keys := keyMap(st)
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		dir, reuse := next(first, keys)
		before := cputime.Process()
		st, err := RenderWith(dir, s, mustTemplates(), Options{Salt: "bench", Reuse: reuse})
		if err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Process() - before
		if st.Reused != st.Pages {
			b.Fatalf("reused %d of %d pages", st.Reused, st.Pages)
		}
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
