package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trapDialogs replaces alert, confirm and prompt in every page before its own
// scripts run, counting calls instead of blocking: every payload in the hostile
// folder calls one of them.
const trapDialogs = `window.__contentScripts = 0;
window.alert = window.confirm = window.prompt = function () { window.__contentScripts++; };`

func TestBrowserRunsNoScriptFromHostileContent(t *testing.T) {
	chromium(t)
	dir := t.TempDir()
	content := hostileFolder(t, dir)
	out := filepath.Join(dir, "public")
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	buildSite(t, content, out, "-base-url", srv.URL+"/")

	var console consoleLog
	ctx := newBrowser(t, console.listen)
	require.NoError(t, chromedp.Do(ctx, addScriptOnNewDocument(trapDialogs)))
	paths := []string{"/", "/search/?q=plant"}
	for _, p := range append(pagesUnder(t, filepath.Join(out, "events")), pagesUnder(t, filepath.Join(out, "articles"))...) {
		rel, err := filepath.Rel(out, filepath.Dir(p))
		require.NoError(t, err)
		paths = append(paths, "/"+filepath.ToSlash(rel)+"/")
	}
	for _, p := range paths {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+p)), p)
		time.Sleep(150 * time.Millisecond) // let failed images fire their onerror
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`window.__contentScripts`))
		require.NoError(t, err, p)
		assert.Zero(t, n, "%s ran script from the content", p)
		for _, e := range console.take() {
			// The hostile folder links images that do not exist on purpose.
			if !strings.Contains(e, "404") {
				t.Errorf("%s: console error: %s", p, e)
			}
		}
	}
	t.Logf("%d pages opened", len(paths))
}

// addScriptOnNewDocument runs source in every page the tab opens from now on,
// before the page's own scripts.
func addScriptOnNewDocument(source string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: source})
		return err
	})
}
