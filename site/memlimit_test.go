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
