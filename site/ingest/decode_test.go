package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// utf16LEWithBOM is UTF-16 little-endian that writes a byte order mark.
var utf16LEWithBOM = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)

// encodeWith writes s in e's encoding for a test input.
func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const french = "Café crème “quoted” 3 €"
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name        string
		raw         []byte
		markup      bool
		wantText    string
		wantCharset string
	}{
		{"utf-8", []byte(french), false, french, "utf-8"},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), french...), false, french, "utf-8"},
		{"utf-16le with BOM", encodeWith(t, utf16le, french), false, french, "utf-16le"},
		{"utf-16be with BOM", encodeWith(t, utf16be, french), false, french, "utf-16be"},
		{"utf-16le without BOM", encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "A page with no byte order mark"), false, "A page with no byte order mark", "utf-16le"},
		{"utf-16be without BOM", encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "A page with no byte order mark"), false, "A page with no byte order mark", "utf-16be"},
		{"windows-1252 bytes", encodeWith(t, charmap.Windows1252, french), false, french, "windows-1252"},
		{"latin-1 bytes read as windows-1252", []byte("na\xefve \xa0d\xe9j\xe0"), false, "naïve \u00a0déjà", "windows-1252"},
		{
			"declared ISO-8859-1 html",
			append([]byte(`<html><head><meta charset="ISO-8859-1"></head><p>`), encodeWith(t, charmap.ISO8859_1, "déjà vu")...),
			true, `<html><head><meta charset="ISO-8859-1"></head><p>déjà vu`, "windows-1252",
		},
		{
			"declared by http-equiv",
			append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>`), encodeWith(t, charmap.Windows1251, "Привет")...),
			true, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Привет`, "windows-1251",
		},
		{
			"declared by XML declaration",
			append([]byte(`<?xml version="1.0" encoding="ISO-8859-15"?><p>`), encodeWith(t, charmap.ISO8859_15, "€uro")...),
			true, `<?xml version="1.0" encoding="ISO-8859-15"?><p>€uro`, "iso-8859-15",
		},
		{
			"stale single-byte label on UTF-8 bytes",
			[]byte(`<meta charset="iso-8859-1"><p>déjà vu`), true, `<meta charset="iso-8859-1"><p>déjà vu`, "utf-8",
		},
		{
			"declared UTF-8 on invalid bytes falls back",
			[]byte("<meta charset=\"utf-8\"><p>d\xe9j\xe0"), true, `<meta charset="utf-8"><p>déjà`, "windows-1252",
		},
		{
			"charset declaration ignored outside markup",
			[]byte(`<meta charset="windows-1251"> plain ascii`), false, `<meta charset="windows-1251"> plain ascii`, "utf-8",
		},
		{
			"unknown declared charset",
			[]byte(`<meta charset="klingon"><p>ok`), true, `<meta charset="klingon"><p>ok`, "utf-8",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decode(tt.raw, tt.markup)
			assert.Equal(t, tt.wantText, d.text)
			assert.Equal(t, tt.wantCharset, d.charset)
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		controls, nuls int
	}{
		{"clean text is kept", "a\tb\nc", "a\tb\nc", 0, 0},
		{"CRLF and lone CR become LF", "a\r\nb\rc\r\n", "a\nb\nc\n", 0, 0},
		{"form feed and vertical tab break lines", "a\fb\vc", "a\nb\nc", 0, 0},
		{"NUL and C0 controls dropped", "a\x00b\x01c\x1bd\x7f", "abcd", 4, 1},
		{"C1 controls dropped", "a\u0085b\u009fc", "abc", 2, 0},
		{"stray byte order marks dropped", "a\uFEFFb", "ab", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := normalize(tt.in)
			assert.Equal(t, tt.want, n.text)
			assert.Equal(t, tt.controls, n.controls)
			assert.Equal(t, tt.nuls, n.nuls)
		})
	}
}

func TestBinaryReason(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text", "An ordinary line of text.\n", ""},
		{"one stray NUL in a long line", "An ordinary line of text with one\x00 stray NUL in it.\n", ""},
		{"mostly NULs", "a\x00\x00\x00b\x00\x00", "binary file (NUL bytes; 71% control characters)"},
		{"control bytes without NUL", "\x01\x02\x03\x04abcdef", "binary file (40% control characters)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, normalize(tt.in).binaryReason())
		})
	}
}
