package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/topicdigest/digest/site"
)

func init() {
	commands["serve"] = command{"build, serve the site locally and rebuild it when content or templates change", runServe}
}

// rebuildDelay is how long the watcher waits after the last change before it
// rebuilds, so an editor saving many files causes one build.
const rebuildDelay = 150 * time.Millisecond

func runServe(args []string, stdout, stderr io.Writer) int {
	var o site.Options
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	siteFlags(flags, &o)
	addr := flags.String("addr", "127.0.0.1:1313", "`host:port` to serve on")
	if flags.Parse(args) != nil {
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "digest serve: %v\n", err)
		return 1
	}
	url := "http://" + ln.Addr().String() + "/"
	if o.BaseURL == "" {
		o.BaseURL = url // links must lead back to this server, not the published site
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s := newDevServer(o.Out, func() error { return serveBuild(o, stderr) }, stderr)
	s.rebuild()
	dirs := []string{o.Content}
	if o.Templates != "" {
		dirs = append(dirs, o.Templates)
	}
	if err := watch(ctx, dirs, rebuildDelay, s.rebuild, stderr); err != nil {
		fmt.Fprintf(stderr, "digest serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "serving %s at %s (rebuilds when %s changes; Ctrl+C stops)\n", o.Out, url, strings.Join(dirs, " or "))
	return serveUntilDone(ctx, ln, s, stderr)
}

// serveBuild runs one build for the server and prints what the build command prints.
func serveBuild(o site.Options, stderr io.Writer) error {
	res, err := site.Build(o)
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "warning: %v\n", w)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(stderr, summaryLine(res, o.Out))
	return nil
}

func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler, stderr io.Writer) int {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close() // also ends the open live-reload streams
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "digest serve: %v\n", err)
		return 1
	}
	return 0
}

// devServer serves the output folder with live reload, or the last build's error
// in place of every page while the build is broken.
type devServer struct {
	out    string
	build  func() error
	log    io.Writer
	reload *broker
	files  http.Handler

	mu      sync.Mutex
	lastErr error
}

func newDevServer(out string, build func() error, log io.Writer) *devServer {
	return &devServer{out: out, build: build, log: log, reload: newBroker(), files: http.FileServer(http.Dir(out))}
}

// rebuild builds, remembers the outcome for the pages, and tells every open page
// to reload, whether the build worked or not.
func (s *devServer) rebuild() {
	err := s.build()
	if err != nil {
		fmt.Fprintf(s.log, "digest serve: build failed: %v\n(the browser shows this error until a build succeeds)\n", err)
	}
	s.mu.Lock()
	s.lastErr = err
	s.mu.Unlock()
	s.reload.notify()
}

func (s *devServer) buildError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr
}

func (s *devServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.URL.Path == reloadPath {
		s.reload.ServeHTTP(w, r)
		return
	}
	name := pageName(r.URL.Path)
	if name == "" {
		s.files.ServeHTTP(w, r)
		return
	}
	if err := s.buildError(); err != nil {
		writeHTML(w, http.StatusInternalServerError, errorPage(err))
		return
	}
	s.servePage(w, r, name)
}

// pageName is the HTML file a request path asks for, relative to the output
// folder, or "" when it asks for something else (an asset, or a folder without "/").
func pageName(urlPath string) string {
	p := path.Clean("/" + urlPath)
	if strings.HasSuffix(urlPath, "/") {
		p = path.Join(p, "index.html")
	}
	if !strings.HasSuffix(p, ".html") {
		return ""
	}
	return strings.TrimPrefix(p, "/")
}

// servePage sends an HTML page with the live-reload script added; the file on
// disk is left as published. A missing page gets the site's 404 page.
func (s *devServer) servePage(w http.ResponseWriter, r *http.Request, name string) {
	root, err := os.OpenRoot(s.out) // confines the read to the output folder
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer root.Close()
	b, err := root.ReadFile(name)
	status := http.StatusOK
	if errors.Is(err, fs.ErrNotExist) {
		status = http.StatusNotFound
		if b, err = root.ReadFile("404.html"); err != nil {
			b, err = []byte("<!doctype html><title>Not found</title><h1>Not found</h1>"), nil
		}
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeHTML(w, status, injectReload(b))
}

func writeHTML(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
}

var errorPageTemplate = template.Must(template.New("error").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#222;background:#fff}
pre{white-space:pre-wrap;background:#fee;border-left:4px solid #c00;padding:1rem}</style></head>
<body><h1>Build failed</h1><p>digest serve keeps running and reloads this page when a build succeeds.</p>
<pre>{{.}}</pre></body></html>
`))

// errorPage shows the build error in the browser, escaped, with live reload.
func errorPage(err error) []byte {
	var b strings.Builder
	errorPageTemplate.Execute(&b, err.Error())
	return injectReload([]byte(b.String()))
}
