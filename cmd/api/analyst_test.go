package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// analystSession is the API on the test store as an analyst with the
// token sees it, for tests that ingest articles and make corrections:
// Do posts a query and decodes its data (failing the test on any error),
// and when the test ends the articles in IDs are removed, the
// corrections in Corrections deleted, and the graph checked to be as it
// was before.
type analystSession struct {
	Store       *store.Store
	IDs         []string
	Corrections []string
	do          func(query string, vars map[string]any, out any)
}

// Do posts query with vars as the analyst and decodes the answer's data
// into out.
func (a *analystSession) Do(query string, vars map[string]any, out any) { a.do(query, vars, out) }

func newAnalystSession(t *testing.T) *analystSession {
	t.Helper()
	s := testStore(t)
	h := testHandler(t, s, "secret-token")
	before, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	a := &analystSession{Store: s}
	t.Cleanup(func() {
		for _, id := range a.IDs {
			if _, _, err := s.RemoveArticle(context.Background(), id); err != nil {
				t.Errorf("remove %s: %v", id, err)
			}
		}
		storetest.DeleteCorrections(t, a.Corrections...)
		if after, err := s.Counts(context.Background()); err != nil || after != before {
			t.Errorf("graph not restored: %+v before, %+v after (%v)", before, after, err)
		}
	})
	auth := []string{"Authorization", "Bearer secret-token", "X-Analyst", "desk@example.org"}
	a.do = func(query string, vars map[string]any, out any) {
		t.Helper()
		_, res, raw := post(t, h, query, vars, auth...)
		if len(res.Errors) > 0 {
			t.Fatalf("%s: %s", query, raw)
		}
		if err := json.Unmarshal(res.Data, out); err != nil {
			t.Fatal(err)
		}
	}
	return a
}
