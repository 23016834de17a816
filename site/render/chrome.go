package render

import (
	"bytes"
	"fmt"
	"html/template"
)

// The templates of the parts every page repeats. They see a chromeView, not
// the page, so their output depends only on the page's depth and kind and is
// rendered once per pair instead of once per page: at 100,000 pages these
// links and menus were most of the template work.
const (
	tplSiteHead   = "site-head"   // the head's icon, stylesheet and feed links
	tplSiteHeader = "site-header" // skip link and masthead
	tplSiteFooter = "site-footer" // colophon
)

// chrome is the shared parts of a page, ready to insert: base.html writes
// {{.Chrome.Head}}, {{.Chrome.Header}} and {{.Chrome.Footer}}. A part whose
// template the set does not define is empty.
type chrome struct {
	keyMemo
	Head, Header, Footer template.HTML
}

// chromeView is what the chrome templates receive: the site, the page's kind
// (for aria-current), its root prefix and its links.
type chromeView struct {
	Site  *digest
	Kind  string
	Root  string
	Links *siteLinks
}

// attachChrome renders each (kind, root) pair's chrome once and gives every
// page its pair's.
func attachChrome(pages []*page, ts templateSet) error {
	type pair struct{ kind, root string }
	made := map[pair]*chrome{}
	for _, p := range pages {
		k := pair{p.Kind, p.Root}
		if made[k] == nil {
			c, err := renderChrome(ts[pageTemplate(p.Kind)], chromeView{Site: p.Site, Kind: p.Kind, Root: p.Root, Links: p.Links})
			if err != nil {
				return err
			}
			made[k] = c
		}
		p.Chrome = made[k]
	}
	return nil
}

// renderChrome executes the chrome templates that t defines with v.
func renderChrome(t *template.Template, v chromeView) (*chrome, error) {
	c := &chrome{}
	for _, part := range []struct {
		name string
		out  *template.HTML
	}{{tplSiteHead, &c.Head}, {tplSiteHeader, &c.Header}, {tplSiteFooter, &c.Footer}} {
		if t.Lookup(part.name) == nil {
			continue
		}
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, part.name, v); err != nil {
			return nil, fmt.Errorf("template %s: %w", part.name, err)
		}
		*part.out = template.HTML(buf.String())
	}
	return c, nil
}
