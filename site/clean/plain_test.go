package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// TestCleanPlainProse: a text that is the article alone, a sentence a line, is
// kept whole, short sentences at either end too; a page address on the first
// line becomes the URL and source, and its header date the article's date.
func TestCleanPlainProse(t *testing.T) {
	tests := []struct {
		name, body          string
		title, url, date    string
		wantText, notInText []string
	}{
		{
			name:     "short sentences at both ends",
			body:     "Well, it is better late than never.\n" + para("The actress's publicist") + "\nI had fun.\nI partied.",
			wantText: []string{"Well, it is better late than never.", "I had fun.", "I partied."},
		},
		{
			name:     "one sentence",
			body:     "The parliament election is over in the capital.",
			wantText: []string{"The parliament election is over in the capital."},
		},
		{
			name:      "address, headline and date line",
			body:      "http://www.example.com/news/414523/a-story\n\nActress checks into rehab at clinic\n\nMay 3,2013 at 7:31 AM ET\n\n" + para("Her lawyer") + "\nShe said so.",
			title:     "Actress checks into rehab at clinic",
			url:       "http://www.example.com/news/414523/a-story",
			date:      "2013-05-03",
			wantText:  []string{"She said so."},
			notInText: []string{"http", "May 3,2013"},
		},
		{
			name:      "a fetch date is no publication date",
			body:      "http://example.com/a-story\n\nDirector still in negotiations for sequel\n\nPosted 1 year ago [downloaded on 2 October 2013]\n\n" + para("The studio"),
			url:       "http://example.com/a-story",
			title:     "Director still in negotiations for sequel",
			notInText: []string{"downloaded"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(model.Document{Path: "x.txt", Format: model.FormatText, Body: tt.body}, Options{Now: testNow})
			require.NoError(t, err)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.url, a.URL)
			assert.Equal(t, tt.date, model.FormatDate(a.Date, a.HasTime))
			if tt.url != "" {
				assert.Equal(t, HostName(tt.url), a.Source)
			}
			for _, w := range tt.wantText {
				assert.Contains(t, a.Text, w)
			}
			for _, w := range tt.notInText {
				assert.NotContains(t, a.Text, w)
			}
			assert.False(t, strings.HasPrefix(a.Text, "\n"))
		})
	}
}

// TestPlainProseNotForPages: a page with a menu or an image is no plain text,
// so its furniture is still cut.
func TestPlainProseNotForPages(t *testing.T) {
	for _, extra := range []string{"Home | World | Business | Sign in", "![A photo of the harbour](/images/2025/07/29/a.webp)"} {
		p := parsePage(extra+"\n"+para("The minister")+"\n"+para("Officials"), "", nil)
		_, ok := p.plainProse()
		assert.False(t, ok, extra)
	}
}
