package group

import (
	"encoding/binary"

	"github.com/topicdigest/digest/site/model"
)

// Extractions keeps what extraction found in each article from one grouping
// to the next. Extraction depends on an article's title, text and language
// alone and was half of a regrouping's work at 100,000 articles. A Memory
// holds the same for its own articles (see BagMemory); Extractions serves
// the articles it lacks when they are more than a few, and groupings
// without a Memory of the same options and program.
//
// Entries are grouping's own encoding, opaque to the keeper. A keeper must
// tell entries apart by at least the article's Title, Text and Language and
// the program that wrote them (another version may extract or encode
// differently). Extracted and Keep are called from several goroutines at
// once, Done once after them.
type Extractions interface {
	// Extracted is the entry kept for a, if any.
	Extracted(a *model.Article) (string, bool)
	// Keep stores a's entry for the next grouping.
	Keep(a *model.Article, entry string)
	// Done is called once every article's entry has been asked for or
	// kept: the keeper may save the entries and let them go before the
	// rest of grouping runs, which no longer reads them.
	Done()
}

// extractOrRecall is extract, or its partial features decoded from xs when
// xs holds them for a; a fresh extraction is kept in xs. A damaged entry is
// extracted again.
func extractOrRecall(a *model.Article, ans analyzers, xs Extractions) features {
	if xs == nil {
		return extract(a.Title, a.Text, ans.get(a.Language))
	}
	if entry, ok := xs.Extracted(a); ok {
		if f, err := decodeFeatures(entry); err == nil {
			return f
		}
	}
	an := ans.get(a.Language)
	f := extract(a.Title, a.Text, an)
	an.entry = appendFeatures(an.entry[:0], f)
	xs.Keep(a, string(an.entry))
	return f
}

// appendFeatures encodes the partial features of f (see features): the
// bag's terms and weights, and the title's and lead sentences' bag numbers.
// Every number is a uvarint; a weight is twice itself when that is a whole
// number (every weight the term sink gives is), else its bits.
func appendFeatures(b []byte, f features) []byte {
	b = binary.AppendUvarint(b, uint64(len(f.bag.terms)))
	for k, t := range f.bag.terms {
		b = appendText(b, t)
		b = appendWeight(b, f.bag.tf[k])
	}
	return appendLead(b, &f)
}

// decodeFeatures reads the partial features appendFeatures wrote; the terms
// are substrings of entry.
func decodeFeatures(entry string) (features, error) {
	d := entryDecoder{s: entry}
	f := features{partial: true}
	nt := d.count(2)
	f.bag.terms, f.bag.tf = make([]string, nt), make([]float64, nt)
	for k := range nt {
		f.bag.terms[k] = d.string()
		f.bag.tf[k] = d.weight()
	}
	if err := d.lead(&f, nt); err != nil {
		return features{}, err
	}
	return f, nil
}

// whole gives the members whose features are partial their sentences and
// shingles, for writing their event up: extraction again, the bag's terms
// numbered by the vocabulary. Extraction is the same for the same title,
// text and language, which is all an entry is kept under, so the terms are
// those the vocabulary was made from; one it lacks (an entry that was not
// this extraction's) is left out rather than misnumbered.
func (g *grouping) whole(members []int, ans analyzers) {
	for _, m := range members {
		d := &g.docs[m]
		if !d.f.partial {
			continue
		}
		f := extract(d.art.Title, d.art.Text, ans.get(d.art.Language))
		glob := make([]int32, len(f.bag.terms))
		for n, t := range f.bag.terms {
			glob[n] = g.voc.id(t)
		}
		f.title = known(f.title, glob)
		for k := range f.sents {
			f.sents[k].terms = known(f.sents[k].terms, glob)
		}
		f.bag = termBag{}
		d.f = f
	}
}

// known is ns as vocabulary ids through glob, without those the vocabulary
// lacks (-1).
func known(ns, glob []int32) []int32 {
	out := ns[:0]
	for _, n := range ns {
		if id := glob[n]; id >= 0 {
			out = append(out, id)
		}
	}
	return out
}
