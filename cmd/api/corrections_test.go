package main

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// The three reports of issue 12's acceptance test: two say Nurlan Abenov
// is the President of Kazakhstan, one (misreading the dateline) that he
// is Uzbekistan's.
var abenovReports = []struct{ title, date, text string }{
	{"Talks in Astana", "2025-03-10", "ASTANA – Kazakh President Nurlan Abenov held talks with Kyrgyz President Sadyr Japarov in Astana on March 10. The two presidents discussed trade and water cooperation."},
	{"Phone call", "2025-03-12", "ASTANA – Kazakh President Nurlan Abenov held a phone call with Turkish President Recep Tayyip Erdogan on March 12. They discussed energy cooperation."},
	{"Visit to Tashkent", "2025-03-14", "TASHKENT – Uzbek President Nurlan Abenov received Tajik President Emomali Rahmon in Tashkent on March 14. The presidents discussed transport links."},
}

const abenov = "person:nurlan-abenov"

// TestCorrectionsStickThroughAPI is issue 12's acceptance test, through
// the API against the real Neo4j: three articles ingested with
// ingestArticle, two saying X leads A (KAZ) and one B (UZB). The API
// answers A for X's country and lists B as an alternative with its
// source; a correction to B (the correct mutation) wins, and survives
// removing and ingesting all three again and ingesting them once more
// unchanged; undoing it gives A back, and both stay listed. A retracted
// fact (X leads A) leaves the default lists and is listed, marked with
// its correction, with includeRetracted. The graph is restored after.
func TestCorrectionsStickThroughAPI(t *testing.T) {
	a := newAnalystSession(t)
	s, do := a.Store, a.Do
	ctx := context.Background()
	ingestAll := func() {
		t.Helper()
		a.IDs = a.IDs[:0]
		for _, r := range abenovReports {
			var d struct {
				IngestArticle struct{ Article struct{ ID string } }
			}
			do(`mutation($t: String!, $d: Date, $n: String) { ingestArticle(text: $t, date: $d, title: $n) { article { id } } }`,
				map[string]any{"t": r.text, "d": r.date, "n": r.title}, &d)
			a.IDs = append(a.IDs, d.IngestArticle.Article.ID)
		}
	}
	ingestAll()

	type source struct {
		Sentence string
		Article  struct{ ID, Date string }
	}
	type alternative struct {
		Value             string
		SourceCount       int
		Chosen, Corrected bool
		Sources           []source
	}
	var leader struct {
		Leader *struct {
			Country      struct{ Code string }
			Alternatives []alternative
		}
	}
	read := func() {
		t.Helper()
		leader.Leader = nil
		do(`query($k: ID!) { leader(key: $k) { country { code } alternatives(attribute: COUNTRY) { value sourceCount chosen corrected sources { sentence article { id date } } } } }`,
			map[string]any{"k": abenov}, &leader)
		if leader.Leader == nil {
			t.Fatalf("no leader %s", abenov)
		}
	}
	read()
	if got := leader.Leader.Country.Code; got != "KAZ" {
		t.Fatalf("country %s, want KAZ (two reports against one)", got)
	}
	alts := leader.Leader.Alternatives
	if len(alts) != 2 || alts[0].Value != "KAZ" || alts[0].SourceCount != 2 || !alts[0].Chosen ||
		alts[1].Value != "UZB" || alts[1].SourceCount != 1 || alts[1].Chosen || len(alts[1].Sources) != 1 {
		t.Fatalf("alternatives %+v, want KAZ (2, chosen) and UZB (1)", alts)
	}
	if src := alts[1].Sources[0]; src.Article.ID != a.IDs[2] || src.Article.Date != "2025-03-14" || src.Sentence != "TASHKENT – Uzbek President Nurlan Abenov received Tajik President Emomali Rahmon in Tashkent on March 14." {
		t.Errorf("UZB's source %+v, want the Tashkent article and its sentence", src)
	}

	// the correction wins
	var set struct {
		Correct struct {
			ID, By, Value string
			Active        bool
		}
	}
	do(`mutation { correct(input: {action: SET, entity: "Nurlan Abenov", attribute: COUNTRY, value: "Uzbekistan", reason: "the Uzbek presidency's own release"}) { id by value active } }`, nil, &set)
	a.Corrections = append(a.Corrections, set.Correct.ID)
	if c := set.Correct; c.By != "desk@example.org" || c.Value != "UZB" || !c.Active {
		t.Errorf("correction %+v", c)
	}
	checkCorrected := func(when string) {
		t.Helper()
		read()
		alts := leader.Leader.Alternatives
		if got := leader.Leader.Country.Code; got != "UZB" {
			t.Errorf("%s: country %s, want the correction's UZB", when, got)
		}
		if len(alts) != 2 || alts[1].Value != "UZB" || !alts[1].Chosen || !alts[1].Corrected || alts[0].Chosen {
			t.Errorf("%s: alternatives %+v, want UZB chosen and corrected", when, alts)
		}
	}
	checkCorrected("after the correction")

	// re-ingest: remove all three (the leader goes), ingest them again,
	// then once more unchanged
	for _, id := range a.IDs {
		if _, _, err := s.RemoveArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	var gone struct{ Leader *struct{ Key string } }
	do(`query($k: ID!) { leader(key: $k) { key } }`, map[string]any{"k": abenov}, &gone)
	if gone.Leader != nil {
		t.Fatal("the leader outlived the removal of every article mentioning him")
	}
	ingestAll()
	checkCorrected("after removing and ingesting the three again")
	ingestAll()
	checkCorrected("after ingesting the three once more unchanged")

	// undoing it gives A back; the correction stays listed
	var undo struct {
		UndoCorrection struct {
			Active   bool
			UndoneBy string
		}
	}
	do(`mutation($id: ID!) { undoCorrection(id: $id, reason: "checked with the desk") { active undoneBy } }`, map[string]any{"id": set.Correct.ID}, &undo)
	if u := undo.UndoCorrection; u.Active || u.UndoneBy != "desk@example.org" {
		t.Errorf("undone correction %+v", u)
	}
	read()
	if got := leader.Leader.Country.Code; got != "KAZ" || leader.Leader.Alternatives[0].Corrected {
		t.Errorf("after undoing: country %s, alternatives %+v, want KAZ by evidence", got, leader.Leader.Alternatives)
	}

	// a retracted fact leaves the default lists, and is listed with
	// includeRetracted, marked with its correction
	var ret struct {
		Correct struct {
			ID   string
			Fact struct{ Type, From, To, Key string }
		}
	}
	do(`mutation { correct(input: {action: RETRACT, fact: {type: LEADS, from: "Nurlan Abenov", to: "KAZ"}, reason: "not in office"}) { id fact { type from to key } } }`, nil, &ret)
	a.Corrections = append(a.Corrections, ret.Correct.ID)
	if f := ret.Correct.Fact; f.From != abenov || f.To != "country:KAZ" || f.Key != "president" {
		t.Errorf("retracted fact %+v", f)
	}
	type role struct {
		Country    struct{ Code string }
		Retracted  bool
		Retraction *struct{ ID string }
	}
	var roles struct {
		Leader struct {
			Roles, All []role
			Facts      []struct {
				To        struct{ Key string }
				Retracted bool
			}
			Corrections struct {
				TotalCount int
				Nodes      []struct {
					ID     string
					Active bool
				}
			}
		}
	}
	do(`query($k: ID!) { leader(key: $k) {
		roles { country { code } retracted retraction { id } }
		all: roles(includeRetracted: true) { country { code } retracted retraction { id } }
		facts(type: LEADS) { to { key } retracted }
		corrections { totalCount nodes { id active } } } }`, map[string]any{"k": abenov}, &roles)
	l := roles.Leader
	if len(l.Roles) != 1 || l.Roles[0].Country.Code != "UZB" || l.Roles[0].Retracted {
		t.Errorf("roles by default %+v, want UZB's alone", l.Roles)
	}
	if len(l.Facts) != 1 || l.Facts[0].To.Key != "country:UZB" {
		t.Errorf("facts by default %+v, want the LEADS of UZB alone", l.Facts)
	}
	var kaz *role
	for i := range l.All {
		if l.All[i].Country.Code == "KAZ" {
			kaz = &l.All[i]
		}
	}
	if len(l.All) != 2 || kaz == nil || !kaz.Retracted || kaz.Retraction == nil || kaz.Retraction.ID != ret.Correct.ID {
		t.Errorf("roles with retracted ones %+v, want KAZ's marked retracted by %s", l.All, ret.Correct.ID)
	}
	got := []string{}
	for _, c := range l.Corrections.Nodes {
		got = append(got, c.ID)
	}
	if !slices.Equal(got, []string{ret.Correct.ID, set.Correct.ID}) || l.Corrections.Nodes[1].Active {
		t.Errorf("corrections %+v, want the retraction, then the undone correction", l.Corrections)
	}
}

// TestCorrectionErrors checks the answers of the correction mutations to
// requests they refuse: no token, an unknown correction, an invalid one.
func TestCorrectionErrors(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "secret-token")
	off := testHandler(t, s, "")
	auth := []string{"Authorization", "Bearer secret-token"}
	cases := []struct {
		name, query string
		h           bool // the server with a token
		header      []string
		code        string
	}{
		{"disabled", `mutation { undoCorrection(id: "x") { id } }`, false, auth, "UNAUTHENTICATED"},
		{"no token", `mutation { undoCorrection(id: "x") { id } }`, true, nil, "UNAUTHENTICATED"},
		{"unknown id", `mutation { undoCorrection(id: "no-such-id") { id } }`, true, auth, "NOT_FOUND"},
		{"no reason", `mutation { correct(input: {action: SET, entity: "Kassym-Jomart Tokayev", attribute: TITLE, value: "President", reason: " "}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"attribute of another type", `mutation { correct(input: {action: SET, entity: "Kassym-Jomart Tokayev", attribute: ACRONYM, value: "KJT", reason: "r"}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"unknown entity", `mutation { correct(input: {action: SET, entity: "person:nobody-at-all", attribute: TITLE, value: "King", reason: "r"}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"unknown country", `mutation { correct(input: {action: SET, entity: "Kassym-Jomart Tokayev", attribute: COUNTRY, value: "Atlantis", reason: "r"}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"no such fact", `mutation { correct(input: {action: RETRACT, fact: {type: LEADS, from: "Kassym-Jomart Tokayev", to: "Peru"}, reason: "r"}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"reason too long", `mutation { correct(input: {action: SET, entity: "Kassym-Jomart Tokayev", attribute: TITLE, value: "President", reason: "` + strings.Repeat("why ", 501) + `"}) { id } }`, true, auth, "BAD_USER_INPUT"},
		{"analyst name too long", `mutation { undoCorrection(id: "x") { id } }`, true, append([]string{"X-Analyst", strings.Repeat("a", 101)}, auth...), "BAD_USER_INPUT"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hh := off
			if c.h {
				hh = h
			}
			before, err := s.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			_, res, raw := post(t, hh, c.query, nil, c.header...)
			if codes := res.codes(); len(codes) != 1 || codes[0] != c.code {
				t.Errorf("codes %v, want %s: %s", codes, c.code, raw)
			}
			if after, err := s.Counts(context.Background()); err != nil || after != before {
				t.Errorf("the graph changed: %+v before, %+v after (%v)", before, after, err)
			}
		})
	}
}
