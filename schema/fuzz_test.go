package schema_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// empty is a Reader whose graph holds nothing.
type empty struct{}

func (empty) Entities(context.Context, []string) (map[string]graph.Entity, error)  { return nil, nil }
func (empty) Countries(context.Context, []string) (map[string]graph.Entity, error) { return nil, nil }
func (empty) Articles(context.Context, []string) (map[string]graph.Article, error) { return nil, nil }
func (empty) Sentences(context.Context, []string) (map[string]graph.Sentence, error) {
	return nil, nil
}
func (empty) FactSources(context.Context, []string) (map[string][]graph.Sentence, error) {
	return nil, nil
}
func (empty) Links(context.Context, graph.LinkKind, []string) (map[string][]graph.Link, error) {
	return nil, nil
}
func (empty) Provenance(context.Context, []string) (map[string]graph.Provenance, error) {
	return nil, nil
}
func (empty) Events(_ context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	return make([]graph.Page[graph.Entity], len(qs)), nil
}
func (empty) CountEvents(_ context.Context, qs []graph.EventQuery) ([]int, error) {
	return make([]int, len(qs)), nil
}
func (empty) List(_ context.Context, qs []graph.ListQuery) ([]graph.Page[graph.Entity], error) {
	return make([]graph.Page[graph.Entity], len(qs)), nil
}
func (empty) CountList(_ context.Context, qs []graph.ListQuery) ([]int, error) {
	return make([]int, len(qs)), nil
}
func (empty) ArticlePage(_ context.Context, qs []graph.ArticleQuery) ([]graph.Page[graph.Article], error) {
	return make([]graph.Page[graph.Article], len(qs)), nil
}
func (empty) CountArticles(_ context.Context, qs []graph.ArticleQuery) ([]int, error) {
	return make([]int, len(qs)), nil
}
func (empty) Partners(context.Context, []string, int) (map[string][]graph.Partner, error) {
	return nil, nil
}
func (empty) Relation(context.Context, string, string) (graph.Bilateral, bool, error) {
	return graph.Bilateral{}, false, nil
}
func (empty) Timeline(context.Context, string, string, string, string, string) ([]graph.KindCount, error) {
	return nil, nil
}
func (empty) Search(context.Context, string, int) ([]graph.Hit, error)        { return nil, nil }
func (empty) Path(context.Context, string, string, int) ([]graph.Step, error) { return nil, nil }

func (empty) Reported(context.Context, []string) (map[string]graph.Reported, error) { return nil, nil }
func (empty) Named(context.Context, []graph.NameRef) (map[graph.NameRef][]graph.NameMatch, error) {
	return nil, nil
}
func (empty) Facts(_ context.Context, qs []graph.FactQuery) ([][]graph.Link, error) {
	return make([][]graph.Link, len(qs)), nil
}
func (empty) EventStats(_ context.Context, qs []graph.Stats) ([][]graph.StatsRow, error) {
	return make([][]graph.StatsRow, len(qs)), nil
}
func (empty) Alternatives(context.Context, []string) (map[string][]graph.Alternative, error) {
	return nil, nil
}
func (empty) ClaimSources(_ context.Context, qs []graph.ClaimQuery) ([][]graph.ClaimSource, error) {
	return make([][]graph.ClaimSource, len(qs)), nil
}
func (empty) CorrectionPage(_ context.Context, qs []graph.CorrectionQuery) ([]graph.Page[graph.Correction], error) {
	return make([]graph.Page[graph.Correction], len(qs)), nil
}
func (empty) CountCorrections(_ context.Context, qs []graph.CorrectionQuery) ([]int, error) {
	return make([]int, len(qs)), nil
}
func (empty) CorrectionsByID(context.Context, []string) (map[string]graph.Correction, error) {
	return nil, nil
}
func (empty) Retractions(context.Context, []string) (map[string]graph.Correction, error) {
	return nil, nil
}

var _ schema.Reader = empty{}

// FuzzExecute checks that no query text crashes the server or yields an
// error without a code.
func FuzzExecute(f *testing.F) {
	for _, seed := range []string{
		`{ country(code: "KAZ") { code leaders { nodes { name } } } }`,
		`{ ...A } fragment A on Query { ...A }`,
		`{ a: events(first: 5) { edges { cursor node { key } } } b: search(text: "x") { score } }`,
		`query($n: Int) { countries(first: $n) { totalCount } }`,
		`mutation { ingestArticle(text: "x") { nodesCreated } }`,
		`{ __schema { types { name fields { name type { name ofType { name } } } } } }`,
		`{ relation(a: "KAZ", b: "CHN") { timeline(granularity: YEAR) { start } } }`,
		`{ path(from: "a", to: "b", maxHops: 9) { node { key } } }`,
		`{`, `}}}`, `query { ... on Query { ... on Query { __typename } } }`,
	} {
		f.Add(seed)
	}
	s, err := schema.New(empty{}, schema.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		done := make(chan *schema.Result, 1)
		go func() { done <- s.Execute(context.Background(), schema.Request{Query: q}) }()
		var res *schema.Result
		select {
		case res = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer within 5s to %q", q)
		}
		for i, c := range res.Codes() {
			if c == "" {
				t.Errorf("error without a code: %v", res.Errors[i])
			}
			if c == schema.CodeInternal {
				t.Errorf("internal error for %q: %v", q, res.Errors[i])
			}
		}
	})
}

// FuzzLuceneTerms checks that escaped text never carries an unescaped
// special character.
func FuzzLuceneTerms(f *testing.F) {
	for _, seed := range []string{"Lu Ban", `"}) MATCH (n) //`, `a\`, `*:*`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		out := schema.LuceneTerms(text)
		escaped := false
		for _, r := range out {
			switch {
			case escaped:
				escaped = false
			case r == '\\':
				escaped = true
			case strings.ContainsRune(`+-&|!(){}[]^"~*?:/`, r):
				t.Fatalf("unescaped %q in %q (from %q)", r, out, text)
			}
		}
		if escaped {
			t.Fatalf("dangling escape in %q", out)
		}
	})
}
