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
	wday  int8    // the day of the week an undated report's lead names most (noWeekday if none)
	keys  []int   // positions in v of the terms it is indexed and searched by
	slots []int32 // by key: where its posting stands in the key's dated or undated postings
}

// freshArticles is how many articles missing from the earlier bags are
// extracted without asking Extractions: loading its pack (129 MB at 100,000
// articles) costs more than extracting a few.
const freshArticles = 64

// prepare extracts and weighs every article. Extraction runs in parallel, one
// analyzer cache per worker; everything that numbers terms runs in article order,
// so the result does not depend on the number of cores. Bags in eb (nil for
// none) are taken from there, and features kept in xs (nil for none) from
// there, instead of extracting again. With keep, it also returns each
// article's bag encoded for the next grouping's Memory.
func prepare(arts []*model.Article, xs Extractions, eb *earlierBags, keep bool) ([]doc, *vocabulary, [][]byte) {
	docs := make([]doc, len(arts))
	earlier := make([][]int32, len(arts)) // by position: the bag's earlier ids, if taken from eb
	tails := make([]string, len(arts))    // and the rest of its entry (see rebag)
	ask := xs
	if eb != nil && eb.missing() <= freshArticles {
		ask = nil
	}
	par.Chunks(len(arts), func(lo, hi int) {
		ans := analyzers{}
		for i := lo; i < hi; i++ {
			a := arts[i]
			docs[i] = doc{art: a, dated: a.Dated()}
			var ok bool
			if docs[i].f, earlier[i], tails[i], ok = eb.bag(i); !ok {
				docs[i].f = extractOrRecall(a, ans, ask)
			}
			if docs[i].dated {
				docs[i].day = float64(a.Date.Unix()) / 86400
			} else {
				docs[i].wday = docs[i].f.weekday.weekdayOf(a)
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
	var voc *vocabulary
	var globs [][]int32
	if eb != nil {
		voc, globs = buildVocabularyFrom(bags, earlier, eb)
	} else {
		voc, globs = buildVocabulary(bags)
	}
	var kept [][]byte
	if keep {
		kept = make([][]byte, len(docs))
	}
	par.Chunks(len(docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if earlier[i] != nil {
				docs[i].v = voc.weighKept(&docs[i].f.bag, globs[i])
			} else {
				docs[i].v = voc.weighBag(&docs[i].f.bag, globs[i])
			}
			switch {
			case keep && earlier[i] != nil:
				kept[i] = rebag(nil, docs[i].f.weekday, globs[i], tails[i])
			case keep:
				kept[i] = appendBag(nil, &docs[i].f, globs[i])
			}
			docs[i].f.renumber(globs[i])
			docs[i].f.bag = termBag{} // the vector holds it from here on; spare the memory
		}
	})
	return docs, voc, kept
}
