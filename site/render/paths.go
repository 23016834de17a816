package render

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/topicdigest/digest/site/internal/par"
)

// maxSegment bounds one path segment in bytes: file systems refuse names over
// 255 bytes, and jsonl ids can be arbitrarily long.
const maxSegment = 120

// slugger turns ids into output paths that are safe on disk and in URLs, and
// unique even on case-insensitive file systems. It is filled once, in a fixed
// order, so the same content always gets the same paths.
type slugger struct {
	used map[string]map[string]bool // kind -> lower-cased slugs already taken
}

func newSlugger() *slugger { return &slugger{used: map[string]map[string]bool{}} }

// assign returns the slug for id under kind ("events", "articles"), adding a
// numeric suffix when another id already took the same slug.
func (s *slugger) assign(kind, id string) string {
	slug := slugify(id)
	return take(s.kind(kind, 1), slug, strings.ToLower(slug))
}

// assignAll assigns the slugs of ids in order, as assign would one by one.
// The ids are slugified and lower-cased on all cores first; what is left on
// one core is a look-up per id, in a map made big enough at once (at 100,000
// articles, growing it and making the keys there took a tenth of a second).
func (s *slugger) assignAll(kind string, ids []string) []string {
	slugs, lower := make([]string, len(ids)), make([]string, len(ids))
	par.Each(len(ids), func(i int) {
		slugs[i] = slugify(ids[i])
		lower[i] = strings.ToLower(slugs[i])
	})
	used := s.kind(kind, len(ids))
	for i := range slugs {
		slugs[i] = take(used, slugs[i], lower[i])
	}
	return slugs
}

// kind is the set of lower-cased slugs taken under kind, made with room for
// size when there is none yet.
func (s *slugger) kind(kind string, size int) map[string]bool {
	if s.used[kind] == nil {
		s.used[kind] = make(map[string]bool, size)
	}
	return s.used[kind]
}

// take reserves base (lower-cased: lower) in used, or base with the first
// free numeric suffix.
func take(used map[string]bool, base, lower string) string {
	slug, key := base, lower
	for n := 2; used[key]; n++ {
		slug = base + "-" + strconv.Itoa(n)
		key = strings.ToLower(slug)
	}
	used[key] = true
	return slug
}

// slugify keeps an id's folder structure but drops empty, "." and ".." segments,
// replaces characters a URL or a file system would trip on, and shortens long
// segments with a hash so no two long ids collide.
func slugify(id string) string {
	if !strings.Contains(id, "/") { // most ids: one segment, nothing to split and join
		if seg := cleanSegment(id); seg != "" {
			return seg
		}
		return "_"
	}
	var segs []string
	for _, seg := range strings.Split(id, "/") {
		seg = cleanSegment(seg)
		if seg != "" {
			segs = append(segs, seg)
		}
	}
	if len(segs) == 0 {
		return "_"
	}
	return strings.Join(segs, "/")
}

func cleanSegment(seg string) string {
	if seg == "." || seg == ".." {
		return ""
	}
	seg = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r), r == '-', r == '_', r == '.', r == '~':
			return r
		default:
			return '-'
		}
	}, seg)
	if strings.HasPrefix(seg, ".") {
		seg = "_" + seg[1:]
	}
	if len(seg) > maxSegment {
		sum := sha256.Sum256([]byte(seg))
		cut := maxSegment - 17
		for cut > 0 && !isRuneStart(seg[cut]) {
			cut--
		}
		seg = seg[:cut] + "-" + hex.EncodeToString(sum[:8])
	}
	return seg
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// dirURL is the root-relative URL of a page written as dir/index.html: each
// segment escaped, with a trailing slash so static hosts serve the index.
func dirURL(dir string) string {
	if dir == "" {
		return ""
	}
	if plainPath(dir) {
		return dir + "/"
	}
	segs := strings.Split(dir, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/") + "/"
}

// plainPath reports whether no segment of dir needs escaping: every byte
// is one url.PathEscape leaves as it is, or a slash. Slugs are.
func plainPath(dir string) bool {
	for i := 0; i < len(dir); i++ {
		switch c := dir[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~', c == '/':
		default:
			return false
		}
	}
	return true
}

// rootFrom is the relative prefix that leads from a page in dir back to the site
// root ("" for the root, "../../" for a/b/index.html). Relative links work
// whatever path the site is served at, which base_url with a path needs.
func rootFrom(dir string) string {
	if dir == "" {
		return ""
	}
	return strings.Repeat("../", strings.Count(dir, "/")+1)
}

// link joins a page's root prefix and a root-relative target; the site root
// seen from itself is "./", since an empty href would not be a link.
func link(root, target string) string {
	if root == "" && target == "" {
		return "./"
	}
	return root + target
}

// baseURL normalises base_url to an absolute URL ending in "/" and returns it
// with its path, which the 404 page (served at any depth) uses for its links.
func baseURL(raw string) (abs, path string) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme == "" || u.Host == "" {
		u, _ = url.Parse("http://localhost:1313/")
	}
	u.RawQuery, u.Fragment = "", ""
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u.String(), u.EscapedPath()
}
