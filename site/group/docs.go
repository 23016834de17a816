package group

import (
	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// doc is one article prepared for grouping.
type doc struct {
	art   *model.Article
	f     features
	v     vec     // unit TF-IDF vector
	day   float64 // days since the Unix epoch, fractional when the time is known
	dated bool
	wday  int8  // the day of the week an undated report's lead names most (noWeekday if none)
	keys  []int // positions in v of the terms it is indexed and searched by
}

// prepare extracts and weighs every article. Extraction runs in parallel, one
// analyzer cache per worker; everything that numbers terms runs in article order,
// so the result does not depend on the number of cores. Features kept in xs
// (nil for none) are taken from there instead of extracted again.
func prepare(arts []*model.Article, xs Extractions) ([]doc, *vocabulary) {
	docs := make([]doc, len(arts))
	par.Chunks(len(arts), func(lo, hi int) {
		ans := analyzers{}
		for i := lo; i < hi; i++ {
			a := arts[i]
			docs[i] = doc{art: a, f: extractOrRecall(a, ans, xs), dated: a.Dated()}
			if docs[i].dated {
				docs[i].day = float64(a.Date.Unix()) / 86400
			} else {
				docs[i].wday = mentionedWeekday(a.Text, a.Language)
			}
		}
	})
	if xs != nil {
		xs.Done()
	}
	bags := make([]*termBag, len(docs))
	for i := range docs {
		bags[i] = &docs[i].f.bag
	}
	voc, globs := buildVocabulary(bags)
	par.Chunks(len(docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			docs[i].v = voc.weighBag(&docs[i].f.bag, globs[i])
			docs[i].f.renumber(globs[i])
			docs[i].f.bag = termBag{} // the vector holds it from here on; spare the memory
		}
	})
	return docs, voc
}
