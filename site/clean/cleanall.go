package clean

import (
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// CleanAll cleans a set of documents together, so that lines repeated across
// articles of one source can be recognised as that source's template. Documents
// are cleaned in parallel; the output keeps the input order.
func CleanAll(docs []model.Document, opts Options) ([]model.Article, []model.Warning) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	templates := sourceTemplates(docs)
	arts := make([]model.Article, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				o := opts
				o.template = templates[i]
				arts[i], errs[i] = Clean(docs[i], o)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []model.Article
	var warns []model.Warning
	for i, d := range docs {
		if errs[i] != nil {
			warns = append(warns, model.Warning{File: d.Path, Reason: strings.TrimPrefix(errs[i].Error(), d.Path+": ")})
			continue
		}
		out = append(out, arts[i])
	}
	return out, warns
}
