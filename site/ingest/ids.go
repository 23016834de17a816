package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strconv"
	"strings"

	"github.com/gosimple/unidecode"
)

// maxSegment bounds one id segment, so that public/articles/ID/ stays within
// file name limits even after transliteration lengthens a name.
const maxSegment = 100

// fileID is a file's natural id: its slash path under the content folder
// without the extension, each segment made URL-safe.
func fileID(file string) string {
	return slugPath(strings.TrimSuffix(file, path.Ext(file)))
}

// lineID is the id of one .jsonl line: the file's id, then the line's own id or
// its number as one more path segment. DESIGN.md joins them with "#"; a "#" in a
// URL path starts the fragment, so the id uses "/" to stay URL-safe.
func lineID(file, id string) string {
	return fileID(file) + "/" + slugSegment(id)
}

// slugPath makes every segment of a slash path URL-safe and drops the segments
// that are nothing but dots or separators, so an id never climbs out of the
// folder it is rendered into.
func slugPath(p string) string {
	var segs []string
	for _, s := range strings.Split(p, "/") {
		if strings.Trim(s, ". ") == "" {
			continue
		}
		segs = append(segs, slugSegment(s))
	}
	if len(segs) == 0 {
		return slugSegment(p)
	}
	return strings.Join(segs, "/")
}

// slugSegment transliterates s to ASCII (unidecode: "Ünïcödé" -> "unicode",
// "日本" -> "ri-ben") and keeps lowercase letters, digits and "_", with every run
// of anything else (dashes included) as one "-". A name with nothing left becomes "x-" and a
// short hash of it, so different such names stay apart.
func slugSegment(name string) string {
	s := name
	if !isASCII(s) {
		s = unidecode.Unidecode(s)
	}
	var b strings.Builder
	pending := false // a run of other characters waits to become one "-"
	for i := 0; i < len(s) && b.Len() < maxSegment; i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
		default:
			pending = true
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte('-')
		}
		pending = false
		b.WriteByte(c)
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		sum := sha256.Sum256([]byte(name))
		return "x-" + hex.EncodeToString(sum[:4])
	}
	return out
}

// isASCII reports whether s needs no transliteration.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// assignIDs makes ids unique in order: the first holder of an id keeps it, and
// later ones get "-2", "-3", ... skipping every id some document holds
// naturally, so the result does not depend on which duplicates exist.
func assignIDs(ids []string) []string {
	natural := make(map[string]bool, len(ids))
	for _, id := range ids {
		natural[id] = true
	}
	used := make(map[string]bool, len(ids))
	out := make([]string, len(ids))
	for i, id := range ids {
		if !used[id] {
			used[id], out[i] = true, id
			continue
		}
		for n := 2; ; n++ {
			c := id + "-" + strconv.Itoa(n)
			if !used[c] && !natural[c] {
				used[c], out[i] = true, c
				break
			}
		}
	}
	return out
}
