package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsSectionLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"Trending": true, "World News": true, "Top Stories": true, "Politik": true, "": true,
		"Podcasts  Travel  Business  Markets  World  Europe": true, "Americas · Home · Markets · World": true,
		"News | Sport | Weather": true, "Japan Today": false, "Global Watch Asia": false, "UPI": false,
		"World markets rally as rates fall": false, "East meets West in trade talks": false,
	} {
		assert.Equal(t, want, IsSectionLabel(in), in)
	}
}

func TestHostName(t *testing.T) {
	assert.Equal(t, "japantoday.com", HostName("https://www.japantoday.com/category/world/x"))
	assert.Equal(t, "", HostName("not a url"))
}

func TestCopyrightHolder(t *testing.T) {
	for in, want := range map[string]string{
		"©2025 GPlusMedia Inc.":                             "GPlusMedia",
		"© 2019 Hearst Communications, Inc.":                "Hearst Communications",
		"Copyright 2024 Example News. All rights reserved.": "Example News",
		"© 2025 AFP": "",
		"plain text": "",
	} {
		assert.Equal(t, want, copyrightHolder(in), in)
	}
}
