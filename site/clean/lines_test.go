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
