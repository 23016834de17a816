package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"time"
)

// sitemapLimit is the most URLs one sitemap file may list (sitemaps.org).
const sitemapLimit = 50000

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// urlSet and sitemapIndex are the files' shapes, as encoding/xml would
// write them; writeSitemap writes them by hand.
type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

// sitemapURLs lists every page but the 404 and search pages, with the date
// it last changed when it has one.
func sitemapURLs(d *digest, pages []*page) []sitemapURL {
	urls := make([]sitemapURL, 0, len(pages))
	for _, p := range pages {
		if p.Canonical == "" || p.Kind == "search" {
			continue
		}
		urls = append(urls, sitemapURL{Loc: p.Canonical, LastMod: lastMod(d, p)})
	}
	return urls
}

func lastMod(d *digest, p *page) string {
	var t time.Time
	switch {
	case p.Event != nil:
		t = p.Event.Updated
	case p.Article != nil:
		t = p.Article.Date
	case p.Month != nil:
		for _, day := range p.Days {
			for _, e := range day.Events {
				if e.Updated.After(t) {
					t = e.Updated
				}
			}
		}
	case p.Kind == "timeline" && p.Pager.Number == 1:
		t = d.updated
	}
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// sitemapFiles splits urls into sitemap.xml, or, past sitemapLimit, into
// sitemaps/N.xml files listed by a sitemap.xml index. The result maps each
// file's path to what writes it.
func sitemapFiles(d *digest, urls []sitemapURL) map[string]func(io.Writer) error {
	out := map[string]func(io.Writer) error{}
	if len(urls) <= sitemapLimit {
		out["sitemap.xml"] = func(w io.Writer) error { return writeSitemap(w, "urlset", "url", urls) }
		return out
	}
	var index []sitemapURL
	for n := 1; len(urls) > 0; n++ {
		chunk := urls[:min(sitemapLimit, len(urls))]
		urls = urls[len(chunk):]
		name := "sitemaps/" + strconv.Itoa(n) + ".xml"
		index = append(index, sitemapURL{Loc: d.BaseURL + name})
		out[name] = func(w io.Writer) error { return writeSitemap(w, "urlset", "url", chunk) }
	}
	out["sitemap.xml"] = func(w io.Writer) error { return writeSitemap(w, "sitemapindex", "sitemap", index) }
	return out
}

// writeSitemap writes urls as encodeXML writes a urlSet or sitemapIndex
// (root) of them, each an item element, byte for byte: at 116,000 pages,
// encoding/xml's reflection was most of the sitemaps' time. It goes to w
// through a buffer of writeChunk bytes: a sitemap of 50,000 pages is
// 7 MB, which whole was as much fresh memory in every rebuild.
func writeSitemap(w io.Writer, root, item string, urls []sitemapURL) error {
	b := bytes.NewBuffer(make([]byte, 0, 2*writeChunk))
	b.WriteString(xml.Header)
	b.WriteString("<" + root + ` xmlns="` + sitemapNS + `">`)
	for _, u := range urls {
		b.WriteString("\n  <" + item + ">\n    <loc>")
		xml.EscapeText(b, []byte(u.Loc)) // a bytes.Buffer never fails
		b.WriteString("</loc>")
		if u.LastMod != "" {
			b.WriteString("\n    <lastmod>")
			xml.EscapeText(b, []byte(u.LastMod))
			b.WriteString("</lastmod>")
		}
		b.WriteString("\n  </" + item + ">")
		if b.Len() >= writeChunk {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	if len(urls) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("</" + root + ">\n")
	_, err := w.Write(b.Bytes())
	return err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
