package group

import (
	"encoding/binary"
	"errors"
	"math"
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
// differently). Both methods are called from several goroutines at once.
type Extractions interface {
	// Extracted is the entry kept for a, if any.
	Extracted(a *model.Article) (string, bool)
	// Keep stores a's entry for the next grouping.
	Keep(a *model.Article, entry string)
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
	f := extract(a.Title, a.Text, ans.get(a.Language))
	if entry, ok := appendFeatures(nil, f, a.Text); ok {
		xs.Keep(a, string(entry))
	}
	return f
}

// errFeatures is a kept entry that does not decode.
var errFeatures = errors.New("damaged features entry")

// appendFeatures encodes f, the features of an article whose body is text:
// the bag's terms and weights, the title's and sentences' bag numbers, the
// sentences as spans of text, and the shingles. Every number is a uvarint;
// a weight is twice itself when that is a whole number (every weight the
// term sink gives is), else its bits. It is false, and the features are not
// kept, if a sentence is not a span of the text.
func appendFeatures(b []byte, f features, text string) ([]byte, bool) {
	b = binary.AppendUvarint(b, uint64(len(f.bag.terms)))
	for k, t := range f.bag.terms {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
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

func appendWeight(b []byte, w float64) []byte {
	if h := 2 * w; h >= 0 && h < 1<<52 && h == math.Trunc(h) {
		return binary.AppendUvarint(b, uint64(h)<<1)
	}
	b = binary.AppendUvarint(b, 1)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(w))
}

func appendNumbers(b []byte, ns []int32) []byte {
	b = binary.AppendUvarint(b, uint64(len(ns)))
	for _, n := range ns {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b
}

// decodeFeatures reads what appendFeatures wrote for an article whose body
// is text; the terms are substrings of entry, the sentences of text.
func decodeFeatures(entry, text string) (features, error) {
	d := featureDecoder{s: entry}
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
			d.err = errFeatures
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
		d.err = errFeatures
	}
	return f, d.err
}

// featureDecoder reads an entry front to back; its first error sticks, and
// every read after it gives zero.
type featureDecoder struct {
	s   string
	err error
}

func (d *featureDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := uvarintString(d.s)
	if n <= 0 {
		d.err = errFeatures
		return 0
	}
	d.s = d.s[n:]
	return v
}

// count is a length each of whose items takes at least least bytes more of
// the entry, so a damaged length cannot ask for more room than the entry has.
func (d *featureDecoder) count(least int) int {
	v := d.uvarint()
	if v > uint64(len(d.s)/least) {
		d.err = errFeatures
		return 0
	}
	return int(v)
}

func (d *featureDecoder) string() string {
	n := d.count(1)
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *featureDecoder) uint64() uint64 {
	if d.err != nil || len(d.s) < 8 {
		d.err = errFeatures
		return 0
	}
	s := d.s
	d.s = d.s[8:]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (d *featureDecoder) weight() float64 {
	v := d.uvarint()
	if v&1 == 0 {
		return float64(v>>1) / 2
	}
	return math.Float64frombits(d.uint64())
}

// numbers is a list of bag numbers, each below terms.
func (d *featureDecoder) numbers(terms int) []int32 {
	ns := make([]int32, d.count(1))
	for k := range ns {
		n := d.uvarint()
		if n >= uint64(terms) {
			d.err = errFeatures
			return nil
		}
		ns[k] = int32(n)
	}
	return ns
}

// uvarintString is binary.Uvarint over a string, without copying it.
func uvarintString(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -1
			}
			return v | uint64(c)<<(7*i), i + 1
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}
