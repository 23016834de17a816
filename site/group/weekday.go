package group

import (
	"github.com/topicdigest/digest/site/model"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An undated report still says when its happening took place: "the navy said
// on Saturday". Two undated groups whose leads name the same day of the week
// are more likely one happening split in two than two happenings of one kind,
// so the size bar between them is eased (see clusters.need). The day is only
// a hint (same-kind happenings can fall on the same day of the week), so the
// bar is eased, not waived, and the similarity must still be there.
//
// ECB+ topics 1-20 through events.sh, where the ECB half of each topic is
// undated: BCubed F1 0.913 -> 0.930, kind merges unchanged at 0.020 (the
// Indian navy's capture of 23 pirates and the Athens riots were each split in
// two). On the raw text with no dates at all (TestECBRawText), F1 0.934 ->
// 0.951, kind merges 0.021 -> 0.039: two earthquakes on a Sunday now merge.
// weekdayEase from 0.6 to 0.8 gives the same events.sh score; at 0.7 and
// below the raw-text kind merges climb to 0.06-0.07.
const weekdayEase = 0.75

// weekdayLead is how much of a report's start is searched for day names: the
// lead tells when the happening took place, later paragraphs recall others
// (ECB+ scores are the same from 800 characters to the whole text).
const weekdayLead = 1500

// weekdayNames are the day names, Sunday first and in lower case, of the
// languages whose names are words of their own (not also "months", "fifth" or
// "market", and not inflected out of recognition); reports in other languages
// name no day and keep the full size bar.
var weekdayNames = map[string][7]string{
	"en": {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"},
	"de": {"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"},
	"fr": {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"es": {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	"it": {"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
	"nl": {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
	"da": {"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	"no": {"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	"nb": {"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	"sv": {"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"},
}

// noWeekday marks a report whose lead names no day, or two days as often.
const noWeekday = -1

// mentionedWeekday is the day of the week (Sunday 0) a report's lead, in the
// given language, names most often as a word of its own.
func mentionedWeekday(text, lang string) int8 {
	names, ok := weekdayNames[lang]
	if !ok {
		return noWeekday
	}
	if len(text) > weekdayLead {
		text = text[:weekdayLead]
	}
	text = strings.ToLower(text)
	var counts dayVotes
	for d, name := range names {
		counts[d] = int32(countWords(text, name))
	}
	most := counts.most()
	if most == 0 || most&(most-1) != 0 { // none, or a tie
		return noWeekday
	}
	return int8(bits.TrailingZeros8(most))
}

// weekdayRead is what mentionedWeekday found in an article, kept with its
// bag so a regrouping does not read every undated lead again: the weekday
// plus 2, noWeekday as 1, and 0 (the zero value) for not read yet.
type weekdayRead uint8

// weekdayOf reads the weekday of an undated report's lead once: wr when it
// holds one, else mentionedWeekday's, which it keeps.
func (wr *weekdayRead) weekdayOf(a *model.Article) int8 {
	if *wr == 0 {
		*wr = weekdayRead(mentionedWeekday(a.Text, a.Language) + 2)
	}
	return int8(*wr) - 2
}

// valid reports whether wr is one that weekdayOf can have left.
func (wr weekdayRead) valid() bool { return wr <= 8 }

// countWords counts the times word stands in text as a word of its own, not
// inside a longer one ("mandag" in "mandagen" does not count, nor "sunday" in
// "sundays"; a plural names no one day).
func countWords(text, word string) int {
	n := 0
	for at := 0; ; {
		i := strings.Index(text[at:], word)
		if i < 0 {
			return n
		}
		start, end := at+i, at+i+len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			n++
		}
		at = end
	}
}

// dayVotes counts, for each day of the week, the undated reports of a
// cluster whose lead names that day most.
type dayVotes [7]int32

// dayVotes is a lone report's vote: none when it is dated (its date says
// more) or its lead names no one day.
func (d *doc) dayVotes() dayVotes {
	var v dayVotes
	if !d.dated && d.wday != noWeekday {
		v[d.wday] = 1
	}
	return v
}

func (v dayVotes) add(o dayVotes) dayVotes {
	for d := range v {
		v[d] += o[d]
	}
	return v
}

// most is the set (bit d for day d) of the days with the most votes, empty
// when there are none.
func (v dayVotes) most() uint8 {
	var top int32
	for _, n := range v {
		top = max(top, n)
	}
	var set uint8
	for d, n := range v {
		if n == top && n > 0 {
			set |= 1 << d
		}
	}
	return set
}

// agree reports whether two clusters' reports name the same day most (a tie
// on either side counts each of its days).
func (v dayVotes) agree(o dayVotes) bool { return v.most()&o.most() != 0 }
