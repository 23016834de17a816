package main

// buildHeapReserve is the heap digest build maps ahead and asks huge pages
// for (see site.ReserveHugeHeap): a little more than a build of 100,000
// articles grows its heap to under the default memory limit. It is address
// space, not memory.
const buildHeapReserve int64 = 2 << 30
