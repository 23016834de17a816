package e2e

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// served is a running `digest serve` and what it has printed so far.
type served struct {
	url    string
	cmd    *exec.Cmd
	stderr *serveLog
}

// serveLog is the server's stderr, line by line, and what the test has read of it.
type serveLog struct {
	lines chan string
	all   strings.Builder
}

// startServe runs `digest serve` on a free port and waits until it serves.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	cmd := exec.Command(digestBin, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	pipe, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	s := &served{cmd: cmd, stderr: &serveLog{lines: make(chan string, 1000)}}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			s.stderr.lines <- sc.Text()
		}
		close(s.stderr.lines)
	}()
	serving := regexp.MustCompile(`serving .* at (http://\S+)`)
	deadline := time.After(30 * time.Second)
	for s.url == "" {
		select {
		case l, ok := <-s.stderr.lines:
			require.True(t, ok, "digest serve exited early:\n%s", s.stderr.all.String())
			s.stderr.all.WriteString(l + "\n")
			if m := serving.FindStringSubmatch(l); m != nil {
				s.url = m[1]
			}
		case <-deadline:
			t.Fatalf("digest serve did not start:\n%s", s.stderr.all.String())
		}
	}
	return s
}

// waitLog waits for a line of the server's output containing want.
func (s *served) waitLog(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case l, ok := <-s.stderr.lines:
			require.True(t, ok, "digest serve exited:\n%s", s.stderr.all.String())
			s.stderr.all.WriteString(l + "\n")
			if strings.Contains(l, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no %q in the output of digest serve:\n%s", want, s.stderr.all.String())
		}
	}
}

func (s *served) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.url + strings.TrimPrefix(path, "/"))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// reloads opens the live-reload stream and returns a channel that receives one
// value per reload message.
func (s *served) reloads(t *testing.T) <-chan struct{} {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"_digest/reload", nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	ch := make(chan struct{}, 10)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "data:") {
				ch <- struct{}{}
			}
		}
	}()
	return ch
}

func waitReload(t *testing.T, ch <-chan struct{}, after string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
		t.Fatalf("no live-reload message after %s", after)
	}
}

func TestServeRebuildsAndReloadsOnChange(t *testing.T) {
	dir := t.TempDir()
	content, tpl, out := filepath.Join(dir, "content"), filepath.Join(dir, "templates"), filepath.Join(dir, "public")
	writeFiles(t, content, formatsContent)
	require.NoError(t, os.MkdirAll(tpl, 0o755))
	s := startServe(t, "-content", content, "-templates", tpl, "-out", out)

	code, page := s.get(t, "/")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, page, "/_digest/reload", "served pages carry the live-reload script")
	onDisk, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.NotContains(t, string(onDisk), "_digest", "public/ never gets the live-reload script")
	code, _ = s.get(t, "/feed.xml")
	assert.Equal(t, http.StatusOK, code)

	reloads := s.reloads(t)
	writeFiles(t, content, map[string]string{"late/new.md": "+++\ntitle = \"Harbour festival draws record crowd\"\ndate = 2025-03-09\nsource = \"City Post\"\n+++\n\n" +
		"The harbour festival drew a record crowd of 60,000 on Saturday. Markerserveword stalls ran out of food by evening.\n"})
	waitReload(t, reloads, "adding an article")
	_, events := s.get(t, "/events.json")
	assert.Contains(t, events, "late/new.md", "the rebuilt site has the new article")

	writeFiles(t, tpl, map[string]string{"base.html": "{{define \"base\"}}<html>{{ .Broken "})
	waitReload(t, reloads, "breaking a template")
	s.waitLog(t, "build failed")
	code, page = s.get(t, "/")
	assert.Equal(t, http.StatusInternalServerError, code)
	assert.Contains(t, page, "Build failed")
	assert.Contains(t, page, "base.html", "the error page names the broken template")
	assert.Contains(t, page, "/_digest/reload", "the error page reloads itself once fixed")

	require.NoError(t, os.Remove(filepath.Join(tpl, "base.html")))
	waitReload(t, reloads, "fixing the template")
	code, _ = s.get(t, "/")
	assert.Equal(t, http.StatusOK, code, "the server kept running and serves the site again")

	require.NoError(t, s.cmd.Process.Signal(syscall.SIGINT))
	require.NoError(t, s.cmd.Wait(), "Ctrl+C stops the server cleanly")
}
