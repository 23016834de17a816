// Package render writes the static site and its feeds from grouped events.
package render

import (
	"io/fs"

	"github.com/topicdigest/digest/site/model"
)

// Site is everything render needs: the settings and the grouped digest.
type Site struct {
	Settings model.Settings
	Events   []*model.Event   // newest first
	Articles []*model.Article // every published article, sorted by id
}

// Stats say what a render wrote, for the build's summary line.
type Stats struct {
	Pages int
	Files int
}

// Render writes the site into dir (which exists and is empty), using templates
// from tpl (the embedded defaults, possibly overlaid by a -templates folder).
func Render(dir string, s Site, tpl fs.FS) (Stats, error) {
	return Stats{}, nil
}
