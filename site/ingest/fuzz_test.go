package ingest

import (
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzNames are the file names the fuzzer's kind byte picks from: one per
// format, plus a nested path with characters an id must not keep.
var fuzzNames = []string{"a.txt", "b.md", "c.html", "d.jsonl", "e.markdown", "x/Ü ../f.htm"}

// FuzzIngest feeds arbitrary bytes to the per-file parser under every format.
// Whatever the input, it must not panic, every document must have a safe id,
// a valid UTF-8 body free of control characters and a SHA-256 hash, and every
// warning must name the file. Seeds: testdata/fuzz/FuzzIngest.
func FuzzIngest(f *testing.F) {
	f.Add(uint8(0), []byte(" date 2025-07-24 Trending\nbody"))
	f.Add(uint8(1), []byte("+++\ntitle = \"x\"\n+++\nbody"))
	f.Add(uint8(3), []byte(`{"id":"../x","text":"t"}`+"\n{bad\n"))
	f.Fuzz(func(t *testing.T, kind uint8, raw []byte) {
		file := fuzzNames[int(kind)%len(fuzzNames)]
		path := "content/" + file
		docs, warns := ParseFile(path, file, raw, Options{Now: testNow})
		for _, w := range warns {
			if !strings.HasPrefix(w.File, path) || w.Reason == "" {
				t.Fatalf("warning does not name the file or has no reason: %+v", w)
			}
		}
		for _, d := range docs {
			if !safeID(d.ID) {
				t.Fatalf("unsafe id %q", d.ID)
			}
			if !utf8.ValidString(d.Body) || strings.TrimSpace(d.Body) == "" {
				t.Fatalf("invalid or empty body %q", d.Body)
			}
			for _, r := range d.Body {
				if r < 0x20 && r != '\n' && r != '\t' || r == 0x7F || r >= 0x80 && r < 0xA0 {
					t.Fatalf("control character %U in body", r)
				}
			}
			if b, err := hex.DecodeString(d.Hash); err != nil || len(b) != 32 {
				t.Fatalf("bad hash %q", d.Hash)
			}
			if d.File != file || d.Path != path {
				t.Fatalf("file %q path %q", d.File, d.Path)
			}
		}
	})
}
