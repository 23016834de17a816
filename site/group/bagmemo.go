package group

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// Bags, replayed. Preparing the articles (their features decoded from
// Extractions, each looked up under a hash of its whole text, then the
// vocabulary built from every term of every bag by text) was a quarter of a
// regrouping after one new article at 100,000 articles. The Memory keeps
// each article's bag in vocabulary ids (see appendBag) with a hash of its
// title, text and language, and the vocabulary's terms: an article whose
// hash is unchanged takes its bag from there, and the vocabulary is the
// earlier one with the new terms merged in and the terms no article holds
// any more left out, in the same order a fresh one has (see
// buildVocabularyFrom).

// BagMemory is the articles' bags, by position in Memory.IDs: each one's
// title, text and language hashed (see textKey), and its bag (see
// appendBag), back to back, ending at BagEnds; and the vocabulary's terms
// by id, back to back, ending at TermEnds.
type BagMemory struct {
	Texts    []uint64
	Bags     string
	BagEnds  []int64
	Terms    string
	TermEnds []int32
}

// textKey hashes what extraction reads of an article: its title, text and
// language, or for an article the cache cleaned, what it was made from,
// which decides them (see model.Article.Made) and is a fiftieth the length.
func textKey(a *model.Article) uint64 {
	if a.Made != "" {
		return textHash(madeSeed, a.Made)
	}
	h := uint64(fnvOffset)
	for _, s := range [...]string{a.Title, a.Text, a.Language} {
		h = textHash(h, s)
	}
	return h
}

// madeSeed starts the text keys of articles named by what they were made
// from, apart from those of articles named by their text.
const madeSeed = 0x6d616465

// textKeys is textKey of every article, on every core.
func textKeys(arts []*model.Article) []uint64 {
	keys := make([]uint64, len(arts))
	par.Chunks(len(arts), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			keys[i] = textKey(arts[i])
		}
	})
	return keys
}

// appendBag encodes the partial features of f (see features) with its bag's
// terms as the vocabulary ids glob gives them, in id order: the weekday its
// lead names if it was read (one byte, see weekdayRead), their number, each
// id (as its step from the one before), then each weight (see
// appendWeight), then the title's and lead sentences' numbers in that
// order. The ids stay in order when the next grouping renumbers them (see
// buildVocabularyFrom), so its vectors need no sorting, the steps are small
// numbers, and all that follows the steps is kept as it is (see rebag).
func appendBag(b []byte, f *features, glob []int32) []byte {
	order := make([]int32, len(glob)) // bag numbers by id
	for n := range order {
		order[n] = int32(n)
	}
	slices.SortFunc(order, func(x, y int32) int { return int(glob[x]) - int(glob[y]) })
	rank := make([]int32, len(glob)) // bag number -> place in id order
	b = append(b, byte(f.weekday))
	b = binary.AppendUvarint(b, uint64(len(glob)))
	prev := int32(0)
	for k, n := range order {
		rank[n] = int32(k)
		b = binary.AppendUvarint(b, uint64(glob[n]-prev))
		prev = glob[n]
	}
	for _, n := range order {
		b = appendWeight(b, f.bag.tf[n])
	}
	ranked := features{title: ranks(f.title, rank), partial: true}
	for _, terms := range f.leadTerms() {
		ranked.lead = append(ranked.lead, ranks(terms, rank))
	}
	return appendLead(b, &ranked)
}

// rebag is appendBag for a bag taken from the memory: its ids, renumbered
// in the same order, are all that change, so the weights and lead that
// follow the steps in the earlier entry (tail, see decodeBag) are copied
// as they are. A third of a regrouping's bag keeping was encoding again
// what it had just decoded. b grows once, to the entry's size: growing it
// step by step allocated half again what the entries hold (50 MB per
// regrouping at 100,000 articles).
func rebag(b []byte, wr weekdayRead, ids []int32, tail string) []byte {
	b = slices.Grow(b, rebagSize(ids, tail))
	b = append(b, byte(wr))
	b = binary.AppendUvarint(b, uint64(len(ids)))
	prev := int32(0)
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
	}
	return append(b, tail...)
}

// rebagSize is the size of the entry rebag writes.
func rebagSize(ids []int32, tail string) int {
	n := 1 + uvarintLen(uint64(len(ids))) + len(tail)
	prev := int32(0)
	for _, id := range ids {
		n += uvarintLen(uint64(id - prev))
		prev = id
	}
	return n
}

// uvarintLen is how many bytes binary.AppendUvarint writes for x.
func uvarintLen(x uint64) int {
	n := 1
	for ; x >= 0x80; x >>= 7 {
		n++
	}
	return n
}

// ranks is ns through rank.
func ranks(ns, rank []int32) []int32 {
	out := make([]int32, len(ns))
	for k, n := range ns {
		out[k] = rank[n]
	}
	return out
}

// appendLead appends the title's and lead sentences' bag numbers.
func appendLead(b []byte, f *features) []byte {
	b = appendNumbers(b, f.title)
	lead := f.leadTerms()
	b = binary.AppendUvarint(b, uint64(len(lead)))
	for _, terms := range lead {
		b = appendNumbers(b, terms)
	}
	return b
}

// decodeBag reads what appendBag wrote for a vocabulary of terms terms:
// the partial features, without the bag's terms, their ids, and the tail
// of the entry after the ids (see rebag).
func decodeBag(entry string, terms int) (features, []int32, string, error) {
	if entry == "" || !weekdayRead(entry[0]).valid() {
		return features{}, nil, "", errEntry
	}
	d := entryDecoder{s: entry[1:]}
	f := features{partial: true, weekday: weekdayRead(entry[0])}
	nt := d.count(2)
	ids := make([]int32, nt)
	f.bag.tf = make([]float64, nt)
	id := uint64(0)
	for n := range nt {
		step := d.uvarint()
		if (n > 0 && step == 0) || step >= uint64(terms)-id {
			d.err = errEntry // ids rise, and stay in the vocabulary
		}
		id += step
		ids[n] = int32(id)
	}
	tail := d.s
	for n := range nt {
		f.bag.tf[n] = d.weight()
	}
	if err := d.lead(&f, nt); err != nil {
		return features{}, nil, "", err
	}
	return f, ids, tail, nil
}

// lead reads what appendLead wrote into f, for a bag of nt terms, and
// checks that nothing follows.
func (d *entryDecoder) lead(f *features, nt int) error {
	f.title = d.numbers(nt)
	nl := d.count(1)
	if d.err == nil && nl > summaryLead {
		d.err = errEntry
	}
	if d.err != nil {
		return d.err
	}
	f.lead = make([][]int32, nl)
	for k := range f.lead {
		f.lead[k] = d.numbers(nt)
	}
	if d.err == nil && len(d.s) > 0 {
		d.err = errEntry
	}
	return d.err
}

// earlierBags is a BagMemory read for this grouping: the earlier
// vocabulary, and for each article here, its bag there if its text is
// unchanged.
type earlierBags struct {
	terms  []string
	hashes []uint64 // by id, see termOrder
	mem    *BagMemory
	at     []int // by position here: the earlier position of an unchanged article, or -1
}

// earlierBagsOf reads mem's bags for the articles here, whose text keys are
// texts; nil if mem holds none or does not hold together.
func (g *grouping) earlierBagsOf(mem *Memory, texts []uint64) *earlierBags {
	bm := &mem.Bags
	if !bm.consistent(len(mem.IDs)) {
		return nil
	}
	eb := &earlierBags{mem: bm, at: make([]int, len(texts))}
	for i := range eb.at {
		eb.at[i] = -1
	}
	for j, i := range g.positionsOf(mem) {
		if i >= 0 && bm.Texts[j] == texts[i] {
			eb.at[i] = j
		}
	}
	eb.terms = make([]string, len(bm.TermEnds))
	eb.hashes = make([]uint64, len(bm.TermEnds))
	par.Chunks(len(eb.terms), func(lo, hi int) {
		for id := lo; id < hi; id++ {
			eb.terms[id] = bm.Terms[startOf(bm.TermEnds, id):bm.TermEnds[id]]
			eb.hashes[id] = fnvAdd(fnvOffset, eb.terms[id])
		}
	})
	if !slices.IsSorted(eb.hashes) {
		return nil // not a vocabulary in term order
	}
	return eb
}

// consistent reports whether the lists agree with each other and with n
// articles; a memory that fails it is not read.
func (bm *BagMemory) consistent(n int) bool {
	if len(bm.Texts) != n || len(bm.BagEnds) != n || !slices.IsSorted(bm.BagEnds) || !slices.IsSorted(bm.TermEnds) {
		return false
	}
	if n > 0 && (bm.BagEnds[0] < 0 || bm.BagEnds[n-1] != int64(len(bm.Bags))) {
		return false
	}
	t := len(bm.TermEnds)
	return t == 0 || (bm.TermEnds[0] >= 0 && int(bm.TermEnds[t-1]) == len(bm.Terms))
}

// missing counts the articles here whose bag is not in eb.
func (eb *earlierBags) missing() int {
	n := 0
	for _, j := range eb.at {
		if j < 0 {
			n++
		}
	}
	return n
}

// bag is the earlier bag of the article at position i here, if unchanged
// (eb may be nil: none), with the tail of its entry (see rebag).
func (eb *earlierBags) bag(i int) (features, []int32, string, bool) {
	if eb == nil || eb.at[i] < 0 {
		return features{}, nil, "", false
	}
	j := int(eb.at[i])
	f, ids, tail, err := decodeBag(eb.mem.Bags[startOf(eb.mem.BagEnds, j):eb.mem.BagEnds[j]], len(eb.terms))
	return f, ids, tail, err == nil
}

// id is the earlier id of term t, or -1.
func (eb *earlierBags) id(t string) int32 { return termID(eb.terms, eb.hashes, t) }

// buildVocabularyFrom is buildVocabulary for bags of which some (earlier[i]
// not nil) come as ids of eb's vocabulary instead of terms: the earlier
// terms keep their order, the new ones are merged in by theirs, and terms
// no bag holds are left out, which is the vocabulary and numbering
// buildVocabulary gives the same bags. Like it, it drops each bag's list
// of terms once it has numbered them.
func buildVocabularyFrom(bags []*termBag, earlier [][]int32, eb *earlierBags) (*vocabulary, [][]int32) {
	old := len(eb.terms)
	added := map[string]int32{}
	var addedTerms []string
	globs := make([][]int32, len(bags))
	for i, b := range bags {
		if earlier[i] != nil {
			globs[i], b.terms = earlier[i], nil
			continue
		}
		glob := make([]int32, len(b.terms))
		for n, t := range b.terms {
			id := eb.id(t)
			if id < 0 {
				var ok bool
				if id, ok = added[t]; !ok {
					id = int32(old + len(addedTerms))
					added[t] = id
					addedTerms = append(addedTerms, t)
				}
			}
			glob[n] = id
		}
		globs[i], b.terms = glob, nil
	}
	df := make([]int32, old+len(addedTerms))
	for _, glob := range globs {
		for _, id := range glob {
			df[id]++
		}
	}
	final, v := mergedTerms(eb, addedTerms, df)
	par.Chunks(len(globs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for n, id := range globs[i] { // in place: the lists are this grouping's own
				globs[i][n] = final[id]
			}
		}
	})
	v.n = len(bags)
	v.setIDFs()
	return v, globs
}

// mergedTerms orders the earlier terms and the added ones (numbered after
// them) that some bag holds (df above zero) by hash, ties by text, as
// termOrder does, and returns each one's id in that order (-1 for a term
// left out) and the vocabulary of them, without its idfs.
func mergedTerms(eb *earlierBags, addedTerms []string, df []int32) ([]int32, *vocabulary) {
	old := len(eb.terms)
	order, addedHashes := termOrder(addedTerms) // added term -> its rank among them
	byRank := make([]int32, len(addedTerms))
	for p, r := range order {
		byRank[r] = int32(old + p)
	}
	term := func(id int32) (string, uint64) {
		if int(id) < old {
			return eb.terms[id], eb.hashes[id]
		}
		return addedTerms[int(id)-old], addedHashes[order[int(id)-old]]
	}
	final := make([]int32, len(df))
	for k := range final {
		final[k] = -1
	}
	v := &vocabulary{}
	put := func(id int32) {
		if df[id] == 0 {
			return
		}
		t, h := term(id)
		final[id] = int32(len(v.terms))
		v.terms, v.hashes, v.df = append(v.terms, t), append(v.hashes, h), append(v.df, df[id])
	}
	i, k := int32(0), 0
	for int(i) < old || k < len(byRank) {
		if k == len(byRank) {
			put(i)
			i++
			continue
		}
		if int(i) == old {
			put(byRank[k])
			k++
			continue
		}
		ti, hi := term(i)
		tk, hk := term(byRank[k])
		if hi < hk || (hi == hk && strings.Compare(ti, tk) < 0) {
			put(i)
			i++
		} else {
			put(byRank[k])
			k++
		}
	}
	v.terms = ownCopy(v.terms)
	return final, v
}

// bagMemory is the memory of this grouping's bags: the articles' text keys
// and bags (kept by prepare), and the vocabulary's terms.
func bagMemory(texts []uint64, bags [][]byte, voc *vocabulary) BagMemory {
	bm := BagMemory{Texts: texts}
	bm.Bags, bm.BagEnds = joined[[]byte, int64](bags)
	bm.Terms, bm.TermEnds = joined[string, int32](voc.terms)
	return bm
}
