package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadSettingsTimezone: a zone name is checked when site.toml is read, and
// a wrong one is an error naming the file and the value.
func TestLoadSettingsTimezone(t *testing.T) {
	cases := []struct{ toml, want, err string }{
		{`timezone = "Asia/Seoul"`, "Asia/Seoul", ""},
		{`title = "x"`, "UTC", ""},
		{`timezone = "Asia/Seol"`, "", `timezone "Asia/Seol"`},
		{`timezone = "Local"`, "", `timezone "Local"`},
		{`timezone = "+09:00"`, "", `timezone "+09:00"`},
	}
	for _, c := range cases {
		t.Run(c.toml, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "site.toml"), []byte(c.toml+"\n"), 0o644))
			s, err := LoadSettings(dir)
			if c.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), filepath.Join(dir, "site.toml"))
				assert.Contains(t, err.Error(), c.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, s.Timezone)
		})
	}
}
