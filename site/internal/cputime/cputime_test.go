package cputime

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProcessGrowsWithWork: CPU time spent shows in Process, where it can be read.
func TestProcessGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" {
		t.Skip("no getrusage")
	}
	before := Process()
	n := 0
	for i := range 50_000_000 {
		n += i % 7
	}
	assert.NotZero(t, n)
	assert.Greater(t, Process(), before)
}
