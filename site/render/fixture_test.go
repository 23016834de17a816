package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// sampleSite is the sample digest as the pipeline should make it: the three
// seed articles grouped into one event. It is built here, not by the cleaner
// and grouper, so these goldens test rendering alone.
func sampleSite() Site {
	day := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	upi := &model.Article{
		ID: "000_c12818764e0f8c6d", File: "000_c12818764e0f8c6d.txt", Title: "Kim Jong Un calls for 'actual war' training by combat units",
		Source: "UPI", Agency: "UPI", Authors: []string{"Thomas Maresca"}, Date: day.Add(5*time.Hour + 34*time.Minute), HasTime: true,
		Language: "en",
		Text: "North Korean leader Kim Jong Un called on the military to ramp up combat and artillery training to prepare for \"coping with a war anytime and destroying the enemy in every battle without fail,\" state-run media reported Thursday.\n\n" +
			"Kim made the remarks while overseeing an artillery firing contest among units of the Korean People's Army on Wednesday, the official Korean Central News Agency said.",
		Markdown: "North Korean leader Kim Jong Un called on the military to ramp up combat and artillery training to prepare for \"coping with a war anytime and destroying the enemy in every battle without fail,\" state-run media reported Thursday.\n\n" +
			"Kim made the remarks while overseeing an artillery firing contest among units of the Korean People's Army on Wednesday, the official Korean Central News Agency said.\n\n" +
			"## Training revolution\n\n\"The surest war deterrent is the most thoroughgoing outlook on the arch enemy,\" Kim said, according to KCNA.\n",
	}
	jt := &model.Article{
		ID: "001_7d9e376d08f24ce1", File: "001_7d9e376d08f24ce1.txt", Title: "North Korea's Kim urges troops to prepare 'for real war'",
		Source: "Japan Today", Agency: "AFP", Date: day, Language: "en", URL: "https://japantoday.com/category/world/north-korea-kim-urges-troops",
		Text: "North Korean leader Kim Jong Un has urged his military to be ready \"for real war\" as he observed a firing contest of artillery units, Pyongyang state media said Thursday.",
		Markdown: "North Korean leader Kim Jong Un has urged his military to be ready \"for real war\" as he observed a firing contest of artillery units, Pyongyang state media said Thursday.\n\n" +
			"Around 600 North Korean soldiers have been killed and thousands more wounded fighting for Russia, Seoul has said.\n",
	}
	gw := &model.Article{
		ID: "002_f9a04d4363cf929c", File: "002_f9a04d4363cf929c.txt", Title: "‘Real War’ threat by N. Korea's Kim marks escalating provocation toward West",
		Source: "Global Watch", Agency: "AFP", Authors: nil, Date: day.AddDate(0, 0, 5), Language: "en",
		Text: "North Korea is escalating tensions on the peninsula once again as leader Kim Jong Un staged a high-profile artillery drill and called on troops to prepare \"for real war\".",
		Markdown: "North Korea is escalating tensions on the peninsula once again as leader Kim Jong Un staged a high-profile artillery drill and called on troops to prepare \"for real war\".\n\n" +
			"![Kim observes a firing contest](/gc7/images/2025/07/29/51311-kims2-370_237.webp)\n\n" +
			"The live-fire contest -- broadcast on July 24 by Korean Central Television -- featured volleys of shells launched into the sea.\n",
	}
	ev := &model.Event{
		ID: upi.ID, Title: "Kim Jong Un urges North Korean troops to prepare for 'real war'", Date: day, Updated: gw.Date,
		Summary:  "North Korean leader Kim Jong Un oversaw an artillery firing contest and told his troops to be ready for war at any time, state media reported on 24 July.",
		Articles: []*model.Article{upi, jt, gw},
		Wire:     []model.WireStory{{Agency: "AFP", Articles: []string{jt.ID, gw.ID}}},
		Adds: map[string][]string{
			jt.ID: {"Around 600 North Korean soldiers have been killed fighting for Russia, Seoul has said."},
			gw.ID: {"The drill marks Pyongyang's latest military provocation."},
		},
	}
	s := model.DefaultSettings()
	s.Title = "Korean Peninsula Watch"
	s.Description = "A dated timeline of what happens on the Korean peninsula."
	s.BaseURL = "https://example.org/korea/"
	return Site{Settings: s, Events: []*model.Event{ev}, Articles: []*model.Article{upi, jt, gw}}
}

// manySite is n events of one article each, one every hours hours going back
// from 2025-07-24, plus undated events, for pagination and archive tests.
func manySite(n, undated, hours int) Site {
	s := model.DefaultSettings()
	s.BaseURL = "https://example.org/many/"
	s.PerPage = 10
	start := time.Date(2025, 7, 24, 12, 0, 0, 0, time.UTC)
	var site Site
	for i := 0; i < n+undated; i++ {
		a := &model.Article{ID: fmt.Sprintf("a%05d", i), Title: fmt.Sprintf("Story %d", i), Source: "Outlet " + string(rune('A'+i%5)),
			Text: strings.Repeat("A sentence about story. ", 3), Markdown: "Body of story.\n"}
		if i < n {
			a.Date = start.Add(-time.Duration(i*hours) * time.Hour)
		}
		e := &model.Event{ID: a.ID, Title: a.Title, Date: a.Date, Updated: a.Date, Articles: []*model.Article{a}}
		site.Articles = append(site.Articles, a)
		site.Events = append(site.Events, e)
	}
	site.Settings = s
	return site
}
