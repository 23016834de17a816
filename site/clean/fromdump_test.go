package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// para is a paragraph of plain prose for page fixtures.
func para(subject string) string {
	return subject + " said on Tuesday that the new plan would be presented to the council in the spring, and that the city had already begun to talk with the people who live in the area about what they want."
}

func TestCleanDumpRemovesFurniture(t *testing.T) {
	body := strings.Join([]string{
		"Home", "News", "World", "Sign in", "Subscribe",
		"City unveils plan for new river park",
		"By Jane Doe | March 3, 2024",
		"The mayor at the river bank on Monday. Photo: John Roe/AFP",
		para("The mayor"), para("A spokesman"),
		"What comes after the vote",
		para("The council"),
		"Read more: Another story about parks",
		para("Residents"),
		"Related articles", "Ten parks to visit this summer", "Why rivers matter",
		"12 Comments", "joe says:", "Great plan, I love it and I hope they build it soon enough for my kids.", "Reply",
		"© 2024 Example Media Inc. All rights reserved.", "Privacy Policy", "Terms of Use",
	}, "\n")
	a, err := Clean(model.Document{Format: model.FormatText, Body: body}, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "City unveils plan for new river park", a.Title)
	assert.Equal(t, []string{"Jane Doe"}, a.Authors)
	assert.Equal(t, "2024-03-03", model.FormatDate(a.Date, a.HasTime))
	assert.Equal(t, "Example Media", a.Source)
	assert.Equal(t, "en", a.Language)
	assert.Empty(t, a.Agency, "a photo credit is no evidence of agency copy")
	want := []string{para("The mayor"), para("A spokesman"), "What comes after the vote", para("The council"), para("Residents")}
	assert.Equal(t, strings.Join(want, "\n\n"), a.Text)
	assert.Contains(t, a.Markdown, "\n\n## What comes after the vote\n\n")
}

func TestCleanDumpOnlyBoilerplate(t *testing.T) {
	_, err := Clean(model.Document{Path: "menu.txt", Format: model.FormatText, Body: "Home\nNews\nSign in\nSubscribe\n© 2024 X"}, Options{Now: testNow})
	require.ErrorIs(t, err, ErrNoArticle)
	assert.Contains(t, err.Error(), "menu.txt")
}

// TestCleanDumpBrief: a news brief none of whose paragraphs is long enough
// to be good on its own keeps them all beside a line of furniture, which
// stays out (see briefClasses).
func TestCleanDumpBrief(t *testing.T) {
	paras := []string{
		"HOKUTO BAY, February 27 (Yonhap) -- Judges in Hokuto Bay ruled on Tuesday that Sunmar Foods broke consumer rules and must pay 11 million.",
		"Lawyers for the regulator, led by Rosa Petrov, welcomed the decision.",
		"Sunmar Foods said it would study the ruling and consider its options.",
	}
	body := strings.Join(append(append([]string{"Keshiro's top court delivers consumer ruling on Sunmar Foods"}, paras...),
		"Share this article", "Facebook Twitter LinkedIn Email"), "\n")
	a, err := Clean(model.Document{Format: model.FormatText, Body: body}, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "Keshiro's top court delivers consumer ruling on Sunmar Foods", a.Title)
	assert.Equal(t, strings.Join(paras, "\n\n"), a.Text)
}

func TestCleanDumpDateLineLabel(t *testing.T) {
	body := " date 2024-05-06  Example Daily\nHeadline words for the story\n" + para("The minister") + "\n" + para("Officials")
	a, err := Clean(model.Document{Format: model.FormatText, Body: body}, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "Example Daily", a.Source)
	assert.Equal(t, "2024-05-06", model.FormatDate(a.Date, a.HasTime))
	assert.NotContains(t, a.Text, "date 2024")
}

// A blog's date may stand above its menu, far from the headline; dates after
// the body are comments' and stay unread.
func TestCleanDumpFarDateLine(t *testing.T) {
	menu := []string{"Home", "About", "Archive", "Contact", "Categories", "Travel", "Food", "Books", "Music", "Sport", "Garden", "Cinema"}
	far := append([]string{"12. März 2021"}, menu...)
	far = append(far, "Headline words for the story", para("The minister"), para("Officials"))
	a, err := Clean(model.Document{Format: model.FormatText, Body: strings.Join(far, "\n")}, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "2021-03-12", model.FormatDate(a.Date, a.HasTime))

	after := append([]string{"Headline words for the story", para("The minister"), para("Officials")}, menu...)
	after = append(after, "Leave a comment", "joe", "14. März 2021", "Great piece.")
	a, err = Clean(model.Document{Format: model.FormatText, Body: strings.Join(after, "\n")}, Options{Now: testNow})
	require.NoError(t, err)
	assert.True(t, a.Date.IsZero(), "dated %v from a comment", a.Date)
}

func TestCleanDumpNeverFuture(t *testing.T) {
	body := "Headline words for the story\nMarch 3, 2030\n" + para("The minister") + "\n" + para("Officials")
	a, err := Clean(model.Document{Format: model.FormatText, Body: body}, Options{Now: testNow})
	require.NoError(t, err)
	assert.True(t, a.Date.IsZero())
}

func TestEscapeMarkdownLine(t *testing.T) {
	for in, want := range map[string]string{
		"# not a heading": `\# not a heading`, "- not a list": `\- not a list`, "1. not a list": `1\. not a list`,
		"2025 was a year.": "2025 was a year.", "plain": "plain",
	} {
		assert.Equal(t, want, escapeMarkdownLine(in), in)
	}
}

func TestCleanDumpWeekdayFromFetch(t *testing.T) {
	body := "Headline words for the story\n" + para("The minister") + "\n" + para("Officials")
	// para says "on Tuesday"; fetched on Saturday 2024-06-08, so Tuesday 2024-06-04.
	doc := model.Document{Format: model.FormatText, Body: body, Meta: model.Meta{FetchedAt: day(2024, 6, 8).Add(15 * time.Hour)}}
	a, err := Clean(doc, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, "2024-06-04", model.FormatDate(a.Date, a.HasTime))
}

// TestDateOpeningTheRegion: when the article region opens with the
// standfirst, the date line below it is still the header's, read before
// the dates of the related links after the body.
func TestDateOpeningTheRegion(t *testing.T) {
	lines := []string{"Startseite", "Handel", "Getränke per Schiff ins Stadtzentrum",
		"Im Anlauf zu den Olympischen Spielen wird eine Belieferung mit Getränken über die Seine getestet, um den Verkehr zu entlasten.",
		"Mittwoch, 01. November 2023 - Handel", para("Die Getränke kommen per Schiff"), para("Der Kai liegt gegenüber dem Eiffelturm"),
		"Heineken eröffnet neues Zentrallager 27.10.2023"}
	p := parsePage(strings.Join(lines, "\n"), "", nil)
	p.from = 3
	assert.Equal(t, "2023-11-01", p.findDate(2, p.blocks(), &clock{}).Format("2006-01-02"))
}

// TestShortYearDate: a date line may write its year with two figures
// ("19.10.19, 11:29 Uhr"); a version number, a date further in a line (a
// related link's) or one in a long line is no such date.
func TestShortYearDate(t *testing.T) {
	tests := []struct{ line, want string }{
		{"19.10.19, 11:29 Uhr", "2019-10-19"},
		{"04.05.20 14:50", "2020-05-04"},
		{"| 23.09.22", "2022-09-23"},
		{"1.11.23", "2023-11-01"},
		{"Hund 27.01.22", ""},
		{"Version 4.47.4.1", ""},
		{"31.02.21", ""}, // no such day
		{"24.12.99", ""}, // 2099: after now
	}
	for _, tt := range tests {
		p := parsePage(strings.Join([]string{"Ulmfort plant fire", tt.line, para("A fire at a chemical plant")}, "\n"), "", nil)
		got, ok := p.lineDate(1, 200, &clock{now: testNow})
		if tt.want == "" {
			assert.False(t, ok, tt.line)
			continue
		}
		require.True(t, ok, tt.line)
		assert.Equal(t, tt.want, got.Format("2006-01-02"), tt.line)
	}
	long := "Am 19.10.19 sagte der Bürgermeister, dass die Straße gesperrt bleibt, bis die Brücke repariert ist."
	p := parsePage(strings.Join([]string{"Ulmfort plant fire", long, para("A fire at a chemical plant")}, "\n"), "", nil)
	_, ok := p.lineDate(1, 200, &clock{now: testNow})
	assert.False(t, ok, "a long line")
}
