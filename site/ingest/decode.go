package ingest

import (
	"bytes"
	"regexp"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Byte order marks, checked before anything else because they are the only
// statement about the encoding that cannot be wrong.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// declScanBytes is how far into a file a charset declaration is looked for.
// Browsers stop at 1024 bytes, but saved pages often carry long script blocks
// before their <meta charset>, so look further.
const declScanBytes = 16 << 10

// Charset declarations: <meta charset=...>, <meta http-equiv content="...; charset=...">
// and the XML declaration's encoding.
var (
	metaCharsetRe = regexp.MustCompile(`(?i)^<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)
	xmlEncodingRe = regexp.MustCompile(`(?i)^<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_.:\-]+)["']`)
)

// decoded is a file's text in UTF-8 and the name of the encoding it came from.
type decoded struct {
	text    string
	charset string
}

// decode turns raw bytes into UTF-8: a BOM decides first (UTF-8, UTF-16 LE/BE),
// then UTF-16 without a BOM when the NUL pattern shows it, then for markup the
// declared charset, then UTF-8 when the bytes are valid UTF-8, else Windows-1252,
// the encoding of most mislabelled Western pages.
func decode(raw []byte, markup bool) decoded { return decodeAs(raw, markup, copiedText) }

// decodeAs is decode, making the text of bytes that are already UTF-8 with
// asText: copiedText, or viewedText when nothing writes raw again.
func decodeAs(raw []byte, markup bool, asText func([]byte) string) decoded {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		return utf8Text(raw[len(bomUTF8):], asText)
	case bytes.HasPrefix(raw, bomUTF16LE):
		return transcode(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(raw, bomUTF16BE):
		return transcode(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	}
	if e, name := sniffUTF16(raw); e != nil {
		return transcode(raw, e, name)
	}
	if markup {
		if d, ok := declaredCharset(raw); ok {
			return d
		}
	}
	if utf8.Valid(raw) {
		return decoded{text: asText(raw), charset: "utf-8"}
	}
	return transcode(raw, charmap.Windows1252, "windows-1252")
}

// declaredCharset decodes markup by the charset it declares. A declaration of a
// single-byte charset on bytes that are valid multi-byte UTF-8 is a stale label
// (the page was re-saved as UTF-8), so UTF-8 wins there; a declared UTF-8 on
// invalid bytes falls through to the Windows-1252 fallback.
func declaredCharset(raw []byte) (decoded, bool) {
	label := declaredLabel(raw)
	if label == "" {
		return decoded{}, false
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return decoded{}, false
	}
	switch name {
	case "utf-8", "utf-16le", "utf-16be": // HTML treats a declared UTF-16 without BOM as UTF-8
		return decoded{}, false
	}
	if hasMultibyteUTF8(raw) && utf8.Valid(raw) {
		return decoded{}, false
	}
	return transcode(raw, e, name), true
}

// declaredLabel finds the charset named by the first XML declaration or meta
// tag in the head of a page (the first, because a stamp from digest add puts
// the server's declaration in front of the page's own). It walks the tags and
// runs a pattern only on <meta and <?xml ones, so a large head stays cheap.
func declaredLabel(raw []byte) string {
	head := raw
	if len(head) > declScanBytes {
		head = head[:declScanBytes]
	}
	for i := 0; i < len(head); i++ {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			return ""
		}
		i += j
		tag := head[i:]
		var re *regexp.Regexp
		switch {
		case hasPrefixFold(tag, "<meta"):
			re = metaCharsetRe
		case hasPrefixFold(tag, "<?xml"):
			re = xmlEncodingRe
		default:
			continue
		}
		end := bytes.IndexByte(tag, '>')
		if end < 0 {
			return ""
		}
		if m := re.FindSubmatch(tag[:end+1]); m != nil {
			return string(m[1])
		}
		i += end // the scan goes on after this tag, so each byte is looked at once
	}
	return ""
}

// hasPrefixFold is bytes.HasPrefix ignoring ASCII case.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// hasMultibyteUTF8 reports whether raw holds a byte above ASCII at all; together
// with utf8.Valid it means real multi-byte UTF-8 sequences.
func hasMultibyteUTF8(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// sniffUTF16 recognises UTF-16 text saved without a BOM: in mostly-Latin text
// every other byte is NUL, on the odd positions for little-endian and on the
// even ones for big-endian. Binary files have NULs in both.
func sniffUTF16(raw []byte) (encoding.Encoding, string) {
	n := len(raw)
	if n > 4096 {
		n = 4096
	}
	if n < 8 {
		return nil, ""
	}
	var even, odd int
	for i := 0; i+1 < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*50 <= pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even*10 >= pairs*7 && odd*50 <= pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// utf8Text is raw taken as UTF-8, with any invalid sequence replaced so the
// result is always valid UTF-8.
func utf8Text(raw []byte, asText func([]byte) string) decoded {
	if utf8.Valid(raw) {
		return decoded{text: asText(raw), charset: "utf-8"}
	}
	return decoded{text: string(bytes.ToValidUTF8(raw, []byte("\uFFFD"))), charset: "utf-8"}
}

// transcode decodes raw with e. The decoders used here replace what they cannot
// map instead of failing, so the error is only reported for completeness.
func transcode(raw []byte, e encoding.Encoding, name string) decoded {
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return utf8Text(raw, copiedText)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return decoded{text: string(out), charset: name}
}

// copiedText is raw's bytes as a string of their own.
func copiedText(raw []byte) string { return string(raw) }

// viewedText is raw's bytes as a string without copying them, for bytes that
// nothing writes again (a file read for parsing alone): a string must never
// change. It saves a copy of every file read, 270 MB at 100,000 articles.
func viewedText(raw []byte) string { return unsafe.String(unsafe.SliceData(raw), len(raw)) }
