package corpus

import (
	"math/rand/v2"
	"strconv"
)

// topic is a kind of happening: every event of a topic shares its vocabulary and
// differs in the facts (place, date, people, figures), which is the hard case for
// grouping: two drills are not one event.
type topic struct {
	name      string
	noun      string                      // what the happening is called in generic sentences
	facts     func(r *rand.Rand, f facts) // draws the figures one event of this kind has
	headlines []pattern
	leads     []pattern
	body      []pattern
}

func num(r *rand.Rand, lo, hi int) string { return strconv.Itoa(lo + r.IntN(hi-lo+1)) }

func dec(r *rand.Rand, lo, hi int) string {
	v := lo*10 + r.IntN((hi-lo)*10+1)
	return strconv.Itoa(v/10) + "." + strconv.Itoa(v%10)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

var topics = []topic{
	{
		name: "drill", noun: "exercise",
		facts: func(r *rand.Rand, f facts) {
			f["unit"] = pick(r, []string{"artillery", "naval", "air-defence", "amphibious", "armoured", "missile"})
			f["troops"] = num(r, 2, 40) + ",000"
			f["shots"] = num(r, 8, 120)
			f["range"] = num(r, 40, 900)
		},
		headlines: compileAll([]string{
			"{country} stages {unit} drill near {city}",
			"{person} oversees {unit} exercise as {troops} troops deploy",
			"{country} fires {shots} rounds in {unit} drill off {city}",
			"{unit} units of {country} hold live-fire contest, {person} watches",
			"Neighbours protest as {country} holds {unit} manoeuvres",
		}),
		leads: compileAll([]string{
			"{country} held a large {unit} drill near {city} on {weekday}, with {person} overseeing about {troops} troops, state media said.",
			"{person} watched {unit} units fire {shots} rounds into the sea off {city} on {weekday}, calling for readiness \"at any time.\"",
			"About {troops} soldiers took part in a {unit} exercise near {city} on {weekday}, the defence ministry of {country} said.",
			"The military of {country} fired {shots} projectiles with a range of up to {range} km during a {unit} drill on {weekday}.",
		}),
		body: compileAll([]string{
			"The drill near {city} involved about {troops} troops and lasted several hours.",
			"Units fired {shots} rounds at targets up to {range} km away, according to the ministry.",
			"{person} said the {unit} forces must be ready to respond to any provocation.",
			"{official}, the defence minister, said the exercise was planned months in advance.",
			"Neighbouring governments called the {unit} drill a dangerous escalation.",
			"Satellite images reviewed by {org} showed launchers moved to the coast near {city}.",
			"The exercise was the largest of its kind since last year, officials in {country} said.",
			"\"Our {unit} units proved they can strike with precision,\" {person_last} was quoted as saying.",
		}),
	},
	{
		name: "summit", noun: "summit",
		facts: func(r *rand.Rand, f facts) {
			f["leader2"] = pick(r, firstNames) + " " + pick(r, lastNames)
			f["country2"] = pick(r, places).country
			f["bn"] = num(r, 2, 95)
			f["issue"] = pick(r, []string{"trade", "energy", "migration", "climate", "security", "fisheries"})
		},
		headlines: compileAll([]string{
			"{person} and {leader2} meet in {city} for {issue} summit",
			"Leaders of {country} and {country2} sign ${bn}bn {issue} pact in {city}",
			"{city} summit ends with {issue} deal worth {bn} billion dollars",
			"{country} and {country2} pledge closer ties at {city} talks",
			"Summit in {city}: {person} and {leader2} agree on {issue}",
		}),
		leads: compileAll([]string{
			"{person} of {country} and {leader2} of {country2} met in {city} on {weekday} and agreed a {issue} package worth {bn} billion dollars.",
			"Leaders from {country} and {country2} wrapped up a two-day summit in {city} on {weekday} with a deal on {issue}.",
			"A summit in {city} between {person} and {leader2} produced a {bn} billion dollar agreement on {issue}, officials said on {weekday}.",
			"{person} and {leader2} shook hands in {city} on {weekday} after talks that both sides called productive.",
		}),
		body: compileAll([]string{
			"The {issue} agreement is worth about {bn} billion dollars over five years.",
			"{leader2} said the talks in {city} opened \"a new chapter\" between {country} and {country2}.",
			"{official}, a senior aide, said working groups would meet again within three months.",
			"Protesters gathered outside the venue in {city} to demand more action on {issue}.",
			"It was the first visit by a leader of {country2} to {city} in more than a decade.",
			"Analysts at {org} said the {bn} billion figure included earlier commitments.",
			"The two sides also discussed security and the release of detained citizens.",
			"\"We did not agree on everything, but we agreed on {issue},\" {person_last} told reporters.",
		}),
	},
	{
		name: "quake", noun: "earthquake",
		facts: func(r *rand.Rand, f facts) {
			f["mag"] = dec(r, 5, 7)
			f["depth"] = num(r, 8, 120)
			f["dead"] = num(r, 2, 180)
			f["injured"] = num(r, 20, 900)
		},
		headlines: compileAll([]string{
			"Magnitude {mag} earthquake strikes near {city}, {dead} dead",
			"Quake kills {dead} in {country}, hundreds injured",
			"Rescuers search rubble after {mag} quake hits {city}",
			"{country} earthquake: death toll rises to {dead}",
			"Strong quake shakes {city}; buildings collapse",
		}),
		leads: compileAll([]string{
			"A magnitude {mag} earthquake struck near {city} on {weekday}, killing at least {dead} people and injuring {injured}, officials said.",
			"At least {dead} people died when a strong earthquake hit {country} on {weekday}, the civil protection agency said.",
			"Rescue teams in {city} worked through the night after a {mag} quake at a depth of {depth} km toppled buildings on {weekday}.",
			"An earthquake measuring {mag} shook {city} on {weekday}, sending residents into the streets.",
		}),
		body: compileAll([]string{
			"The quake had a magnitude of {mag} and struck at a depth of {depth} km, according to {org}.",
			"Officials said {injured} people were treated in hospitals in and around {city}.",
			"The death toll of {dead} was expected to rise as rescuers reached remote villages.",
			"{official}, who heads the civil protection agency, said aftershocks could continue for days.",
			"Schools in {city} were closed and thousands spent the night in tents.",
			"Power and water supplies were cut across parts of {country}.",
			"\"The shaking went on for almost a minute,\" said a resident of {city}.",
			"{person} promised emergency funds and visited the worst-hit districts.",
		}),
	},
	{
		name: "election", noun: "election",
		facts: func(r *rand.Rand, f facts) {
			f["party"] = pick(r, []string{"Progress Party", "People's Alliance", "Green Union", "Liberal Front", "Civic Movement", "National Renewal"})
			f["share"] = dec(r, 28, 55)
			f["turnout"] = num(r, 45, 81)
			f["seats"] = num(r, 40, 220)
		},
		headlines: compileAll([]string{
			"{party} wins {country} election with {share}% of vote",
			"{person} claims victory as {party} takes {seats} seats",
			"{country} votes: turnout at {turnout}% as {party} leads",
			"Election in {country}: {party} ahead, opposition concedes",
			"{person}'s {party} sweeps {country} poll",
		}),
		leads: compileAll([]string{
			"The {party} of {person} won {country}'s election on {weekday} with {share}% of the vote, the electoral commission said.",
			"Voters in {country} handed the {party} {seats} seats on {weekday}, with turnout of {turnout}%.",
			"{person} declared victory in {city} late on {weekday} after early results gave the {party} {share}%.",
			"The opposition in {country} conceded defeat on {weekday} as the {party} headed for a majority.",
		}),
		body: compileAll([]string{
			"Turnout was {turnout}%, according to the electoral commission.",
			"The {party} is projected to hold {seats} seats in the new parliament.",
			"{person} told supporters in {city} that the result was \"a mandate for change.\"",
			"{official}, the outgoing prime minister, said the opposition would hold the government to account.",
			"Observers from {org} said the vote was largely orderly.",
			"The {party} campaigned on lower taxes and investment in rail and housing.",
			"Coalition talks are expected to start next week in {city}.",
			"Markets in {country} rose after the {share}% result was announced.",
		}),
	},
	{
		name: "rates", noun: "rate decision",
		facts: func(r *rand.Rand, f facts) {
			f["rate"] = dec(r, 1, 6)
			f["infl"] = dec(r, 1, 9)
			f["move"] = pick(r, []string{"raised", "cut", "held"})
		},
		headlines: compileAll([]string{
			"{country} central bank {move} rates at {rate}%",
			"Rates {move} at {rate}% as inflation hits {infl}% in {country}",
			"{official} defends {country} rate decision",
			"{country} policymakers {move} key rate, signal caution",
		}),
		leads: compileAll([]string{
			"The central bank of {country} {move} its key interest rate at {rate}% on {weekday}, with inflation running at {infl}%.",
			"Policymakers in {city} {move} borrowing costs at {rate}% on {weekday}, governor {official} said.",
			"{country}'s central bank {move} rates on {weekday} and said inflation of {infl}% remained too high.",
		}),
		body: compileAll([]string{
			"Inflation in {country} stood at {infl}% last month, according to the statistics office.",
			"Governor {official} said the bank would watch wage growth closely.",
			"The decision leaves the key rate at {rate}%, its level since the spring.",
			"Economists at {org} had expected the bank to move by a quarter point.",
			"The currency of {country} moved little after the announcement in {city}.",
			"\"We will do what is needed to bring inflation back to target,\" {official_last} told a news conference.",
		}),
	},
	{
		name: "fire", noun: "fire",
		facts: func(r *rand.Rand, f facts) {
			f["dead"] = num(r, 1, 40)
			f["injured"] = num(r, 3, 120)
			f["site"] = pick(r, []string{"factory", "warehouse", "chemical plant", "market", "apartment block", "hospital"})
			f["hours"] = num(r, 2, 30)
		},
		headlines: compileAll([]string{
			"{site} fire in {city} kills {dead}",
			"Blaze at {company} {site} leaves {dead} dead, {injured} injured",
			"Firefighters battle {city} {site} fire for {hours} hours",
			"{country} orders probe after deadly {site} fire",
		}),
		leads: compileAll([]string{
			"A fire at a {site} run by {company} in {city} killed {dead} people and injured {injured} on {weekday}, officials said.",
			"Firefighters in {city} took {hours} hours to bring a blaze at a {site} under control on {weekday}.",
			"At least {dead} people died on {weekday} when fire swept through a {site} in {city}.",
		}),
		body: compileAll([]string{
			"The fire broke out in the early morning and spread quickly through the {site}.",
			"{injured} people were taken to hospital, {official} of the fire service said.",
			"{company} said it was cooperating fully with investigators.",
			"It took {hours} hours to extinguish the flames, according to local authorities.",
			"Residents near {city} were told to keep windows closed because of the smoke.",
			"{person} ordered an inquiry into safety standards at the {site}.",
			"A report by {org} last year warned of fire risks at similar sites in {country}.",
		}),
	},
	{
		name: "ruling", noun: "ruling",
		facts: func(r *rand.Rand, f facts) {
			f["fine"] = num(r, 5, 900)
			f["case"] = pick(r, []string{"antitrust", "privacy", "labour", "environmental", "tax", "consumer"})
		},
		headlines: compileAll([]string{
			"Court in {city} fines {company} {fine} million in {case} case",
			"{company} loses {case} appeal in {country}",
			"Judges rule against {company}, order {fine} million payment",
			"{country}'s top court delivers {case} ruling on {company}",
		}),
		leads: compileAll([]string{
			"A court in {city} ordered {company} on {weekday} to pay {fine} million in a {case} case brought by regulators.",
			"{company} lost its {case} appeal in {country} on {weekday}, with judges upholding a fine of {fine} million.",
			"Judges in {city} ruled on {weekday} that {company} broke {case} rules and must pay {fine} million.",
		}),
		body: compileAll([]string{
			"The {fine} million fine is among the largest of its kind in {country}.",
			"{company} said it would study the ruling and consider its options.",
			"Lawyers for the regulator, led by {official}, welcomed the decision.",
			"The {case} case began four years ago after a complaint by {org}.",
			"The judgment can be appealed to the supreme court within thirty days.",
			"\"This ruling sends a clear message,\" {official_last} said outside the court in {city}.",
		}),
	},
	{
		name: "launch", noun: "launch",
		facts: func(r *rand.Rand, f facts) {
			f["rocket"] = pick(r, []string{"Aurora", "Falcata", "Kestrel", "Meridian", "Tessera", "Vanguard"}) + "-" + num(r, 1, 9)
			f["sats"] = num(r, 1, 60)
			f["orbit"] = num(r, 300, 1200)
		},
		headlines: compileAll([]string{
			"{country} launches {rocket} carrying {sats} satellites",
			"{rocket} lifts off from {city} spaceport",
			"{country} puts {sats} satellites in orbit with {rocket}",
			"Space agency of {country} hails {rocket} launch",
		}),
		leads: compileAll([]string{
			"A {rocket} rocket lifted off from the spaceport near {city} on {weekday}, carrying {sats} satellites into a {orbit} km orbit.",
			"{country} launched {sats} satellites aboard a {rocket} on {weekday}, its space agency said.",
			"The {rocket} launch from {city} on {weekday} was a success, {official} of the space agency said.",
		}),
		body: compileAll([]string{
			"The {sats} satellites were released at an altitude of about {orbit} km.",
			"{official} said the {rocket} would fly again before the end of the year.",
			"The launch was delayed twice by weather at the {city} site.",
			"{org} said the satellites would be used for weather and mapping.",
			"{person} congratulated the engineers in a televised message.",
			"Crowds watched the {rocket} climb from beaches near {city}.",
		}),
	},
	{
		name: "strike", noun: "strike",
		facts: func(r *rand.Rand, f facts) {
			f["workers"] = num(r, 1, 90) + ",000"
			f["pay"] = num(r, 4, 20)
			f["days"] = num(r, 1, 14)
		},
		headlines: compileAll([]string{
			"{workers} workers strike at {company} in {country}",
			"Strike halts {company} plants as union seeks {pay}% pay rise",
			"{company} walkout enters day {days}",
			"Unions in {city} stage strike over pay at {company}",
		}),
		leads: compileAll([]string{
			"About {workers} workers at {company} walked out on {weekday} to demand a {pay}% pay rise, the union said.",
			"A strike at {company} plants around {city} entered its {days}th day on {weekday}.",
			"Union members at {company} in {country} began a strike on {weekday} after talks on a {pay}% raise failed.",
		}),
		body: compileAll([]string{
			"The union is seeking a {pay}% increase over two years.",
			"{company} said its offer was fair and urged workers to return.",
			"{official}, the union leader, told a rally in {city} that workers would not back down.",
			"Production at the {city} plant was halted, the company said.",
			"The labour ministry of {country} offered to mediate.",
			"About {workers} employees are covered by the agreement, according to {org}.",
		}),
	},
	{
		name: "storm", noun: "storm",
		facts: func(r *rand.Rand, f facts) {
			f["storm"] = pick(r, []string{"Alder", "Bryony", "Caspian", "Delphine", "Ember", "Fenna", "Gale", "Hollis"})
			f["wind"] = num(r, 90, 240)
			f["evac"] = num(r, 2, 300) + ",000"
			f["dead"] = num(r, 0, 30)
		},
		headlines: compileAll([]string{
			"Storm {storm} hits {city} with winds of {wind} km/h",
			"{evac} evacuated as Storm {storm} nears {country}",
			"Storm {storm} leaves {dead} dead in {country}",
			"Flooding in {city} after Storm {storm}",
		}),
		leads: compileAll([]string{
			"Storm {storm} made landfall near {city} on {weekday} with winds of up to {wind} km/h, forcing {evac} people from their homes.",
			"Authorities in {country} evacuated {evac} people on {weekday} as Storm {storm} approached {city}.",
			"Storm {storm} killed {dead} people in {country} on {weekday} and left thousands without power.",
		}),
		body: compileAll([]string{
			"Winds reached {wind} km/h near {city}, the weather service said.",
			"{evac} people spent the night in shelters.",
			"{official} of the emergency agency warned of landslides and flooding.",
			"Flights from {city} were cancelled and schools were closed.",
			"{person} said the army would help clear roads.",
			"{org} estimated damage in the hundreds of millions.",
		}),
	},
	{
		name: "earnings", noun: "results",
		facts: func(r *rand.Rand, f facts) {
			f["rev"] = dec(r, 1, 80)
			f["growth"] = num(r, 2, 40)
			f["quarter"] = pick(r, []string{"first", "second", "third", "fourth"})
		},
		headlines: compileAll([]string{
			"{company} {quarter}-quarter revenue rises {growth}% to {rev} billion",
			"{company} beats forecasts, shares jump",
			"{company} posts {rev} billion in sales, raises outlook",
			"Strong demand lifts {company} {quarter}-quarter results",
		}),
		leads: compileAll([]string{
			"{company} reported {quarter}-quarter revenue of {rev} billion on {weekday}, up {growth}% from a year earlier.",
			"Shares in {company} rose on {weekday} after the {city}-based group said sales grew {growth}%.",
			"{company} raised its outlook on {weekday} after {quarter}-quarter revenue reached {rev} billion.",
		}),
		body: compileAll([]string{
			"Revenue rose {growth}% to {rev} billion in the {quarter} quarter.",
			"Chief executive {official} said demand remained strong in {country}.",
			"Analysts at {org} had expected growth of about ten percent.",
			"The company, based in {city}, employs about forty thousand people.",
			"{company} plans to open two new plants next year.",
		}),
	},
	{
		name: "final", noun: "final",
		facts: func(r *rand.Rand, f facts) {
			f["team"] = pick(r, places).city + " " + pick(r, []string{"United", "Rovers", "Athletic", "City", "Wanderers"})
			f["team2"] = pick(r, places).city + " " + pick(r, []string{"FC", "Rangers", "Albion", "Sporting", "Olympic"})
			f["score"] = num(r, 1, 5) + "-" + num(r, 0, 1)
			f["cup"] = pick(r, []string{"National Cup", "Champions Trophy", "Continental Shield", "Super Cup"})
		},
		headlines: compileAll([]string{
			"{team} beat {team2} {score} to win {cup}",
			"{cup} final: {team} triumph in {city}",
			"{team} lift {cup} after {score} win",
			"{team2} fall to {team} in {cup} final",
		}),
		leads: compileAll([]string{
			"{team} beat {team2} {score} in the {cup} final in {city} on {weekday}.",
			"{team} won the {cup} on {weekday}, defeating {team2} {score} before a full stadium in {city}.",
			"A late goal gave {team} a {score} win over {team2} in the {cup} final on {weekday}.",
		}),
		body: compileAll([]string{
			"The {score} win gives {team} their first {cup} in six years.",
			"Coach {official} said the players had \"earned every minute of it.\"",
			"Fans of {team} celebrated in the streets of {city} until late.",
			"{team2} had beaten the same side in the league a month earlier.",
			"The {cup} final was watched by millions on television in {country}.",
		}),
	},
}

// generic are sentences any article can carry; their slots marked x_ are drawn
// anew for each sentence so repeated templates still read differently.
var generic = compileAll([]string{
	"{x_person}, an analyst at {x_org}, said the {noun} would be watched closely in {country}.",
	"Officials in {city} declined to comment further on {weekday}.",
	"The {noun} came {x_n} days after a similar event elsewhere in the region.",
	"According to {x_org}, about {x_n} percent of people surveyed were worried.",
	"Local media showed images from {city} that could not be independently verified.",
	"{x_person} of {x_org} said more details were expected in the coming days.",
	"The government of {country} said it would publish a full report.",
	"Critics said the {noun} raised questions that officials had yet to answer.",
	"A spokesperson for {x_org} told reporters that the situation was being monitored.",
	"Social media users in {country} shared videos of the {noun} within minutes.",
	"{x_person}, who lives in {city}, said people were talking of little else.",
	"Earlier this year {x_org} published figures showing a rise of {x_n} percent.",
	"The opposition called for a debate in parliament on the {noun}.",
	"Diplomats in {city} said they had been briefed on {weekday}.",
	"It was not immediately clear how the {noun} would affect talks planned for next month.",
	"{x_person} said the {noun} showed the need for better planning.",
	"Newspapers in {country} devoted their front pages to the {noun}.",
	"Some {x_n} people attended a briefing by officials in {city}.",
	"The foreign ministry said it was in contact with partners about the {noun}.",
	"Experts at {x_org} said it was too early to draw conclusions.",
	"{x_person}, a resident of {x_city}, said the news had spread quickly.",
	"In {x_month}, a smaller {noun} in {x_city} drew far less attention.",
	"{x_org} said it had received {x_n} calls from the public by the evening.",
	"Some observers compared the {noun} with events in {x_city} in {x_month}.",
	"Television stations in {country} interrupted programmes to report the {noun}.",
	"{x_person} told local radio that people wanted clear answers.",
	"A poll by {x_org} in {x_month} found {x_n} percent support for the government.",
	"Officials from {x_city} travelled to {city} for meetings on {weekday}.",
	"The {noun} dominated debate in the regional assembly, {x_person} said.",
	"{x_org} has been following developments in {country} for {x_n} years.",
	"Shares of companies based in {x_city} moved little.",
	"{x_person}, a former minister, called for calm.",
	"Police in {city} said roads would reopen within {x_n} hours.",
	"The embassy in {city} issued advice to travellers.",
	"An earlier report by {x_org} was cited by several lawmakers.",
	"{x_person} said on social media that the {noun} was \"a turning point.\"",
	"Businesses in {city} reported fewer customers than usual.",
	"Residents of {x_city} followed the {noun} on television.",
	"{x_person} of {x_org} said the figures would be revised.",
	"The next update is expected on {x_weekday}, officials said.",
})
