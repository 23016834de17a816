package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCleanLine: one-line fields lose control characters and runs of
// whitespace; plain lines come back as they are, by the fast path.
func TestCleanLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kim urges troops", "Kim urges troops"},
		{"", ""},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"two  spaces", "two spaces"},
		{"line\nbreak", "line break"},
		{"tab\there", "tab here"},
		{"no\u00a0break space", "no break space"},
		{"bell\x07 rings", "bell rings"},
		{"‘Real War’ threat", "‘Real War’ threat"},
		{"a\u0085b", "ab"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, cleanLine(c.in), "%q", c.in)
		assert.Equal(t, strings.Join(strings.Fields(cleanText(c.in)), " "), cleanLine(c.in), "fast path agrees: %q", c.in)
	}
}
