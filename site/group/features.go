package group

import (
	"slices"
	"strings"
	"unicode"
)

// Term weights: names of people, places and organisations and figures single
// out one happening among others of its kind ("Tara Reid" rather than "rehab",
// "81st" rather than "Oscars"), so they weigh more than common words; the title
// and the lead state the happening, the tail adds background, so words weigh
// less the further down they come.
const (
	weightWord   = 1.0
	weightName   = 2.0
	weightPhrase = 2.0
	weightFigure = 2.0
	weightTitle  = 3.0
	weightLead   = 3.0 // first leadSentences sentences
	weightNear   = 1.5 // up to nearSentences
	weightTail   = 1.0

	leadSentences = 2
	nearSentences = 5
)

// Term prefixes keep the three kinds of term apart in one vocabulary.
const (
	namePrefix   = "@"
	figurePrefix = "#"
)

// features are what grouping needs from one article: its weighted term bag for
// the similarity, its title terms for the headline and its sentences for wire
// copies, novelty and the summary. Title and sentence terms are numbers: at
// first positions in the article's own bag, then (see prepare) vocabulary
// ids, so each distinct term's text is held once however often it recurs.
//
// Features recalled from Extractions are partial: the bag, the title and the
// terms of the lead sentences (what every event's write-up key reads), not
// the sentences and shingles, which only an event written up again reads
// (see whole). They were two thirds of an entry.
type features struct {
	bag      termBag
	title    []int32
	sents    []sentFeatures
	shingles []uint32  // sorted hashes of word runs, for wire copies (see shingles)
	lead     [][]int32 // partial features only: the first summaryLead sentences' terms
	partial  bool      // sents and shingles are not at hand (see whole)
	weekday  weekdayRead
}

// leadTerms are the terms of the first summaryLead sentences.
func (f *features) leadTerms() [][]int32 {
	if f.partial {
		return f.lead
	}
	lead := make([][]int32, min(summaryLead, len(f.sents)))
	for k := range lead {
		lead[k] = f.sents[k].terms
	}
	return lead
}

// sentFeatures is one body sentence with its distinct terms. The terms of
// all an article's sentences share one array of exactly their size (an
// array per sentence, each with room to spare, held 90 MB through the
// grouping of 100,000 articles).
type sentFeatures struct {
	text  string
	terms []int32
}

// extract reads an article's title and body into features.
func extract(title, text string, an *analyzer) features {
	f := features{bag: an.scratchBag()}
	bodySents := splitSentences(text)
	words := an.sentenceWords(bodySents)
	names := nameSet(words, an)
	f.sents = make([]sentFeatures, 0, len(words))
	tw := splitWords(title)
	titleCase := isTitleCase(tw, an)
	sink := &termSink{bag: &f.bag, an: an, buf: an.termBuf[:0], terms: an.sentTerms[:0]}
	sink.scale = weightTitle
	f.title = slices.Clone(sink.sentenceTerms(tw, names, titleCase))
	flat, ends := an.flatTerms[:0], an.sentEnds[:0]
	for i, ws := range words {
		sink.scale = positionWeight(i)
		flat = appendDistinct(flat, sink.sentenceTerms(ws, names, false))
		ends = append(ends, len(flat))
	}
	kept, start := slices.Clone(flat), 0
	for i, end := range ends {
		f.sents = append(f.sents, sentFeatures{text: bodySents[i], terms: kept[start:end:end]})
		start = end
	}
	an.termBuf, an.sentTerms, an.flatTerms, an.sentEnds = sink.buf, sink.terms, flat, ends
	f.bag = an.keepBag(f.bag)
	f.shingles = an.shingles(words)
	return f
}

func positionWeight(i int) float64 {
	switch {
	case i < leadSentences:
		return weightLead
	case i < nearSentences:
		return weightNear
	}
	return weightTail
}

// nameSet collects the words written with a capital inside sentences (not at
// their start) and the acronyms: the names the text uses. Words at the start
// of a sentence or in a title-case headline count as names only when the body
// also capitalises them mid-sentence.
func nameSet(sents [][]word, an *analyzer) map[string]bool {
	names := an.names // scratch, see analyzer
	clear(names)
	for _, ws := range sents {
		for _, w := range ws {
			if isNameWord(w, an) && (!w.start || w.caps) {
				names[w.lower] = true
			}
		}
	}
	return names
}

func isNameWord(w word, an *analyzer) bool {
	if !w.upper || w.digit || calendarWords[w.lower] {
		return false
	}
	return !an.isStop(w.lower) || (w.caps && len(w.lower) == 2) // "UN", "US"
}

// isTitleCase reports whether most content words of a headline are capitalised,
// in which case capitals say nothing about names.
func isTitleCase(ws []word, an *analyzer) bool {
	content, upper := 0, 0
	for _, w := range ws {
		if w.digit || an.isStop(w.lower) {
			continue
		}
		content++
		if w.upper {
			upper++
		}
	}
	return content >= 3 && upper*4 >= content*3
}

// sentenceTerms numbers the terms of one sentence in the bag and returns
// their numbers, in a buffer the next call reuses: names (single words and
// multiword runs), figures (alone and with the word they count) and the
// stems of the other content words.
func (s *termSink) sentenceTerms(ws []word, names map[string]bool, titleCase bool) []int32 {
	s.terms = s.terms[:0]
	run := 0 // the name words just before ws[i]
	for i, w := range ws {
		if isName(w, names, titleCase, s.an) {
			s.emit(weightName, namePrefix, w.lower)
			run++
			continue
		}
		s.flushName(ws[i-run : i])
		run = 0
		switch {
		case w.digit:
			s.figureTerms(ws, i)
		case !s.an.isStop(w.lower):
			s.terms = append(s.terms, s.bag.add(s.an.stemOf(w.lower), weightWord*s.scale))
		}
	}
	s.flushName(ws[len(ws)-run:])
	return s.terms
}

// flushName emits a run of two or more name words as one name ("@tara reid").
func (s *termSink) flushName(run []word) {
	if len(run) < 2 {
		return
	}
	s.buf = append(s.buf[:0], namePrefix...)
	for k, w := range run {
		if k > 0 {
			s.buf = append(s.buf, ' ')
		}
		s.buf = append(s.buf, w.lower...)
	}
	s.emitBuf(weightPhrase)
}

func isName(w word, names map[string]bool, titleCase bool, an *analyzer) bool {
	if !isNameWord(w, an) {
		return false
	}
	if w.caps || (!w.start && !titleCase) {
		return true
	}
	return names[w.lower]
}

// figureTerms emits the figure at ws[i] normalised ("14,000" -> "#14000",
// "$2.6" + "million" -> "#$2.6million"), and paired with what it counts
// ("#14000 troop"), unless it has letters in it (see hasLetter): "Kestrel-9
// carrying", "Kestrel-9 would" and "Kestrel-9 climb" were most of what
// merged two countries' launches of one rocket days apart. A day of the
// month is not paired with its month ("June 13", "13 June"): a date says
// when, which the article's date and the time window already weigh, and as
// a term it tied together every story of that day. At 100,000 generated
// articles (137 a day) "#february 10", from the datelines, was nine tenths
// of what put an election and a warehouse fire in one event. The two rules
// took BCubed F1 there from 0.809 to 0.827, at 10,000 from 0.943 to 0.949,
// and on ECB+ (events.sh) from 0.930 to 0.932.
func (s *termSink) figureTerms(ws []word, i int) {
	s.buf = appendFigure(append(s.buf[:0], figurePrefix...), ws, i)
	s.emitBuf(weightFigure)
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1].lower
		if magnitudes[next] {
			next = ""
			if i+2 < len(ws) {
				next = ws[i+2].lower
			}
		}
	}
	if next != "" && s.counts(ws[i].lower, next) {
		s.buf = appendFigure(append(s.buf[:0], figurePrefix...), ws, i)
		s.buf = append(append(s.buf, ' '), s.an.stemOf(next)...)
		s.emitBuf(weightFigure)
	}
}

// appendFigure appends the figure at ws[i] without its thousands commas, and
// the magnitude word after it if any ("$2.6million").
func appendFigure(buf []byte, ws []word, i int) []byte {
	fig := ws[i].lower
	for k := 0; k < len(fig); k++ {
		if fig[k] != ',' {
			buf = append(buf, fig[k])
		}
	}
	if i+1 < len(ws) && magnitudes[ws[i+1].lower] {
		buf = append(buf, ws[i+1].lower...)
	}
	return buf
}

// appendDistinct appends to flat the first of each repeated term of one
// sentence's terms ts; a sentence has few terms, so a scan beats a map.
func appendDistinct(flat, ts []int32) []int32 {
	start := len(flat)
	for _, t := range ts {
		if !slices.Contains(flat[start:], t) {
			flat = append(flat, t)
		}
	}
	return flat
}

var magnitudes = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true, "m": true, "bn": true}

var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// calendarWords are capitalised in English without being names.
var calendarWords = func() map[string]bool {
	m := map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true}
	for k := range monthWords {
		m[k] = true
	}
	return m
}()

// sentenceWords splits each sentence into words, all in one buffer that the
// analyzer keeps for its next article: the words only live while an article
// is extracted, and a buffer per sentence was a good part of the allocation.
func (an *analyzer) sentenceWords(sents []string) [][]word {
	buf := an.words[:0]
	ends := make([]int, len(sents))
	for i, s := range sents {
		buf = appendWords(buf, s)
		ends[i] = len(buf)
	}
	an.words = buf
	out := make([][]word, len(sents))
	lo := 0
	for i, hi := range ends {
		out[i] = buf[lo:hi:hi]
		lo = hi
	}
	return out
}

// counts reports whether figure counts the word next after it (at most a
// magnitude between them): a content word that is no month and no figure,
// after a figure that is only a number.
func (s *termSink) counts(figure, next string) bool {
	return !s.an.isStop(next) && !monthWords[next] && !strings.ContainsAny(next, "0123456789") && !hasLetter(figure)
}

// hasLetter reports whether a figure has a letter in it: then it names a
// thing ("Kestrel-9", "F-16", "4pm") rather than counting the word after it.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
