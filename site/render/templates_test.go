package render

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/templates"
)

// TestTemplateErrors: a broken user template fails the render with an error
// that names the file and the line.
func TestTemplateErrors(t *testing.T) {
	cases := []struct{ name, file, src, want string }{
		{"parse error in a page", "event.html", "{{template \"base\" .}}\n{{define \"main\"}}\n<h1>{{.Event.Headline</h1>{{end}}", "event.html:3"},
		{"parse error in a shared file", "base.html", "{{define \"base\"}}\n\n{{if}}{{end}}", "base.html:3"},
		{"unknown field at execution", "article.html", "{{template \"base\" .}}\n{{define \"main\"}}{{.Nope}}{{end}}", "article.html:2"},
		{"unknown function", "search.html", "{{nope}}", "search.html:1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tpl := templates.Overlay(fstest.MapFS{c.file: {Data: []byte(c.src)}}, templates.FS)
			_, err := Render(t.TempDir(), sampleSite(), tpl)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// TestTemplateOverride: a user's file replaces the default of the same name,
// a new shared file can be used, and extra assets are copied.
func TestTemplateOverride(t *testing.T) {
	tpl := templates.Overlay(fstest.MapFS{
		"404.html":   {Data: []byte(`{{template "base" .}}{{define "main"}}<h1>{{template "gone"}}</h1>{{end}}`)},
		"extra.html": {Data: []byte(`{{define "gone"}}Lost at sea{{end}}`)},
		"logo.svg":   {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)},
		".hidden":    {Data: []byte(`x`)},
	}, templates.FS)
	dir, _ := renderWith(t, sampleSite(), tpl)
	files := readTree(t, dir)
	assert.Contains(t, string(files["404.html"]), "<h1>Lost at sea</h1>")
	assert.Contains(t, files, "logo.svg")
	assert.NotContains(t, files, ".hidden")
	assert.NotContains(t, files, "extra.html", "templates are not copied")
	assert.Contains(t, string(files["index.html"]), "Korean Peninsula Watch", "other pages keep the defaults")
}
