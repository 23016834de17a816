package htmlextract

import (
	"encoding/json"
	"regexp"
	"strings"
)

// ldArticle is what the page's JSON-LD says about its article.
type ldArticle struct {
	headline  string
	published string
	authors   []string
	publisher string
	url       string
}

// readJSONLD merges the article objects of the page's JSON-LD scripts. Objects
// typed as an article (NewsArticle, BlogPosting, ...) win over other objects;
// a script that is not valid JSON is ignored.
func readJSONLD(scripts []string) ldArticle {
	var best, fallback ldArticle
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
			// broken JSON (raw newlines, trailing commas) still names its fields
			mergeInto(&fallback, scrapeLD(s))
			continue
		}
		for _, obj := range ldObjects(v, 0) {
			target := &fallback
			if isArticleType(obj["@type"]) {
				target = &best
			}
			mergeLD(target, obj)
		}
	}
	mergeInto(&best, fallback)
	return best
}

// ldObjects flattens top-level arrays and @graph lists into objects.
func ldObjects(v any, depth int) []map[string]any {
	if depth > 4 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, ldObjects(e, depth+1)...)
		}
		return out
	case map[string]any:
		out := []map[string]any{t}
		if g, ok := t["@graph"]; ok {
			out = append(out, ldObjects(g, depth+1)...)
		}
		return out
	}
	return nil
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	for _, s := range ldStrings(t) {
		s = strings.ToLower(s)
		if strings.HasSuffix(s, "article") || s == "blogposting" || s == "report" || s == "liveblogposting" {
			return true
		}
	}
	return false
}

// mergeLD fills the empty fields of a from obj.
func mergeLD(a *ldArticle, obj map[string]any) {
	mergeInto(a, ldArticle{
		headline:  firstString(obj["headline"]),
		published: firstString(obj["datePublished"]),
		authors:   ldNames(obj["author"]),
		publisher: firstString(ldName(obj["publisher"])),
		url:       firstString(obj["url"]),
	})
}

func mergeInto(a *ldArticle, b ldArticle) {
	if a.headline == "" {
		a.headline = b.headline
	}
	if a.published == "" {
		a.published = b.published
	}
	if len(a.authors) == 0 {
		a.authors = b.authors
	}
	if a.publisher == "" {
		a.publisher = b.publisher
	}
	if a.url == "" {
		a.url = b.url
	}
}

// ldNames reads an author field: a string, an object with a name, or a list.
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case map[string]any:
		return ldStrings(t["name"])
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// ldName reads the name of an object (or the string itself).
func ldName(v any) any {
	if m, ok := v.(map[string]any); ok {
		return m["name"]
	}
	if l, ok := v.([]any); ok && len(l) > 0 {
		return ldName(l[0])
	}
	return v
}

// ldStrings reads a string or a list of strings.
func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func firstString(v any) string {
	if s := ldStrings(v); len(s) > 0 {
		return strings.TrimSpace(s[0])
	}
	return ""
}

// ldField finds a string field in JSON-LD text that does not parse.
var ldField = regexp.MustCompile(`"(headline|datePublished)"\s*:\s*"([^"]{1,300})"`)

// scrapeLD reads the headline and date of unparseable JSON-LD text.
func scrapeLD(s string) ldArticle {
	var a ldArticle
	for _, m := range ldField.FindAllStringSubmatch(s, -1) {
		switch {
		case m[1] == "headline" && a.headline == "":
			a.headline = strings.TrimSpace(m[2])
		case m[1] == "datePublished" && a.published == "":
			a.published = strings.TrimSpace(m[2])
		}
	}
	return a
}
