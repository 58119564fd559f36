package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/kit"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// kitCorpus is what the kit's test graph is ingested from: the seeds,
// the extractor's dev set (what cmd/api's tests ingest) and three more
// reports of the Tianjin talks, so that one event is corroborated.
var kitCorpus = []string{
	"../../seeds",
	"../../extract/testdata/dev",
	"../../internal/pipeline/testdata/resolution/01-tokayev-xi-tianjin",
}

// kitCorrections are the analysts' corrections of the kit's test graph:
// the README's examples, one set and one retraction.
var kitCorrections = []graph.Correction{
	{Action: graph.Set, Entity: "person:shavkat-mirziyoyev", Attribute: "country", Value: "UZB", Reason: "the article's 'Vietnamese' modifies the guest", By: "desk"},
	{Action: graph.Retract, Fact: graph.FactRef{Type: graph.RelMemberOf, From: "country:SRB", To: "org:european-union"}, Reason: "a candidate, not a member", By: "desk"},
}

// kitFixture remembers the kit's test graph by its size, to build it once
// per test binary while no other test of the package has wiped it.
var kitFixture struct {
	sync.Mutex
	built  bool
	counts store.Counts
}

// kitGraph returns the store holding the kit's test graph (kitCorpus
// ingested through the pipeline, then kitCorrections), building it when
// the database holds anything else. It needs a database the tests may
// wipe (storetest.RequireWipe).
func kitGraph(t *testing.T) *store.Store {
	t.Helper()
	storetest.RequireWipe(t)
	s := storetest.Open(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	kitFixture.Lock()
	defer kitFixture.Unlock()
	if kitFixture.built {
		if c, err := s.Counts(ctx); err == nil && c == kitFixture.counts {
			return s
		}
	}
	kitFixture.built = false
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatalf("wipe the test database: %v", err)
	}
	if err := ingestKit(ctx, s); err != nil {
		t.Fatalf("build the kit's test graph: %v", err)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kitFixture.built, kitFixture.counts = true, c
	return s
}

// ingestKit ingests kitCorpus as the ingest job does (in batches through
// the pipeline's Stream; inputs that are not articles skipped) and
// applies kitCorrections.
func ingestKit(ctx context.Context, s *store.Store) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	in := make(chan pipeline.Input)
	read := make(chan error, 1)
	go func() {
		defer close(in)
		read <- pipeline.ReadInputs(kitCorpus, nil, 0, func(doc extract.Document, ierr error) error {
			if ierr != nil {
				return nil
			}
			select {
			case in <- pipeline.Input{Doc: doc}:
				return nil
			case <-sctx.Done(): // Stream stopped early
				return sctx.Err()
			}
		}, func(error) {})
	}()
	var failed error
	err = pipeline.New(ex, s).Stream(sctx, in, pipeline.StreamOptions{}, func(r pipeline.Result) {
		if r.Err != nil && !errors.Is(r.Err, pipeline.ErrNotArticle) && failed == nil {
			failed = fmt.Errorf("%s: %w", r.Doc.Input, r.Err)
		}
	})
	stop()
	if err := errors.Join(err, <-read, failed); err != nil {
		return err
	}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, c := range kitCorrections {
		if _, err := s.Correct(ctx, c, at); err != nil {
			return err
		}
	}
	return nil
}

// TestRecipes runs every recipe of docs/cypher.md, and every query of the
// Browser guides of docs/guide (as the API serves them), in a read transaction on the kit's test graph, and
// checks that each returns rows.
func TestRecipes(t *testing.T) {
	s := kitGraph(t)
	k, err := kit.Load(os.DirFS("../../docs"))
	if err != nil {
		t.Fatal(err)
	}
	recipes := k.Recipes()
	type query struct{ name, cypher string }
	var queries []query
	seen := map[string]bool{}
	for _, r := range recipes {
		queries = append(queries, query{"cypher.md/" + r.ID, r.Cypher})
		seen[r.Cypher] = true
	}
	for _, name := range kit.Guides {
		page, err := k.Guide(name, "http://127.0.0.1:8080")
		if err != nil {
			t.Fatal(err)
		}
		for i, b := range kit.Runnables(page) {
			switch {
			case strings.HasPrefix(b, ":"): // a Browser command, not Cypher
				if b != ":style http://127.0.0.1:8080/guide/bilateral.grass" {
					t.Errorf("guide %s, block %d: unexpected Browser command %q", name, i+1, b)
				}
			case !seen[b]: // the recipes were queued above
				queries = append(queries, query{fmt.Sprintf("guide/%s/block-%d", name, i+1), b})
				seen[b] = true
			}
		}
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			start := time.Now()
			recs, err := s.Read(ctx, q.cypher, nil)
			if err != nil {
				t.Fatalf("%v\n%s", err, q.cypher)
			}
			if len(recs) == 0 {
				t.Errorf("no rows on the test graph:\n%s", q.cypher)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Logf("took %v", d)
			}
		})
	}
}
