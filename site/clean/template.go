package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// Template detection: a line that recurs in several page dumps of one source is
// that source's menu, footer or promo. Only repeats within a source count: the
// same paragraph in several outlets is wire copy, which is content.
const (
	templateMinDocs  = 2  // a line in this many documents of a source is template
	paragraphMinDocs = 3  // ... unless it reads as a paragraph, which needs this many
	paragraphWords   = 25 // words from which a line reads as a paragraph
	leadingKeyLines  = 3  // leading lines that identify a source when nothing else does
)

// sourceTemplates returns, for each document, the set of its lines (by
// lineKey) that are template lines of its source; nil when it has none.
// Sources are independent, so their documents' keys, and then the sources,
// are worked on in parallel.
func sourceTemplates(docs []model.Document) []map[string]bool {
	keys := make([]string, len(docs))
	par.Each(len(docs), func(i int) {
		if docs[i].Format == model.FormatText {
			keys[i] = sourceKey(docs[i])
		}
	})
	groups := map[string][]int{}
	for i, k := range keys {
		if k != "" {
			groups[k] = append(groups[k], i)
		}
	}
	sources := make([][]int, 0, len(groups))
	for _, idx := range groups {
		sources = append(sources, idx)
	}
	out := make([]map[string]bool, len(docs))
	par.Each(len(sources), func(s int) {
		tmpl := templateOf(docs, sources[s])
		for _, i := range sources[s] {
			out[i] = tmpl
		}
	})
	return out
}

// templateOf is the set of template lines of one source's documents idx, or
// nil when it has too few distinct documents to tell.
func templateOf(docs []model.Document, idx []int) map[string]bool {
	distinct := distinctDocs(docs, idx)
	if len(distinct) < templateMinDocs {
		return nil
	}
	counts := map[string]*lineCount{}
	var buf []byte
	for d, i := range distinct {
		for l := range strings.SplitSeq(docs[i].Body, "\n") {
			if l = strings.TrimSpace(l); utf8.RuneCountInString(l) < 2 {
				continue
			}
			buf = appendLineKey(buf[:0], l)
			if c := counts[string(buf)]; c != nil { // no string made for a line seen before
				if c.lastDoc != d {
					c.docs, c.lastDoc = c.docs+1, d
				}
				continue
			}
			counts[string(buf)] = &lineCount{docs: 1, lastDoc: d}
		}
	}
	tmpl := map[string]bool{}
	for k, c := range counts {
		if c.docs >= paragraphMinDocs || c.docs >= templateMinDocs && len(strings.Fields(k)) < paragraphWords {
			tmpl[k] = true
		}
	}
	return tmpl
}

// lineCount is how many documents of a source hold a line, and the last one
// that did, so a line repeated within a page counts once.
type lineCount struct {
	docs, lastDoc int
}

// distinctDocs keeps the first of the documents idx that share a content hash:
// copies of one file (a duplicate saved twice, an alias) are one page of the
// source, so their common lines are their own text, not the source's template.
func distinctDocs(docs []model.Document, idx []int) []int {
	seen := map[string]bool{}
	var out []int
	for _, i := range idx {
		if h := docs[i].Hash; h != "" {
			if seen[h] {
				continue
			}
			seen[h] = true
		}
		out = append(out, i)
	}
	return out
}

// sourceKey identifies a document's source: its URL's host, its date label when
// that is a site name, else its first lines (a site's header), which a section
// word like "Trending" would not.
func sourceKey(d model.Document) string {
	body, meta := splitHeadLines(d.Body, d.Meta)
	if h := HostName(meta.URL); h != "" {
		return "host:" + h
	}
	if meta.DateLabel != "" && !IsSectionLabel(meta.DateLabel) {
		return "label:" + strings.ToLower(meta.DateLabel)
	}
	var lead []string
	for _, l := range strings.Split(body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lead = append(lead, lineKey(l))
			if len(lead) == leadingKeyLines {
				return "lead:" + strings.Join(lead, "\n")
			}
		}
	}
	return ""
}
