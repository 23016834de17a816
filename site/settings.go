package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/model"
)

// LoadSettings reads content/site.toml over the defaults. A missing file is not
// an error: a bare folder of articles builds with defaults.
func LoadSettings(contentDir string) (model.Settings, error) {
	s := model.DefaultSettings()
	p := filepath.Join(contentDir, "site.toml")
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("%s: %w", p, err)
	}
	md, err := toml.Decode(string(b), &s)
	if err != nil {
		return model.DefaultSettings(), fmt.Errorf("%s: %w", p, err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return s, fmt.Errorf("%s: unknown setting %q", p, keys[0].String())
	}
	if _, err := time.LoadLocation(s.Timezone); err != nil || s.Timezone == "Local" {
		return s, fmt.Errorf("%s: timezone %q is not an IANA time zone name (like \"Asia/Seoul\" or \"UTC\")", p, s.Timezone)
	}
	return s, nil
}

// GroupOptions are the grouping's options that the settings s choose: made
// in one place, since the cache keys what grouping kept by them, and the
// build, the events command and the build's heap reservation (see
// ReserveHugeHeap) must all find it under the same key.
func GroupOptions(s model.Settings) group.Options {
	return group.Options{WindowDays: s.WindowDays, Editorial: s.Editorial}
}
