//go:build unix

package hostiletest

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// makeFIFO puts a named pipe at path: reading it would block a build forever.
func makeFIFO(tb testing.TB, path string) {
	require.NoError(tb, syscall.Mkfifo(path, 0o644))
}
