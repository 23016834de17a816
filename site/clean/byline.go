package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byline is what a byline line says about who wrote an article.
type Byline struct {
	Authors []string // people
	Orgs    []string // outlets and desks named in the byline ("Global Watch")
	Agency  string   // wire agency named in the byline ("AFP")
}

var (
	// bylinePrefixes open a byline line, lower case.
	bylinePrefixes = []string{"by ", "by: ", "von: ", "posted by ", "written by ", "words by ", "reporting by ", "von ",
		"geschrieben von ", "verfasst von ", "erstellt von ", "ein beitrag von ", "autor: ", "autorin: ", "author: ",
		"authors: ", "text: ", "par ", "auteur: ", "auteur : ", "por ", "escrito por ", "autor ",
		"di ", "a cura di ", "door ", "geschreven door ", "tekst: ", "verfasst von: ", "geschrieben von: ", "posted by: ",
		"written by: ", "escribe ", "作者：", "责任编辑：", "責任編輯："}

	// bylineCuts end the names part of a byline.
	bylineCuts = []string{" | ", "|", ":", " mit ", " with ", " avec ", " con ", " - ", " – ", " — ",
		" in ", " for ", " updated", " published", " posted", " veröffentlicht", " aktualisiert", " @", "•", "·", "/", "("}

	// bylineJoins separate names in a byline.
	bylineJoins = []string{" and ", " und ", " et ", " y ", " e ", " en ", " & ", ", ", ";"}

	// orgWords mark a byline name as an outlet or desk rather than a person.
	orgWords = wordSet(`news times post watch daily global press media journal herald today tribune staff
desk agency agencies network report reports wire online magazine gazette monitor observer telegraph chronicle
review radio tv group inc ltd llc gmbh service bureau editorial editors redaktion rédaction redacción
redazione redactie team newsroom reporters correspondents nachrichten zeitung journal diario noticias
notizie nieuws international world channel broadcasting`)

	// roleWords end a byline that names a job ("Tom Krisher, AP Auto Writer").
	roleWords = wordSet(`writer correspondent reporter editor journalist contributor columnist staff
redakteur redakteurin korrespondent korrespondentin journaliste rédacteur rédactrice periodista redactor
redactora giornalista corrispondente jornalista repórter redacteur verslaggever`)
)

// isByline reports whether a line is a byline: it opens with "By", "Von",
// "Posted by"..., names its author after a date or separator ("Veröffentlicht
// am 10. Februar 2019 von Heiko", "Accueil | Par Loïc Le Clerc | 30 septembre
// 2018"), or is a short "Name, Role" line.
func isByline(text string) bool {
	if utf8.RuneCountInString(text) > 160 {
		return false
	}
	lower := strings.ToLower(text)
	if _, ok := bylineStartIn(text, lower); ok {
		return true
	}
	if !strings.Contains(text, ",") {
		return false
	}
	words := strings.Fields(lower)
	return len(words) >= 3 && len(words) <= 8 && roleWords[strings.Trim(words[len(words)-1], ".,")]
}

// moreFields reports whether s has more than n space-separated fields, as
// len(strings.Fields(s)) > n without building them.
func moreFields(s string, n int) bool {
	fields, inField := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
		} else if !inField {
			inField = true
			if fields++; fields > n {
				return true
			}
		}
	}
	return false
}

// innerMarkers introduce the author inside a byline line, after a date,
// a separator or a verb such as "posted".
var innerMarkers = []string{" by ", " von ", " par ", " por ", " door ", " di ", " de "}

// handleMarker reports whether inner marker m may introduce a user name in
// lower case: "de" and "di" are prepositions far more often than bylines.
func handleMarker(m string) bool { return m != " de " && m != " di " }

// bylineStart returns where the author's name starts in a byline line.
func bylineStart(text string) (int, bool) {
	if utf8.RuneCountInString(text) > 160 {
		return 0, false
	}
	return bylineStartIn(text, strings.ToLower(text))
}

// bylineStartIn is bylineStart for a text of at most 160 characters whose
// strings.ToLower is lower.
func bylineStartIn(text, lower string) (int, bool) {
	upperAt := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(text[i:])
		return unicode.IsUpper(r)
	}
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) && len(text) > len(p) {
			i := len(p)
			return i, upperAt(i) || labelled(p) && letterAt(text, i) || handleAt(lower, i)
		}
	}
	if i, ok := labelAfterSeparator(text, lower); ok {
		return i, true
	}
	if strings.HasPrefix(text, "By") && len(text) > 2 && upperAt(2) {
		return 2, true // "ByAlex Bozarjian": the space lost with the markup
	}
	if moreFields(lower, 16) {
		return 0, false
	}
	for _, m := range innerMarkers {
		i := strings.Index(lower, m)
		if i <= 0 {
			continue
		}
		named := upperAt(i+len(m)) || handleMarker(m) && handleAt(lower, i+len(m))
		if !named || calendarWord(firstWord(lower[i+len(m):])) {
			continue // "28 de Abril de 2022" is a date
		}
		before := lower[:i]
		if strings.ContainsAny(before, "0123456789|•·") || strings.HasSuffix(before, "posted") ||
			strings.HasSuffix(before, "veröffentlicht") || strings.HasSuffix(before, "geschrieben") ||
			strings.HasSuffix(before, "published") || strings.HasSuffix(before, "written") ||
			strings.HasSuffix(before, "publié") || strings.HasSuffix(before, "publicado") ||
			strings.HasSuffix(before, "pubblicato") || strings.HasSuffix(before, "interview") ||
			strings.HasSuffix(before, "beitrag") {
			return i + len(m), true
		}
	}
	return 0, false
}

// ParseByline splits a byline line into people, outlets and a wire agency:
// "By AFP and Global Watch |" has the agency AFP and the outlet Global Watch,
// "By Thomas Maresca" the author Thomas Maresca. Exported so the HTML
// extractor reads bylines found in markup the same way.
func ParseByline(text string) Byline {
	var b Byline
	s := text
	if i, ok := bylineStart(text); ok {
		s = text[i:]
	}
	lower := strings.ToLower(s)
	cut := len(s)
	for _, c := range bylineCuts {
		if i := strings.Index(lower, c); i >= 0 && i < cut {
			cut = i
		}
	}
	if i := dateDigit(s); i >= 0 && i < cut {
		cut = i
	}
	if i := dateWordCut(lower); i >= 0 && i < cut {
		cut = i
	}
	for _, n := range splitAt(s[:cut], bylineJoins) {
		b.add(strings.Trim(n, " .,;:-–—|"))
	}
	return b
}

// dateDigit is where the first figure of s that starts a date or a time
// is, or -1: a figure opening a word, or one glued to a name but followed by
// a date's punctuation ("Tanja Karrasch3.11.2023"); not the figures of a
// user name ("c1ph4", "freeman1984").
func dateDigit(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			i += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		end := i + size
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end++
		}
		if i == 0 || !unicode.IsLetter(prev) || end < len(s) && strings.IndexByte("./:-", s[end]) >= 0 {
			return i
		}
		i = end // a user name's figures
	}
	return -1
}

// add files one name of a byline under people, outlets or agency.
func (b *Byline) add(n string) {
	words := strings.Fields(n)
	if len(words) == 0 || len(words) > 6 {
		return
	}
	if a := AgencyName(n); a != "" {
		b.Agency = a
		return
	}
	if roleWords[strings.ToLower(words[len(words)-1])] {
		// a job title names its employer in any case: "Ap Auto Writer"
		if a := agencyAliases[strings.ToLower(words[0])]; a != "" {
			b.Agency = a
		}
		return
	}
	for _, w := range words {
		if orgWords[strings.ToLower(strings.Trim(w, ".,"))] {
			b.Orgs = append(b.Orgs, n)
			return
		}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] && len(words) > 1 {
			return
		}
	}
	if len(words) == 1 && credentials[strings.ToLower(strings.Trim(n, "."))] {
		return // "Ilana Muhlstein, MS, RDN": a degree after the name, split off at its comma
	}
	b.Authors = append(b.Authors, n)
}

// credentials are degrees and titles written after a name, which a byline's
// commas split off as if they were names.
var credentials = wordSet("ms md phd rdn rd mph mba msc bsc ma ba jd dds rn cpa esq jr sr ii iii")

// nameParticles may be lower case inside a person's name.
var nameParticles = wordSet("von van der den de da del della di la le du dos das bin al y")

// splitAt splits s around every one of seps (see splitFold).
func splitAt(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, part := range parts {
			next = append(next, splitFold(part, sep)...)
		}
		parts = next
	}
	return parts
}

// splitFold splits s around sep, matching sep without regard to case.
func splitFold(s, sep string) []string {
	var out []string
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s, lower = s[i+len(sep):], lower[i+len(sep):]
	}
}

// dateCutWords introduce a date after the names ("am 25.08.2015", "on July 24",
// "le 3 mars"), but are also parts of names ("Le Clerc"), so they only cut
// before a number, a month or a weekday.
var dateCutWords = []string{" on ", " am ", " le ", " el ", " il ", " op ", " at ", " den ", " the "}

// dateWordCut is where a date introduced by one of dateCutWords starts in lower, or -1.
func dateWordCut(lower string) int {
	cut := -1
	for _, w := range dateCutWords {
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			next, _, _ := strings.Cut(strings.TrimLeft(lower[at+len(w):], " "), " ")
			next = strings.Trim(next, ".,")
			_, month := monthNames[next]
			_, wd := weekdayNames[next]
			r, _ := utf8.DecodeRuneInString(next)
			if month || wd || unicode.IsDigit(r) {
				if cut < 0 || at < cut {
					cut = at
				}
				break
			}
			from = at + len(w)
		}
	}
	return cut
}

// firstWord is s up to its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
