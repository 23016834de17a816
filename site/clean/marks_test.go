package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveMarks is scanMarks as a strings.Contains pass per phrase, the reading
// the one-pass scan must reproduce.
func naiveMarks(lower string) markKind {
	has := func(s string, list []string) bool {
		for _, m := range list {
			if strings.Contains(s, m) {
				return true
			}
		}
		return false
	}
	tail := lower
	if len(tail) > creditTail {
		tail = tail[len(tail)-creditTail:]
	}
	var k markKind
	for kind, list := range map[markKind][]string{markConsent: consentMarks, markCopyright: copyrightMarks,
		markCTA: ctaMarks, markPub: pubMarks, markFetch: fetchMarks, markReadTime: readTimeMarks} {
		if has(lower, list) {
			k |= kind
		}
	}
	if has(tail, creditMarks) {
		k |= markCredit
	}
	return k
}

func TestScanMarksAsContains(t *testing.T) {
	lines := []string{"", "©", "photo by jane doe / reuters", "subscribe to our newsletter for cookies",
		"published 3 may 2024, updated 4 may", "retrieved on 2 october 2013", "(c) 2019 all rights reserved",
		strings.Repeat("a long line without credit ", 5) + "afp/", "afp/ " + strings.Repeat("and then a long tail ", 5)}
	files, err := filepath.Glob("../../content/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	found := 0
	for _, l := range lines {
		lower := toLower(strings.TrimSpace(l))
		want := naiveMarks(lower)
		assert.Equal(t, want, scanMarks(lower), lower)
		if want != 0 {
			found++
		}
	}
	assert.Greater(t, found, 8, "the lines hold marks to find")
}

func TestMayNameMonth(t *testing.T) {
	for s, want := range map[string]bool{
		"12 MÄRZ 2020": true, "ſeptember 3, 2020": true, "3. Dezember 2019": true, "2019-05-03": false,
		"no such word in 2020": false, "FÉVRIER 2021": true,
	} {
		assert.Equal(t, want, mayNameMonth(s), s)
	}
}
