package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tool-driven checks must report what they look for, or a broken setup (a
// checker that reads nothing, axe not injected) would pass every page.

const brokenPage = `<!doctype html><html><head><title>x</title></head><body>
<img src="a.png"><p><div>block in paragraph</div></p><input type="text">
<p style="color:#eee;background:#fff">low contrast</p></body></html>`

func TestValidateHTMLReportsErrors(t *testing.T) {
	vnu(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.html"), []byte(brokenPage), 0o644))
	assert.NotEmpty(t, validateHTML(t, dir))
}

func TestAxeReportsViolations(t *testing.T) {
	chromium(t)
	axe := string(axeScript(t))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(brokenPage))
	}))
	defer srv.Close()
	ctx := newBrowser(t, func(any) {})
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	assert.NotEmpty(t, seriousViolations(t, ctx, axe, "broken page"),
		"axe-core found nothing on a page with an unlabelled input and an image without alt text")
}

func TestDialogTrapCountsContentScripts(t *testing.T) {
	chromium(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<!doctype html><title>x</title><script>alert(1)</script><img src="/none.png" onerror="alert(2)">`))
	}))
	defer srv.Close()
	ctx := newBrowser(t, func(any) {})
	require.NoError(t, chromedp.Do(ctx, addScriptOnNewDocument(trapDialogs), chromedp.Navigate(srv.URL)))
	waitUntil(t, ctx, `window.__contentScripts === 2`, "the trap did not count an inline script and an onerror handler")
}
