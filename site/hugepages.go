package site

import "github.com/topicdigest/digest/site/internal/hugeheap"

// ReserveHugeHeap maps size bytes of heap ahead and asks Linux to back them
// with huge pages (see hugeheap): at 100,000 articles a rebuild's page
// faults were more than half of its time on a virtual machine. Only a
// process that ends with its build may call it (digest build does; digest
// serve does not). It returns the bytes advised.
func ReserveHugeHeap(size int) int { return hugeheap.Reserve(size) }
