package cache

import "unsafe"

// readOnly is s's own bytes, for a reader that only reads them (a hash, a
// checksum): converting a string copies it, and the cache hashes every
// article's text and checksums packs of hundreds of megabytes. The bytes
// must never be written.
func readOnly(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
