package group

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/topicdigest/digest/site/model"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One here. Two there.", []string{"One here.", "Two there."}},
		{"Mr. Smith met U.S. officials. They left.", []string{"Mr. Smith met U.S. officials.", "They left."}},
		{"He said \"no.\" Then he went.", []string{"He said \"no.\"", "Then he went."}},
		{"It cost $2.6 million. Done", []string{"It cost $2.6 million.", "Done"}},
		{"First para.\n\nSecond para", []string{"First para.", "Second para"}},
		{"J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, splitSentences(tt.in), tt.in)
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim's troops", []string{"Kim", "troops"}},
		{"some 14,000 troops", []string{"some", "14,000", "troops"}},
		{"June 13,2013 at 4pm", []string{"June", "13", "2013", "at", "4pm"}},
		{"cost $2.6 million", []string{"cost", "$2.6", "million"}},
		{"three-year-long offensive", []string{"three-year-long", "offensive"}},
		{"end. Next", []string{"end", "Next"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range splitWords(tt.in) {
			got = append(got, w.raw)
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestExtractTerms(t *testing.T) {
	an := newAnalyzer("en")
	tests := []struct {
		name, title, text string
		want, not         []string
	}{
		{"names and phrases", "", "Police said Tara Reid entered rehab in Malibu.",
			[]string{"@tara reid", "@tara", "@reid", "@malibu", "rehab"}, []string{"@police"}},
		{"figures with what they count", "", "The North sent some 14,000 troops and $2.6 million.",
			[]string{"#14000", "#14000 troop", "#$2.6million"}, []string{"some"}},
		{"a date is no term of its own", "", "It happened on June 13, said police, and on 14 June.",
			[]string{"#13", "#14"}, []string{"@june", "#june 13", "#14 june"}},
		{"a figure with letters names a thing and counts nothing", "", "The Kestrel-9 carrying 44 satellites lifted off.",
			[]string{"#kestrel-9", "#44 satellit"}, []string{"#kestrel-9 carri"}},
		{"acronyms", "", "The UN and NATO met.", []string{"@un", "@nato"}, nil},
		{"title case titles need body evidence", "Actress Enters Rehab In Malibu", "Officials in Malibu said so.",
			[]string{"@malibu", "actress", "rehab"}, []string{"@actress", "@rehab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(tt.title, tt.text, an)
			for _, w := range tt.want {
				assert.True(t, f.bag.has(w), w)
			}
			for _, w := range tt.not {
				assert.False(t, f.bag.has(w), w)
			}
		})
	}
}

func TestDecay(t *testing.T) {
	tests := []struct {
		gap      float64
		lo, hi   float64
		windowDs int
	}{
		{0, 1, 1, 7},
		{1, 0.96, 0.97, 7},
		{7, 0.77, 0.78, 7},
		{7.5, 0, 0, 7},
		{20, 0.77, 0.78, 20},
	}
	for _, tt := range tests {
		d := decay(tt.gap, tt.windowDs)
		assert.GreaterOrEqual(t, d, tt.lo, "gap %v", tt.gap)
		assert.LessOrEqual(t, d, tt.hi, "gap %v", tt.gap)
	}
}

// TestKept: two undated reports keep their whole similarity, a dated and an
// undated one the decay averaged over the window, two dated ones the decay
// over the days between them.
func TestKept(t *testing.T) {
	dated := func(day float64) span { return span{lo: day, hi: day, dated: true} }
	tests := []struct {
		name   string
		a, b   span
		lo, hi float64
	}{
		{"both undated", span{}, span{}, 1, 1},
		{"one undated", dated(100), span{}, 0.88, 0.89},
		{"the other undated", span{}, dated(100), 0.88, 0.89},
		{"same day", dated(100), dated(100), 1, 1},
		{"three days", dated(100), dated(103), 0.89, 0.90},
		{"beyond the window", dated(100), dated(108), 0, 0},
	}
	for _, tt := range tests {
		k := kept(tt.a, tt.b, 7)
		assert.GreaterOrEqual(t, k, tt.lo, tt.name)
		assert.LessOrEqual(t, k, tt.hi, tt.name)
	}
}

func TestWindowKeepsDistantReportsApart(t *testing.T) {
	arts := drillArticles()[:2]
	b := *arts[1]
	b.Date = arts[0].Date.AddDate(0, 0, 10)
	assert.Len(t, Group([]*model.Article{arts[0], &b}, Options{}), 2, "10 days apart, window 7")
	assert.Len(t, Group([]*model.Article{arts[0], &b}, Options{WindowDays: 14}), 1, "window 14")
}
