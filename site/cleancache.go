package site

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/model"
)

// articlePack is the cache file of cleaned articles inside cache.Dir.
const articlePack = "articles.pack"

// cleanCached cleans docs as clean.CleanAll does, taking each article from the
// content folder's article cache when its key (document, template lines, day,
// code version) is there and caching the ones it cleans. The cache only saves
// time: a cache that cannot be read or written is reported to log and the
// documents are cleaned as if there were none.
func cleanCached(docs []model.Document, content string, now time.Time, log io.Writer) ([]model.Article, []model.Warning) {
	b := clean.NewBatch(docs, clean.Options{Now: now})
	pack := loadArticlePack(content, log)
	arts, errs := cache.Memo(pack, b)
	if pack != nil {
		if err := pack.Save(); err != nil {
			logf(log, "cache: %v (the next build cleans again)", err)
		}
	}
	return b.Results(arts, errs)
}

// loadArticlePack opens the article cache of the content folder, or nil when
// caching is off or the cache folder cannot be named.
func loadArticlePack(content string, log io.Writer) *cache.Pack[model.Article] {
	dir, err := cache.Dir(content)
	if err != nil {
		logf(log, "cache: %v (building without it)", err)
		return nil
	}
	if dir == "" {
		return nil
	}
	pack, err := cache.Load[model.Article](filepath.Join(dir, articlePack), cache.Articles{})
	if err != nil {
		logf(log, "cache: %v (starting it afresh)", err)
	}
	return pack
}

// logf writes one line to log, if there is one.
func logf(log io.Writer, format string, args ...any) {
	if log != nil {
		fmt.Fprintf(log, format+"\n", args...)
	}
}
