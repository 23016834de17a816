package corpus

import (
	"math/rand/v2"
	"strings"
)

// outlet is one synthetic news site: its name and the page furniture every one of
// its pages repeats, which a cleaner must learn to drop, plus its house style.
type outlet struct {
	name, domain string
	header       []string // navigation, login and newsletter lines above the headline
	footer       []string // comments, promos, cookie notice and copyright below the body
	related      string   // heading above the related-story links
	dateLine     float64  // share of pages that start with `date YYYY-MM-DD label`
	labelIsName  bool     // the date line's label is the site's name, else a navigation word
	byline       float64  // share of pages with a "By Name" line
	dateline     float64  // share of own (non-wire) stories opening with "CITY, Month D (AGENCY) --"
	timestamp    bool     // a "July 24, 2025 / 5:34 AM" line under the header
	blankLines   bool     // paragraphs separated by blank lines
	caption      bool     // a photo caption line before the body
}

// newOutlets draws n outlets with distinct names from r.
func newOutlets(r *rand.Rand, n int) []outlet {
	seen := map[string]bool{}
	out := make([]outlet, 0, n)
	for len(out) < n {
		name := outletName(r)
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, newOutlet(r, name))
	}
	return out
}

func outletName(r *rand.Rand) string {
	city := pick(r, places).city
	switch r.IntN(4) {
	case 0:
		return "The " + city + " " + pick(r, outletStems)
	case 1:
		return city + " " + pick(r, []string{"Today", "Now", "News", "Online", "Wire", "Daily"})
	case 2:
		return pick(r, places).country + " " + pick(r, outletStems)
	default:
		return pick(r, outletStems) + " " + pick(r, []string{"Global", "Watch", "Insight", "Report", "Review"})
	}
}

func newOutlet(r *rand.Rand, name string) outlet {
	domain := strings.ToLower(strings.NewReplacer(" ", "", "The", "", "'", "").Replace(name)) + ".example"
	o := outlet{
		name: name, domain: domain,
		dateLine:    []float64{0, 0.3, 0.7, 1}[r.IntN(4)],
		labelIsName: r.IntN(2) == 0,
		byline:      []float64{0, 0.4, 0.9}[r.IntN(3)],
		dateline:    []float64{0, 0.2, 0.6}[r.IntN(3)],
		timestamp:   r.IntN(3) == 0,
		blankLines:  r.IntN(4) != 0,
		caption:     r.IntN(2) == 0,
		related:     pick(r, []string{"Related", "Read more", "More from " + name, "You may also like", "Most read", "Recommended"}),
	}
	o.header = outletHeader(r, name)
	o.footer = outletFooter(r, name)
	return o
}

// outletHeader is the site's navigation block: a menu on one line or one word a line,
// and some of login, newsletter and search prompts.
func outletHeader(r *rand.Rand, name string) []string {
	menu := append([]string(nil), navWords...)
	r.Shuffle(len(menu), func(i, j int) { menu[i], menu[j] = menu[j], menu[i] })
	menu = menu[:5+r.IntN(6)]
	var h []string
	if r.IntN(2) == 0 {
		h = append(h, strings.Join(menu, pick(r, []string{" | ", "  ", " · "})))
	} else {
		h = append(h, menu...)
	}
	extras := []string{
		"Newsletter Signup Register / Login", "Sign in", "Subscribe", "Search", "Menu",
		"Log in to " + name, "Get our free newsletter", "Skip to main content", "Edition: International",
	}
	r.Shuffle(len(extras), func(i, j int) { extras[i], extras[j] = extras[j], extras[i] })
	return append(h, extras[:1+r.IntN(3)]...)
}

// outletFooter is what follows the article: comment prompts, promos, cookie
// notice, social links and the copyright line.
func outletFooter(r *rand.Rand, name string) []string {
	pool := []string{
		"0 Comments", "No Comment", "Login to comment", "Login to leave a comment",
		"Share this article", "Facebook Twitter LinkedIn Email", "Follow us on social media",
		"We use cookies to improve your experience. By continuing you accept our use of cookies.",
		"Accept all cookies", "Manage preferences", "Advertisement",
		"Sign up for the " + name + " morning briefing, delivered to your inbox every day.",
		"Support independent journalism. Subscribe today.", "Download our app", "Learn More",
		"Terms of use | Privacy policy | Contact us", "Forgot password?", "User registration",
	}
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	f := append([]string(nil), pool[:4+r.IntN(6)]...)
	return append(f, "© 2025 "+name+". All rights reserved.")
}
