package site

import (
	"os"

	"github.com/topicdigest/digest/site/render"
	"github.com/topicdigest/digest/templates"
)

// publishDigest renders d and publishes it at opts.Out: into a work folder
// beside it (the spare site brought up to date, or a fresh folder), swapped
// in at the end, so a failed or killed build leaves the old site whole.
func publishDigest(d *Digest, opts Options) (render.Stats, error) {
	if err := checkOut(opts.Out, opts.Content); err != nil {
		return render.Stats{}, err
	}
	pub, err := openPublisher(opts.Out)
	if err != nil {
		return render.Stats{}, err
	}
	defer pub.close()
	report(opts.Progress, StageRender, len(d.Events))
	reuse := openPageReuse(opts.Content, pub.out, opts.Log)
	tmp, err := reuse.workDir(pub)
	if err != nil {
		return render.Stats{}, err
	}
	defer os.RemoveAll(tmp)
	st, err := render.RenderWith(tmp, render.Site{Settings: d.Settings, Events: d.Events, Articles: d.Articles},
		templates.Dir(opts.Templates), reuse.options())
	if err != nil {
		return st, err
	}
	report(opts.Progress, StagePublish, len(d.Events))
	if err := reuse.prune(tmp, st); err != nil {
		return st, err
	}
	old, err := pub.swap(tmp)
	if err != nil {
		return st, err
	}
	return st, reuse.retire(old, st)
}
