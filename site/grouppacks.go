package site

import (
	"io"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/model"
)

// featurePack is the pack, inside cache.Dir, of what grouping extracted from
// each article (see group.Extractions): a regrouping after one new article
// extracts that one and takes the others' features from here, which at
// 100,000 articles saves about 8 of its 22 CPU-seconds.
const featurePack = "features.pack"

// extractionPack is a group.Extractions kept in featurePack, each entry
// under the program and the article's title, text and language, everything
// extraction reads. The pack is loaded when first asked: a regrouping that
// takes its articles' bags from the grouping memory asks for none, and
// then leaves the file as it is.
type extractionPack struct {
	dir, version string
	log          io.Writer // where a pack that cannot be read or saved is reported
	once         sync.Once
	pack         *cache.Pack[string] // nil until asked
}

// extractionsIn is the pack in dir, not yet loaded.
func extractionsIn(dir, version string, log io.Writer) *extractionPack {
	return &extractionPack{dir: dir, version: version, log: log}
}

// opened is the pack, loaded (see loadGroupPack) on the first call.
func (x *extractionPack) opened() *cache.Pack[string] {
	x.once.Do(func() {
		var err error
		if x.pack, err = loadGroupPack(x.dir, featurePack); err != nil {
			logf(x.log, "cache: %v (starting it afresh)", err)
		}
	})
	return x.pack
}

// loadGroupPack loads one of grouping's packs in dir; one that cannot be
// read is empty, and the error says why. New entries spill to disk as they
// come: held until the pack is saved, at 100,000 articles, they made the
// first cached build a quarter slower, most of it collecting garbage.
func loadGroupPack(dir, name string) (*cache.Pack[string], error) {
	p, err := cache.Load[string](filepath.Join(dir, name), cache.Strings{})
	p.Spill()
	return p, err
}

func (x *extractionPack) key(a *model.Article) string {
	return cache.Key(x.version, a.Title, a.Text, a.Language)
}

// Extracted is the entry kept for a, if any.
func (x *extractionPack) Extracted(a *model.Article) (string, bool) { return x.opened().Get(x.key(a)) }

// Keep stores a's entry for the next grouping.
func (x *extractionPack) Keep(a *model.Article, entry string) { x.opened().Put(x.key(a), entry) }

// Done saves the pack, if it was asked, and lets it go: the 129 MB of a
// 100,000-article digest's features would otherwise stay in memory, and
// make the collector work harder, through the rest of grouping.
func (x *extractionPack) Done() {
	if x.pack == nil {
		return // never asked: the file stays as it was
	}
	if err := x.pack.Save(); err != nil {
		logf(x.log, "cache: %v (the next grouping extracts every article again)", err)
	}
	x.pack = nil
}

// writeupPack is the pack, inside cache.Dir, of the events' write-ups (see
// group.Writeups): after one new article, only the events it touched are
// written up again.
const writeupPack = "writeups.pack"

// writeupStore is a group.Writeups kept in writeupPack, each entry under
// the program and the options (prefix) and grouping's own key.
type writeupStore struct {
	pack   *cache.Pack[string]
	prefix string
}

// loadWriteups loads the pack in dir (see loadGroupPack) for the grouping
// whose program and options memoryKey names.
func loadWriteups(dir, memoryKey string) (writeupStore, error) {
	p, err := loadGroupPack(dir, writeupPack)
	return writeupStore{pack: p, prefix: memoryKey[:min(32, len(memoryKey))]}, err
}

func (w writeupStore) key(k uint64) string { return w.prefix + strconv.FormatUint(k, 16) }

// Writeup is the entry kept under key, if any.
func (w writeupStore) Writeup(key uint64) (string, bool) { return w.pack.Get(w.key(key)) }

// KeepWriteup stores an entry under key for the next grouping.
func (w writeupStore) KeepWriteup(key uint64, entry string) { w.pack.Put(w.key(key), entry) }
