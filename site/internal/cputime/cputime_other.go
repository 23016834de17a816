//go:build !unix

// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside wall time: on a machine whose cores are shared, CPU
// seconds vary less from run to run than wall seconds.
package cputime

import "time"

// Process is 0: this system has no getrusage.
func Process() time.Duration { return 0 }
