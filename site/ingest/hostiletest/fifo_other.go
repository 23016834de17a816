//go:build !unix

package hostiletest

import "testing"

// makeFIFO does nothing where the system has no named pipes in its folders.
func makeFIFO(testing.TB, string) {}
