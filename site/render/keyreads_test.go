package render

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
	"github.com/topicdigest/digest/templates"
)

// richSite is manySite with more in it: events of several sources, wire
// copy, what each source adds, related events, authors, links and times.
func richSite() Site {
	s := manySite(30, 2, 30)
	for i, a := range s.Articles {
		a.Agency = []string{"", "AFP", "Reuters"}[i%3]
		a.Authors = []string{fmt.Sprintf("Author %d", i%4)}
		a.URL = fmt.Sprintf("https://example.com/%d", i)
		a.Language = "en"
		a.HasTime = i%2 == 0
		a.Made = fmt.Sprintf("made-%d", i)
	}
	for i := 0; i+1 < len(s.Events); i += 4 { // each fourth event takes in the next one's article
		e, next := s.Events[i], s.Events[i+1]
		e.Articles = append(e.Articles, next.Articles...)
		e.Wire = []model.WireStory{{Agency: "AFP", Articles: []string{e.Articles[0].ID, next.Articles[0].ID}}}
		e.Adds = map[string][]string{next.Articles[0].ID: {"Only this outlet says so."}}
		e.Summary = "What happened, in short."
	}
	for i := 2; i+10 < len(s.Events); i += 3 {
		s.Events[i].Related = []string{s.Events[i+10].ID, s.Events[i+1].ID}
	}
	return s
}

// renderKeyed renders s with a salt and returns every file's bytes and
// every page's key.
func renderKeyed(t *testing.T, s Site) (map[string][]byte, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	st, err := RenderWith(dir, s, templates.FS, Options{Salt: "v1"})
	require.NoError(t, err)
	return readTree(t, dir), keyMap(st)
}

// TestPageKeysCoverEveryChange: whatever changes in the data, every page
// whose bytes change has a new key. This is what makes reusing a page by its
// key safe; the walk of the templates (readsOf) is what it tests.
func TestPageKeysCoverEveryChange(t *testing.T) {
	baseFiles, baseKeys := renderKeyed(t, richSite())
	art := func(f func(a *model.Article)) func(s *Site) { return func(s *Site) { f(s.Articles[4]) } }
	ev := func(f func(e *model.Event)) func(s *Site) { return func(s *Site) { f(s.Events[4]) } }
	for name, change := range map[string]func(s *Site){
		"article title":    art(func(a *model.Article) { a.Title = "Another title" }),
		"article source":   art(func(a *model.Article) { a.Source = "Another outlet" }),
		"article agency":   art(func(a *model.Article) { a.Agency = "DPA" }),
		"article authors":  art(func(a *model.Article) { a.Authors = append(a.Authors, "Second Author") }),
		"article date":     art(func(a *model.Article) { a.Date = a.Date.Add(-26 * time.Hour) }),
		"article time":     art(func(a *model.Article) { a.HasTime = !a.HasTime }),
		"article url":      art(func(a *model.Article) { a.URL = "https://example.com/moved" }),
		"article language": art(func(a *model.Article) { a.Language = "fr" }),
		"article body":     art(func(a *model.Article) { a.Markdown, a.Made = "Another body.\n", "made-again" }),
		"article text":     func(s *Site) { s.Articles[31].Text = "Another lead. And more." },
		"event title":      ev(func(e *model.Event) { e.Title = "Another headline" }),
		"event summary":    ev(func(e *model.Event) { e.Summary = "Another summary." }),
		"event date":       ev(func(e *model.Event) { e.Date = e.Date.AddDate(0, -1, 0) }),
		"event updated":    ev(func(e *model.Event) { e.Updated = e.Updated.AddDate(0, 0, 3) }),
		"event source added": func(s *Site) {
			s.Events[4].Articles = append(s.Events[4].Articles, s.Events[7].Articles...)
			s.Events = append(s.Events[:7], s.Events[8:]...)
		},
		"event wire":    ev(func(e *model.Event) { e.Wire = nil }),
		"event adds":    ev(func(e *model.Event) { e.Adds = map[string][]string{e.Articles[1].ID: {"Something else."}} }),
		"related":       func(s *Site) { s.Events[5].Related = []string{s.Events[4].ID} },
		"related title": func(s *Site) { s.Events[12].Title = "A related headline" },
		"event gone":    func(s *Site) { s.Events = append(s.Events[:9], s.Events[10:]...) },
		"site title":    func(s *Site) { s.Settings.Title = "Another digest" },
		"description":   func(s *Site) { s.Settings.Description = "About something else." },
		"base url":      func(s *Site) { s.Settings.BaseURL = "https://example.net/" },
		"language":      func(s *Site) { s.Settings.Language = "de" },
		"timezone":      func(s *Site) { s.Settings.Timezone = "Asia/Tokyo" },
		"per page":      func(s *Site) { s.Settings.PerPage = 7 },
	} {
		s := richSite()
		change(&s)
		files, keys := renderKeyed(t, s)
		shown := 0
		for path, key := range keys {
			if key == "" || bytes.Equal(files[path], baseFiles[path]) {
				continue
			}
			shown++
			assert.NotEqual(t, baseKeys[path], key, "%s: %s shows the change under its old key", name, path)
		}
		assert.NotZero(t, shown, "%s: some page shows the change", name)
	}
}

// TestPageReadsOfTheDefaultTemplates: the walk finds what the default
// templates show, and nothing they do not.
func TestPageReadsOfTheDefaultTemplates(t *testing.T) {
	ts, err := loadTemplates(templates.FS)
	require.NoError(t, err)
	reads := pageReads(ts)
	month := reads["month"]
	require.False(t, month.whole)
	assert.True(t, named(month, "Month", "Events").elem == nil, "a month page counts its events, it does not show them through Month")
	newer := named(month, "Month", "Newer")
	assert.ElementsMatch(t, []string{"Path", "Title"}, names(newer), "of the next month, its link and name")
	card := named(month, "Days").elem.fieldNamed("Events").elem
	assert.NotContains(t, names(card), "Related", "a card shows no related events")
	assert.Contains(t, names(card), "Headline")
	assert.ElementsMatch(t, []string{"Path", "Name", "Via"}, names(card.fieldNamed("Sources").elem), "a card's chips")
	article := reads["article"]
	assert.ElementsMatch(t, []string{"Path", "Headline"}, names(named(article, "Article", "Event")), "an article page names its event")
	assert.Contains(t, names(named(article, "Article")), "made", "its body, by the key it was cleaned from")
	assert.True(t, named(article, "Kind").whole)
}

// TestPageReadsFallBackToWhole: what the walk does not follow is read whole.
func TestPageReadsFallBackToWhole(t *testing.T) {
	walk := func(src string) *reads {
		set := template.Must(template.New("").Funcs(funcs).Parse(src))
		return readsOf(set, "")
	}
	assert.True(t, walk(`{{$x := .Event}}{{range .Days}}{{$x = .}}{{end}}{{$x.Title}}`).whole, "a variable assigned again")
	assert.True(t, named(walk(`{{.Event}}`), "Event").whole, "printed")
	assert.True(t, named(walk(`{{printf "%v" .Article.Event}}`), "Article", "Event").whole, "handed to a function")
	assert.True(t, named(walk(`{{template "x" .Event}}{{define "x"}}{{template "x" .}}{{end}}`), "Event").whole, "a template calling itself")
	r := walk(`{{with or .Event .Article}}{{.Title}}{{end}}`)
	assert.Contains(t, names(named(r, "Event")), "Title", "either value of an or")
	assert.Contains(t, names(named(r, "Article")), "Title")
}

// named follows field names from r.
func named(r *reads, path ...string) *reads {
	for _, p := range path {
		r = r.fieldNamed(p)
		if r == nil {
			return &reads{}
		}
	}
	return r
}

func names(r *reads) []string {
	var out []string
	for _, f := range r.fields {
		out = append(out, f.name)
	}
	return out
}

// TestViewMethodsReadOnlyStandIns: a template may call a view's exported
// methods, and the walk takes a method to read its type's stand-in fields
// (see readByMethod). A method added to a view must keep to that, or be
// listed here once its stand-ins cover what it reads.
func TestViewMethodsReadOnlyStandIns(t *testing.T) {
	allowed := map[string]bool{"articleView.Markdown": true}
	for _, ty := range []reflect.Type{reflect.TypeFor[page](), reflect.TypeFor[eventView](), reflect.TypeFor[articleView](),
		reflect.TypeFor[month](), reflect.TypeFor[day](), reflect.TypeFor[pager](), reflect.TypeFor[digest](),
		reflect.TypeFor[chrome](), reflect.TypeFor[siteLinks](), reflect.TypeFor[wireView](), reflect.TypeFor[addView](), ctxType} {
		pt := reflect.PointerTo(ty)
		for i := range pt.NumMethod() {
			name := ty.Name() + "." + pt.Method(i).Name
			assert.True(t, allowed[name], "%s: a method templates can call; what does it read?", name)
		}
	}
}

// TestEveryPageKindIsWalked: every kind of page the site has is one whose
// template the walk reads, so none falls back to being covered whole.
func TestEveryPageKindIsWalked(t *testing.T) {
	ts, err := loadTemplates(templates.FS)
	require.NoError(t, err)
	reads := pageReads(ts)
	for _, p := range sitePages(newDigest(richSite(), time.UTC), 10) {
		r := reads[p.Kind]
		require.NotNil(t, r, p.Kind)
		assert.False(t, r.whole, p.Kind)
	}
}
