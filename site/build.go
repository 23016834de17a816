// Package site wires the pipeline stages (ingest -> clean -> group -> render) into
// one Build, which is what the command line calls.
package site

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Options are the build's inputs, mostly from the command line.
type Options struct {
	Content   string // content folder; never written
	Out       string // output folder, replaced whole at the end of a successful build
	BaseURL   string // overrides site.toml's base_url when set
	Templates string // folder whose files override the embedded templates
	Strict    bool   // any warning fails the build
	Now       time.Time
	Log       io.Writer // progress and warnings; nil discards them
	Progress  Progress  // told as each stage starts; nil reports nothing

	// WarmGCPercent, when not zero, is the collector's goal (see
	// debug.SetGCPercent) once the cache has given nine in ten of the
	// articles; only a process that ends with its build may set it (see
	// setWarmGCPercent).
	WarmGCPercent int
}

// Result says what a build did, for the summary line and for tests.
type Result struct {
	Articles, Events, Pages int
	Warnings                []model.Warning
	Elapsed                 time.Duration
}

// Digest is the cleaned and grouped content, before rendering; the events and
// check commands stop here.
type Digest struct {
	Settings model.Settings
	Articles []*model.Article
	Events   []*model.Event
	Warnings []model.Warning
}

// Load reads, cleans and groups a content folder.
func Load(opts Options) (*Digest, error) {
	d, saved, err := load(opts)
	saved()
	return d, err
}

// load is Load that returns while the grouping's cache files are still
// being written (see groupCachedSaving): saved waits for them.
func load(opts Options) (d *Digest, saved func(), err error) {
	saved = func() {}
	limitMemory()
	s, err := LoadSettings(opts.Content)
	if err != nil {
		return nil, saved, err
	}
	if opts.BaseURL != "" {
		s.BaseURL = opts.BaseURL
	}
	gopts := GroupOptions(s)
	var early *earlierLoad
	if dir, version := cacheFolder(opts.Content, nil); dir != "" {
		early = loadEarlier(dir, version, gopts)
	}
	report(opts.Progress, StageRead, 0)
	cleaned, warns, most, err := readAndClean(opts)
	if err != nil {
		return nil, saved, fmt.Errorf("%s: %w", opts.Content, err)
	}
	if most && early != nil {
		early.forgetStale()
	}
	arts := make([]*model.Article, len(cleaned))
	for i := range cleaned {
		arts[i] = &cleaned[i]
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	report(opts.Progress, StageGroup, len(arts))
	evs, _, saved := groupCachedSaving(arts, gopts, opts.Content, opts.Log, early)
	return &Digest{Settings: s, Articles: arts, Events: evs, Warnings: warns}, saved, nil
}

// Build loads the content and renders it into a work folder beside opts.Out,
// then swaps that folder in, so a failed or killed build leaves the old site
// whole (see publishDigest).
func Build(opts Options) (Result, error) {
	start := time.Now()
	defer startProfiles()()
	if opts.Progress != nil {
		defer opts.Progress.Done()
	}
	d, saved, err := load(opts)
	defer saved() // the site is rendered while the grouping's cache is written
	if err != nil {
		return Result{}, err
	}
	res := Result{Articles: len(d.Articles), Events: len(d.Events), Warnings: d.Warnings}
	if opts.Strict && len(d.Warnings) > 0 {
		return res, fmt.Errorf("%d warnings (strict): first: %v", len(d.Warnings), d.Warnings[0])
	}
	st, err := publishDigest(d, opts)
	if err != nil {
		return res, err
	}
	res.Pages = st.Pages
	res.Elapsed = time.Since(start)
	return res, nil
}
