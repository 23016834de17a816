package group

import (
	"encoding/binary"
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// Extractions keeps what extraction found in each article from one grouping
// to the next. Extraction depends on an article's title, text and language
// alone and is half of a regrouping's work at 100,000 articles, so a digest
// regrouped after one new article need extract only that one.
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

// extractOrRecall is extract, or its result decoded from xs when xs holds
// one for a; a fresh extraction is kept in xs. A damaged entry is extracted
// again.
func extractOrRecall(a *model.Article, ans analyzers, xs Extractions) features {
	if xs == nil {
		return extract(a.Title, a.Text, ans.get(a.Language))
	}
	if entry, ok := xs.Extracted(a); ok {
		if f, err := decodeFeatures(entry, a.Text); err == nil {
			return f
		}
	}
	an := ans.get(a.Language)
	f := extract(a.Title, a.Text, an)
	var ok bool
	if an.entry, ok = appendFeatures(an.entry[:0], f, a.Text); ok {
		xs.Keep(a, string(an.entry))
	}
	return f
}

// appendFeatures encodes f, the features of an article whose body is text:
// the bag's terms and weights, the title's and sentences' bag numbers, the
// sentences as spans of text, and the shingles. Every number is a uvarint;
// a weight is twice itself when that is a whole number (every weight the
// term sink gives is), else its bits. It is false, and the features are not
// kept, if a sentence is not a span of the text.
func appendFeatures(b []byte, f features, text string) ([]byte, bool) {
	b = binary.AppendUvarint(b, uint64(len(f.bag.terms)))
	for k, t := range f.bag.terms {
		b = appendText(b, t)
		b = appendWeight(b, f.bag.tf[k])
	}
	b = appendNumbers(b, f.title)
	b = binary.AppendUvarint(b, uint64(len(f.sents)))
	at := 0
	for _, s := range f.sents {
		skip := strings.Index(text[at:], s.text) // sentences are spans of the text, in order
		if skip < 0 {
			return b, false
		}
		start := at + skip
		b = binary.AppendUvarint(b, uint64(start-at))
		b = binary.AppendUvarint(b, uint64(len(s.text)))
		b = appendNumbers(b, s.terms)
		at = start + len(s.text)
	}
	b = binary.AppendUvarint(b, uint64(len(f.shingles)))
	for _, h := range f.shingles {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return b, true
}

// decodeFeatures reads what appendFeatures wrote for an article whose body
// is text; the terms are substrings of entry, the sentences of text.
func decodeFeatures(entry, text string) (features, error) {
	d := entryDecoder{s: entry}
	var f features
	nt := d.count(2)
	f.bag.terms, f.bag.tf = make([]string, nt), make([]float64, nt)
	for k := range nt {
		f.bag.terms[k] = d.string()
		f.bag.tf[k] = d.weight()
	}
	f.title = d.numbers(nt)
	ns := d.count(3)
	f.sents = make([]sentFeatures, ns)
	at := 0
	for k := range ns {
		skip, n := d.uvarint(), d.uvarint() // a span of text, not of the entry
		if d.err == nil && (skip > uint64(len(text)-at) || n > uint64(len(text)-at)-skip) {
			d.err = errEntry
		}
		if d.err != nil {
			return features{}, d.err
		}
		start := at + int(skip)
		at = start + int(n)
		f.sents[k] = sentFeatures{text: text[start:at], terms: d.numbers(nt)}
	}
	f.shingles = make([]uint64, d.count(8))
	for k := range f.shingles {
		f.shingles[k] = d.uint64()
	}
	if d.err == nil && len(d.s) > 0 {
		d.err = errEntry
	}
	return f, d.err
}
