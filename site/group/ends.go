package group

import "strings"

// The memory keeps lists of pieces (bags, terms, keys) back to back, with
// where each piece ends: one allocation for the lot instead of one per piece.

// startOf is where item j's stretch starts in a list whose stretches end
// at ends.
func startOf[E int32 | int64](ends []E, j int) E {
	if j == 0 {
		return 0
	}
	return ends[j-1]
}

// joined is parts back to back in one string, and where each ends.
func joined[S ~string | ~[]byte, E int32 | int64](parts []S) (string, []E) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	var all strings.Builder
	all.Grow(n)
	ends := make([]E, len(parts))
	for i, p := range parts {
		all.WriteString(string(p)) // no copy: the conversion only feeds the write
		ends[i] = E(all.Len())
	}
	return all.String(), ends
}
