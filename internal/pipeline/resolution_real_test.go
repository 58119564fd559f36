package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// Real-reports resolution corpus (testdata/resolution/real, issue 12):
// groups of close paraphrases of real reports of one occasion from
// different outlets, and near misses. The dev part may be studied; the
// blind held-out part is scored with figures only.
//
//	go test -run TestResolutionReal -v ./internal/pipeline
//
// Each group is ingested in every order of arrival. The checks: each
// expected event is one node of its kind and date with exactly its
// sources; no other event node; each expected person is one node (its
// key and the slugs of its variants name exactly one leader); each
// expected organization exists.

// Thresholds of the share of checks that hold. The dev gate starts at the
// first measurement (0.503) and rises with the resolver and the extractor,
// up to issue 12's 0.95 (0.577 after the fifth round of tuning on real
// reporting, 0.625 after the twelfth, 0.716 after the seventeenth, which
// tuned on this dev part, 0.736 after the resolver's rules on leaders'
// countries, bilateral summits, visit dates and titles, 0.706 after the
// merge of round 21 and 0.746 after round 23's extractor fixes (talks
// told ended, time spent with a guest, quoted nicknames, Iran's Leader of
// the Islamic Revolution, the summit of "the two"), 0.766 once two
// stops of one tour told as done may share a day again (round 21 had
// kept visits to two countries from sharing any date), 0.801 after
// round 29's (undated plans joining the occasion held within a week, a
// report with an assumed date joining the report dating that day despite
// a misread place, two hosts of one country kept apart, a declaration
// signed by its name being no statement, no visit from "the election due
// in" a country nor from a third party's welcome of two sides), 0.820
// at stops 25 and 26 (stop 26's extraction rules had cost it 0.010, one
// group, unseen under the old gate: the gate sits 0.005 under the
// last figure), 0.840 at stop 27 (talks after which one side's leader
// speaks, and "the talks between X and Y were candid", now events of
// their reports); the held-out floor is its last measurement (0.845 in
// stop 32, after the extractor read the register's untitled names; 0.826
// after round 29 and extraction rounds 26-28; 0.808 before; first 0.604)
// minus 0.02.
const (
	realResolutionDevGate   = 0.835
	realResolutionHeldFloor = 0.825
)

func TestResolutionRealDev(t *testing.T) {
	ok, all := scoreRealResolution(t, "testdata/resolution/real/dev", true)
	if r := float64(ok) / float64(all); r < realResolutionDevGate {
		t.Errorf("real dev resolution: %d of %d checks hold (%.3f), below the gate %.2f", ok, all, r, realResolutionDevGate)
	}
}

func TestResolutionRealHeldOut(t *testing.T) {
	ok, all := scoreRealResolution(t, "testdata/resolution/real/heldout", false)
	if r := float64(ok) / float64(all); r < realResolutionHeldFloor {
		t.Errorf("real held-out resolution: %d of %d checks hold (%.3f), below the floor %.2f", ok, all, r, realResolutionHeldFloor)
	}
}

// scoreRealResolution ingests every group of dir in every order (one
// batch per order, articles resolved in that order), counts the checks
// that hold, and then checks that removing the articles empties the graph.
// With details, it logs every failed check (never for the blind part).
func scoreRealResolution(t *testing.T, dir string, details bool) (ok, all int) {
	t.Helper()
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, g := range loadGroupsFrom(t, dir) {
		xs := map[string]*graph.Extraction{}
		ids := map[string]string{}
		for _, f := range g.files {
			x, err := ex.Extract(g.docs[f])
			if err != nil {
				t.Fatalf("%s/%s: %v", g.name, f, err)
			}
			xs[f], ids[f] = &x, x.Article.ID
		}
		gOK, gAll := 0, 0
		var failed []string
		for _, order := range orders(g.files) {
			if err := s.DeleteAll(ctx); err != nil {
				t.Fatal(err)
			}
			batch := make([]*graph.Extraction, len(order))
			for i, f := range order {
				batch[i] = xs[f]
			}
			if _, err := s.WriteBatch(ctx, batch); err != nil {
				t.Fatalf("%s %v: %v", g.name, order, err)
			}
			c, err := s.Census(ctx)
			if err != nil {
				t.Fatal(err)
			}
			n, probs := realChecks(c, g.expect, ids)
			gAll += n
			gOK += n - len(probs)
			for _, p := range probs {
				failed = append(failed, fmt.Sprintf("%v: %s", order, p))
			}
		}
		ok, all = ok+gOK, all+gAll
		if details && len(failed) > 0 {
			slices.Sort(failed)
			t.Logf("%s: %d of %d checks hold\n  %s", g.name, gOK, gAll, strings.Join(slices.Compact(failed), "\n  "))
		}
		for _, f := range g.files {
			if _, _, err := s.RemoveArticle(ctx, ids[f]); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := s.Counts(ctx); err != nil || n != (store.Counts{}) {
			t.Errorf("%s: graph after removing every article: %+v %v; want empty", map[bool]string{true: g.name, false: "a group"}[details], n, err)
		}
	}
	t.Logf("%s: %d of %d checks hold (%.3f)", dir, ok, all, float64(ok)/float64(all))
	return ok, all
}

// realChecks returns the number of checks of one group's expectation and
// those that fail on census c.
func realChecks(c store.Census, want expectation, ids map[string]string) (int, []string) {
	var probs []string
	n := 0
	n += len(want.Events)
	for _, p := range missingEvents(c, want, ids) {
		probs = append(probs, "no one "+p)
	}
	n++
	if extra := len(c.Events) - len(want.Events); extra > 0 {
		probs = append(probs, fmt.Sprintf("%d event nodes more than the %d occasions", extra, len(want.Events)))
	}
	leaders := map[string]bool{}
	for _, k := range c.Leaders {
		leaders[k] = true
	}
	for _, l := range want.Leaders {
		n++
		names := map[string]bool{l.Key: true}
		for _, v := range l.Variants {
			names["person:"+extract.Slug(v)] = true
		}
		var nodes []string
		for k := range names {
			if leaders[k] {
				nodes = append(nodes, k)
			}
		}
		if len(nodes) != 1 {
			sort.Strings(nodes)
			probs = append(probs, fmt.Sprintf("%s is %d leader nodes %v, want one", l.Key, len(nodes), nodes))
		}
	}
	orgs := map[string]bool{}
	for _, k := range c.Organizations {
		orgs[k] = true
	}
	for _, o := range want.Organizations {
		n++
		if !orgs[o] {
			probs = append(probs, "no organization "+o)
		}
	}
	return n, probs
}
