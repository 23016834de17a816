package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// fetchTime is the clock of the add tests.
var fetchTime = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// pageServer serves a few pages and counts requests, so a test can tell that
// a refused add never touched the network.
func pageServer(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var hits atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/news/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><article><p>The bridge reopened on Thursday.</p></article></body></html>"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(encodeWith(t, charmap.ISO8859_1, "<html><p>Le musée a rouvert.</p></html>"))
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1252")
		w.Write(encodeWith(t, charmap.Windows1252, "Café prices rose by 3 €.\n"))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/story.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>filler</p>", 1000)))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func addOptions(t *testing.T) AddOptions {
	return AddOptions{Content: t.TempDir(), Now: func() time.Time { return fetchTime }, Timeout: 2 * time.Second}
}

func TestAddURL(t *testing.T) {
	srv, _ := pageServer(t)
	tests := []struct {
		name, path, wantExt, wantFinal, wantBody, wantCharset string
	}{
		{"html page", "/news/story.html", ".html", "/news/story.html", "The bridge reopened on Thursday.", "utf-8"},
		{"redirect records the final URL", "/old", ".html", "/news/story.html", "The bridge reopened on Thursday.", "utf-8"},
		{"server charset kept for offline builds", "/latin1", ".html", "/latin1", "Le musée a rouvert.", "windows-1252"},
		{"text page stored as UTF-8 text", "/plain", ".txt", "/plain", "Café prices rose by 3 €.", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := addOptions(t)
			added, err := Add(context.Background(), srv.URL+tt.path, opts)
			require.NoError(t, err)
			assert.Equal(t, srv.URL+tt.wantFinal, added.URL)
			assert.Equal(t, tt.wantExt, filepath.Ext(added.Path))
			assert.Equal(t, opts.Content, filepath.Dir(added.Path))

			docs, warns, err := Walk(opts.Content, Options{Now: testNow})
			require.NoError(t, err)
			assert.Empty(t, warns)
			require.Len(t, docs, 1)
			assert.Equal(t, srv.URL+tt.wantFinal, docs[0].Meta.URL)
			assert.Equal(t, fetchTime, docs[0].Meta.FetchedAt)
			assert.Equal(t, tt.wantCharset, docs[0].Meta.Charset)
			assert.Contains(t, docs[0].Body, tt.wantBody)
		})
	}
}

func TestAddURLNameIsStable(t *testing.T) {
	u, err := url.Parse("https://www.Example.com/news/2025/07/Big-Story.html?id=3")
	require.NoError(t, err)
	assert.Equal(t, "example-com-news-2025-07-big-story-"+shortHash(u.String()), nameForURL(u))
	other, _ := url.Parse("https://www.Example.com/news/2025/07/Big-Story.html?id=4")
	assert.NotEqual(t, nameForURL(u), nameForURL(other))
	long, _ := url.Parse("https://example.com/" + strings.Repeat("segment/", 40))
	assert.LessOrEqual(t, len(nameForURL(long)), maxNameSlug+9)
}

func TestAddURLNeverOverwrites(t *testing.T) {
	srv, hits := pageServer(t)
	opts := addOptions(t)
	first, err := Add(context.Background(), srv.URL+"/news/story.html", opts)
	require.NoError(t, err)
	before, err := os.ReadFile(first.Path)
	require.NoError(t, err)
	n := hits.Load()

	_, err = Add(context.Background(), srv.URL+"/news/story.html", opts)
	require.ErrorContains(t, err, "already stored as "+first.Path+"; digest add never overwrites")
	assert.Equal(t, n, hits.Load(), "a refused add fetches nothing")
	after, err := os.ReadFile(first.Path)
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

func TestAddURLFailures(t *testing.T) {
	srv, _ := pageServer(t)
	tests := []struct {
		path, maxBytes, want string
	}{
		{"/missing", "", "404 Not Found"},
		{"/image", "", "unsupported content type image/png"},
		{"/big", "100", "over the 100 byte limit"},
		{"/empty", "", "makes no article: empty file"},
		{"/loop", "", "stopped after 10 redirects"},
		{"/slow", "", "Client.Timeout exceeded"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			opts := addOptions(t)
			opts.Timeout = 300 * time.Millisecond
			if tt.maxBytes != "" {
				opts.MaxBytes = 100
			}
			_, err := Add(context.Background(), srv.URL+tt.path, opts)
			require.ErrorContains(t, err, tt.want)
			entries, err := os.ReadDir(opts.Content)
			require.NoError(t, err)
			assert.Empty(t, entries, "nothing is left in the content folder")
		})
	}
}

func TestAddFile(t *testing.T) {
	src := filepath.Join(t.TempDir(), "Saved Page.html")
	require.NoError(t, os.WriteFile(src, []byte("<p>A saved page.</p>"), 0o644))

	t.Run("copied under a name from its name and bytes", func(t *testing.T) {
		opts := addOptions(t)
		added, err := Add(context.Background(), src, opts)
		require.NoError(t, err)
		assert.Equal(t, filepath.Join(opts.Content, "saved-page-"+shortHash("<p>A saved page.</p>")+".html"), added.Path)
		got, err := os.ReadFile(added.Path)
		require.NoError(t, err)
		assert.Equal(t, "<p>A saved page.</p>", string(got), "kept byte for byte")
		_, err = Add(context.Background(), src, opts)
		assert.ErrorContains(t, err, "already exists; digest add never overwrites")
	})
	t.Run("with its original URL recorded", func(t *testing.T) {
		opts := addOptions(t)
		opts.URL = "https://example.com/saved"
		_, err := Add(context.Background(), src, opts)
		require.NoError(t, err)
		docs, _, err := Walk(opts.Content, Options{Now: testNow})
		require.NoError(t, err)
		require.Len(t, docs, 1)
		assert.Equal(t, "https://example.com/saved", docs[0].Meta.URL)
		assert.True(t, docs[0].Meta.FetchedAt.IsZero())
	})
	t.Run("unknown type refused", func(t *testing.T) {
		pdf := filepath.Join(t.TempDir(), "x.pdf")
		require.NoError(t, os.WriteFile(pdf, []byte("%PDF"), 0o644))
		_, err := Add(context.Background(), pdf, addOptions(t))
		assert.ErrorContains(t, err, "unknown file type .pdf")
	})
	t.Run("missing content folder", func(t *testing.T) {
		opts := addOptions(t)
		opts.Content = filepath.Join(opts.Content, "nope")
		_, err := Add(context.Background(), src, opts)
		assert.ErrorContains(t, err, "not a folder")
	})
}

func TestStampKeepsUTF16Pages(t *testing.T) {
	page := encodeWith(t, utf16LEWithBOM, "<p>Zürich</p>")
	stamped := stampHTML(page, Origin{URL: "https://e.com/z", Fetched: fetchTime})
	d := decode(stamped, true)
	assert.Equal(t, "utf-16le", d.charset)
	u, at := readHTMLStamp(d.text)
	assert.Equal(t, "https://e.com/z", u)
	assert.Equal(t, fetchTime, at)
	assert.True(t, strings.HasSuffix(d.text, "<p>Zürich</p>"))
}
