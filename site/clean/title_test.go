package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// titlePage is a page dump laid out as many outlets save theirs: a menu, a
// promo, the date line, then the headline right above the lead.
// The lead and the paragraph are about subject, so that pages of one
// source share only their furniture.
func titlePage(menu, promo, head, subject string) string {
	return strings.Join([]string{menu, promo, "Search", "February 17, 2025 / 12:15 AM", "", head,
		"ULMFORT, February 17 (UPI) -- " + subject + " killed 21 people on Monday, officials said.",
		"", para(subject)}, "\n")
}

// TestTitleSkipsMenusAndPromosAboveTheDate: a line above the date line
// gains the date's bonus, which made promos, login links and long menus
// the title of 18% of the generated articles.
func TestTitleSkipsMenusAndPromosAboveTheDate(t *testing.T) {
	const head = "Firefighters battle Ulmfort chemical plant fire for 5 hours"
	tests := []struct{ name, menu, promo string }{
		{"promo", "Home", "Get our free newsletter"},
		{"login link", "Home", "Log in to New Albion Beacon"},
		{"menu with separators", "Trending · Weather · Sport · Europe · Environment · Tech · Opinion · Video", "Menu"},
		{"menu with spaces", "Podcasts  Travel  Business  Markets  World  Europe", "Menu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: titlePage(tt.menu, tt.promo, head, "A fire at a chemical plant in Ulmfort")}, Options{Now: testNow})
			require.NoError(t, err)
			assert.Equal(t, head, a.Title)
		})
	}
}

// TestTitleOfPagesSharingHeadlines: in a batch, a page's headline that the
// source's other pages list too (a most-read box) is a template line like
// the source's promo; the headline still wins, the promo being both.
func TestTitleOfPagesSharingHeadlines(t *testing.T) {
	heads := []string{"Apartment block fire in Fenwick kills 39", "Storm Alder hits Lunde with winds of 221 km/h", "Quake shakes Varnholm; buildings collapse"}
	var docs []model.Document
	for i, h := range heads {
		body := titlePage("Home", "Get our free newsletter", h, "Event number "+string(rune('A'+i))) + "\n\nMost read\n" + strings.Join(heads, "\n")
		docs = append(docs, model.Document{ID: h, Path: h + ".txt", Format: model.FormatText, Body: " date 2025-02-17 New Albion Beacon\n" + body, Hash: string(rune('a' + i))})
	}
	arts, warns := CleanAll(docs, Options{Now: testNow})
	require.Empty(t, warns)
	require.Len(t, arts, len(heads))
	for i, a := range arts {
		assert.Equal(t, heads[i], a.Title)
	}
}

// TestTitleSkipsReadingTimeAndDanglingLines: a reading time or a line cut at
// a comma between the headline and the lead is never the headline, however
// near the body it stands.
func TestTitleSkipsReadingTimeAndDanglingLines(t *testing.T) {
	const head = "Ulmfort plant fire" // short, so the line below outscores it but for its kind
	for _, line := range []string{"Lesezeit: 2 Minuten", "4 min read", "Estimated reading time: 6 minutes", "Amelie Siekmann, Berlin,"} {
		body := strings.Join([]string{"Home", head, line,
			"ULMFORT, February 17 (UPI) -- A fire at a chemical plant in Ulmfort killed 21 people on Monday, officials said.",
			"", para("A fire at a chemical plant")}, "\n")
		a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: body}, Options{Now: testNow})
		require.NoError(t, err, line)
		assert.Equal(t, head, a.Title, line)
	}
}

// TestTitleUnwrapsTheBareHeadline: a dump that carries the headline twice,
// bare and wrapped in a breadcrumb trail, a kicker or the site's name, is
// titled with the bare one; a longer line that only starts like another
// candidate is a headline of its own.
func TestTitleUnwrapsTheBareHeadline(t *testing.T) {
	const head = "Firefighters battle Ulmfort chemical plant fire"
	tests := []struct{ name, bare, wrapped, want string }{
		{"breadcrumb trail", head, "Startseite Panorama Regional " + head, head},
		{"trail with marks", head, "Sie sind hier:Home»Newsarchiv»" + head, head},
		{"kicker", head, "Chemical disaster : " + head, head},
		{"site name", head, head + " | New Albion Beacon", head},
		{"longer headline", "Ulmfort plant fire", "Ulmfort plant fire and what it means for the river", "Ulmfort plant fire and what it means for the river"},
		{"section name", "Panorama", "Panorama " + head, "Panorama " + head},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Join([]string{"Home", tt.bare, "", tt.wrapped, "By Amelie Siekmann",
				"ULMFORT, February 17 (UPI) -- A fire at a chemical plant in Ulmfort killed 21 people on Monday, officials said.",
				"", para("A fire at a chemical plant")}, "\n")
			a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: body}, Options{Now: testNow})
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Title)
		})
	}
}

// TestTitleOpeningTheRegion: when the article region opens with the
// headline block (headline, standfirst, date line), as the lines' smoothing
// sometimes has it, the headline is still the title; a region's first line
// that no byline or date follows is body text.
func TestTitleOpeningTheRegion(t *testing.T) {
	const head = "Pflegefinanzierung: Papier der Kirche fordert eine Reform der Pflege"
	lead := "Die Kirche hat in zwölf Thesen eine Schrift zu den Leitlinien eines zukunftsfähigen Sozialstaates veröffentlicht."
	for _, tt := range []struct {
		name, after string
		want        int
	}{
		{"date follows", "12.11.2021 red Artikel: Drucken Teilen", 2},
		{"body follows", para("Die Kirche und die Pflege"), -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := parsePage(strings.Join([]string{"Sie befinden sich hier:", "Aktuell", head, lead, tt.after, para("Die Pflege")}, "\n"), "", nil)
			p.from = 2
			assert.Equal(t, tt.want, p.findTitle())
		})
	}
}

// TestTitleOpeningWithABrandName: a headline may open with a brand name in
// lower case ("iPhone"), not with two words a dump glued together.
func TestTitleOpeningWithABrandName(t *testing.T) {
	for _, tt := range []struct {
		head  string
		title bool
	}{
		{"iPhone 14: Warum sich das Warten wirklich lohnt", true},
		{"eBay sells its Ulmfort chemical plant stake", true},
		{"fromUniversity of Michigan", false},
	} {
		a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: titlePage("Home", "Log in to New Albion Beacon", tt.head, "A fire at a chemical plant in Ulmfort")}, Options{Now: testNow})
		require.NoError(t, err, tt.head)
		assert.Equal(t, tt.title, a.Title == tt.head, "%s: title %q", tt.head, a.Title)
	}
}

// TestTitleSkipsPostLinks: a blog's link to its previous or next post,
// nearer the body than the post's own headline, is not the headline; a
// headline quoted in guillemets is.
func TestTitleSkipsPostLinks(t *testing.T) {
	const head = "Ulmfort plant fire"
	for _, tt := range []struct {
		link  string
		title bool
	}{
		{"« Fünf Gedanken zum Pokal-Aus in Dortmund", false},
		{"← Sinnvoll und aktiv auf das Abitur lernen", false},
		{"Podcasts in Plex einbinden und alles gut →", false},
		{"« Je ne fais pas que voter blanc, je le bois aussi »", true},
	} {
		body := strings.Join([]string{"Home", head, "", tt.link,
			"ULMFORT, February 17 (UPI) -- A fire at a chemical plant in Ulmfort killed 21 people on Monday, officials said.",
			"", para("A fire at a chemical plant")}, "\n")
		a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: body}, Options{Now: testNow})
		require.NoError(t, err, tt.link)
		assert.Equal(t, tt.title, a.Title == tt.link, "%s: title %q", tt.link, a.Title)
	}
}

// TestTitleAboveItsStandfirst: a long standfirst below a shorter headline
// outscores it for its length; the headline is still the title. A menu, a
// breadcrumb trail or a list above a long headline is not.
func TestTitleAboveItsStandfirst(t *testing.T) {
	const long = "Firefighters battled the blaze at the Ulmfort chemical plant for five hours on Monday"
	for _, tt := range []struct{ above, want string }{
		{"Ulmfort plant fire kills 21", "Ulmfort plant fire kills 21"},
		{"NEWS FEATURES BEAUTY ENTERTAINMENT ROYALS", long},
		{"Business News›Tech›Hardware Reviews", long},
		{"Artikel, Unsere Forschung, Veranstaltungen", long},
	} {
		body := strings.Join([]string{"Home", "", tt.above, long, "By Amelie Siekmann",
			"ULMFORT, February 17 (UPI) -- A fire at a chemical plant in Ulmfort killed 21 people on Monday, officials said.",
			"", para("A fire at a chemical plant")}, "\n")
		a, err := Clean(model.Document{Path: "p.txt", Format: model.FormatText, Body: body}, Options{Now: testNow})
		require.NoError(t, err, tt.above)
		assert.Equal(t, tt.want, a.Title, tt.above)
	}
}

// TestSectionHeadOpensACommentThread: the title of a comment thread, plural
// or singular, opens a section that is not the article, whatever it quotes.
func TestSectionHeadOpensACommentThread(t *testing.T) {
	for _, s := range []string{
		"34 Responses to “Ulmfort plant fire”",
		"One thought on “Ulmfort plant fire”",
		"Ein Gedanke zu „RES158 Sternfusion am Teilchenbeschleuniger“",
		"3 Gedanken zu „RES158 Sternfusion am Teilchenbeschleuniger“",
		"Eine Antwort auf „Ins neue Jahr“",
		"Un commentaire sur « Je ne fais pas que voter blanc »",
	} {
		assert.True(t, isSectionHead(strings.ToLower(s)), s)
	}
	assert.False(t, isSectionHead(strings.ToLower("One thought on the Ulmfort plant fire and what it means for the river, which the mayor says is safe")), "prose")
}
