package pipeline_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// corpusDocs returns the articles of the resolution corpus (reports of
// one event from several outlets, and near misses) and n generated
// articles, in a fixed order.
func corpusDocs(t *testing.T, n int) []extract.Document {
	t.Helper()
	var docs []extract.Document
	for _, g := range loadGroups(t) {
		for _, f := range g.files {
			docs = append(docs, g.docs[f])
		}
	}
	return append(docs, generateArticles(n)...)
}

// ingestAll streams docs into p with opts and fails the test on any error.
func ingestAll(t *testing.T, p *pipeline.Pipeline, docs []extract.Document, opts pipeline.StreamOptions) {
	t.Helper()
	if err := stream(context.Background(), p, docs, opts); err != nil {
		t.Fatal(err)
	}
}

// audit fails the test when the writers' aggregates (pairs of countries,
// source counts, copies of dates and keys) differ from the facts.
func audit(t *testing.T, s *store.Store) {
	t.Helper()
	diffs, err := s.Audit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		t.Errorf("%d aggregates differ from the facts:\n  %s", len(diffs), strings.Join(diffs[:min(len(diffs), 20)], "\n  "))
	}
}

func dumpOf(t *testing.T, s *store.Store) []string {
	t.Helper()
	d, err := s.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestIngestIsIdempotentInFact compares the graph of one clean, serial
// ingest of the corpus with the graphs left by ingesting every article
// twice, by overlapping batches (as a re-run after a crash does), and by
// several writers at once over overlapping, shuffled parts of the corpus
// (as a busy API and a scaled-out ingest do): all must be the same graph.
func TestIngestIsIdempotentInFact(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	ctx := context.Background()
	docs := corpusDocs(t, 150)
	serialOpts := pipeline.StreamOptions{Writers: 1, BatchSize: 1}

	ingestAll(t, p, docs, serialOpts)
	serial := dumpOf(t, s)
	if len(serial) < 1000 {
		t.Fatalf("serial graph has only %d lines", len(serial))
	}
	audit(t, s)

	t.Run("twice", func(t *testing.T) {
		ingestAll(t, p, docs, pipeline.StreamOptions{Writers: 2, BatchSize: 13})
		if got := dumpOf(t, s); !slices.Equal(got, serial) {
			t.Errorf("graph after ingesting every article again differs:\n%s", diff(serial, got))
		}
	})

	t.Run("overlapping batches", func(t *testing.T) {
		if err := s.DeleteAll(ctx); err != nil {
			t.Fatal(err)
		}
		third := len(docs) / 3
		ingestAll(t, p, docs[:2*third], pipeline.StreamOptions{Writers: 1, BatchSize: 7})
		ingestAll(t, p, docs[third:], pipeline.StreamOptions{Writers: 1, BatchSize: 50})
		if got := dumpOf(t, s); !slices.Equal(got, serial) {
			t.Errorf("graph after overlapping batches differs:\n%s", diff(serial, got))
		}
	})

	t.Run("four writers at once", func(t *testing.T) {
		if err := s.DeleteAll(ctx); err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(7, 11))
		parts := make([][]extract.Document, 4)
		for i, d := range docs {
			// every article goes to one writer, a third of them to two
			w := r.IntN(4)
			parts[w] = append(parts[w], d)
			if i%3 == 0 {
				o := (w + 1 + r.IntN(3)) % 4
				parts[o] = append(parts[o], d)
			}
		}
		var wg sync.WaitGroup
		errs := make([]error, len(parts))
		for i, part := range parts {
			r.Shuffle(len(part), func(a, b int) { part[a], part[b] = part[b], part[a] })
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = stream(ctx, p, part, pipeline.StreamOptions{Writers: 1 + i%2, BatchSize: 1 + 3*i})
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if got := dumpOf(t, s); !slices.Equal(got, serial) {
			t.Errorf("graph of four concurrent writers differs from the serial graph:\n%s", diff(serial, got))
		}
		audit(t, s)
	})
}

// TestPartitionedHostsGiveTheSerialGraph runs three "hosts", each given
// the whole feed and writing its own partition of it, at once: together
// they must write every article exactly once and give the serial graph.
func TestPartitionedHostsGiveTheSerialGraph(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	ctx := context.Background()
	docs := corpusDocs(t, 60)
	ingestAll(t, p, docs, pipeline.StreamOptions{Writers: 1, BatchSize: 1})
	serial := dumpOf(t, s)
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	written, skipped := 0, 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := make(chan pipeline.Input)
			go func() {
				defer close(in)
				for _, d := range docs {
					in <- pipeline.Input{Doc: d}
				}
			}()
			err := p.Stream(ctx, in, pipeline.StreamOptions{Writers: 1, BatchSize: 5, Partition: pipeline.Partition{Index: i, Count: 3}}, func(r pipeline.Result) {
				mu.Lock()
				defer mu.Unlock()
				switch {
				case r.Err != nil:
					t.Error(r.Err)
				case r.Skipped:
					skipped++
				default:
					written++
				}
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if written != len(docs) || skipped != 2*len(docs) {
		t.Errorf("%d written and %d skipped by three hosts, want %d and %d", written, skipped, len(docs), 2*len(docs))
	}
	if got := dumpOf(t, s); !slices.Equal(got, serial) {
		t.Errorf("graph of three partitioned hosts differs from the serial graph:\n%s", diff(serial, got))
	}
}
