package render

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSitemapWrittenAsEncodingXMLWould: the sitemaps written by hand are
// byte for byte what encoding/xml makes of the same URLs: none, one
// without a date, text that needs escaping, an index of sitemaps.
func TestSitemapWrittenAsEncodingXMLWould(t *testing.T) {
	var many []sitemapURL // more than one chunk
	for i := range 3000 {
		many = append(many, sitemapURL{Loc: fmt.Sprintf("https://example.org/articles/%05d-drill&co/", i), LastMod: "2025-07-24"})
	}
	for name, urls := range map[string][]sitemapURL{
		"none":   nil,
		"one":    {{Loc: "https://example.org/"}},
		"dated":  {{Loc: "https://example.org/a/", LastMod: "2025-07-24"}, {Loc: "https://example.org/b/"}},
		"escape": {{Loc: "https://example.org/?a=1&b=<2>'\"\t\n\r\x01", LastMod: "2025&"}},
		"many":   many,
	} {
		var want, got bytes.Buffer
		require.NoError(t, encodeXML(&want, urlSet{NS: sitemapNS, URLs: urls}, name))
		require.NoError(t, writeSitemap(&got, "urlset", "url", urls))
		assert.Equal(t, want.String(), got.String(), name)

		want.Reset()
		got.Reset()
		require.NoError(t, encodeXML(&want, sitemapIndex{NS: sitemapNS, Sitemaps: urls}, name))
		require.NoError(t, writeSitemap(&got, "sitemapindex", "sitemap", urls))
		assert.Equal(t, want.String(), got.String(), "index, "+name)
	}
}

// TestDirURLEscapesAsPathEscape: a folder's URL is its segments, each as
// url.PathEscape gives it, whether or not one needs escaping.
func TestDirURLEscapesAsPathEscape(t *testing.T) {
	for _, dir := range []string{"events/2025-07-24_drill", "a/b.c~d_e", "a//b", "Séoul?", "a b/c", "x/%41", "/lead", "trail/", "A-Z/0_9"} {
		segs := strings.Split(dir, "/")
		for i, s := range segs {
			segs[i] = url.PathEscape(s)
		}
		assert.Equal(t, strings.Join(segs, "/")+"/", dirURL(dir), dir)
	}
}
