package site

import (
	"encoding/binary"
	"sort"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/internal/par"
)

// sourceTemplates are the template lines of every source (as sorted hashes of
// their keys, clean.TemplateHashes), learnt from the line ids the file pack
// keeps of each page, so no page is read for them.
type sourceTemplates struct {
	rd           *readDocs
	bySource     map[string]lineSet // sources with template lines only
	fingerprints map[string]string  // every source's (readDocs.fingerprint)
}

// lineSet is a set of line hashes.
type lineSet map[uint64]struct{}

// learnTemplates finds each source's template lines. A source whose distinct
// pages are the ones the source pack learnt its template from keeps that
// template; any other has it worked out again from its pages' line ids.
func learnTemplates(rd *readDocs, pack *cache.Pack[cache.SourceEntry]) *sourceTemplates {
	pages := map[string][]docRef{}
	for _, r := range rd.docs {
		if s := rd.entry(r).Source; s != "" {
			pages[s] = append(pages[s], r)
		}
	}
	names := make([]string, 0, len(pages))
	for s := range pages {
		names = append(names, s)
	}
	found := make([]cache.Words, len(names))
	fps := make([]string, len(names))
	par.Each(len(names), func(i int) {
		distinct := rd.distinctPages(pages[names[i]])
		fp := rd.fingerprint(distinct)
		fps[i] = fp
		if e, ok := pack.Get(names[i]); ok && e.Fingerprint == fp {
			found[i] = e.Template
			return
		}
		ids := make([][]clean.LineID, len(distinct))
		for j, r := range distinct {
			ids[j] = lineIDs(rd.entry(r).Lines)
		}
		found[i] = cache.MakeWords(clean.TemplateHashes(ids))
		pack.Put(names[i], cache.SourceEntry{Fingerprint: fp, Template: found[i]})
	})
	t := &sourceTemplates{rd: rd, bySource: map[string]lineSet{}, fingerprints: make(map[string]string, len(names))}
	for i, s := range names {
		t.fingerprints[s] = fps[i]
		if n := found[i].Len(); n > 0 {
			set := make(lineSet, n)
			for j := range n {
				set[found[i].At(j)] = struct{}{}
			}
			t.bySource[s] = set
		}
	}
	return t
}

// distinctPages keeps the first of the pages that share a content hash, as
// clean's template detection does: copies of one file are one page.
func (rd *readDocs) distinctPages(refs []docRef) []docRef {
	seen := map[string]bool{}
	var out []docRef
	for _, r := range refs {
		if h := rd.entry(r).Hash; h != "" {
			if seen[h] {
				continue
			}
			seen[h] = true
		}
		out = append(out, r)
	}
	return out
}

// fingerprint names a set of distinct pages by their content (and the code
// that read them), whatever their order and names: a source's template lines
// depend on nothing else.
func (rd *readDocs) fingerprint(refs []docRef) string {
	parts := make([]string, 0, len(refs)+1)
	for _, r := range refs {
		e := rd.entry(r)
		if e.Hash != "" {
			parts = append(parts, e.Hash)
		} else {
			parts = append(parts, "lines:"+string(e.Lines))
		}
	}
	sort.Strings(parts)
	return cache.Key(append(parts, rd.version)...)
}

// lineIDs decodes the line ids a file entry keeps.
func lineIDs(w cache.Words) []clean.LineID {
	out := make([]clean.LineID, w.Len())
	for i := range out {
		out[i] = clean.LineID(w.At(i))
	}
	return out
}

// has reports whether the set holds h.
func (s lineSet) has(h uint64) bool {
	_, ok := s[h]
	return ok
}

// linesIn is which of document r's lines are its source's template, as the
// line ids cleaning would look up, stored as words: the part of the template
// that can change the document's cleaning.
func (t *sourceTemplates) linesIn(r docRef) string {
	e := t.rd.entry(r)
	tmpl := t.bySource[e.Source]
	if tmpl == nil {
		return ""
	}
	var out []byte
	for i := range e.Lines.Len() {
		if id := clean.LineID(e.Lines.At(i)); id&clean.LineLooked != 0 && tmpl.has(id.Hash()) {
			out = binary.LittleEndian.AppendUint64(out, uint64(id))
		}
	}
	return string(out)
}

// isTemplate is the test of a line hash against the template of document
// r's source, as clean.CleanWithTemplate takes it; nil when the source has
// none.
func (t *sourceTemplates) isTemplate(r docRef) func(hash uint64) bool {
	tmpl := t.bySource[t.rd.entry(r).Source]
	if tmpl == nil {
		return nil
	}
	return tmpl.has
}
