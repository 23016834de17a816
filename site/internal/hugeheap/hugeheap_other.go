//go:build !linux

package hugeheap

// Reserve does nothing: only Linux is asked for huge pages this way.
func Reserve(size int64) int64 { return 0 }
