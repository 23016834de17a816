// Package site wires the pipeline stages (ingest -> clean -> group -> render) into
// one Build, which is what the command line calls.
package site

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/topicdigest/digest/site/clean"
	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
	"github.com/topicdigest/digest/site/render"
	"github.com/topicdigest/digest/templates"
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
	s, err := LoadSettings(opts.Content)
	if err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		s.BaseURL = opts.BaseURL
	}
	docs, warns, err := ingest.Walk(opts.Content, ingest.Options{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opts.Content, err)
	}
	cleaned, cw := clean.CleanAll(docs, clean.Options{Now: opts.Now})
	warns = append(warns, cw...)
	arts := make([]*model.Article, len(cleaned))
	for i := range cleaned {
		arts[i] = &cleaned[i]
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	evs := group.Group(arts, group.Options{WindowDays: s.WindowDays, Editorial: s.Editorial})
	return &Digest{Settings: s, Articles: arts, Events: evs, Warnings: warns}, nil
}

// Build loads the content and renders it into a fresh folder beside opts.Out,
// then swaps that folder in, so a failed or killed build leaves the old site whole.
func Build(opts Options) (Result, error) {
	start := time.Now()
	d, err := Load(opts)
	if err != nil {
		return Result{}, err
	}
	res := Result{Articles: len(d.Articles), Events: len(d.Events), Warnings: d.Warnings}
	if opts.Strict && len(d.Warnings) > 0 {
		return res, fmt.Errorf("%d warnings (strict): first: %v", len(d.Warnings), d.Warnings[0])
	}
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return res, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".new-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(tmp)
	st, err := render.Render(tmp, render.Site{Settings: d.Settings, Events: d.Events, Articles: d.Articles},
		newOverlay(opts.Templates, templates.FS))
	if err != nil {
		return res, err
	}
	res.Pages = st.Pages
	if err := swap(tmp, out); err != nil {
		return res, err
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// swap replaces out with the finished folder tmp in two renames; between them
// the old site stays on disk under a hidden name.
func swap(tmp, out string) error {
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	old := tmp + ".old"
	if err := os.Rename(out, old); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	return os.RemoveAll(old)
}
