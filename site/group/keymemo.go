package group

// Index keys, replayed. An article's keys (see indexKeys) are its heaviest
// terms that another article shares: they follow from its vector and, for
// the df > 1 gate, from counts that move its vector too when they cross it
// (the steadied idf is exact at small counts). So an article whose vector
// hashes as it did (see vectorHash) has the keys it had, and the Memory
// keeps them, as positions in the vector: choosing them again for 100,000
// articles was a third of a regrouping's index.

// knownKeys is each article's keys from mem where its vector hash (vecs,
// by position here) is the one mem holds; nil for none, and nil altogether
// when mem's lists do not hold together.
func (g *grouping) knownKeys(mem *Memory, vecs []uint64) [][]int {
	if mem == nil || len(mem.Vecs) != len(mem.IDs) || len(mem.KeyEnds) != len(mem.IDs) {
		return nil
	}
	old := g.positionsOf(mem)
	known := make([][]int, len(g.docs))
	all := make([]int, len(mem.Keys)) // one array for every kept article's keys
	start := int32(0)
	for j, end := range mem.KeyEnds {
		if end < start || int(end) > len(mem.Keys) {
			return nil
		}
		if i := old[j]; i >= 0 && mem.Vecs[j] == vecs[i] {
			keys := all[start:end:end]
			for k, p := range mem.Keys[start:end] {
				if p < 0 || int(p) >= len(g.docs[i].v.ids) {
					return nil
				}
				keys[k] = int(p)
			}
			known[i] = keys
		}
		start = end
	}
	return known
}

// keepKeys stores each article's keys in mem, with the vector hashes that
// say when they hold.
func keepKeys(mem *Memory, docs []doc, vecs []uint64) {
	mem.Vecs, mem.KeyEnds = vecs, make([]int32, len(docs))
	n := 0
	for i := range docs {
		n += len(docs[i].keys)
	}
	mem.Keys = make([]int32, 0, n)
	for i := range docs {
		for _, p := range docs[i].keys {
			mem.Keys = append(mem.Keys, int32(p))
		}
		mem.KeyEnds[i] = int32(len(mem.Keys))
	}
}
