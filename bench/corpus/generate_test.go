package corpus_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/bilateral-kg/bilateral/bench/corpus"
)

func TestPlan(t *testing.T) {
	bases, err := corpus.LoadBases(filepath.Join("..", "..", "extract", "testdata", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	n := 3*len(bases) + 7
	ordered := corpus.Plan(bases, n, corpus.Ordered, 1)
	backdated := corpus.Plan(bases, n, corpus.Backdated, 1)
	if len(ordered) != n || len(backdated) != n {
		t.Fatalf("got %d and %d articles, want %d", len(ordered), len(backdated), n)
	}
	for i := range ordered {
		if ordered[i] != backdated[n-1-i] {
			t.Fatalf("article %d: ordered %+v is not backdated's %d-th from the end %+v", i, ordered[i], i, backdated[n-1-i])
		}
		if i > 0 && ordered[i].Date.Before(ordered[i-1].Date) {
			t.Fatalf("article %d (%s) is older than the one before it (%s)", i, ordered[i].Date, ordered[i-1].Date)
		}
	}
	texts := map[string]bool{}
	for _, it := range ordered {
		texts[corpus.Text(bases, it, 1)] = true
	}
	if len(texts) != n {
		t.Errorf("%d distinct texts among %d articles", len(texts), n)
	}
	var a, b bytes.Buffer
	if err := corpus.WriteJSONL(&a, bases, ordered, 1); err != nil {
		t.Fatal(err)
	}
	if err := corpus.WriteJSONL(&b, bases, corpus.Plan(bases, n, corpus.Ordered, 1), 1); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two corpora made with the same flags differ")
	}
}

// TestAdded: growing a corpus adds exactly the articles a bigger Plan has
// and a smaller one lacks, for growth within one round of copies and
// across rounds.
func TestAdded(t *testing.T) {
	bases, err := corpus.LoadBases(filepath.Join("..", "..", "extract", "testdata", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ small, more int }{{10, 5}, {len(bases) - 3, 7}, {2*len(bases) + 1, 3 * len(bases)}} {
		small := corpus.Plan(bases, tc.small, corpus.Ordered, 1)
		bigger := corpus.Plan(bases, tc.small+tc.more, corpus.Ordered, 1)
		added := corpus.Added(small, bigger)
		if len(added) != tc.more {
			t.Fatalf("%d + %d: %d added, want %d", tc.small, tc.more, len(added), tc.more)
		}
		seen := map[corpus.Item]bool{}
		for _, it := range small {
			seen[it] = true
		}
		for _, it := range added {
			if seen[it] {
				t.Fatalf("%d + %d: %+v added but already planned", tc.small, tc.more, it)
			}
			seen[it] = true
		}
		if len(seen) != len(bigger) {
			t.Errorf("%d + %d: small and added make %d articles, the bigger plan %d", tc.small, tc.more, len(seen), len(bigger))
		}
	}
}
