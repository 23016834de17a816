package cache

import "github.com/topicdigest/digest/site/internal/par"

// Batch is a per-item pipeline step split the way a cache needs it: whatever
// crosses items has been learnt already (a source's template lines, say), Key
// names everything item i's result depends on, and Run computes that result.
// Key must cover every input of Run(i), or the cache would change the output.
// Key and Run are called from several goroutines at once.
type Batch[V any] interface {
	Len() int
	Key(i int) string
	Run(i int) (V, error)
}

// Memo runs every item of b, taking results from p where their key (with the
// code version) is there, and running the rest in parallel, one worker per core;
// the keys are computed in parallel too, as reading every input costs most of
// a build whose items are all cached.
// Results keep item order. Errors are not cached: an item that failed is
// retried next build. With a nil pack it just runs everything.
func Memo[V any](p *Pack[V], b Batch[V]) ([]V, []error) {
	n := b.Len()
	out := make([]V, n)
	errs := make([]error, n)
	version := CodeVersion()
	keys := make([]string, n)
	if p != nil && version != "" {
		par.Each(n, func(i int) { keys[i] = Key(version, b.Key(i)) })
	}
	var todo []int
	for i := range n {
		if keys[i] != "" {
			if v, ok := p.Get(keys[i]); ok {
				out[i] = v
				continue
			}
		}
		todo = append(todo, i)
	}
	par.Each(len(todo), func(j int) {
		i := todo[j]
		out[i], errs[i] = b.Run(i)
		if errs[i] == nil && keys[i] != "" {
			p.Put(keys[i], out[i])
		}
	})
	return out, errs
}
