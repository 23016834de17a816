package cache

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/topicdigest/digest/site/model"
)

// BenchmarkPackArticles100k saves and loads 100,000 articles of about 3 KB, the
// cost the article cache adds to every build of the scale goal.
func BenchmarkPackArticles100k(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	text := strings.Repeat("A sentence of an article body, about average length. ", 55)
	path := filepath.Join(b.TempDir(), "a.pack")
	p, _ := Load[model.Article](path, Articles{})
	for i := range 100000 {
		id := strconv.Itoa(i)
		p.Put(Key(id), model.Article{ID: id, Title: "Title " + id, Source: "Outlet", Text: text, Markdown: text})
	}
	b.ResetTimer()
	for range b.N {
		p.Put("changed", model.Article{})
		if err := p.Save(); err != nil {
			b.Fatal(err)
		}
		q, err := Load[model.Article](path, Articles{})
		if err != nil {
			b.Fatal(err)
		}
		p.old, p.size = q.old, q.size
	}
}
