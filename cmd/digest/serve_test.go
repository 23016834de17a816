package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testPage = "<!doctype html><html lang=en><title>t</title><body><p>Hello</p></body></html>"

// fakeSite is an output folder with a page, a stylesheet and a 404 page, and a
// build whose outcome the test sets.
func fakeSite(t *testing.T) (*devServer, *error, string) {
	t.Helper()
	out := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(out, "events", "e1"), 0o755))
	for name, body := range map[string]string{
		"index.html":           testPage,
		"events/e1/index.html": testPage,
		"404.html":             "<!doctype html><title>404</title><body>gone</body>",
		"style.css":            "body{color:red}</body>",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(out, name), []byte(body), 0o644))
	}
	var buildErr error
	s := newDevServer(out, func() error { return buildErr }, io.Discard)
	return s, &buildErr, out
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

func TestServeInjectsReloadOnlyIntoServedPages(t *testing.T) {
	s, _, out := fakeSite(t)
	tests := []struct {
		path     string
		code     int
		contains string
		injected bool
	}{
		{"/", 200, "<p>Hello</p>" + reloadScript + "</body>", true},
		{"/events/e1/", 200, "Hello", true},
		{"/nowhere/", 404, "gone", true},
		{"/../../etc/passwd.html", 404, "gone", true},
		{"/style.css", 200, "color:red", false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body := get(t, s, tt.path)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, body, tt.contains)
			assert.Equal(t, tt.injected, strings.Contains(body, reloadPath))
		})
	}
	onDisk, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Equal(t, testPage, string(onDisk), "the published file is never changed")
}

func TestServeShowsBuildErrorUntilFixed(t *testing.T) {
	s, buildErr, _ := fakeSite(t)
	*buildErr = errors.New(`templates/base.html:3: unexpected "<" in command`)
	s.rebuild()
	code, body := get(t, s, "/events/e1/")
	assert.Equal(t, http.StatusInternalServerError, code)
	assert.Contains(t, body, "Build failed")
	assert.Contains(t, body, "unexpected &#34;&lt;&#34; in command", "the error is escaped")
	assert.Contains(t, body, reloadPath)
	code, _ = get(t, s, "/style.css")
	assert.Equal(t, http.StatusOK, code, "assets still load")

	*buildErr = nil
	s.rebuild()
	code, body = get(t, s, "/events/e1/")
	assert.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, "Hello")
}

func TestServeSendsReloadAfterEachBuild(t *testing.T) {
	s, buildErr, _ := fakeSite(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+reloadPath, nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	lines := bufio.NewScanner(resp.Body)
	waitFor := func(want string) {
		for lines.Scan() {
			if lines.Text() == want {
				return
			}
		}
		t.Fatalf("stream ended before %q: %v", want, lines.Err())
	}
	waitFor(": connected")
	s.rebuild()
	waitFor("data: reload")
	*buildErr = errors.New("broken")
	s.rebuild()
	waitFor("data: reload")
}

func TestWatchRebuildsOnceAfterABurstOfChanges(t *testing.T) {
	dir := t.TempDir()
	var builds atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	require.NoError(t, watch(ctx, []string{dir}, 500*time.Millisecond, func() { builds.Add(1) }, io.Discard))

	sub := filepath.Join(dir, "new", "deeper")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	time.Sleep(50 * time.Millisecond) // let the watcher add the new folders
	for i := range 5 {
		require.NoError(t, os.WriteFile(filepath.Join(sub, "a"+string(rune('0'+i))+".md"), []byte("x"), 0o644))
	}
	require.Eventually(t, func() bool { return builds.Load() >= 1 }, 5*time.Second, 20*time.Millisecond)
	time.Sleep(900 * time.Millisecond)
	assert.Equal(t, int32(1), builds.Load(), "a burst of saves makes one build")

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".hidden.swp"), []byte("x"), 0o644))
	time.Sleep(900 * time.Millisecond)
	assert.Equal(t, int32(1), builds.Load(), "editor scratch files are ignored")

	require.NoError(t, os.WriteFile(filepath.Join(sub, "a0.md"), []byte("changed"), 0o644))
	require.Eventually(t, func() bool { return builds.Load() == 2 }, 5*time.Second, 20*time.Millisecond,
		"a change in a folder created after watching began is seen")
}

func TestPageName(t *testing.T) {
	tests := map[string]string{
		"/":                "index.html",
		"/events/x/":       "events/x/index.html",
		"/404.html":        "404.html",
		"/../../x/":        "x/index.html",
		"/style.css":       "",
		"/events/x":        "",
		"/feed.xml":        "",
		"/a/../../b.html":  "b.html",
		"/events/%2e%2e/":  "events/%2e%2e/index.html",
		"/_digest/reload/": "_digest/reload/index.html",
	}
	for in, want := range tests {
		assert.Equal(t, want, pageName(in), in)
	}
}
