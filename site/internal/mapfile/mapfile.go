// Package mapfile gives a file's bytes without reading them into the heap:
// mapped into memory where the system can, read where it cannot. The cache
// packs of 100,000 articles are hundreds of megabytes; reading them cost a
// copy of every byte and a fresh heap page for every 4 KB, and mapping
// them costs a page of the file's own cache only where it is read.
//
// A map is kept for the rest of the process: strings made over its bytes
// without a copy may be held anywhere, so there is no moment at which
// unmapping it would be safe.
package mapfile
