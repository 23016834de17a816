package clean

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/topicdigest/digest/site/model"
)

// FuzzClean: whatever the input, Clean never panics and every string it
// returns is valid UTF-8. The seed corpus is the sample articles and
// testdata/fuzz/FuzzClean.
func FuzzClean(f *testing.F) {
	seeds, _ := filepath.Glob("../../content/*.txt")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b), uint8(0))
		}
	}
	f.Add("# Title\n\nBody *text* [link](x)", uint8(1))
	f.Add("<html><body><p>Hello</p></body></html>", uint8(2))
	formats := []model.Format{model.FormatText, model.FormatMarkdown, model.FormatHTML, model.FormatJSONL}
	f.Fuzz(func(t *testing.T, body string, format uint8) {
		doc := model.Document{Path: "fuzz", Format: formats[int(format)%len(formats)], Body: body}
		a, err := Clean(doc, Options{Now: testNow})
		if err != nil {
			return
		}
		for _, s := range append([]string{a.Title, a.Source, a.Agency, a.Language, a.Text, a.Markdown}, a.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
	})
}
