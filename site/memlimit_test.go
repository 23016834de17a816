package site

import (
	"math"
	"os"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	tests := []struct {
		name  string
		env   string // "-" leaves GOMEMLIMIT unset
		limit int64  // the limit in force before
		want  int64
	}{
		{"default", "-", math.MaxInt64, defaultMemoryLimit},
		{"GOMEMLIMIT names one", "4GiB", math.MaxInt64, math.MaxInt64},
		{"the program set one", "-", 3 << 30, 3 << 30},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tc.env)
			if tc.env == "-" {
				os.Unsetenv("GOMEMLIMIT")
			}
			debug.SetMemoryLimit(tc.limit)
			limitMemory()
			assert.Equal(t, tc.want, debug.SetMemoryLimit(-1))
		})
	}
}

// TestCollectOnLimit: a big digest's build is collected on the limit alone,
// unless GOGC or another limit was asked for, and Build puts the pace back.
func TestCollectOnLimit(t *testing.T) {
	limit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(limit) })
	t.Cleanup(keepCollectorPace())
	tests := []struct {
		name  string
		files int
		gogc  string // "-" leaves GOGC unset
		limit int64
		off   bool
	}{
		{"big", bigDigest, "-", defaultMemoryLimit, true},
		{"small", bigDigest - 1, "-", defaultMemoryLimit, false},
		{"GOGC names a pace", bigDigest, "150", defaultMemoryLimit, false},
		{"another limit", bigDigest, "-", 4 << 30, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", tc.gogc)
			if tc.gogc == "-" {
				os.Unsetenv("GOGC")
			}
			debug.SetMemoryLimit(tc.limit)
			restore := keepCollectorPace()
			debug.SetGCPercent(100)
			collectOnLimit(tc.files)
			pace := debug.SetGCPercent(100)
			assert.Equal(t, tc.off, pace < 0, "pace %d", pace)
			debug.SetGCPercent(pace)
			restore()
		})
	}
}
