package render

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestFavicon: every page, the 404 page at any depth included, names an icon
// the render wrote, so browsers never fetch a missing /favicon.ico.
func TestFavicon(t *testing.T) {
	for name, s := range map[string]Site{"sample": sampleSite(), "hostile": hostileSite()} {
		t.Run(name, func(t *testing.T) {
			dir, _ := renderTo(t, s)
			files := readTree(t, dir)
			_, basePath := baseURL(s.Settings.BaseURL)
			require.Contains(t, files, "favicon.svg")
			assert.NoError(t, xml.Unmarshal(files["favicon.svg"], new(struct{ XMLName xml.Name })), "favicon.svg is XML")
			for name, b := range files {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				icons := iconLinks(b)
				require.Lenf(t, icons, 1, "%s: one rel=icon link", name)
				target, internal := resolveInternal(name, icons[0], basePath)
				assert.Truef(t, internal, "%s: icon %q is the site's own", name, icons[0])
				assert.Equalf(t, "favicon.svg", target, "%s: icon %q", name, icons[0])
			}
		})
	}
}

// iconLinks lists the href of every <link rel="icon"> in an HTML page.
func iconLinks(b []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(b))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tok := z.Token(); tt != html.EndTagToken && tok.Data == "link" && attr(tok, "rel") == "icon" {
			out = append(out, attr(tok, "href"))
		}
	}
	return out
}
