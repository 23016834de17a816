package group

// termSink numbers the terms of one article's sentences in its bag, each
// weighed by the part of the article it comes from (title, lead, tail). Terms
// are spelled out in one reused buffer, so a term the bag already holds, as
// most of an article's names and figures are after their first mention,
// costs a map lookup and no allocation.
type termSink struct {
	bag   *termBag
	an    *analyzer
	scale float64 // the weight of the part being read
	buf   []byte  // the term being spelled out
	terms []int32 // the current sentence's term numbers (the analyzer's scratch)
}

// emit counts the term prefix+t at weight w.
func (s *termSink) emit(w float64, prefix, t string) {
	s.buf = append(append(s.buf[:0], prefix...), t...)
	s.emitBuf(w)
}

// emitBuf counts the term spelled out in buf at weight w.
func (s *termSink) emitBuf(w float64) {
	s.terms = append(s.terms, s.bag.addBytes(s.buf, w*s.scale))
}
