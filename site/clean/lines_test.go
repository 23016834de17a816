package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestToLower(t *testing.T) {
	for _, s := range []string{"", "plain", "Mixed Case", "ÜBER Straße ÄÖÜ", "İstanbul", "ΑΘΗΝΑ", "日本語 ABC", "\xff\xfeBad"} {
		assert.Equal(t, strings.ToLower(s), toLower(s), s)
	}
}

// TestTextLinesIsWhatParsePageTakes: the count parsePage sizes its lines by
// is the number of lines it keeps, or more (a line of no-break spaces alone,
// which it trims away), never fewer.
func TestTextLinesIsWhatParsePageTakes(t *testing.T) {
	tests := []struct {
		name, body string
		want, kept int
	}{
		{"empty", "", 0, 0},
		{"blank lines between", "Title\n\n  \n\tFirst paragraph.\n\nSecond.\n", 3, 3},
		{"no final newline", "One\nTwo", 2, 2},
		{"carriage returns and form feeds", "\r\n\f\nText\r\n", 1, 1},
		{"a line of no-break spaces", "Text\n\u00a0\u00a0\nMore", 3, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, textLines(tc.body))
			assert.Len(t, parsePage(tc.body, "en", nil).lines, tc.kept)
		})
	}
}
