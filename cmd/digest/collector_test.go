package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWarmGCPercentYieldsToGOGC: a build collects more often when the cache
// is warm, unless GOGC names a goal.
func TestWarmGCPercentYieldsToGOGC(t *testing.T) {
	t.Setenv("GOGC", "50")
	assert.Equal(t, 0, warmGCPercent())
	t.Setenv("GOGC", "")
	assert.Equal(t, buildGCPercent, warmGCPercent(), "GOGC empty, as if unset")
}
