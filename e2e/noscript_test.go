package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSiteWorksWithoutJavaScript reads the sample with scripts disabled: the
// timeline still leads to the event and the article, and the search page tells
// the reader what to do instead.
func TestSiteWorksWithoutJavaScript(t *testing.T) {
	chromium(t)
	out := filepath.Join(t.TempDir(), "public")
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	buildSite(t, filepath.Join(repoRoot(t), "content"), out, "-base-url", srv.URL+"/")
	event, article := sampleLinks(t, out)

	ctx := newBrowser(t, func(any) {})
	require.NoError(t, chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})))
	steps := []struct{ page, link string }{{"/", event}, {event, article}}
	for _, s := range steps {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+s.page)))
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.links).filter(a => a.href === location.origin + "`+s.link+`").length`))
		require.NoError(t, err)
		assert.Positive(t, n, "%s links to %s without JavaScript", s.page, s.link)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/?q="+searchWord(t, out))))
	// With scripting off, a browser parses <noscript> content as elements.
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[int](
		`Array.from(document.querySelectorAll("noscript")).reduce((n, e) => n + e.querySelectorAll("a").length, 0)`))
	require.NoError(t, err)
	assert.Positive(t, shown, "the search page offers links elsewhere when scripts are off")
	hits, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.links).filter(a => a.href.includes("/events/")).length`))
	require.NoError(t, err)
	assert.Zero(t, hits, "scripts really were off: the search listed results")
}
