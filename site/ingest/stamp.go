package ingest

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"time"
	"unicode/utf16"
)

// Origin is where and when `digest add` got a page. It is written into the
// stored file itself (a stamp), so a build needs no network and no side files,
// and ingest reads it back into Meta.URL and Meta.FetchedAt.
type Origin struct {
	URL     string
	Fetched time.Time // zero for a saved file added by hand
	Charset string    // charset the server declared, kept so decoding stays right offline
}

// stampScanBytes is how far into a page the stamp is looked for; add writes it
// first, so a short scan suffices and large pages cost nothing extra.
const stampScanBytes = 4 << 10

// htmlStampRe matches the meta tags stampHTML writes.
var htmlStampRe = regexp.MustCompile(`<meta name="digest:(url|fetched)" content="([^"]*)">`)

// stampHTML puts the origin as meta tags in front of a page, after its byte
// order mark. When the server declared a charset, a <meta charset> goes with
// them: it comes first in the file, so it wins over the page's own, as the
// HTTP header did when the page was served.
func stampHTML(raw []byte, o Origin) []byte {
	var h strings.Builder
	if o.URL != "" {
		h.WriteString(`<meta name="digest:url" content="` + html.EscapeString(o.URL) + "\">\n")
	}
	if !o.Fetched.IsZero() {
		h.WriteString(`<meta name="digest:fetched" content="` + o.Fetched.UTC().Format(time.RFC3339) + "\">\n")
	}
	if o.Charset != "" {
		h.WriteString(`<meta charset="` + html.EscapeString(o.Charset) + "\">\n")
	}
	return prependHeader(raw, h.String())
}

// stampText puts the origin as header lines (see parseTextHeader) in front of a
// page dump.
func stampText(raw []byte, o Origin) []byte {
	var h strings.Builder
	if o.URL != "" {
		h.WriteString("url " + o.URL + "\n")
	}
	if !o.Fetched.IsZero() {
		h.WriteString("fetched " + o.Fetched.UTC().Format(time.RFC3339) + "\n")
	}
	return prependHeader(raw, h.String())
}

// prependHeader writes an ASCII header in front of raw in raw's own encoding,
// after its byte order mark, so the page's bytes are kept as they came.
func prependHeader(raw []byte, header string) []byte {
	var bom []byte
	var enc []byte
	switch {
	case bytes.HasPrefix(raw, bomUTF16LE):
		bom, enc = bomUTF16LE, utf16Bytes(header, false)
	case bytes.HasPrefix(raw, bomUTF16BE):
		bom, enc = bomUTF16BE, utf16Bytes(header, true)
	case bytes.HasPrefix(raw, bomUTF8):
		bom, enc = bomUTF8, []byte(header)
	default:
		enc = []byte(header)
	}
	out := make([]byte, 0, len(raw)+len(enc))
	out = append(out, bom...)
	out = append(out, enc...)
	return append(out, raw[len(bom):]...)
}

// utf16Bytes encodes s as UTF-16 without a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// readHTMLStamp reads back what stampHTML wrote.
func readHTMLStamp(text string) (u string, fetched time.Time) {
	if len(text) > stampScanBytes {
		text = text[:stampScanBytes]
	}
	for _, m := range htmlStampRe.FindAllStringSubmatch(text, 2) {
		v := html.UnescapeString(m[2])
		switch m[1] {
		case "url":
			u = v
		case "fetched":
			if t, err := time.Parse(time.RFC3339, v); err == nil {
				fetched = t.UTC()
			}
		}
	}
	return u, fetched
}
