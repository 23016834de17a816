package htmlextract

import (
	"regexp"
	"strings"
	"unicode"
)

// maxAuthors bounds a byline: more names than this is a list of staff.
const maxAuthors = 6

// chooseAuthors takes the authors from JSON-LD, then author meta tags, then
// rel=author, itemprop=author and byline elements: the first source that
// yields a person's name. It also returns the credits as written, the first
// non-empty source, which may name an agency rather than a person ("AFP").
func chooseAuthors(m *metaSource, ld ldArticle) (names, credits []string) {
	sources := [][]string{ld.authors, m.tags["author"], m.tags["article:author"],
		m.tags["parsely-author"], m.tags["sailthru.author"], m.tags["dc.creator"]}
	for _, src := range sources {
		if credits == nil && len(src) > 0 {
			credits = src
		}
		if names, _ = authorNames(src, false); len(names) > 0 {
			return names, src
		}
	}
	if names, used := authorNames(m.bylines, true); len(names) > 0 {
		return names, used
	}
	if credits == nil && len(m.bylines) > 0 {
		credits = m.bylines[:1]
	}
	return nil, credits
}

// authorNames splits and cleans raw author strings, dropping what is not a
// person's name. Byline elements are taken one at a time, the first that names
// someone: later ones belong to teasers of other articles.
func authorNames(raw []string, oneAtATime bool) (names, used []string) {
	var out []string
	seen := map[string]bool{}
	for i, r := range raw {
		for _, name := range splitNames(r) {
			key := strings.ToLower(name)
			if seen[key] || len(out) >= maxAuthors {
				continue
			}
			seen[key] = true
			out = append(out, name)
		}
		if oneAtATime && len(out) > 0 {
			return out, raw[i : i+1]
		}
	}
	return out, raw
}

// bylinePrefix is "By" and its equivalents in the languages the digest cleans.
var bylinePrefix = regexp.MustCompile(`(?i)^(by|von|par|por|door|di|da|de|van|av|af|written by|text:|texto:|autor:|auteur:)\s+`)

// nameSplitter separates several names in one byline.
var nameSplitter = regexp.MustCompile(`\s*[,;|&]\s*|\s+(?:and|und|et|y|e|en|AND)\s+`)

// lastFirst is "Needleman, Sarah": one surname, a comma, given names.
var lastFirst = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}.'’ -]+)$`)

// splitNames turns one byline into names.
func splitNames(raw string) []string {
	raw = strings.Trim(collapseSpace(raw), " .")
	if m := lastFirst.FindStringSubmatch(raw); m != nil && len(strings.Fields(m[2])) <= 2 {
		raw = m[2] + " " + m[1]
	}
	raw = bylinePrefix.ReplaceAllString(raw, "")
	var out []string
	for _, part := range nameSplitter.Split(raw, -1) {
		part = strings.Trim(part, " .:-–—")
		part = bylinePrefix.ReplaceAllString(part, "")
		if looksLikeName(part) {
			out = append(out, titleCase(part))
		}
	}
	return out
}

// notNameWords are words of job titles and organisations, never of a person's name.
var notNameWords = wordSet(
	"writer", "correspondent", "reporter", "editor", "editors", "staff", "columnist",
	"contributor", "journalist", "news", "press", "media", "associated", "business",
	"reports", "desk", "team", "agency", "newsroom", "magazine", "online", "redaktion",
	"advance", "international", "times", "post", "daily", "network", "group", "services",
)

// titleCase rewrites a name written in capitals ("TOM KRISHER") as "Tom Krisher".
func titleCase(name string) string {
	if strings.ToUpper(name) != name {
		return name
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// looksLikeName accepts two to five words, letters only, the first capitalised:
// no URLs, dates, handles or sentences.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || len(s) > 60 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	for _, w := range words {
		if notNameWords[strings.ToLower(strings.Trim(w, "."))] {
			return false
		}
	}
	first := []rune(words[0])[0]
	return unicode.IsUpper(first)
}
