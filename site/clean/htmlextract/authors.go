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
		m.tags["parsely-author"], m.tags["sailthru.author"], m.tags["dc.creator"], m.bylines}
	for _, src := range sources {
		if credits == nil && len(src) > 0 {
			credits = src
		}
		if names = authorNames(src); len(names) > 0 {
			return names, src
		}
	}
	return nil, credits
}

// authorNames splits and cleans raw author strings, dropping what is not a name.
func authorNames(raw []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		for _, name := range splitNames(r) {
			key := strings.ToLower(name)
			if seen[key] || len(out) >= maxAuthors {
				continue
			}
			seen[key] = true
			out = append(out, name)
		}
	}
	return out
}

// bylinePrefix is "By" and its equivalents in the languages the digest cleans.
var bylinePrefix = regexp.MustCompile(`(?i)^(by|von|par|por|door|di|da|de|van|av|af|written by|text:|texto:|autor:|auteur:)\s+`)

// nameSplitter separates several names in one byline.
var nameSplitter = regexp.MustCompile(`(?i)\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*`)

// splitNames turns one byline into names.
func splitNames(raw string) []string {
	raw = collapseSpace(raw)
	raw = bylinePrefix.ReplaceAllString(raw, "")
	var out []string
	for _, part := range nameSplitter.Split(raw, -1) {
		part = strings.Trim(part, " .:-–—")
		part = bylinePrefix.ReplaceAllString(part, "")
		if looksLikeName(part) {
			out = append(out, part)
		}
	}
	return out
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
	first := []rune(words[0])[0]
	return unicode.IsUpper(first)
}
