package clean

import (
	"runtime"
	"sync"

	"github.com/topicdigest/digest/site/model"
)

// CleanAll cleans a set of documents together, so that lines repeated across
// articles of one source can be recognised as that source's template. Documents
// are cleaned in parallel; the output keeps the input order.
func CleanAll(docs []model.Document, opts Options) ([]model.Article, []model.Warning) {
	b := NewBatch(docs, opts)
	arts := make([]model.Article, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				arts[i], errs[i] = b.Run(i)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return b.Results(arts, errs)
}
