package clean

import (
	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// CleanAll cleans a set of documents together, so that lines repeated across
// articles of one source can be recognised as that source's template. Documents
// are cleaned in parallel; the output keeps the input order.
func CleanAll(docs []model.Document, opts Options) ([]model.Article, []model.Warning) {
	b := NewBatch(docs, opts)
	arts := make([]model.Article, len(docs))
	errs := make([]error, len(docs))
	par.Each(len(docs), func(i int) { arts[i], errs[i] = b.Run(i) })
	return b.Results(arts, errs)
}
