package model

// Settings are the digest's options from content/site.toml, overridden by flags.
// Every field has a default (see DefaultSettings) so a bare folder of articles builds.
type Settings struct {
	Title       string    `toml:"title"`
	Description string    `toml:"description"`
	BaseURL     string    `toml:"base_url"`
	Language    string    `toml:"language"`
	Timezone    string    `toml:"timezone"`
	FeedItems   int       `toml:"feed_items"`
	PerPage     int       `toml:"per_page"`    // events per timeline page
	WindowDays  int       `toml:"window_days"` // grouping window beyond an event's span
	Editorial   Editorial `toml:"editorial"`
}

// Editorial holds the editor's overrides of the grouper, by article id.
type Editorial struct {
	Join      [][]string        `toml:"join"`      // each list becomes one event
	Apart     [][]string        `toml:"apart"`     // no two of each list share an event
	Headlines map[string]string `toml:"headlines"` // any member article id -> pinned headline
	Hide      []string          `toml:"hide"`      // article ids left out of the digest
}

// DefaultSettings are used for anything site.toml and flags leave unset.
func DefaultSettings() Settings {
	return Settings{
		Title:      "Digest",
		BaseURL:    "http://localhost:1313/",
		Language:   "en",
		Timezone:   "UTC",
		FeedItems:  50,
		PerPage:    20,
		WindowDays: 7,
	}
}
