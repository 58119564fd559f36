package pipeline_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
	"github.com/bilateral-kg/bilateral/schema"
)

// TestAPIOverReports ingests one group of the resolution corpus (the same
// talks in three reports over three days) and two reports of a change of
// office, and checks what the API says of them: an event's sources and
// report dates, roles with their dates, leaders in office at a date, and
// the pair's timeline.
func TestAPIOverReports(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	ctx := context.Background()
	ingest := func(d extract.Document) {
		t.Helper()
		if _, _, err := p.Ingest(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, g := range loadGroups(t) {
		if g.name == "01-tokayev-xi-tianjin" {
			for _, f := range g.files {
				ingest(g.docs[f])
			}
		}
	}
	// One office, two holders: an earlier report of one, a later of another.
	ingest(extract.Document{Input: "kenya-2021", Text: "date 2021-03-10\nNAIROBI – Kenyan President Uhuru Kenyatta held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Wednesday."})
	ingest(extract.Document{Input: "kenya-2023", Text: "date 2023-06-20\nNAIROBI – Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday."})

	sch, err := schema.New(s, schema.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run := func(query string, out any) {
		t.Helper()
		res := sch.Execute(ctx, schema.Request{Query: query})
		if len(res.Errors) > 0 {
			t.Fatalf("%s: %v", query, res.Errors)
		}
		b, _ := json.Marshal(res.Data)
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	}

	var ev struct {
		Events struct {
			Nodes []struct {
				Kind, FirstReported, LastReported string
				SourceCount                       int
			}
		}
	}
	run(`{ events(country: "KAZ", partner: "CHN", kind: MEETING) { nodes { kind sourceCount firstReported lastReported } } }`, &ev)
	if len(ev.Events.Nodes) != 1 {
		t.Fatalf("KAZ-CHN meetings: %+v, want one", ev.Events.Nodes)
	}
	if e := ev.Events.Nodes[0]; e.SourceCount != 3 || e.FirstReported != "2025-08-30" || e.LastReported != "2025-09-01" {
		t.Errorf("the talks: %+v, want 3 sources reported from 2025-08-30 to 2025-09-01", e)
	}

	var roles struct {
		Country struct {
			Roles []struct {
				Leader              struct{ Name string }
				Title               string
				FirstSeen, LastSeen string
			}
		}
	}
	run(`{ country(code: "KE") { roles { leader { name } title firstSeen lastSeen } } }`, &roles)
	got := map[string][2]string{}
	for _, r := range roles.Country.Roles {
		got[r.Leader.Name+" "+r.Title] = [2]string{r.FirstSeen, r.LastSeen}
	}
	want := map[string][2]string{
		"Uhuru Kenyatta President": {"2021-03-10", "2021-03-10"},
		"William Ruto President":   {"2023-06-20", "2023-06-20"},
	}
	if len(got) != len(want) || got["Uhuru Kenyatta President"] != want["Uhuru Kenyatta President"] || got["William Ruto President"] != want["William Ruto President"] {
		t.Errorf("Kenya's roles %v, want %v", got, want)
	}

	for _, tc := range []struct{ at, want string }{
		{"2020-01-01", ""},
		{"2021-03-10", "Uhuru Kenyatta"},
		{"2022-06-01", "Uhuru Kenyatta"}, // last reported holder, not yet succeeded
		{"2024-01-01", "William Ruto"},
	} {
		var at struct {
			Country struct {
				Leaders struct{ Nodes []struct{ Name string } }
			}
		}
		run(`{ country(code: "kenya") { leaders(at: "`+tc.at+`") { nodes { name } } } }`, &at)
		var names string
		for _, n := range at.Country.Leaders.Nodes {
			names += n.Name
		}
		if names != tc.want {
			t.Errorf("leaders of Kenya at %s: %q, want %q", tc.at, names, tc.want)
		}
	}

	var tl struct {
		Relation struct {
			Timeline []struct {
				Start     string
				Events    int
				Intensity float64
				ByKind    []struct {
					Kind  string
					Count int
				}
			}
		}
	}
	run(`{ relation(a: "KAZ", b: "CHN") { timeline(granularity: MONTH) { start events intensity byKind { kind count } } } }`, &tl)
	var meetings int
	for _, b := range tl.Relation.Timeline {
		if b.Start == "2025-08-01" {
			for _, k := range b.ByKind {
				if k.Kind == "MEETING" {
					meetings = k.Count
				}
			}
			if b.Intensity < schema.Intensity["meeting"] {
				t.Errorf("August 2025 intensity %v, want at least a meeting's %v", b.Intensity, schema.Intensity["meeting"])
			}
		}
	}
	if meetings != 1 {
		t.Errorf("timeline %+v: want one meeting in 2025-08, however many reports", tl.Relation.Timeline)
	}
}
