package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// view is one way a reader sees a page: a window width and a colour scheme.
type view struct {
	name          string
	width, height int64
	dark          bool
}

var views = []view{
	{"phone", 390, 844, false},
	{"desktop", 1280, 800, false},
	{"desktop-dark", 1280, 800, true},
}

// consoleLog collects the errors a page reports: console.error calls, uncaught
// exceptions, and browser log errors such as a failed load.
type consoleLog struct {
	mu   sync.Mutex
	errs []string
}

func (c *consoleLog) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			msg = "console.error"
		}
	case *runtime.EventExceptionThrown:
		msg = "uncaught exception: " + ev.ExceptionDetails.Text
	case *cdplog.EventEntryAdded:
		// A failed load counts, the favicon included: every page links favicon.svg.
		if ev.Entry.Level == cdplog.EntryLevelError {
			msg = ev.Entry.Text + " " + ev.Entry.URL
		}
	}
	if msg != "" {
		c.mu.Lock()
		c.errs = append(c.errs, msg)
		c.mu.Unlock()
	}
}

func (c *consoleLog) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	errs := c.errs
	c.errs = nil
	return errs
}

// newBrowser starts Debian's Chromium headless with a fresh profile and no
// network traffic of its own.
func newBrowser(t *testing.T, listen func(any)) context.Context {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium(t)), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(alloc, chromedp.WithListener(listen))
	t.Cleanup(cancelCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// colorScheme makes the page see prefers-color-scheme: dark or light.
func colorScheme(dark bool) chromedp.Action[chromedp.Void] {
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// axeViolation is one rule axe-core found broken on a page.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

const runAxe = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || "", help: v.help,
  targets: v.nodes.slice(0, 5).map(n => n.target.join(" "))})))`

// publishedEvents reads a built site's events.json.
func publishedEvents(t *testing.T, out string) model.EventsJSON {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "events.json"))
	require.NoError(t, err)
	var evs model.EventsJSON
	require.NoError(t, json.Unmarshal(b, &evs))
	return evs
}

// searchWord is the longest word of the sample's first event title, which a
// search must find.
func searchWord(t *testing.T, out string) string {
	t.Helper()
	evs := publishedEvents(t, out)
	best := ""
	for _, w := range strings.FieldsFunc(evs.Events[0].Title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	require.NotEmpty(t, best)
	return best
}

// sampleLinks returns the path of the sample's first event and of its first article.
func sampleLinks(t *testing.T, out string) (event, article string) {
	t.Helper()
	evs := publishedEvents(t, out)
	require.NotEmpty(t, evs.Events)
	require.NotEmpty(t, evs.Events[0].Articles)
	return "/events/" + evs.Events[0].ID + "/", "/articles/" + evs.Events[0].Articles[0].ID + "/"
}

// screenshotDir is where the test keeps its screenshots: $DIGEST_SCREENSHOTS, or
// a temporary folder.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("DIGEST_SCREENSHOTS"); d != "" {
		require.NoError(t, os.MkdirAll(d, 0o755))
		return d
	}
	return t.TempDir()
}

// TestBrowserShowsTheSampleWithoutErrors opens the timeline, an event and an
// article in Chromium at phone and desktop widths and in dark mode. It also makes
// the screenshot in README.md:
//
//	DIGEST_README_SCREENSHOT=$PWD/docs/screenshot.png go test ./e2e -run Browser
func TestBrowserShowsTheSampleWithoutErrors(t *testing.T) {
	chromium(t)
	axe := string(axeScript(t))
	out := filepath.Join(t.TempDir(), "public")
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer srv.Close()
	buildSite(t, filepath.Join(repoRoot(t), "content"), out, "-base-url", srv.URL+"/")
	event, article := sampleLinks(t, out)
	shots := screenshotDir(t)

	var console consoleLog
	ctx := newBrowser(t, console.listen)
	for _, page := range []struct{ name, path string }{{"timeline", "/"}, {"event", event}, {"article", article}} {
		for _, v := range views {
			name := page.name + "-" + v.name
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(v.width, v.height), colorScheme(v.dark),
				chromedp.Navigate(srv.URL+page.path)), name)
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			require.NoError(t, err, name)
			require.NoError(t, os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644))
			if readme := os.Getenv("DIGEST_README_SCREENSHOT"); readme != "" && name == "timeline-desktop" {
				shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(readme, shot, 0o644))
			}
			assert.Empty(t, console.take(), "console errors on %s", name)
			if v.name == "phone" {
				wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
				require.NoError(t, err)
				assert.False(t, wide, "%s scrolls sideways on a phone", name)
			}
			assert.Empty(t, seriousViolations(t, ctx, axe, name), "axe-core on %s", name)
		}
	}
	word := searchWord(t, out)
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800), colorScheme(false),
		chromedp.Navigate(srv.URL+"/search/?q="+word)))
	waitUntil(t, ctx, `document.querySelector('a[href*="`+strings.TrimSuffix(event, "/")+`"]') !== null`,
		"searching for "+word+" does not list the event")
	assert.Empty(t, console.take(), "console errors on the search page")
	assert.Empty(t, seriousViolations(t, ctx, axe, "search"), "axe-core on the search page")
	t.Logf("screenshots in %s", shots)
}

func TestBrowserReloadsWhenContentChanges(t *testing.T) {
	chromium(t)
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeFiles(t, content, formatsContent)
	s := startServe(t, "-content", content, "-out", filepath.Join(dir, "public"))
	var console consoleLog
	ctx := newBrowser(t, console.listen)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(s.url)))
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.beforeReload = true`))
	require.NoError(t, err)
	waitUntil(t, ctx, `window.digestReload.readyState === EventSource.OPEN`, "the page never opened its live-reload stream")

	writeFiles(t, content, map[string]string{"new.md": "+++\ntitle = \"Lighthouse reopens to visitors\"\ndate = 2025-03-10\nsource = \"City Post\"\n+++\n\n" +
		"The old lighthouse reopened to visitors on Monday after a year of repairs, the city said.\n"})
	waitUntil(t, ctx, `window.beforeReload === undefined && document.readyState === "complete"`,
		"the page did not reload after the content changed")
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	require.NoError(t, err)
	assert.Contains(t, text, "Lighthouse reopens", "the reloaded page shows the new article")
	assert.Empty(t, console.take())
}

// seriousViolations runs axe-core on the open page and lists its serious and
// critical findings.
func seriousViolations(t *testing.T, ctx context.Context, axe, name string) []string {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+"; true"))
	require.NoError(t, err, "injecting axe-core into %s", name)
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](runAxe, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "running axe-core on %s", name)
	var serious []string
	for _, v := range vs {
		line := fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Targets, ", "))
		if v.Impact == "serious" || v.Impact == "critical" {
			serious = append(serious, line)
		} else {
			t.Logf("axe-core on %s, not failing: %s", name, line)
		}
	}
	return serious
}

// waitUntil evaluates cond in the page until it is true, for up to 30 seconds.
func waitUntil(t *testing.T, ctx context.Context, cond, failure string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		require.True(t, time.Now().Before(deadline), failure)
		time.Sleep(100 * time.Millisecond)
	}
}
