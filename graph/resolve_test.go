package graph_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

func TestSamePerson(t *testing.T) {
	p := func(key, country string) graph.PersonSketch {
		return graph.PersonSketch{Key: "person:" + key, Country: country, Title: "President"}
	}
	titled := func(key, country, title string) graph.PersonSketch {
		return graph.PersonSketch{Key: "person:" + key, Country: country, Title: title}
	}
	claimed := func(key string, claims ...graph.Claim) graph.PersonSketch {
		s := p(key, "")
		s.CountryClaims = claims
		s.Country = s.CountryClaims.Winner()
		return s
	}
	for _, tc := range []struct {
		name string
		a, b graph.PersonSketch
		want bool
	}{
		{"reports split evenly between two countries", p("kamikawa", "JPN"),
			claimed("yoko-kamikawa", graph.Claim{Value: "JPN", Count: 1, Last: "2024-07-08|a"}, graph.Claim{Value: "PHL", Count: 1, Last: "2024-07-09|b"}), true},
		{"a stray claim of a minority", p("kim", "KOR"),
			claimed("kim-jong-un", graph.Claim{Value: "PRK", Count: 5, Last: "2024-07-08|a"}, graph.Claim{Value: "KOR", Count: 1, Last: "2024-07-09|b"}), false},
		{"same key", p("xi-jinping", "CHN"), p("xi-jinping", "CHN"), true},
		{"two parts a letter off in a long name whose other parts agree", p("luis-ignacio-lula-da-silva", "BRA"), p("luiz-inacio-lula-da-silva", "BRA"), true},
		{"two parts a letter off in a name of three", p("karl-holder-brandt", "DEU"), p("karl-holter-brant", "DEU"), false},
		{"transliteration", p("kassym-jomart-tokayev", "KAZ"), p("kassym-zhomart-tokaev", "KAZ"), true},
		{"surname only", p("tokaev", "KAZ"), p("kassym-jomart-tokayev", "KAZ"), true},
		{"doubled y", p("volodymyr-zelensky", "UKR"), p("volodymyr-zelenskyy", "UKR"), true},
		{"y between vowels", p("shavkat-mirziyoyev", "UZB"), p("shavkat-mirziyoev", "UZB"), true},
		{"vowel variants", p("mohammed-bin-salman", "SAU"), p("muhammad-bin-salman", "SAU"), true},
		{"particle dropped", p("mohammed-bin-zayed-al-nahyan", "ARE"), p("mohammed-zayed-nahyan", "ARE"), true},
		{"initial", p("k-tokayev", "KAZ"), p("kassym-jomart-tokayev", "KAZ"), true},
		{"vowels of a long name", p("alexander-lukashenko", "BLR"), p("aliaksandr-lukashenka", "BLR"), true},
		{"short names keep their vowels", p("li-qiang", "CHN"), p("liu-qiang", "CHN"), false},
		{"different given names", p("kim-jong-un", "PRK"), p("kim-yo-jong", "PRK"), false},
		{"same surname, other country", p("kim", "KOR"), p("kim-jong-un", "PRK"), false},
		{"no country, same title", p("tokaev", ""), p("kassym-jomart-tokayev", "KAZ"), true},
		{"no country, other title", titled("tokaev", "", "Minister"), p("kassym-jomart-tokayev", "KAZ"), false},
		{"no country, premier for prime minister", titled("fico", "", "Premier"), titled("robert-fico", "SVK", "Prime Minister"), true},
		{"no country, PM for prime minister", titled("fico", "", "P.M."), titled("robert-fico", "SVK", "Prime Minister"), true},
		{"no country, title case differs", titled("fico", "", "prime  minister"), titled("robert-fico", "SVK", "Prime Minister"), true},
		{"no country, foreign minister in other words", titled("wang", "", "Minister of Foreign Affairs"), titled("wang-yi", "CHN", "Foreign Minister"), true},
		{"no country, president for prime minister", titled("fico", "", "President"), titled("robert-fico", "SVK", "Prime Minister"), false},
		{"no country, one word near another's given name", titled("michel", "", "President"), titled("michelle-bachelet", "CHL", "President"), false},
		{"one country, a given name that is the other's family name", p("sabah-al-ahmad", "KWT"), p("ahmed-nasser-al-mohammed-al-sabah", "KWT"), false},
		{"one country, the short form of a name with its family names", p("sabah-al-ahmad", "KWT"), p("sabah-al-ahmad-al-jaber-al-sabah", "KWT"), true},
		{"one country, a surname after al alone", titled("sisi", "", "President"), titled("abdel-fattah-al-sisi", "EGY", "President"), true},
		{"no country, another's given name", titled("michel", "", "President"), titled("michel-aoun", "LBN", "President"), false},
		{"no country, a sovereign's given name", titled("salman", "", "King"), titled("salman-bin-abdulaziz", "SAU", "King"), true},
		{"full names of two countries", p("kim-jung-kwan", "KOR"), p("jung-kwan-kim", "PRK"), false},
		{"only initials", p("k", "KAZ"), p("kassym-jomart-tokayev", "KAZ"), false},
		{"different people", p("li-qiang", "CHN"), p("xi-jinping", "CHN"), false},
		{"one part misspelt", p("kim-jon-un", "PRK"), p("kim-jong-un", "PRK"), true},
		{"Chinese syllables alike in their consonants", p("zhong-shan", "CHN"), p("han-zheng", "CHN"), false},
		{"a short name in a longer part", p("sing", "BTN"), p("jigme-singye-wangchuck", "BTN"), false},
		{"a surname a letter off, no country to say so", titled("mohamed-shaker", "", "Minister"), titled("mohammad-daifallah-sharar", "KWT", "Minister"), false},
		{"a surname a letter off, one country", titled("mohamed-shaker", "EGY", "Minister"), titled("mohamed-shakar", "EGY", "Minister"), true},
		{"a misspelling is not a whole match", p("jon", "PRK"), p("jong", "PRK"), false},
		{"two parts misspelt", p("kin-jon-un", "PRK"), p("kim-jong-un", "PRK"), false},
		{"another given name, not a misspelling", p("kim-jong-il", "PRK"), p("kim-jong-un", "PRK"), false},
		{"zh, j and z", p("sadyr-japarov", "KGZ"), p("zaparov", "KGZ"), true},
		{"two brothers", p("nawaz-sharif", "PAK"), p("shahbaz-sharif", "PAK"), false},
		{"a king and a queen who shares his name", titled("abdullah", "JOR", "King"), titled("rania-al-abdullah", "JOR", "Queen"), false},
		{"a king named by surname alone", titled("abdullah", "JOR", "King"), titled("abdullah-ii", "JOR", "King"), true},
		{"a son is not his father", titled("mohammed-bin-salman", "SAU", "Crown Prince"), titled("salman-bin-abdulaziz", "SAU", "King"), false},
		{"nor his father's full name", p("salman-bin-abdulaziz-al-saud", "SAU"), p("mohammed-bin-salman-bin-abdulaziz-al-saud", "SAU"), false},
		{"nor his father's name alone", titled("salman", "SAU", "King"), titled("mohammed-bin-salman", "SAU", "Crown Prince"), false},
		{"a father is not his son", p("mohamed-bin-zayed-al-nahyan", "ARE"), p("khaled-bin-mohamed-bin-zayed-al-nahyan", "ARE"), false},
		{"a family name is nobody", p("al-nahyan", "ARE"), p("mohamed-bin-zayed-al-nahyan", "ARE"), false},
		{"a given name and the father's", titled("salman", "SAU", "King"), titled("salman-bin-abdulaziz", "SAU", "King"), true},
		{"a father's name spelt out", p("mohammed-bin-salman", "SAU"), p("mohammed-bin-salman-bin-abdulaziz-al-saud", "SAU"), true},
		{"a Mongolian patronymic in the genitive", p("ukhnaagiin-khurelsukh", "MNG"), p("khurelsukh-ukhnaa", "MNG"), true},
		{"one part spelt as two", p("ram-chandra-paudel", "NPL"), p("ramchandra-paudel", "NPL"), true},
		{"two parts are not any two", p("ram-paudel", "NPL"), p("ramchandra-paudel", "NPL"), false},
		{"Abd al- and Abdul", p("adil-abd-al-mahdi", "IRQ"), p("adil-abdul-mahdi", "IRQ"), true},
		{"a single name and another, neither with a country", p("ali", ""), p("hussein-ali-mwinyi", ""), false},
		{"a single name and its very spelling, neither with a country", titled("abdullah", "", "King"), titled("abdullah-ii", "", "King"), true},
		{"a single name without a country and a placed person", p("ali", ""), p("mohamed-irfaan-ali", "GUY"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.SamePerson(tc.a, tc.b); got != tc.want {
				t.Errorf("SamePerson(%s, %s) = %v, want %v", tc.a.Key, tc.b.Key, got, tc.want)
			}
			if got := graph.SamePerson(tc.b, tc.a); got != tc.want {
				t.Errorf("SamePerson is not symmetric for %s, %s", tc.a.Key, tc.b.Key)
			}
		})
	}
}

func TestSameEvent(t *testing.T) {
	base := graph.EventSketch{Key: "event:a", Kind: "meeting", Date: "2025-08-30", Anchor: "2025-08-30", Location: "place:tianjin",
		Countries: []string{"CHN", "KAZ"}, People: []string{"person:x", "person:t"}}
	edit := func(f func(e *graph.EventSketch)) graph.EventSketch {
		e := base
		e.Key = "event:b"
		f(&e)
		return e
	}
	for _, tc := range []struct {
		name string
		b    graph.EventSketch
		want bool
	}{
		{"same facts", edit(func(*graph.EventSketch) {}), true},
		{"next day", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "2025-08-31", "2025-08-31" }), true},
		{"two weeks later", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "2025-09-13", "2025-09-13" }), false},
		{"other kind", edit(func(e *graph.EventSketch) { e.Kind = "phone_call" }), false},
		{"other place, same day and leader", edit(func(e *graph.EventSketch) { e.Location = "place:beijing" }), true},
		{"other place, date assumed that day, two leaders in common", edit(func(e *graph.EventSketch) {
			e.Location, e.Date, e.AssumedDates = "place:beijing", "", graph.Claims{}.Add("2025-08-30", "2025-08-30|b")
		}), true},
		{"other place, date assumed that day, one leader in common", edit(func(e *graph.EventSketch) {
			e.Location, e.Date, e.AssumedDates, e.People = "place:beijing", "", graph.Claims{}.Add("2025-08-30", "2025-08-30|b"), []string{"person:x"}
		}), false},
		{"other place, date assumed the next day", edit(func(e *graph.EventSketch) {
			e.Location, e.Date, e.Anchor, e.AssumedDates = "place:beijing", "", "2025-08-31", graph.Claims{}.Add("2025-08-31", "2025-08-31|b")
		}), false},
		{"other place, undated report of that day", edit(func(e *graph.EventSketch) { e.Location, e.Date = "place:beijing", "" }), false},
		{"other place, next day", edit(func(e *graph.EventSketch) { e.Location, e.Date, e.Anchor = "place:beijing", "2025-08-31", "2025-08-31" }), false},
		{"other place, no leader in common", edit(func(e *graph.EventSketch) {
			e.Location, e.People = "place:beijing", []string{"person:x2", "person:t2"}
		}), false},
		{"other place, one side names no leader", edit(func(e *graph.EventSketch) { e.Location, e.People = "place:beijing", nil }), false},
		{"place unknown", edit(func(e *graph.EventSketch) { e.Location = "" }), true},
		{"undated report two days later", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "", "2025-09-01" }), true},
		{"undated report a month later", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "", "2025-09-30" }), false},
		{"undated report before the event", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "", "2025-08-20" }), false},
		{"undated report four days before the event", edit(func(e *graph.EventSketch) { e.Date, e.Anchor = "", "2025-08-26" }), false},
		{"undated plan four days before the event", edit(func(e *graph.EventSketch) { e.Date, e.Anchor, e.Planned = "", "2025-08-26", true }), true},
		{"undated plan the day after the event", edit(func(e *graph.EventSketch) { e.Date, e.Anchor, e.Planned = "", "2025-08-31", true }), true},
		{"undated plan ten days before the event", edit(func(e *graph.EventSketch) { e.Date, e.Anchor, e.Planned = "", "2025-08-20", true }), false},
		{"dated plan four days before", edit(func(e *graph.EventSketch) { e.Date, e.Anchor, e.Planned = "2025-08-26", "2025-08-26", true }), false},
		{"other counterpart", edit(func(e *graph.EventSketch) {
			e.Countries = []string{"CHN", "RUS"}
			e.People = []string{"person:x", "person:p"}
		}), false},
		{"no shared leader", edit(func(e *graph.EventSketch) { e.People = []string{"person:q"} }), false},
		{"one side names only countries", edit(func(e *graph.EventSketch) { e.People = nil }), true},
		{"other organizations", edit(func(e *graph.EventSketch) { e.Orgs = []string{"org:a"} }), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.SameEvent(base, tc.b); got != tc.want {
				t.Errorf("SameEvent = %v, want %v", got, tc.want)
			}
			if got := graph.SameEvent(tc.b, base); got != tc.want {
				t.Errorf("SameEvent is not symmetric")
			}
		})
	}
	visit := graph.EventSketch{Key: "event:v1", Kind: "visit", Date: "2018-07-08", Anchor: "2018-07-08", Location: "place:asmara",
		Countries: []string{"ERI", "ETH"}, People: []string{"person:abiy-ahmed"}}
	for _, tc := range []struct {
		name, kind, date string
		want             bool
	}{
		{"a visit dated by its third day", "visit", "2018-07-10", true},
		{"talks two days apart", "meeting", "2018-07-10", false},
		{"the return visit six days later", "visit", "2018-07-14", false},
		{"a visit three days apart", "visit", "2018-07-11", false},
	} {
		a, b := visit, visit
		a.Kind, b.Kind, b.Key, b.Date, b.Anchor = tc.kind, tc.kind, "event:v2", tc.date, tc.date
		if got := graph.SameEvent(a, b); got != tc.want {
			t.Errorf("%s: SameEvent = %v, want %v", tc.name, got, tc.want)
		}
	}
	// two undated reports: within three days, or an undated plan up to a
	// week before an undated report of the occasion held
	undated := func(key, anchor string, planned bool) graph.EventSketch {
		return graph.EventSketch{Key: key, Kind: "visit", Anchor: anchor, Planned: planned, Countries: []string{"CHN", "USA"}, People: []string{"person:b"}}
	}
	for _, tc := range []struct {
		name string
		a, b graph.EventSketch
		want bool
	}{
		{"two reports three days apart", undated("event:u1", "2023-06-15", false), undated("event:u2", "2023-06-18", false), true},
		{"two reports four days apart", undated("event:u1", "2023-06-14", false), undated("event:u2", "2023-06-18", false), false},
		{"a plan four days before a report", undated("event:u1", "2023-06-14", true), undated("event:u2", "2023-06-18", false), true},
		{"a plan seven days before a report", undated("event:u1", "2023-06-11", true), undated("event:u2", "2023-06-18", false), true},
		{"a plan nine days before a report", undated("event:u1", "2023-06-09", true), undated("event:u2", "2023-06-18", false), false},
		{"a plan four days after a report", undated("event:u1", "2023-06-22", true), undated("event:u2", "2023-06-18", false), false},
		{"two plans five days apart", undated("event:u1", "2023-06-13", true), undated("event:u2", "2023-06-18", true), true},
	} {
		if got := graph.SameEvent(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: SameEvent = %v, want %v", tc.name, got, tc.want)
		}
		if got := graph.SameEvent(tc.b, tc.a); got != tc.want {
			t.Errorf("%s: SameEvent is not symmetric", tc.name)
		}
	}
	summitA := graph.EventSketch{Key: "event:s1", Kind: "summit", Date: "2025-07-01", Anchor: "2025-07-01", Countries: []string{"BRA", "CHN", "IND"}, Orgs: []string{"org:brics"}}
	summitB := graph.EventSketch{Key: "event:s2", Kind: "summit", Date: "2025-07-01", Anchor: "2025-07-01", Countries: []string{"CHN", "IND", "RUS"}, Orgs: []string{"org:sco"}}
	if graph.SameEvent(summitA, summitB) {
		t.Error("two summits of different organizations on one day merged")
	}
}

// TestResolverJoinsOneArticlesSpellings: an article that spells one
// person's name two ways names one person, under the preferred key, in
// its relations too; two people it names alike but ambiguously stay apart.
func TestResolverJoinsOneArticlesSpellings(t *testing.T) {
	x := &graph.Extraction{
		Article: graph.Article{ID: "a1234567890", Date: "2018-07-09"},
		Entities: []graph.Entity{
			{Key: "country:ERI", Type: graph.TypeCountry, Name: "Eritrea", Code: "ERI"},
			{Key: "person:isaias-afwerki", Type: graph.TypeLeader, Name: "Isaias Afwerki", Title: "President"},
			{Key: "person:isaias-afewerki", Type: graph.TypeLeader, Name: "Isaias Afewerki", Title: "President", Country: "ERI"},
			{Key: "person:nawaz-sharif", Type: graph.TypeLeader, Name: "Nawaz Sharif", Title: "Prime Minister", Country: "PAK"},
			{Key: "person:shahbaz-sharif", Type: graph.TypeLeader, Name: "Shahbaz Sharif", Title: "Chief Minister", Country: "PAK"},
			{Key: "person:sharif", Type: graph.TypeLeader, Name: "Sharif", Country: "PAK"},
		},
		Relations: []graph.Relation{{Type: graph.RelLeads, From: "person:isaias-afwerki", To: "country:ERI", Title: "President"}},
	}
	out, _ := graph.NewResolver(graph.Snapshot{}).Resolve(x)
	var keys []string
	for _, e := range out.Entities {
		if e.Type == graph.TypeLeader {
			keys = append(keys, e.Key)
		}
	}
	want := []string{"person:isaias-afewerki", "person:nawaz-sharif", "person:shahbaz-sharif", "person:sharif"}
	if !slices.Equal(keys, want) {
		t.Errorf("leaders %v, want %v", keys, want)
	}
	if r := out.Relations[0]; r.From != "person:isaias-afewerki" {
		t.Errorf("relation from %s, want the joined key", r.From)
	}
}

// TestResolverCountsJoinedEvents: a second report of one occasion joins
// the known event and is counted; a report of another occasion is not.
func TestResolverCountsJoinedEvents(t *testing.T) {
	report := func(id, date, kind string) *graph.Extraction {
		key := "event:" + kind + ":" + date + ":CHN-KAZ"
		return &graph.Extraction{
			Article: graph.Article{ID: id, Date: date},
			Entities: []graph.Entity{
				{Key: "country:CHN", Type: graph.TypeCountry, Name: "China", Code: "CHN"},
				{Key: "country:KAZ", Type: graph.TypeCountry, Name: "Kazakhstan", Code: "KAZ"},
				{Key: key, Type: graph.TypeEvent, Name: kind, Kind: kind, Date: date, DatePrecision: "day", Status: "held"},
			},
			Relations: []graph.Relation{
				{Type: graph.RelParticipatedIn, From: "country:CHN", To: key},
				{Type: graph.RelParticipatedIn, From: "country:KAZ", To: key},
			},
		}
	}
	r := graph.NewResolver(graph.Snapshot{})
	for i, c := range []struct {
		x    *graph.Extraction
		want int
	}{
		{report("a1111111111", "2025-08-30", "meeting"), 0},
		{report("b2222222222", "2025-08-30", "meeting"), 1},
		{report("c3333333333", "2025-10-02", "phone_call"), 1},
	} {
		r.Resolve(c.x)
		if got := r.Joined(); got != c.want {
			t.Errorf("after report %d: %d events joined, want %d", i+1, got, c.want)
		}
	}
}

// leader is a leader of a test report: key slug, country ("" when the
// report does not give it) and title.
type leader struct{ slug, country, title string }

// eventReport builds a report of one event of kind on date ("" for an
// undated report, published on published) with the given participating
// countries and leaders.
func eventReport(id, published, kind, date string, countries []string, leaders ...leader) *graph.Extraction {
	key := "event:" + kind + ":" + date + ":" + id
	ev := graph.Entity{Key: key, Type: graph.TypeEvent, Name: kind, Kind: kind, Date: date, Status: "held"}
	if date != "" {
		ev.DatePrecision = "day"
	}
	x := &graph.Extraction{Article: graph.Article{ID: id, Date: published}}
	for _, c := range countries {
		x.Entities = append(x.Entities, graph.Entity{Key: "country:" + c, Type: graph.TypeCountry, Name: c, Code: c})
		ev.Participants = append(ev.Participants, "country:"+c)
	}
	for _, l := range leaders {
		x.Entities = append(x.Entities, graph.Entity{Key: "person:" + l.slug, Type: graph.TypeLeader, Name: l.slug, Country: l.country, Title: l.title})
		ev.Participants = append(ev.Participants, "person:"+l.slug)
	}
	x.Entities = append(x.Entities, ev)
	return x
}

// joins resolves the reports in order and in reverse order and reports
// whether some report joined the event of another (it fails the test
// when the two orders disagree).
func joins(t *testing.T, reports ...*graph.Extraction) bool {
	t.Helper()
	run := func(xs []*graph.Extraction) bool {
		r := graph.NewResolver(graph.Snapshot{})
		for _, x := range xs {
			r.Resolve(x)
		}
		return r.Joined() > 0
	}
	fwd := run(reports)
	rev := slices.Clone(reports)
	slices.Reverse(rev)
	if back := run(rev); back != fwd {
		t.Errorf("joined %v in order of arrival, %v in reverse order", fwd, back)
	}
	return fwd
}

// TestResolverLeaderCountries: the countries of leaders two reports both
// name count as participants of both, so that a report naming a leader
// without the country joins; reports with another counterpart stay apart.
func TestResolverLeaderCountries(t *testing.T) {
	biden, putin := leader{"joe-biden", "USA", "President"}, leader{"vladimir-putin", "RUS", "President"}
	putinNoCountry := leader{"vladimir-putin", "", "President"}
	host := leader{"guy-parmelin", "CHE", "President"}
	mbs := leader{"mohammed-bin-salman", "SAU", "Crown Prince"}
	for _, tc := range []struct {
		name string
		a, b *graph.Extraction
		want bool
	}{
		{"counterpart named without country, host's country added",
			eventReport("a1", "2021-06-16", "meeting", "", []string{"RUS", "USA"}, biden, putin),
			eventReport("b1", "2021-06-16", "meeting", "2021-06-16", []string{"CHE", "USA"}, biden, putinNoCountry, host), true},
		{"counterpart not named: one country in common is not enough",
			eventReport("a1", "2021-06-16", "meeting", "", []string{"RUS", "USA"}, biden, putin),
			eventReport("b1", "2021-06-16", "meeting", "2021-06-16", []string{"CHE", "USA"}, biden, host), false},
		{"one leader, two counterparts on one day",
			eventReport("a1", "2025-09-24", "phone_call", "2025-09-24", []string{"FRA", "SAU"}, mbs, leader{"emmanuel-macron", "FRA", "President"}),
			eventReport("b1", "2025-09-24", "phone_call", "2025-09-24", []string{"IRN", "SAU"}, mbs, leader{"masoud-pezeshkian", "IRN", "President"}), false},
		{"same pair two weeks apart",
			eventReport("a1", "2025-06-02", "meeting", "2025-06-02", []string{"RUS", "USA"}, biden, putin),
			eventReport("b1", "2025-06-16", "meeting", "2025-06-16", []string{"USA"}, biden, putinNoCountry), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := joins(t, tc.a, tc.b); got != tc.want {
				t.Errorf("joined = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEventDate: stated dates decide (a visit's first day, else the
// date most reports give); when none is stated, the earliest article
// date assumed by reports, however many later reports there are.
func TestEventDate(t *testing.T) {
	claims := func(dates ...string) graph.Claims {
		var c graph.Claims
		for i, d := range dates {
			c = c.Add(d, d+"|"+string(rune('a'+i)))
		}
		return c
	}
	for _, tc := range []struct {
		name              string
		kind              string
		explicit, assumed graph.Claims
		want              string
	}{
		{"most reports", "meeting", claims("2025-06-16", "2025-06-16", "2025-06-17"), nil, "2025-06-16"},
		{"tie: the latest report", "meeting", claims("2025-06-16", "2025-06-17"), nil, "2025-06-17"},
		{"a visit's first day", "visit", claims("2025-06-17", "2025-06-17", "2025-06-16"), nil, "2025-06-16"},
		{"stated beats assumed", "meeting", claims("2025-06-17"), claims("2025-06-16"), "2025-06-17"},
		{"assumed only: the first report", "meeting", nil, claims("2025-07-06", "2025-07-05"), "2025-07-05"},
		{"assumed only, later reports more", "statement", nil, claims("2025-07-06", "2025-07-06", "2025-07-05"), "2025-07-05"},
		{"nothing", "meeting", nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.EventDate(tc.kind, tc.explicit, tc.assumed); got != tc.want {
				t.Errorf("EventDate = %q, want %q", got, tc.want)
			}
		})
	}
}

// event is an event of a test article: kind, date, location and
// participant keys ("country:…", "person:…", "org:…").
type event struct {
	kind, date, location string
	participants         []string
}

// article builds an extraction of the given events, with an entity for
// each participant.
func article(id, published string, events ...event) *graph.Extraction {
	x := &graph.Extraction{Article: graph.Article{ID: id, Date: published}}
	seen := map[string]bool{}
	for i, ev := range events {
		for _, p := range ev.participants {
			if seen[p] {
				continue
			}
			seen[p] = true
			e := graph.Entity{Key: p, Type: graph.TypeOfKey(p), Name: p}
			if e.Type == graph.TypeCountry {
				e.Code = p[len("country:"):]
			}
			x.Entities = append(x.Entities, e)
		}
		x.Entities = append(x.Entities, graph.Entity{Key: "event:" + ev.kind + ":" + ev.date + ":" + string(rune('a'+i)),
			Type: graph.TypeEvent, Name: ev.kind, Kind: ev.kind, Date: ev.date, DatePrecision: "day", Location: ev.location,
			Participants: slices.Clone(ev.participants), Status: "held"})
	}
	return x
}

// TestResolverBilateralSummitIsMeeting: an article that calls one
// bilateral occasion both a summit and talks reports one meeting; a
// summit of an organization or of three countries or more, or on another
// day, stays beside the meeting.
func TestResolverBilateralSummitIsMeeting(t *testing.T) {
	pair := []string{"country:USA", "person:joe-biden", "person:vladimir-putin"}
	talks := event{"meeting", "2021-06-16", "place:geneva", []string{"country:CHE", "country:USA", "person:joe-biden", "person:vladimir-putin", "person:guy-parmelin"}}
	for _, tc := range []struct {
		name   string
		summit event
		want   []string // kinds of the resolved events
	}{
		{"bilateral summit and talks", event{"summit", "2021-06-16", "place:geneva", pair}, []string{"meeting"}},
		{"bilateral summit, place unknown", event{"summit", "2021-06-16", "", pair}, []string{"meeting"}},
		{"summit of an organization", event{"summit", "2021-06-16", "place:geneva", append(slices.Clone(pair), "org:group-of-seven")}, []string{"meeting", "summit"}},
		{"summit of three countries, talks on its sidelines", event{"summit", "2021-06-16", "place:geneva",
			append(slices.Clone(pair), "country:RUS", "country:FRA")}, []string{"meeting", "summit"}},
		{"bilateral summit two weeks later", event{"summit", "2021-06-30", "place:geneva", pair}, []string{"meeting", "summit"}},
		{"summit naming only its host", event{"summit", "2021-06-16", "place:geneva", []string{"country:USA", "person:joe-biden"}}, []string{"meeting", "summit"}},
		{"summit naming a leader not in the talks", event{"summit", "2021-06-16", "place:geneva",
			append(slices.Clone(pair), "person:emmanuel-macron")}, []string{"meeting", "summit"}},
		{"bilateral summit of other leaders", event{"summit", "2021-06-16", "place:geneva", []string{"country:FRA", "person:emmanuel-macron"}}, []string{"meeting", "summit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, evs := range [][]event{{talks, tc.summit}, {tc.summit, talks}} {
				out, _ := graph.NewResolver(graph.Snapshot{}).Resolve(article("b1234567890", "2021-06-16", evs...))
				var kinds []string
				for _, e := range out.Entities {
					if e.Type == graph.TypeEvent {
						kinds = append(kinds, e.Kind)
					}
				}
				slices.Sort(kinds)
				if !slices.Equal(kinds, tc.want) {
					t.Errorf("events %v, want %v", kinds, tc.want)
				}
			}
		})
	}
}

// TestNameKeysLeaveOutInitials checks that an initial is no look-up token
// beside a longer part of the name, so that a report by initial adds no
// token to a node (its tokens then do not depend on the batches the
// reports came in), and that a name of initials alone keeps them.
func TestNameKeysLeaveOutInitials(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		{"person:n-enkhtaivan", []string{"nhtvn"}},
		{"person:enkhtaivan-nyamtseren", []string{"nhtvn", "nmtsrn"}},
		{"person:kassym-jomart-tokayev", []string{"ksm", "jmrt", "tkv"}},
		{"person:a-b", []string{"~a", "b"}},
	}
	for _, tc := range tests {
		if got := graph.NameKeys(tc.key); !slices.Equal(got, tc.want) {
			t.Errorf("NameKeys(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestResolverJoinsUndatedPlansAndReports: two undated plans of a visit
// ("ahead of a possible visit") published four and three days before two
// undated reports of it held are one visit in every order of arrival —
// a plan must not anchor the held visit at its own publication day —
// while a held report nine days after the plans is another visit.
func TestResolverJoinsUndatedPlansAndReports(t *testing.T) {
	planned := func(x *graph.Extraction) *graph.Extraction {
		x.Entities[len(x.Entities)-1].Status = "planned"
		return x
	}
	both := []string{"CHN", "USA"}
	b := leader{"b-blinkman", "USA", "Secretary of State"}
	reports := []*graph.Extraction{
		planned(eventReport("p1111111111", "2023-06-14", "visit", "", both, b)),
		planned(eventReport("p2222222222", "2023-06-15", "visit", "", both, b)),
		eventReport("h3333333333", "2023-06-18", "visit", "", both, b),
		eventReport("h4444444444", "2023-06-18", "visit", "", both),
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {0, 1, 3, 2}, {2, 3, 0, 1}, {3, 0, 2, 1}, {1, 3, 0, 2}, {2, 0, 3, 1}} {
		r := graph.NewResolver(graph.Snapshot{})
		keys := map[string]bool{}
		for _, i := range order {
			out, renames := r.Resolve(reports[i])
			for _, rn := range renames {
				if keys[rn.From] {
					delete(keys, rn.From)
					keys[rn.To] = true
				}
			}
			for _, e := range out.Entities {
				if e.Type == graph.TypeEvent {
					keys[e.Key] = true
				}
			}
		}
		if len(keys) != 1 {
			t.Errorf("order %v: %d visits %v, want one", order, len(keys), keys)
		}
	}
	r := graph.NewResolver(graph.Snapshot{})
	r.Resolve(reports[0])
	r.Resolve(reports[1])
	late := eventReport("h5555555555", "2023-06-24", "visit", "", both, b)
	if r.Resolve(late); r.Joined() != 1 {
		t.Errorf("a report nine days after the plans joined them (%d joined, want 1: the second plan)", r.Joined())
	}
}

// TestResolverOtherCounterpart: two reports of talks on a trip a day
// apart, which name the same guest and different hosts of one country,
// are two meetings in either order; a report naming the host and one
// more official of his country joins the host's meeting.
func TestResolverOtherCounterpart(t *testing.T) {
	both := []string{"JPN", "IRN"}
	guest := leader{"shinzo-abbe", "JPN", "Prime Minister"}
	president := leader{"hassan-rohan", "IRN", "President"}
	leaderIRN := leader{"ali-khamenko", "IRN", "Supreme Leader"}
	minister := leader{"javad-zarifo", "IRN", "Foreign Minister"}
	first := eventReport("m1111111111", "2019-06-12", "meeting", "2019-06-12", both, guest, president)
	second := eventReport("m2222222222", "2019-06-13", "meeting", "2019-06-13", both, guest, leaderIRN)
	second.Entities[len(second.Entities)-1].DatePrecision = "assumed"
	again := eventReport("m3333333333", "2019-06-12", "meeting", "2019-06-12", both, guest, president, minister)
	for _, tc := range []struct {
		name    string
		reports []*graph.Extraction
		joined  int
	}{
		{"another host of the country", []*graph.Extraction{first, second}, 0},
		{"another host, other order", []*graph.Extraction{second, first}, 0},
		{"the host and his minister", []*graph.Extraction{first, again}, 1},
	} {
		r := graph.NewResolver(graph.Snapshot{})
		for _, x := range tc.reports {
			r.Resolve(x)
		}
		if r.Joined() != tc.joined {
			t.Errorf("%s: %d joined, want %d", tc.name, r.Joined(), tc.joined)
		}
	}
}

// TestResolverVisitSides checks that two reports of one visit join when
// one names only the visitor and the other only the host, and stay apart
// when they name two visitors of one country.
func TestResolverVisitSides(t *testing.T) {
	both := []string{"USA", "CHN"}
	visitor := leader{"antony-blinkin", "USA", "Secretary of State"}
	host := leader{"qin-gangg", "CHN", "Foreign Minister"}
	other := leader{"janet-yellin", "USA", "Treasury Secretary"}
	byVisitor := eventReport("v1111111111", "2023-06-18", "visit", "2023-06-18", both, visitor)
	byHost := eventReport("v2222222222", "2023-06-18", "visit", "2023-06-18", both, host)
	byOther := eventReport("v3333333333", "2023-06-18", "visit", "2023-06-18", both, other)
	for _, tc := range []struct {
		name    string
		reports []*graph.Extraction
		joined  int
	}{
		{"the visitor, then the host", []*graph.Extraction{byVisitor, byHost}, 1},
		{"the host, then the visitor", []*graph.Extraction{byHost, byVisitor}, 1},
		{"two visitors of one country", []*graph.Extraction{byVisitor, byOther}, 0},
	} {
		r := graph.NewResolver(graph.Snapshot{})
		for _, x := range tc.reports {
			r.Resolve(x)
		}
		if r.Joined() != tc.joined {
			t.Errorf("%s: %d joined, want %d", tc.name, r.Joined(), tc.joined)
		}
	}
}

// TestResolverKeepsSpellings: a leader resolved to a known person keeps
// the keys its article named it by, so that the person's name keys are
// those of every spelling however the reports arrive.
func TestResolverKeepsSpellings(t *testing.T) {
	r := graph.NewResolver(graph.Snapshot{People: []graph.PersonSketch{{Key: "person:kassym-jomart-tokayev", Country: "KAZ", Title: "President"}}})
	x := &graph.Extraction{
		Article: graph.Article{ID: "s1234567890", Date: "2025-08-30"},
		Entities: []graph.Entity{
			{Key: "person:tokaev", Type: graph.TypeLeader, Name: "Tokaev", Country: "KAZ", Title: "President"},
			{Key: "person:tokayev", Type: graph.TypeLeader, Name: "Tokayev", Country: "KAZ", Title: "President"},
		},
	}
	out, _ := r.Resolve(x)
	if len(out.Entities) != 1 || out.Entities[0].Key != "person:kassym-jomart-tokayev" {
		t.Fatalf("leaders %+v, want the known Tokayev once", out.Entities)
	}
	got := out.Entities[0].Spellings()
	slices.Sort(got)
	if want := []string{"person:tokaev", "person:tokayev"}; !slices.Equal(got, want) {
		t.Errorf("spellings %v, want %v", got, want)
	}
	if s := x.Entities[0].Spellings(); !slices.Equal(s, []string{"person:tokaev"}) {
		t.Errorf("an entity not resolved spells its key: %v", s)
	}
}
