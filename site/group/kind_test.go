package group

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// drillArticles are two reports each of two artillery drills two months apart,
// and an unrelated story, worded as agencies word them.
func drillArticles() []*model.Article {
	mk := func(id, date, title, text string) *model.Article {
		return &model.Article{ID: id, File: id + ".md", Date: day(date), Language: "en", Title: title, Text: text}
	}
	return []*model.Article{
		mk("may-a", "2025-05-08", "North Korea holds artillery drill near border",
			"North Korean leader Kim Jong Un oversaw an artillery firing drill near the western border on Thursday, state media said.\n\nThe drill involved multiple rocket launchers of the Korean People's Army.\n\nSouth Korea's Joint Chiefs of Staff said it was monitoring the exercise."),
		mk("may-b", "2025-05-09", "Kim Jong Un watches artillery firing drill",
			"Kim Jong Un watched rocket launchers fire during an artillery drill near the western border, KCNA reported.\n\nThe Joint Chiefs of Staff in Seoul said the drill was monitored closely."),
		mk("jul-a", "2025-07-24", "Kim calls for real war training in artillery contest",
			"Kim Jong Un oversaw a firing contest among artillery units and urged troops to prepare for real war, state media said on Thursday.\n\nThe contest featured howitzers of the Korean People's Army."),
		mk("jul-b", "2025-07-25", "North Korea's Kim urges artillery units to be ready for war",
			"North Korean leader Kim Jong Un urged artillery units to be ready for real war as he watched a firing contest, KCNA said.\n\nHowitzers fired volleys into the sea during the contest."),
		mk("other", "2025-07-24", "Tech company posts record quarterly profit",
			"A major technology company reported record profit for the quarter on strong demand for cloud services, its chief executive said."),
	}
}

func TestSameKindDrillsStayApartButRelated(t *testing.T) {
	evs := Group(drillArticles(), Options{})
	byArticle := map[string]*model.Event{}
	for _, e := range evs {
		for _, a := range e.Articles {
			byArticle[a.ID] = e
		}
	}
	require.Len(t, evs, 3)
	assert.Same(t, byArticle["may-a"], byArticle["may-b"])
	assert.Same(t, byArticle["jul-a"], byArticle["jul-b"])
	assert.NotSame(t, byArticle["may-a"], byArticle["jul-a"])
	assert.Contains(t, byArticle["jul-a"].Related, byArticle["may-a"].ID)
	assert.Contains(t, byArticle["may-a"].Related, byArticle["jul-a"].ID)
	assert.NotContains(t, byArticle["jul-a"].Related, byArticle["other"].ID)
}

func TestEditorialRules(t *testing.T) {
	tests := []struct {
		name  string
		ed    model.Editorial
		check func(t *testing.T, by map[string]*model.Event, evs []*model.Event)
	}{
		{"join across months", model.Editorial{Join: [][]string{{"may-a", "jul-a"}}},
			func(t *testing.T, by map[string]*model.Event, _ []*model.Event) {
				assert.Same(t, by["may-a"], by["jul-a"])
			}},
		{"apart within one drill", model.Editorial{Apart: [][]string{{"may-a", "may-b"}}},
			func(t *testing.T, by map[string]*model.Event, _ []*model.Event) {
				assert.NotSame(t, by["may-a"], by["may-b"])
			}},
		{"hide", model.Editorial{Hide: []string{"other"}},
			func(t *testing.T, by map[string]*model.Event, evs []*model.Event) {
				assert.Nil(t, by["other"])
				assert.Len(t, evs, 2)
			}},
		{"pinned headline by any member", model.Editorial{Headlines: map[string]string{"jul-b": "Kim's July artillery contest"}},
			func(t *testing.T, by map[string]*model.Event, _ []*model.Event) {
				assert.Equal(t, "Kim's July artillery contest", by["jul-a"].Title)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group(drillArticles(), Options{Editorial: tt.ed})
			by := map[string]*model.Event{}
			for _, e := range evs {
				for _, a := range e.Articles {
					by[a.ID] = e
				}
			}
			tt.check(t, by, evs)
		})
	}
}

func TestExplainNamesTheEvidence(t *testing.T) {
	ed := model.Editorial{Apart: [][]string{{"may-a", "jul-a"}}}
	ex, err := Explain(drillArticles(), Options{Editorial: ed}, "may-a", "jul-a")
	require.NoError(t, err)
	assert.False(t, ex.Together)
	assert.True(t, ex.Dated)
	assert.InDelta(t, 77, ex.DaysApart, 0.01)
	assert.Zero(t, ex.Decay, "beyond the window")
	assert.NotEmpty(t, ex.Shared)
	assert.Contains(t, ex.String(), "apart #1")
	_, err = Explain(drillArticles(), Options{}, "may-a", "nope")
	assert.Error(t, err)
}

func TestExplanationSaysHowDatesWeighed(t *testing.T) {
	tests := []struct {
		name string
		ex   Explanation
		want string
	}{
		{"both dated", Explanation{Dated: true, DaysApart: 2, WindowDays: 7, Decay: 0.93}, "2.0 days apart (window 7), decay 0.93"},
		{"one undated", Explanation{Decay: 0.88}, "one of them undated"},
		{"both undated", Explanation{Decay: 1}, "both undated: grouped on their text alone"},
		{"both undated, same weekday", Explanation{Decay: 1, Weekday: "Saturday"}, "both undated: grouped on their text alone; both leads name Saturday, which eases the bar for their events"},
		{"together through others", Explanation{Together: true, Decay: 1, Score: 0.05, Threshold: 0.08}, "this pair alone scores below the threshold"},
		{"together by a join rule", Explanation{Together: true, Decay: 1, Score: 0.05, Threshold: 0.08, Rules: []string{"join #1 puts them together"}}, "join #1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, tt.ex.String(), tt.want)
		})
	}
	joined := Explanation{Together: true, Score: 0.05, Threshold: 0.08, Rules: []string{"join #1 puts them together"}}
	assert.NotContains(t, joined.String(), "below the threshold")
}
