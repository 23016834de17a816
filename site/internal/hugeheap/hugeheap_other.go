//go:build !linux

package hugeheap

// Reserve does nothing: only Linux is asked for huge pages this way.
func Reserve(size int) int { return 0 }
