//go:build !linux

package site

// exchange reports false: outside Linux there is no portable atomic exchange of two
// folders, so publishing uses two renames and recovers on the next build.
func exchange(a, b string) (bool, error) { return false, nil }
