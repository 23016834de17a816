package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
	"golang.org/x/net/html/charset"
)

// AddOptions configure Add.
type AddOptions struct {
	Content  string           // content folder the page is stored in; it must exist
	URL      string           // for a saved file: the page's original address, recorded with it
	Timeout  time.Duration    // whole fetch, redirects included; 0 means DefaultFetchTimeout
	MaxBytes int64            // largest page accepted; 0 means DefaultMaxBytes
	Now      func() time.Time // clock for the fetch time; nil means time.Now
}

// Added says what Add stored.
type Added struct {
	Path string // the new file in the content folder
	URL  string // the page's address after redirects ("" for a saved file without -url)
}

// Add stores one page in the content folder, so that later builds read it
// offline: src is an http(s) URL, fetched once, or the path of a saved file.
// The file is named after the URL (or the saved file's name and bytes) with a
// short hash, carries its address and fetch time (see Origin), and never
// replaces an existing file. The page must make an article: an empty or
// binary page is refused.
func Add(ctx context.Context, src string, opts AddOptions) (Added, error) {
	if fi, err := os.Stat(opts.Content); err != nil || !fi.IsDir() {
		return Added{}, fmt.Errorf("content folder %s: not a folder", opts.Content)
	}
	if u, err := url.Parse(src); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return addURL(ctx, u, opts)
	}
	return addFile(src, opts)
}

// addURL fetches a page and stores it under a name derived from its URL.
func addURL(ctx context.Context, u *url.URL, opts AddOptions) (Added, error) {
	base := filepath.Join(opts.Content, nameForURL(u))
	for _, ext := range []string{".html", ".txt"} {
		if _, err := os.Lstat(base + ext); err == nil {
			return Added{}, fmt.Errorf("%s is already stored as %s; digest add never overwrites", u, base+ext)
		}
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultFetchTimeout
	}
	page, err := fetch(ctx, newClient(timeout), u.String(), Options{MaxBytes: opts.MaxBytes}.maxBytes())
	if err != nil {
		return Added{}, err
	}
	ext, err := extensionFor(page.contentType)
	if err != nil {
		return Added{}, fmt.Errorf("GET %s: %w", page.finalURL, err)
	}
	path := base + ext
	origin := Origin{URL: page.finalURL, Fetched: opts.clock().UTC().Truncate(time.Second)}
	var data []byte
	if ext == ".html" {
		origin.Charset = page.charset
		data = stampHTML(page.body, origin)
	} else {
		page.body = textAsUTF8(page.body, page.charset)
		data = stampText(page.body, origin)
	}
	if err := storeNew(path, page.body, data); err != nil {
		return Added{}, err
	}
	return Added{Path: path, URL: page.finalURL}, nil
}

// addFile copies a saved page into the content folder under a name from its
// own name and bytes.
func addFile(src string, opts AddOptions) (Added, error) {
	name := filepath.Base(src)
	format, ok := formatOf(name)
	if !ok {
		return Added{}, fmt.Errorf("%s: %s", src, unknownTypeReason(name))
	}
	raw, reason := readLimited(src, Options{MaxBytes: opts.MaxBytes}.maxBytes())
	if reason != "" {
		return Added{}, fmt.Errorf("%s: %s", src, reason)
	}
	ext := strings.ToLower(filepath.Ext(name))
	path := filepath.Join(opts.Content, nameForFile(name, raw)+ext)
	data := raw
	if opts.URL != "" {
		switch format {
		case model.FormatHTML:
			data = stampHTML(raw, Origin{URL: opts.URL})
		case model.FormatText:
			data = stampText(raw, Origin{URL: opts.URL})
		default:
			return Added{}, fmt.Errorf("%s: -url is for .html and .txt pages; write url in the file itself", src)
		}
	}
	if err := storeNew(path, raw, data); err != nil {
		return Added{}, err
	}
	return Added{Path: path, URL: opts.URL}, nil
}

// clock is the time source for fetch times.
func (o AddOptions) clock() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// textAsUTF8 decodes a text page by the charset its server declared, because a
// .txt file has nowhere to keep that declaration; without one, the page is
// kept as it came and ingest decodes it as usual.
func textAsUTF8(body []byte, label string) []byte {
	if label == "" {
		return body
	}
	e, name := charset.Lookup(label)
	if e == nil || name == "utf-8" {
		return body
	}
	out, err := e.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return out
}

// storeNew writes data, a page with its stamp, to a new file at path, if the
// page itself makes an article (a stamp alone is no article).
func storeNew(path string, page, data []byte) error {
	if err := checkArticle(path, page); err != nil {
		return err
	}
	return writeNew(path, data)
}

// checkArticle refuses a page ingest would make no article of.
func checkArticle(path string, data []byte) error {
	docs, warns := ParseFile(path, filepath.Base(path), data, Options{})
	if len(docs) > 0 {
		return nil
	}
	reasons := make([]string, 0, len(warns))
	for _, w := range warns {
		reasons = append(reasons, w.Reason)
	}
	return fmt.Errorf("%s: not stored, it makes no article: %s", path, strings.Join(reasons, "; "))
}

// writeNew writes data to path only if nothing is there: the bytes go to a
// hidden temporary file first (which a build skips), and a hard link puts them
// in place, which fails instead of replacing an existing file. A half-written
// page is therefore never visible.
func writeNew(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".digest-add-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	err = os.Link(tmp.Name(), path)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; digest add never overwrites", path)
	}
	if err != nil {
		return writeExclusive(path, data)
	}
	return nil
}

// writeExclusive is writeNew for file systems without hard links: O_EXCL still
// refuses an existing file.
func writeExclusive(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; digest add never overwrites", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}
