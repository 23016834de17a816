// Package templates embeds the default HTML templates and stylesheet, so the
// digest binary builds a site with no files beside it. A -templates DIR overrides
// them file by file.
package templates

import "embed"

// FS holds the default templates (*.html) and static assets (style.css, search.js, favicon.svg).
//
//go:embed *.html *.css *.js *.svg
var FS embed.FS
