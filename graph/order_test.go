package graph_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// permutations returns every order of n items (n! of them).
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(slices.Clone(p[:i]), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// resolvedTypes resolves reports in order with one resolver, as a batch
// or a serial ingest does (a rename rekeys the reports resolved before),
// and returns, for each report in the order given, the keys of its
// entities of type t, sorted.
func resolvedTypes(reports []*graph.Extraction, order []int, t graph.EntityType) [][]string {
	r := graph.NewResolver(graph.Snapshot{})
	out := make([]*graph.Extraction, len(reports))
	for _, i := range order {
		rx, renames := r.Resolve(reports[i])
		for _, rn := range renames {
			for _, prev := range out {
				if prev != nil {
					prev.Rekey(map[string]string{rn.From: rn.To})
				}
			}
		}
		out[i] = rx
	}
	keys := make([][]string, len(reports))
	for i, x := range out {
		for _, e := range x.Entities {
			if e.Type == t {
				keys[i] = append(keys[i], e.Key)
			}
		}
		sort.Strings(keys[i])
	}
	return keys
}

// sameInEveryOrder resolves the reports in every order of arrival and
// fails the test when the keys of type t differ from those of the order
// given; it returns those.
func sameInEveryOrder(t *testing.T, typ graph.EntityType, reports ...*graph.Extraction) [][]string {
	t.Helper()
	orders := permutations(len(reports))
	first := resolvedTypes(reports, orders[0], typ)
	for _, o := range orders[1:] {
		if got := resolvedTypes(reports, o, typ); fmt.Sprint(got) != fmt.Sprint(first) {
			t.Errorf("order %v: %v; order %v: %v", orders[0], first, o, got)
			break
		}
	}
	return first
}

// leaderReport is an article naming the given leaders.
func leaderReport(id string, leaders ...leader) *graph.Extraction {
	x := &graph.Extraction{Article: graph.Article{ID: id, Date: "2024-04-24"}}
	for _, l := range leaders {
		x.Entities = append(x.Entities, graph.Entity{Key: "person:" + l.slug, Type: graph.TypeLeader, Name: l.slug, Country: l.country, Title: l.title})
	}
	return x
}

// TestResolverPeopleInEveryOrder: chains of spellings of one name, and
// names some reports share between relatives or colleagues, give the
// same people in every order of arrival (the real dev corpus in reverse
// order had joined them otherwise).
func TestResolverPeopleInEveryOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []*graph.Extraction
		want    string
	}{
		{"a king and his son", []*graph.Extraction{
			leaderReport("a1", leader{"salman", "SAU", "King"}),
			leaderReport("a2", leader{"salman-bin-abdulaziz", "SAU", "King"}),
			leaderReport("a3", leader{"mohammed-bin-salman", "SAU", "Crown Prince"}),
			leaderReport("a4", leader{"mohammed-bin-salman-bin-abdulaziz-al-saud", "SAU", "Prince"}),
		}, "[[person:salman-bin-abdulaziz] [person:salman-bin-abdulaziz] [person:mohammed-bin-salman-bin-abdulaziz-al-saud] [person:mohammed-bin-salman-bin-abdulaziz-al-saud]]"},
		{"a slip that drops a letter is not the key", []*graph.Extraction{
			leaderReport("m1", leader{"narenda-modi", "IND", "Prime Minister"}),
			leaderReport("m2", leader{"narendra-modi", "IND", "Prime Minister"}),
		}, "[[person:narendra-modi] [person:narendra-modi]]"},
		{"a patronymic in two cases and an initial", []*graph.Extraction{
			leaderReport("b1", leader{"ukhnaa-khurelsukh", "MNG", "Prime Minister"}),
			leaderReport("b2", leader{"u-khurelsukh", "MNG", "Prime Minister"}),
			leaderReport("b3", leader{"ukhnaagiin-khurelsukh", "MNG", "President"}),
		}, "[[person:ukhnaa-khurelsukh] [person:ukhnaa-khurelsukh] [person:ukhnaa-khurelsukh]]"},
		{"a president, a namesake minister, and a name in one word or two", []*graph.Extraction{
			leaderReport("c1", leader{"paudel", "NPL", "President"}),
			leaderReport("c2", leader{"ram-chandra-paudel", "NPL", "President"}),
			leaderReport("c3", leader{"bishnu-paudel", "NPL", "Minister for Finance"}, leader{"ramchandra-paudel", "NPL", "President"}),
		}, "[[person:ram-chandra-paudel] [person:ram-chandra-paudel] [person:bishnu-paudel person:ram-chandra-paudel]]"},
		{"a single name without a country", []*graph.Extraction{
			leaderReport("d1", leader{"ali", "", "President"}),
			leaderReport("d2", leader{"hussein-ali-mwinyi", "", "President"}),
			leaderReport("d3", leader{"mohamed-irfaan-ali", "GUY", "President"}),
			leaderReport("d4", leader{"mohammed-irfaan-ali", "GUY", "President"}),
		}, "[[person:mohamed-irfaan-ali] [person:hussein-ali-mwinyi] [person:mohamed-irfaan-ali] [person:mohamed-irfaan-ali]]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(sameInEveryOrder(t, graph.TypeLeader, tc.reports...)); got != tc.want {
				t.Errorf("people %s, want %s", got, tc.want)
			}
		})
	}
}

// TestResolverPrefersTheSameName: a report matching two known people
// joins the one of its very name (spelt otherwise) rather than a known
// surname, and a known person whom two people of one report match joins
// the one reported with its title, or neither.
func TestResolverPrefersTheSameName(t *testing.T) {
	r := graph.NewResolver(graph.Snapshot{People: []graph.PersonSketch{
		{Key: "person:ali", Country: "GUY", Title: "President"},
		{Key: "person:mohamed-irfaan-ali", Country: "GUY", Title: "President"},
	}})
	out, _ := r.Resolve(leaderReport("e1", leader{"mohammed-irfaan-ali", "GUY", "President"}))
	if k := out.Entities[0].Key; k != "person:mohamed-irfaan-ali" {
		t.Errorf("Mohammed Irfaan Ali resolved to %s, want the known Mohamed Irfaan Ali", k)
	}
	for _, tc := range []struct {
		name       string
		minister   leader
		wantRename string
	}{
		{"titles tell them apart", leader{"bishnu-paudel", "NPL", "Minister for Finance"}, "person:paudel→person:ramchandra-paudel"},
		{"nothing tells them apart", leader{"bishnu-paudel", "NPL", "President"}, ""},
	} {
		r := graph.NewResolver(graph.Snapshot{People: []graph.PersonSketch{{Key: "person:paudel", Country: "NPL", Title: "President"}}})
		_, renames := r.Resolve(leaderReport("f1", tc.minister, leader{"ramchandra-paudel", "NPL", "President"}))
		var got []string
		for _, rn := range renames {
			got = append(got, rn.From+"→"+rn.To)
		}
		if strings.Join(got, " ") != tc.wantRename {
			t.Errorf("%s: renames %v, want %q", tc.name, got, tc.wantRename)
		}
	}
}

// TestResolverBareNameToTheBestAttested: a bare name that matches two
// known people equally ("President Xi": Xi Jinping, reported 40 times,
// and a one-off "Xi Jian Ping") is the one reported overwhelmingly more
// often; with no such margin it stays apart.
func TestResolverBareNameToTheBestAttested(t *testing.T) {
	claims := func(n int) graph.Claims { return graph.Claims{{Value: "CHN", Count: n}} }
	for _, tc := range []struct {
		name         string
		many, others int
		want         string
	}{
		{"forty reports against one", 40, 1, "person:xi-jinping"},
		{"five against one: too few to tell", 5, 1, "person:xi"},
		{"forty against eight: no clear margin", 40, 8, "person:xi"},
	} {
		r := graph.NewResolver(graph.Snapshot{People: []graph.PersonSketch{
			{Key: "person:xi-jinping", Country: "CHN", Title: "President", CountryClaims: claims(tc.many)},
			{Key: "person:xi-jian-ping", Country: "CHN", Title: "President", CountryClaims: claims(tc.others)},
		}})
		out, _ := r.Resolve(leaderReport("x1", leader{"xi", "CHN", "President"}))
		if k := out.Entities[0].Key; k != tc.want {
			t.Errorf("%s: President Xi resolved to %s, want %s", tc.name, k, tc.want)
		}
	}
}

// TestResolverMatchesEverySpelling: a known person is matched by the
// keys of two parts or more its reports were written under, not only by
// the key it holds (a rare misspelling, "Lourencho", when the others
// spelt "Lourenco"), but not by a single name it was reported by. (Were
// "Lourencho" and "Lourenpo" both known before any "Lourenco", they
// would stay two: only merging two nodes could join them.)
func TestResolverMatchesEverySpelling(t *testing.T) {
	r := graph.NewResolver(graph.Snapshot{People: []graph.PersonSketch{
		{Key: "person:joao-lourencho", Country: "AGO", Title: "President", Spellings: []string{"person:joao-lourenco", "person:joao-lourencho"}},
		{Key: "person:mohamed-irfaan-ali", Country: "GUY", Title: "President", Spellings: []string{"person:ali", "person:mohamed-irfaan-ali"}},
	}})
	out, renames := r.Resolve(leaderReport("i1", leader{"joao-manuel-gonsalves-lourenpo", "AGO", "President"}, leader{"hussein-ali-mwinyi", "", "President"}))
	if len(renames) != 1 || renames[0].From != "person:joao-lourencho" {
		t.Errorf("renames %v, want the known Lourenco to take the full name", renames)
	}
	for _, e := range out.Entities {
		if e.Key == "person:mohamed-irfaan-ali" {
			t.Errorf("%v joined the known Irfaan Ali by his single name", e.Spellings())
		}
	}
}

// TestResolverEventBetweenTwo: a report that matches two known events
// equally well joins neither, and two events of one report that match
// one known event do not both join it: a tour's visits to two countries
// and a report of the whole tour stay three events in either order.
func TestResolverEventBetweenTwo(t *testing.T) {
	ramaphosa, ouattara := leader{"cyril-ramaphosa", "ZAF", "President"}, leader{"alassane-ouattara", "CIV", "President"}
	legs := eventReport("g1111111111", "2021-12-02", "visit", "2021-12-01", []string{"CIV", "GHA"}, ouattara, ramaphosa)
	other := eventReport("g1111111111", "2021-12-02", "visit", "2021-12-01", []string{"CIV", "SEN"}, ouattara, ramaphosa)
	other.Entities[len(other.Entities)-1].Key += ":sen"
	legs.Entities = append(legs.Entities, other.Entities[len(other.Entities)-1], graph.Entity{Key: "country:SEN", Type: graph.TypeCountry, Name: "SEN", Code: "SEN"})
	tour := eventReport("g2222222222", "2021-12-01", "visit", "2021-11-30", []string{"CIV", "GHA", "NGA", "SEN"}, ramaphosa)
	if joins(t, legs, tour) {
		t.Error("the tour joined one of its legs")
	}
}

// TestSameOrganization: one acronym joins two names of one organization,
// not two organizations that share it.
func TestSameOrganization(t *testing.T) {
	org := func(name, acronym string) graph.OrgSketch {
		return graph.OrgSketch{Key: "org:" + strings.ToLower(strings.ReplaceAll(name, " ", "-")), Name: name, Acronym: acronym}
	}
	for _, tc := range []struct {
		name string
		a, b graph.OrgSketch
		want bool
	}{
		{"named by its acronym", org("AU", ""), org("African Union", "AU"), true},
		{"a letter off", org("Africa Union", "AU"), org("African Union", "AU"), true},
		{"words run together", org("Association of South East Asian Nations", "ASEAN"), org("Association of Southeast Asian Nations", "ASEAN"), true},
		{"hyphens and a letter", org("Organisation for Economic Co-operation and Development", "OECD"), org("The Organization for Economic Cooperation and Development", "OECD"), true},
		{"two commissions of one acronym", org("Botswana-Namibia Bi-National Commission", "BNC"), org("South Africa-Mozambique Bi-National Commission", "BNC"), false},
		{"a commission and any of them", org("Bi-National Commission", "BNC"), org("Botswana-Namibia Bi-National Commission", "BNC"), false},
		{"one name, no acronym", org("African Union", ""), org("Africa Union", ""), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.SameOrganization(tc.a, tc.b); got != tc.want {
				t.Errorf("SameOrganization(%q, %q) = %v, want %v", tc.a.Name, tc.b.Name, got, tc.want)
			}
			if got := graph.SameOrganization(tc.b, tc.a); got != tc.want {
				t.Errorf("SameOrganization is not symmetric for %q, %q", tc.a.Name, tc.b.Name)
			}
		})
	}
}

// TestResolverOrganizationsInEveryOrder: an article naming one
// organization two ways names one, and commissions sharing an acronym
// stay apart, in every order of arrival.
func TestResolverOrganizationsInEveryOrder(t *testing.T) {
	report := func(id string, orgs ...[2]string) *graph.Extraction {
		x := &graph.Extraction{Article: graph.Article{ID: id, Date: "2022-09-02"}}
		for _, o := range orgs {
			x.Entities = append(x.Entities, graph.Entity{Key: "org:" + strings.ToLower(strings.ReplaceAll(o[0], " ", "-")),
				Type: graph.TypeOrganization, Name: o[0], Acronym: o[1]})
		}
		return x
	}
	got := sameInEveryOrder(t, graph.TypeOrganization,
		report("h1", [2]string{"Africa Union", "AU"}, [2]string{"African Union", "AU"}),
		report("h2", [2]string{"African Union", "AU"}),
		report("h3", [2]string{"Bi-National Commission", "BNC"}),
		report("h4", [2]string{"Botswana-Namibia Bi-National Commission", "BNC"}),
		report("h5", [2]string{"South Africa-Mozambique Bi-National Commission", "BNC"}),
	)
	want := "[[org:african-union] [org:african-union] [org:bi-national-commission] [org:botswana-namibia-bi-national-commission] [org:south-africa-mozambique-bi-national-commission]]"
	if fmt.Sprint(got) != want {
		t.Errorf("organizations %v, want %s", got, want)
	}
}
