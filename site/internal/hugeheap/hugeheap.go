// Package hugeheap asks the kernel to back the heap with huge pages.
//
// A build of 100,000 articles writes 1-2 GB of fresh heap. On Linux each
// 4 KB page of it costs a page fault the first time it is written, and on
// a virtual machine a fault is dear: 12 µs each on the 2-core machine the
// benchmarks run on, 3 s for every gigabyte, more than half of a rebuild
// after one new article. A transparent huge page is one fault for 2 MB.
// Linux gives them only where asked (madvise) on most systems, and Go does
// not ask for its heap, so a process that wants them must map its heap
// early and advise it itself; the JVM's -XX:+UseTransparentHugePages and
// many databases do the same.
package hugeheap
