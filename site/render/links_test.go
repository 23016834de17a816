package render

import (
	"bytes"
	"net/url"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// TestInternalLinks walks every href and src of every page and checks that
// each internal target is a file the render wrote, for the sample, a paged
// site with archives, and hostile content.
func TestInternalLinks(t *testing.T) {
	for name, s := range map[string]Site{"sample": sampleSite(), "many": manySite(45, 3, 20), "hostile": hostileSite()} {
		t.Run(name, func(t *testing.T) {
			dir, _ := renderTo(t, s)
			files := readTree(t, dir)
			_, basePath := baseURL(s.Settings.BaseURL)
			checked := 0
			for name, b := range files {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				for _, ref := range pageLinks(t, b) {
					target, internal := resolveInternal(name, ref, basePath)
					if !internal {
						continue
					}
					checked++
					assert.Truef(t, exists(files, target), "%s links to %q (%s): missing", name, ref, target)
				}
			}
			assert.Greater(t, checked, 10)
		})
	}
}

// pageLinks lists every href and src attribute value in an HTML page.
func pageLinks(t testing.TB, b []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			for _, a := range z.Token().Attr {
				if a.Key == "href" || a.Key == "src" {
					out = append(out, a.Val)
				}
			}
		}
	}
}

// resolveInternal resolves ref as a browser would on page (a path in the
// output folder) and returns the file it names, or internal=false for links
// to other sites. 404.html is served at any path, so its links are read
// against the base path.
func resolveInternal(page, ref, basePath string) (string, bool) {
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return "", false
	}
	p := u.Path
	if strings.HasPrefix(p, "/") {
		if !strings.HasPrefix(p, basePath) {
			return "/" + p, true // outside the site: reported missing
		}
		p = strings.TrimPrefix(p, basePath)
	} else {
		p = path.Join(path.Dir(page), p)
		if strings.HasSuffix(u.Path, "/") || u.Path == "" {
			p += "/"
		}
		if u.Path == "" {
			p = path.Dir(page) + "/"
		}
	}
	p = strings.TrimPrefix(p, "./")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if p == "./index.html" {
		p = "index.html"
	}
	return p, true
}

func exists(files map[string][]byte, p string) bool {
	_, ok := files[p]
	return ok
}
