package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"strings"
)

// maxNameSlug bounds the readable part of a stored page's name.
const maxNameSlug = 60

// nameForURL is the stable base name (no extension) a page fetched from u is
// stored under: host, path as a slug, and a short hash of the whole URL, so the
// same URL always maps to the same file and different URLs never share one.
// "https://www.example.com/news/2025/07/big-story.html?id=3" ->
// "example-com-news-2025-07-big-story-1a2b3c4d".
func nameForURL(u *url.URL) string {
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	p := strings.TrimSuffix(u.EscapedPath(), path.Ext(u.Path))
	if unescaped, err := url.PathUnescape(p); err == nil {
		p = unescaped
	}
	return shortSlug(host+" "+p) + "-" + shortHash(u.String())
}

// nameForFile is the stable base name a saved file is stored under: its own
// name as a slug and a short hash of its bytes.
func nameForFile(fileName string, raw []byte) string {
	return shortSlug(strings.TrimSuffix(fileName, path.Ext(fileName))) + "-" + shortHash(string(raw))
}

// shortSlug is s as one URL-safe segment, cut at a dash to at most maxNameSlug.
func shortSlug(s string) string {
	slug := slugSegment(s)
	if len(slug) > maxNameSlug {
		slug = slug[:maxNameSlug]
		if i := strings.LastIndexByte(slug, '-'); i > maxNameSlug/2 {
			slug = slug[:i]
		}
	}
	return strings.Trim(slug, "-")
}

// shortHash is the first 8 hex digits of s's SHA-256.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}
