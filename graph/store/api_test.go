package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// readCorpus is what the read tests ingest: articles reporting the same
// occasions in different words (so that events and facts have several
// sources) and the seeds.
var readCorpus = []string{"../../seeds", "../../internal/pipeline/testdata/resolution"}

// readGraph returns a store holding exactly readCorpus.
func readGraph(t *testing.T) *store.Store {
	t.Helper()
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	err = pipeline.ReadInputs(readCorpus, nil, 0, func(doc extract.Document, ierr error) error {
		if ierr != nil {
			return nil
		}
		if _, _, err := p.Ingest(ctx, doc); err != nil && !errors.Is(err, pipeline.ErrNotArticle) {
			return err
		}
		return nil
	}, func(error) {})
	if err != nil {
		t.Fatalf("ingest the read corpus: %v", err)
	}
	return s
}

// TestReadAPI checks the read methods over one graph: every order pages
// through the same rows a single page holds, in order; minSources keeps
// what enough articles support; aggregates agree with counts; names
// resolve; and each new or rewritten read seeks indexes or expands from
// what it is given.
func TestReadAPI(t *testing.T) {
	s := readGraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	t.Run("event orders", func(t *testing.T) { testEventOrders(ctx, t, s) })
	t.Run("entity orders", func(t *testing.T) { testEntityOrders(ctx, t, s) })
	t.Run("article orders", func(t *testing.T) { testArticleOrders(ctx, t, s) })
	t.Run("stats", func(t *testing.T) { testStats(ctx, t, s) })
	t.Run("facts", func(t *testing.T) { testFacts(ctx, t, s) })
	t.Run("names", func(t *testing.T) { testNames(ctx, t, s) })
	t.Run("bounded", func(t *testing.T) { testBounded(ctx, t, s) })
	t.Run("trade as stated", func(t *testing.T) { testTradeAsStated(ctx, t, s) })
}

// walk pages through q two rows at a time and returns the keys of every
// page, and the keys of one page of all.
func walkEvents(ctx context.Context, t *testing.T, s *store.Store, q graph.EventQuery) (paged, whole []graph.Entity) {
	t.Helper()
	all := q
	all.First = 100
	ps, err := s.Events(ctx, []graph.EventQuery{all})
	if err != nil {
		t.Fatal(err)
	}
	whole = ps[0].Items
	q.First = 2
	for i := 0; i < 100; i++ {
		ps, err := s.Events(ctx, []graph.EventQuery{q})
		if err != nil {
			t.Fatal(err)
		}
		p := ps[0]
		paged = append(paged, p.Items...)
		if !p.HasNext {
			break
		}
		q.After = p.Cursors[len(p.Cursors)-1]
	}
	return paged, whole
}

func keysOf(es []graph.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Key
	}
	return out
}

func reported(ctx context.Context, t *testing.T, s *store.Store, es []graph.Entity) map[string]graph.Reported {
	t.Helper()
	m, err := s.Reported(ctx, keysOf(es))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func testEventOrders(ctx context.Context, t *testing.T, s *store.Store) {
	queries := map[string]graph.EventQuery{
		"country":    {With: "country:KAZ"},
		"pair":       {With: "country:TUR", Partner: "country:UKR"},
		"date range": {From: "2025-01-01", To: "2025-12-31"},
		"with kind":  {With: "country:RUS", Kind: "meeting"},
	}
	orders := []graph.Order{graph.OrderDateDesc, graph.OrderDateAsc, graph.OrderSourcesDesc, graph.OrderSourcesAsc}
	for name, base := range queries {
		for _, o := range orders {
			t.Run(name+" "+string(o), func(t *testing.T) {
				q := base
				q.Order = o
				paged, whole := walkEvents(ctx, t, s, q)
				if len(whole) < 2 {
					t.Fatalf("%d events: too few for the test to mean something", len(whole))
				}
				if !slices.Equal(keysOf(paged), keysOf(whole)) {
					t.Errorf("pages of 2:\n %v\none page:\n %v", keysOf(paged), keysOf(whole))
				}
				n, err := s.CountEvents(ctx, []graph.EventQuery{q})
				if err != nil || n[0] != len(whole) {
					t.Errorf("count %v (%v), page %d", n, err, len(whole))
				}
				rep := reported(ctx, t, s, whole)
				for i := 1; i < len(whole); i++ {
					a, b := whole[i-1], whole[i]
					if !inOrder(o, a.Date, b.Date, rep[a.Key].Sources, rep[b.Key].Sources, a.Key, b.Key) {
						t.Errorf("%s before %s (%s/%d, %s/%d)", a.Key, b.Key, a.Date, rep[a.Key].Sources, b.Date, rep[b.Key].Sources)
					}
				}
			})
		}
	}
	t.Run("minSources", func(t *testing.T) {
		q := graph.EventQuery{From: "2020-01-01", To: "2030-12-31", MinSources: 2, First: 100}
		ps, err := s.Events(ctx, []graph.EventQuery{q})
		if err != nil {
			t.Fatal(err)
		}
		if len(ps[0].Items) == 0 {
			t.Fatal("no event has two sources: the corpus should have some")
		}
		for k, r := range reported(ctx, t, s, ps[0].Items) {
			if r.Sources < 2 {
				t.Errorf("%s has %d sources", k, r.Sources)
			}
		}
		all, _ := s.Events(ctx, []graph.EventQuery{{From: q.From, To: q.To, First: 100}})
		if len(all[0].Items) <= len(ps[0].Items) {
			t.Errorf("minSources 2 kept %d of %d events", len(ps[0].Items), len(all[0].Items))
		}
	})
}

// inOrder reports whether a row (date da, sources sa, key ka) may come
// before b in order o.
func inOrder(o graph.Order, da, db string, sa, sb int, ka, kb string) bool {
	switch o {
	case graph.OrderSourcesDesc:
		return sa > sb || sa == sb && ka < kb
	case graph.OrderSourcesAsc:
		return sa < sb || sa == sb && ka < kb
	}
	switch {
	case da == "" && db == "":
		return ka < kb
	case da == "" || db == "":
		return db == "" // undated last
	case da == db:
		return ka < kb
	case o == graph.OrderDateAsc:
		return da < db
	}
	return da > db
}

func testEntityOrders(ctx context.Context, t *testing.T, s *store.Store) {
	for _, typ := range []graph.EntityType{graph.TypeLeader, graph.TypeCountry} {
		for _, o := range []graph.Order{graph.OrderNameAsc, graph.OrderNameDesc, graph.OrderSourcesDesc, graph.OrderSourcesAsc} {
			t.Run(string(typ)+" "+string(o), func(t *testing.T) {
				ps, err := s.List(ctx, []graph.ListQuery{{Type: typ, Order: o, First: 100}})
				if err != nil {
					t.Fatal(err)
				}
				whole := ps[0].Items
				var paged []graph.Entity
				q := graph.ListQuery{Type: typ, Order: o, First: 3}
				for i := 0; i < 100; i++ {
					ps, err := s.List(ctx, []graph.ListQuery{q})
					if err != nil {
						t.Fatal(err)
					}
					paged = append(paged, ps[0].Items...)
					if !ps[0].HasNext {
						break
					}
					q.After = ps[0].Cursors[len(ps[0].Cursors)-1]
				}
				if len(whole) < 3 || !slices.Equal(keysOf(paged), keysOf(whole)) {
					t.Errorf("pages of 3:\n %v\none page:\n %v", keysOf(paged), keysOf(whole))
				}
				rep := reported(ctx, t, s, whole)
				for i := 1; i < len(whole); i++ {
					a, b := whole[i-1], whole[i]
					ok := true
					switch o {
					case graph.OrderNameAsc:
						ok = a.Name < b.Name || a.Name == b.Name && a.Key < b.Key
					case graph.OrderNameDesc:
						ok = a.Name > b.Name || a.Name == b.Name && a.Key < b.Key
					default:
						ok = inOrder(o, "", "", rep[a.Key].Sources, rep[b.Key].Sources, a.Key, b.Key)
					}
					if !ok {
						t.Errorf("%s before %s", a.Key, b.Key)
					}
				}
				min, err := s.List(ctx, []graph.ListQuery{{Type: typ, Order: o, MinSources: 3, First: 100}})
				if err != nil {
					t.Fatal(err)
				}
				want := 0
				for _, r := range rep {
					if r.Sources >= 3 {
						want++
					}
				}
				if got := len(min[0].Items); got != want || got == 0 {
					t.Errorf("minSources 3: %d, want %d (and some)", got, want)
				}
			})
		}
	}
}

func testArticleOrders(ctx context.Context, t *testing.T, s *store.Store) {
	for _, o := range []graph.Order{graph.OrderDateDesc, graph.OrderDateAsc} {
		ps, err := s.ArticlePage(ctx, []graph.ArticleQuery{{Order: o, First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		as := ps[0].Items
		if len(as) < 5 {
			t.Fatalf("%d articles", len(as))
		}
		for i := 1; i < len(as); i++ {
			if !inOrder(o, as[i-1].Date, as[i].Date, 0, 0, as[i-1].ID, as[i].ID) {
				t.Errorf("%s: %s (%s) before %s (%s)", o, as[i-1].ID, as[i-1].Date, as[i].ID, as[i].Date)
			}
		}
	}
}

func testStats(ctx context.Context, t *testing.T, s *store.Store) {
	for name, q := range map[string]graph.EventQuery{
		"country":      {With: "country:KAZ"},
		"date range":   {From: "2025-01-01", To: "2025-12-31"},
		"leader":       {Leader: "person:recep-tayyip-erdogan"},
		"corroborated": {From: "2020-01-01", To: "2030-12-31", MinSources: 2},
	} {
		t.Run(name, func(t *testing.T) {
			rows, err := s.EventStats(ctx, []graph.Stats{{Events: q, Part: "kinds"}, {Events: q, Part: "countries", Top: 3}, {Events: q, Part: "timeline", Unit: "month"}})
			if err != nil {
				t.Fatal(err)
			}
			n, err := s.CountEvents(ctx, []graph.EventQuery{q})
			if err != nil {
				t.Fatal(err)
			}
			total, dated := 0, 0
			for _, r := range rows[0] {
				total += r.Count
			}
			for _, r := range rows[2] {
				dated += r.Count
			}
			if total != n[0] || total == 0 {
				t.Errorf("by kind %d events, count %d", total, n[0])
			}
			if dated > total || dated == 0 {
				t.Errorf("timeline %d events of %d", dated, total)
			}
			if len(rows[1]) == 0 || len(rows[1]) > 3 {
				t.Errorf("countries: %d rows, want 1 to 3", len(rows[1]))
			}
			for i, r := range rows[1] {
				if r.Country.Key == q.With || (i > 0 && r.Count > rows[1][i-1].Count) {
					t.Errorf("countries: row %d %s %d", i, r.Country.Key, r.Count)
				}
			}
		})
	}
	if _, err := s.EventStats(ctx, []graph.Stats{{Part: "kinds"}}); err == nil {
		t.Error("an aggregate of every event was not refused")
	}
}

func testFacts(ctx context.Context, t *testing.T, s *store.Store) {
	ls, err := s.Facts(ctx, []graph.FactQuery{{Key: "country:KAZ", First: 100}, {Key: "country:KAZ", MinSources: 2, First: 100}, {Key: "country:KAZ", Type: graph.RelParticipatedIn, First: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls[0]) == 0 || len(ls[1]) == 0 || len(ls[1]) >= len(ls[0]) {
		t.Fatalf("facts %d, with two sources %d", len(ls[0]), len(ls[1]))
	}
	for i, l := range ls[0] {
		f := l.Fact
		if f.From != "country:KAZ" && f.To != "country:KAZ" || f.SourceCount < 1 || len(f.Evidence) == 0 {
			t.Errorf("fact %+v", f)
		}
		if i > 0 && f.SourceCount > ls[0][i-1].Fact.SourceCount {
			t.Errorf("fact %d has more sources than the one before", i)
		}
	}
	for _, l := range ls[1] {
		if l.Fact.SourceCount < 2 || len(l.Fact.Articles) < 2 {
			t.Errorf("minSources 2: %+v", l.Fact)
		}
	}
	if len(ls[2]) != 3 {
		t.Errorf("first 3 of a type: %d", len(ls[2]))
	}
	for _, l := range ls[2] {
		if l.Fact.Type != graph.RelParticipatedIn {
			t.Errorf("type %s", l.Fact.Type)
		}
	}
	links, err := s.Links(ctx, graph.ProjectEvents, []string{"project:lu-ban-workshops", "project:nobody"})
	if err != nil {
		t.Fatal(err)
	}
	if len(links["project:lu-ban-workshops"]) == 0 {
		t.Error("a project reported with its events lists none")
	}
}

func testNames(ctx context.Context, t *testing.T, s *store.Store) {
	refs := []graph.NameRef{
		{Text: "kassym-jomart tokayev", Type: graph.TypeLeader},
		{Text: "jomart", Type: graph.TypeLeader},
		{Text: "kazakhstan"},
		{Text: `*:* OR "x`},
		{Text: "nobody at all"},
	}
	m, err := s.Named(ctx, refs)
	if err != nil {
		t.Fatal(err)
	}
	if ms := m[refs[0]]; len(ms) == 0 || !ms[0].Exact || ms[0].Entity.Key != "person:kassym-jomart-tokayev" {
		t.Errorf("full name: %+v", ms)
	}
	if ms := m[refs[1]]; len(ms) != 1 || ms[0].Exact || ms[0].Entity.Key != "person:kassym-jomart-tokayev" {
		t.Errorf("surname: %+v", ms)
	}
	if ms := m[refs[2]]; len(ms) == 0 || !ms[0].Exact || ms[0].Entity.Key != "country:KAZ" {
		t.Errorf("country name: %+v", ms)
	}
	if len(m[refs[3]]) != 0 || len(m[refs[4]]) != 0 {
		t.Errorf("query syntax or nothing matched: %+v %+v", m[refs[3]], m[refs[4]])
	}
}

// testBounded profiles each read statement this change adds or rewrites
// and fails when one reads a whole label, index or relationship type, or
// when a statement that must walk an index in its order (a pair's
// summary, timeline and partners; events pages) does not seek it; it
// logs the db hits of each. Two controls show that each check can fail.
func testBounded(ctx context.Context, t *testing.T, s *store.Store) {
	qs := store.ReadQueries("country:KAZ", "country:CHN", "person:kassym-jomart-tokayev", "project:lu-ban-workshops")
	names := make([]string, 0, len(qs))
	for n := range qs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		q := qs[name]
		hits, problems := profile(ctx, t, s, q)
		t.Logf("%-45s %5d db hits", name, hits)
		if len(problems) > 0 {
			t.Errorf("%s reads without a bound:\n  %s", name, strings.Join(problems, "\n  "))
		}
		if missing := unseeked(ctx, t, s, q, store.ReadSeeks(name)); len(missing) > 0 {
			t.Errorf("%s does not seek %s", name, strings.Join(missing, ", "))
		}
	}
	// A pair's events page read from the events of one country (the
	// statement the walk replaced) seeks no SHARES index: the control
	// that the check of seeks sees it.
	if missing := unseeked(ctx, t, s, store.MatchedPairEvents("country:KAZ", "country:CHN"), []string{"SHARES(pair, date)"}); len(missing) == 0 {
		t.Error("the check of seeks passes a pair's page that does not seek SHARES(pair, date)")
	}
	// The page of every event, newest first, reads the kind index whole:
	// the control that the check sees it.
	hits, problems := profile(ctx, t, s, store.UnanchoredEvents())
	t.Logf("%-45s %5d db hits", "every event (control)", hits)
	if len(problems) == 0 {
		t.Error("the check passes a read of every event")
	}
}

// profile runs q under PROFILE and returns its db hits and the operators
// that read without a bound: a scan, or a seek that reads a whole index
// (the kind index with every kind).
func profile(ctx context.Context, t *testing.T, s *store.Store, q store.ReadQuery) (int64, []string) {
	t.Helper()
	plan, err := s.Profile(ctx, q.Cypher, q.Params)
	if err != nil {
		t.Fatal(err)
	}
	var hits int64
	var problems []string
	walk(plan, func(p neo4j.ProfiledPlan) {
		hits += p.DbHits()
		op := strings.TrimSuffix(p.Operator(), "@neo4j")
		details, _ := p.Arguments()["Details"].(string)
		for _, u := range unbounded {
			if strings.Contains(op, u) {
				problems = append(problems, op+" "+details)
			}
		}
		if strings.Contains(op, "Seek") && strings.Contains(details, "Event(kind)") && p.Records() > 0 {
			problems = append(problems, "every event by kind: "+op+" "+strconv.FormatInt(p.Records(), 10)+" rows")
		}
	})
	return hits, problems
}

// unseeked returns the indexes of seeks that q's plan does not seek.
func unseeked(ctx context.Context, t *testing.T, s *store.Store, q store.ReadQuery, seeks []string) []string {
	t.Helper()
	if len(seeks) == 0 {
		return nil
	}
	plan, err := s.Profile(ctx, q.Cypher, q.Params)
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, ix := range seeks {
		found := false
		walk(plan, func(p neo4j.ProfiledPlan) {
			details, _ := p.Arguments()["Details"].(string)
			if strings.Contains(p.Operator(), "Seek") && strings.Contains(details, ":"+ix) {
				found = true
			}
		})
		if !found {
			missing = append(missing, ix)
		}
	}
	return missing
}

// testTradeAsStated writes a figure stated in roubles only and checks that
// the pair's summary returns it with its currency and no dollar value.
func testTradeAsStated(ctx context.Context, t *testing.T, s *store.Store) {
	x := graph.Extraction{
		Article: graph.Article{ID: "read-test-roubles", Title: "Trade in roubles", Date: "2025-05-05", Text: "Trade between Russia and Belarus reached 1.2 trillion roubles in 2024.", Chars: 70},
		Entities: []graph.Entity{
			{Key: "country:RUS", Type: graph.TypeCountry, Name: "Russia", Code: "RUS", ISO2: "RU", Mentions: []graph.Span{{Start: 14, End: 20}}},
			{Key: "country:BLR", Type: graph.TypeCountry, Name: "Belarus", Code: "BLR", ISO2: "BY", Mentions: []graph.Span{{Start: 25, End: 32}}},
		},
		Relations: []graph.Relation{{Type: graph.RelTradeVolume, From: "country:BLR", To: "country:RUS", Year: 2024, Value: 1.2e12, Currency: "RUB",
			Evidence: graph.Evidence{Sentence: "Trade between Russia and Belarus reached 1.2 trillion roubles in 2024.", Start: 0, End: 70}}},
	}
	if _, err := s.WriteArticle(ctx, &x); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, _, err := s.RemoveArticle(context.Background(), x.Article.ID); err != nil {
			t.Errorf("remove: %v", err)
		}
	})
	rel, ok, err := s.Relation(ctx, "country:BLR", "country:RUS")
	if err != nil || !ok {
		t.Fatalf("relation: %v %v", ok, err)
	}
	var found bool
	for _, f := range rel.Trade {
		if f.Currency == "RUB" {
			found = true
			if f.HasUSD || f.Value != 1.2e12 || f.Year != 2024 || f.SourceCount != 1 || f.Evidence != nil || f.ID == "" {
				t.Errorf("figure %+v", f)
			}
		}
	}
	if !found {
		t.Errorf("no figure in roubles among %+v", rel.Trade)
	}
	// the summary reads its facts without their evidence: FactSources
	// reads it by the fact's id
	for _, f := range rel.Trade {
		if f.Currency != "RUB" {
			continue
		}
		src, err := s.FactSources(ctx, []string{f.ID})
		if err != nil {
			t.Fatal(err)
		}
		if ss := src[f.ID]; len(ss) != 1 || ss[0].Text != x.Relations[0].Evidence.Sentence {
			t.Errorf("sources of %s: %+v", f.ID, ss)
		}
	}
}

var _ = fmt.Sprint
