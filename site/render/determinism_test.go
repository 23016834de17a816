package render

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeterministic renders the same site with one worker and with several,
// and requires byte-identical trees.
func TestDeterministic(t *testing.T) {
	for name, s := range map[string]Site{"sample": sampleSite(), "many": manySite(120, 5, 9), "hostile": hostileSite()} {
		t.Run(name, func(t *testing.T) {
			prev := runtime.GOMAXPROCS(1)
			a, _ := renderTo(t, s)
			runtime.GOMAXPROCS(8)
			b, _ := renderTo(t, s)
			runtime.GOMAXPROCS(prev)
			ta, tb := readTree(t, a), readTree(t, b)
			require.Equal(t, len(ta), len(tb))
			for name := range ta {
				assert.Equal(t, string(ta[name]), string(tb[name]), name)
			}
		})
	}
}
