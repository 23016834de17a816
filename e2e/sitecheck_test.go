package e2e

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The outputs DESIGN.md names, present in every built site.
var requiredOutputs = []string{
	"index.html", "feed.xml", "atom.xml", "feed.json", "events.json",
	"sitemap.xml", "404.html", "style.css",
}

// urlAttrs are the attributes whose value a browser loads or follows.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"srcset": true, "cite": true, "data": true, "background": true, "xlink:href": true,
}

// pageLinks is what one HTML document links to and any markup that could run code.
type pageLinks struct {
	links  []string // href/src values
	unsafe []string // descriptions of executable markup
}

// scanHTML reads an HTML document (a page, or an item's content in a feed).
func scanHTML(doc string) pageLinks {
	var pl pageLinks
	z := html.NewTokenizer(strings.NewReader(doc))
	inScript := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return pl
		case html.TextToken:
			if inScript && strings.Contains(string(z.Text()), "alert(") {
				pl.unsafe = append(pl.unsafe, "script with content-supplied code")
			}
		case html.EndTagToken:
			inScript = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			inScript = tok.Data == "script" && tt == html.StartTagToken
			pl.unsafe = append(pl.unsafe, unsafeTag(tok)...)
			for _, a := range tok.Attr {
				if a.Key == "href" || a.Key == "src" {
					pl.links = append(pl.links, a.Val)
				}
			}
		}
	}
}

// unsafeTag lists what is executable in one start tag: event-handler attributes,
// script-capable URLs, and elements that embed other documents.
func unsafeTag(tok html.Token) []string {
	var bad []string
	switch tok.Data {
	case "iframe", "object", "embed", "frame", "applet", "base":
		bad = append(bad, "<"+tok.Data+"> element")
	case "script":
		if src := attr(tok, "src"); src != "" && !isLocal(src) {
			bad = append(bad, "script from "+src)
		}
	}
	for _, a := range tok.Attr {
		key := strings.ToLower(a.Key)
		if strings.HasPrefix(key, "on") {
			bad = append(bad, "<"+tok.Data+" "+key+"=...>")
		}
		if urlAttrs[key] && dangerousURL(a.Val) {
			bad = append(bad, "<"+tok.Data+" "+key+"="+a.Val+">")
		}
	}
	return bad
}

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// dangerousURL reports javascript:, vbscript: and data: URLs, as a browser would
// read them (it ignores whitespace and control characters inside the scheme).
func dangerousURL(v string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(v) {
		if r > ' ' && r != 0x7f {
			b.WriteRune(r)
		}
	}
	s := b.String()
	for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(s, scheme) || strings.Contains(s, ","+scheme) {
			return true
		}
	}
	return false
}

func isLocal(u string) bool {
	p, err := url.Parse(u)
	return err == nil && p.Scheme == "" && p.Host == ""
}

// siteChecker checks a built site: every internal link leads to a file, and no
// page or feed carries executable markup from the content.
type siteChecker struct {
	t      *testing.T
	public string
	base   *url.URL // the site's base_url
}

func newSiteChecker(t *testing.T, public, baseURL string) *siteChecker {
	t.Helper()
	u, err := url.Parse(baseURL)
	require.NoError(t, err)
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return &siteChecker{t: t, public: public, base: u}
}

// check runs every check and reports each broken link and unsafe markup found.
func (c *siteChecker) check() {
	c.t.Helper()
	for _, name := range requiredOutputs {
		assert.FileExists(c.t, filepath.Join(c.public, name))
	}
	var broken, unsafe []string
	for _, p := range pagesUnder(c.t, c.public) {
		b, err := os.ReadFile(p)
		require.NoError(c.t, err)
		rel, _ := filepath.Rel(c.public, p)
		pageURL := c.base.ResolveReference(&url.URL{Path: filepath.ToSlash(rel)})
		pl := scanHTML(string(b))
		for _, l := range pl.links {
			if !c.resolves(pageURL, l) {
				broken = append(broken, rel+" -> "+l)
			}
		}
		for _, u := range pl.unsafe {
			unsafe = append(unsafe, rel+": "+u)
		}
	}
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json"} {
		fb, fu := c.checkFeed(f)
		broken, unsafe = append(broken, fb...), append(unsafe, fu...)
	}
	broken = append(broken, c.checkSitemap()...)
	c.checkWellFormed()
	assert.Empty(c.t, broken, "broken internal links")
	assert.Empty(c.t, unsafe, "executable markup")
}

// resolves reports whether link, found on the page at pageURL, is external or
// leads to a file of the site.
func (c *siteChecker) resolves(pageURL *url.URL, link string) bool {
	if strings.HasPrefix(link, "#") || strings.HasPrefix(link, "mailto:") {
		return true
	}
	u, err := pageURL.Parse(link)
	if err != nil {
		return false
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host != c.base.Host {
		return true // external: not ours to check
	}
	if !strings.HasPrefix(u.Path, c.base.Path) {
		return false // on our host but outside the site
	}
	rel := strings.TrimPrefix(u.Path, c.base.Path)
	p := filepath.Join(c.public, filepath.FromSlash(path.Clean("/"+rel)))
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		p = filepath.Join(p, "index.html")
	}
	_, err = os.Stat(p)
	return err == nil
}

// checkFeed parses a feed as a feed reader would, and checks its item links and
// the HTML of its items' content.
func (c *siteChecker) checkFeed(name string) (broken, unsafe []string) {
	f, err := os.Open(filepath.Join(c.public, name))
	require.NoError(c.t, err)
	defer f.Close()
	feed, err := gofeed.NewParser().Parse(f)
	require.NoError(c.t, err, "%s does not parse", name)
	for _, it := range feed.Items {
		if !c.resolves(c.base, it.Link) {
			broken = append(broken, name+" -> "+it.Link)
		}
		// Titles are plain text in all three formats (Atom type="text", JSON Feed
		// "plain text", RSS as readers treat it), so only the HTML fields are scanned.
		for _, doc := range []string{it.Content, it.Description} {
			for _, u := range scanHTML(doc).unsafe {
				unsafe = append(unsafe, name+" item "+it.GUID+": "+u)
			}
		}
		if dangerousURL(it.Link) {
			unsafe = append(unsafe, name+" item link "+it.Link)
		}
	}
	return broken, unsafe
}

// checkSitemap checks that every URL the sitemap lists is a page of the site.
func (c *siteChecker) checkSitemap() []string {
	b, err := os.ReadFile(filepath.Join(c.public, "sitemap.xml"))
	require.NoError(c.t, err)
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	require.NoError(c.t, xml.Unmarshal(b, &sm), "sitemap.xml does not parse")
	var broken []string
	for _, u := range sm.URLs {
		if !c.resolves(c.base, u.Loc) {
			broken = append(broken, "sitemap.xml -> "+u.Loc)
		}
	}
	return broken
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	require.NoError(t, err)
	return u
}

// checkWellFormed parses the XML outputs strictly (encoding/xml rejects control
// characters and broken markup that lenient feed parsers forgive) and checks that
// the JSON outputs are valid JSON.
func (c *siteChecker) checkWellFormed() {
	c.t.Helper()
	for _, name := range []string{"feed.xml", "atom.xml", "sitemap.xml"} {
		f, err := os.Open(filepath.Join(c.public, name))
		require.NoError(c.t, err)
		d := xml.NewDecoder(f)
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if !assert.NoError(c.t, err, "%s is not well-formed XML", name) {
				break
			}
		}
		f.Close()
	}
	for _, name := range []string{"feed.json", "events.json"} {
		b, err := os.ReadFile(filepath.Join(c.public, name))
		require.NoError(c.t, err)
		assert.True(c.t, json.Valid(b), "%s is not valid JSON", name)
	}
}
