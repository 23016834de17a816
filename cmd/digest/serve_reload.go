package main

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"
)

// reloadPath is the server-sent events stream a served page listens on; it exists
// only in `digest serve`, never in the published site.
const reloadPath = "/_digest/reload"

// reloadScript reloads the page when the server says a build finished. The stream
// is kept as window.digestReload so a test can wait until it is open.
const reloadScript = `<script>(window.digestReload=new EventSource("` + reloadPath + `")).onmessage=function(){location.reload()}</script>`

// injectReload adds reloadScript before the page's last </body>, or at its end.
func injectReload(page []byte) []byte {
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(reloadScript))
	out = append(out, page[:i]...)
	out = append(out, reloadScript...)
	return append(out, page[i:]...)
}

// broker fans a "build finished" signal out to every open page's event stream.
type broker struct {
	mu   sync.Mutex
	subs map[chan struct{}]struct{}
}

func newBroker() *broker { return &broker{subs: map[chan struct{}]struct{}{}} }

// notify tells every listener; one that has not consumed the last signal yet
// keeps that one, since a page reloads once however many builds it missed.
func (b *broker) notify() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

func (b *broker) subscribe() chan struct{} {
	ch := make(chan struct{}, 1)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	return ch
}

func (b *broker) unsubscribe(ch chan struct{}) {
	b.mu.Lock()
	delete(b.subs, ch)
	b.mu.Unlock()
}

// ServeHTTP streams one "reload" message per finished build until the page goes away.
func (b *broker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := b.subscribe()
	defer b.unsubscribe(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 1000\n: connected\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-ch:
			fmt.Fprint(w, "data: reload\n\n")
			flusher.Flush()
		}
	}
}
