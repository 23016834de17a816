package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
)

// Fetch limits for digest add.
const (
	DefaultFetchTimeout = 30 * time.Second
	maxRedirects        = 10
	userAgent           = "digest/1 (static topic digest; fetches once per digest add)"
)

// fetched is a page as the server sent it.
type fetched struct {
	body        []byte
	finalURL    string // after redirects
	contentType string // media type, lower case, without parameters
	charset     string // charset parameter of Content-Type, if any
}

// newClient is an HTTP client with a timeout that follows a bounded number of
// redirects.
func newClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
}

// fetch GETs rawURL once and reads at most max bytes of the page.
func fetch(ctx context.Context, client *http.Client, rawURL string, max int64) (fetched, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return fetched{}, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return fetched{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetched{}, fmt.Errorf("GET %s: %s", resp.Request.URL, resp.Status)
	}
	if resp.ContentLength > max {
		return fetched{}, fmt.Errorf("GET %s: page of %d bytes is over the %d byte limit", resp.Request.URL, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return fetched{}, fmt.Errorf("GET %s: %w", resp.Request.URL, err)
	}
	if int64(len(body)) > max {
		return fetched{}, fmt.Errorf("GET %s: page is over the %d byte limit", resp.Request.URL, max)
	}
	f := fetched{body: body, finalURL: resp.Request.URL.String()}
	f.contentType, f.charset = mediaType(resp.Header.Get("Content-Type"), body)
	return f, nil
}

// mediaType reads the Content-Type header, or sniffs the body when the server
// sent none or a useless one. A sniffed type carries no charset: the sniffer's
// "charset=utf-8" is a guess, not a declaration.
func mediaType(header string, body []byte) (typ, charset string) {
	typ, params, err := mime.ParseMediaType(header)
	if err == nil && typ != "" && typ != "application/octet-stream" {
		return strings.ToLower(typ), params["charset"]
	}
	typ, _, _ = mime.ParseMediaType(http.DetectContentType(body))
	return strings.ToLower(typ), ""
}

// extensionFor is the file extension a page of media type typ is stored with.
func extensionFor(typ string) (string, error) {
	switch typ {
	case "text/html", "application/xhtml+xml":
		return ".html", nil
	case "text/plain":
		return ".txt", nil
	}
	return "", errors.New("unsupported content type " + typ + ": digest add stores HTML and plain text pages")
}
