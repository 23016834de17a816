package site

import (
	"io"
	"path/filepath"
	"strconv"

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
// extraction reads.
type extractionPack struct {
	pack    *cache.Pack[string]
	version string
	log     io.Writer // where Done reports a pack it could not save
}

// loadExtractions loads the pack in dir (see loadGroupPack).
func loadExtractions(dir, version string, log io.Writer) (*extractionPack, error) {
	p, err := loadGroupPack(dir, featurePack)
	return &extractionPack{pack: p, version: version, log: log}, err
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
func (x *extractionPack) Extracted(a *model.Article) (string, bool) { return x.pack.Get(x.key(a)) }

// Keep stores a's entry for the next grouping.
func (x *extractionPack) Keep(a *model.Article, entry string) { x.pack.Put(x.key(a), entry) }

// Done saves the pack and lets it go: the 300 MB of a 100,000-article
// digest's features would otherwise stay in memory, and make the collector
// work harder, through the rest of grouping.
func (x *extractionPack) Done() {
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
