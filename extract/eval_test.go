package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

var enforce = flag.Bool("eval.enforce", true, "fail TestEval below the F1 thresholds")

// The F1 thresholds of issue 3.
const (
	minEntityF1 = 0.92
	minEventF1  = 0.80
	minFactF1   = 0.85
)

// goldFile is the hand annotation of one article.
type goldFile struct {
	Entities []struct {
		Type string `json:"type"`
		Key  string `json:"key"`
	} `json:"entities"`
	Events []goldEvent `json:"events"`
	Facts  []goldFact  `json:"facts"`
}

type goldEvent struct {
	Kind         string   `json:"kind"`
	Date         *string  `json:"date"`
	Location     *string  `json:"location"`
	Participants []string `json:"participants"`
}

type goldFact struct {
	Type     string   `json:"type"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Year     *int     `json:"year"`
	ValueUSD *float64 `json:"valueUsd"`
	Record   *bool    `json:"record"`
	Level    string   `json:"level"`
}

// scoredFacts are the fact types the evaluation counts.
var scoredFacts = map[string]bool{"TRADE_VOLUME": true, "PARTNERSHIP": true, "LEADS": true, "CHAIRS": true, "MEMBER_OF": true, "SUPPORTS": true, "COOPERATES_IN": true}

// counts holds true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c *counts) add(o counts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c counts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	} else {
		p = 1
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	} else {
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// goldArticles lists (article, gold) pairs from the given folders.
func goldArticles(t *testing.T, dirs ...string) [][2]string {
	t.Helper()
	var out [][2]string
	for _, dir := range dirs {
		golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range golds {
			base := strings.TrimSuffix(filepath.Base(g), ".gold.json")
			for _, cand := range []string{filepath.Join(dir, base+".txt"), filepath.Join(dir, base+".md"), filepath.Join("testdata", base+".txt")} {
				if _, err := os.Stat(cand); err == nil {
					out = append(out, [2]string{cand, g})
					break
				}
			}
		}
	}
	return out
}

// TestEval scores the extractor against the hand-annotated dev set and
// prints precision, recall and F1 per entity type, for events and facts.
// It fails below the thresholds of issue 3.
func TestEval(t *testing.T) {
	pairs := goldArticles(t, "testdata/dev", "testdata/gold")
	if len(pairs) < 30 {
		t.Fatalf("%d annotated articles, want the dev set's 30 or more", len(pairs))
	}
	ef, vf, ff := evaluate(t, pairs)
	if *enforce && (ef < minEntityF1 || vf < minEventF1 || ff < minFactF1) {
		t.Errorf("F1 below threshold: entities %.3f (min %.2f), events %.3f (min %.2f), facts %.3f (min %.2f)", ef, minEntityF1, vf, minEventF1, ff, minFactF1)
	}
}

// Floors of the held-out set: regression guards set from its first
// measurement, not targets to tune against.
const (
	heldOutEntityF1 = 0.80
	heldOutEventF1  = 0.55
	heldOutFactF1   = 0.60
)

// TestEvalHeldOut scores the extractor on testdata/heldout, articles and
// annotations written apart from the extractor's tuning and never used for
// it (see its README). The table measures generality.
func TestEvalHeldOut(t *testing.T) {
	pairs := goldArticles(t, "testdata/heldout")
	if len(pairs) == 0 {
		t.Fatal("no held-out annotations")
	}
	ef, vf, ff := evaluate(t, pairs)
	if ef < heldOutEntityF1 || vf < heldOutEventF1 || ff < heldOutFactF1 {
		t.Errorf("held-out F1 fell: entities %.3f (floor %.2f), events %.3f (floor %.2f), facts %.3f (floor %.2f)", ef, heldOutEntityF1, vf, heldOutEventF1, ff, heldOutFactF1)
	}
}

// evaluate extracts every article of pairs, logs the score table (and,
// with -v, every difference) and returns the micro F1 of entities, events
// and facts.
func evaluate(t *testing.T, pairs [][2]string) (entityF1, eventF1, factF1 float64) {
	t.Helper()
	x := mustExtractor(t)
	byType := map[string]*counts{}
	var ents, evs, facts counts
	factsByType := map[string]*counts{}
	for _, p := range pairs {
		data, err := os.ReadFile(p[0])
		if err != nil {
			t.Fatal(err)
		}
		var gold goldFile
		gb, err := os.ReadFile(p[1])
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(gb, &gold); err != nil {
			t.Fatalf("%s: %v", p[1], err)
		}
		out, err := x.Extract(extract.Document{Input: p[0], Text: string(data)})
		if err != nil {
			t.Fatal(err)
		}
		ec, diffs := scoreEntities(gold, out)
		for typ, c := range ec {
			if byType[typ] == nil {
				byType[typ] = &counts{}
			}
			byType[typ].add(c)
			ents.add(c)
		}
		vc, vd := scoreEvents(gold.Events, out)
		evs.add(vc)
		fc, fd := scoreFacts(gold.Facts, out)
		for typ, c := range fc {
			if factsByType[typ] == nil {
				factsByType[typ] = &counts{}
			}
			factsByType[typ].add(c)
			facts.add(c)
		}
		if testing.Verbose() && len(diffs)+len(vd)+len(fd) > 0 {
			t.Logf("%s:\n  %s", filepath.Base(p[0]), strings.Join(append(append(diffs, vd...), fd...), "\n  "))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-22s %5s %5s %5s %7s %7s %7s\n", "", "tp", "fp", "fn", "P", "R", "F1")
	row := func(name string, c counts) {
		p, r, f := c.prf()
		fmt.Fprintf(&b, "%-22s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.tp, c.fp, c.fn, p, r, f)
	}
	for _, typ := range sortedKeys(byType) {
		row("  "+typ, *byType[typ])
	}
	row("entities (micro)", ents)
	row("events", evs)
	for _, typ := range sortedKeys(factsByType) {
		row("  "+typ, *factsByType[typ])
	}
	row("facts (micro)", facts)
	fmt.Fprintf(&b, "articles: %d\n", len(pairs))
	t.Log(b.String())
	_, _, entityF1 = ents.prf()
	_, _, eventF1 = evs.prf()
	_, _, factF1 = facts.prf()
	return entityF1, eventF1, factF1
}

func sortedKeys(m map[string]*counts) []string {
	var k []string
	for s := range m {
		k = append(k, s)
	}
	sort.Strings(k)
	return k
}

// scoreEntities matches entities by type and key (events are scored apart).
func scoreEntities(gold goldFile, out graph.Extraction) (map[string]counts, []string) {
	res := map[string]counts{}
	want := map[string]string{}
	for _, e := range gold.Entities {
		want[e.Type+" "+e.Key] = e.Type
	}
	got := map[string]string{}
	for _, e := range out.Entities {
		if e.Type != graph.TypeEvent {
			got[string(e.Type)+" "+e.Key] = string(e.Type)
		}
	}
	var diffs []string
	for k, typ := range want {
		c := res[typ]
		if _, ok := got[k]; ok {
			c.tp++
		} else {
			c.fn++
			diffs = append(diffs, "missing entity "+k)
		}
		res[typ] = c
	}
	for k, typ := range got {
		if _, ok := want[k]; !ok {
			c := res[typ]
			c.fp++
			res[typ] = c
			diffs = append(diffs, "extra entity "+k)
		}
	}
	sort.Strings(diffs)
	return res, diffs
}

// scoreEvents matches events on kind, date (null = null) and at least
// one shared participant, as many as can be matched (see matchEvents). A
// gold date of null, where the text gives no time, also matches the
// article's date with datePrecision "assumed" (issue 11: "a date that is
// right, or null / assumed when the text gives none").
func scoreEvents(gold []goldEvent, out graph.Extraction) (counts, []string) {
	var pred []graph.Entity
	for _, e := range out.Entities {
		if e.Type == graph.TypeEvent {
			pred = append(pred, e)
		}
	}
	gd := func(g goldEvent) string {
		if g.Date != nil {
			return *g.Date
		}
		return ""
	}
	match := matchEvents(len(gold), len(pred), func(gi, pi int) int {
		g, p := gold[gi], pred[pi]
		dateOK := p.Date == gd(g) || gd(g) == "" && p.DatePrecision == "assumed"
		if p.Kind != g.Kind || !dateOK {
			return 0
		}
		return shared(p.Participants, g.Participants)
	})
	var c counts
	var diffs []string
	used := make([]bool, len(pred))
	for gi, g := range gold {
		if pi := match[gi]; pi >= 0 {
			used[pi] = true
			c.tp++
			continue
		}
		c.fn++
		diffs = append(diffs, fmt.Sprintf("missing event %s %s %v", g.Kind, gd(g), g.Participants))
	}
	for i, p := range pred {
		if !used[i] {
			c.fp++
			diffs = append(diffs, fmt.Sprintf("extra event %s %s %v", p.Kind, p.Date, p.Participants))
		}
	}
	return c, diffs
}

// matchEvents pairs gold events with predicted ones: overlap(g, p) is the
// number of participants they share when they may pair at all (kind and
// date fit), else 0. It returns, for each gold event, the index of its
// predicted event or -1. Pairs are taken by most participants shared
// first (three meetings on one day pair with the ones of the same
// counterpart), then augmenting paths make the matching a maximum one: no
// gold event goes unmatched because a fitting prediction went to another
// gold event that had a second choice.
func matchEvents(nGold, nPred int, overlap func(g, p int) int) []int {
	type pair struct{ g, p, n int }
	var pairs []pair
	cands := make([][]int, nGold)
	for g := 0; g < nGold; g++ {
		for p := 0; p < nPred; p++ {
			if n := overlap(g, p); n > 0 {
				pairs = append(pairs, pair{g, p, n})
				cands[g] = append(cands[g], p)
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].n > pairs[j].n })
	match := make([]int, nGold)
	for g := range match {
		match[g] = -1
	}
	goldOf := make([]int, nPred)
	for p := range goldOf {
		goldOf[p] = -1
	}
	for _, x := range pairs {
		if match[x.g] < 0 && goldOf[x.p] < 0 {
			match[x.g], goldOf[x.p] = x.p, x.g
		}
	}
	var augment func(g int, seen []bool) bool
	augment = func(g int, seen []bool) bool {
		for _, p := range cands[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if goldOf[p] < 0 || augment(goldOf[p], seen) {
				match[g], goldOf[p] = p, g
				return true
			}
		}
		return false
	}
	for g := 0; g < nGold; g++ {
		if match[g] < 0 {
			augment(g, make([]bool, nPred))
		}
	}
	return match
}

// shared counts the keys a and b have in common.
func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// scoreFacts matches facts on type, from and to, plus year and value
// (within 1%) for TRADE_VOLUME and level for PARTNERSHIP.
func scoreFacts(gold []goldFact, out graph.Extraction) (map[string]counts, []string) {
	pred := predictedFacts(out)
	used := make([]bool, len(pred))
	res := map[string]counts{}
	var diffs []string
	for _, g := range gold {
		if !scoredFacts[g.Type] {
			continue
		}
		c := res[g.Type]
		found := false
		for i, p := range pred {
			if used[i] || string(p.Type) != g.Type || p.From != g.From || p.To != g.To {
				continue
			}
			if g.Type == "TRADE_VOLUME" {
				if g.Year != nil && *g.Year != p.Year {
					continue
				}
				if g.ValueUSD != nil && math.Abs(p.ValueUSD-*g.ValueUSD) > 0.01**g.ValueUSD {
					continue
				}
			}
			if g.Type == "PARTNERSHIP" && !strings.EqualFold(strings.TrimSpace(g.Level), strings.TrimSpace(p.Level)) {
				continue
			}
			used[i], found = true, true
			break
		}
		if found {
			c.tp++
		} else {
			c.fn++
			diffs = append(diffs, fmt.Sprintf("missing fact %s %s %s %s", g.Type, g.From, g.To, g.Level))
		}
		res[g.Type] = c
	}
	for i, p := range pred {
		if !used[i] {
			c := res[string(p.Type)]
			c.fp++
			res[string(p.Type)] = c
			diffs = append(diffs, fmt.Sprintf("extra fact %s %s %s %s %d %.0f", p.Type, p.From, p.To, p.Level, p.Year, p.ValueUSD))
		}
	}
	return res, diffs
}

// predictedFacts returns the relations of out that the evals score. The
// gold gives no partner of a sector: in a multilateral article the
// COOPERATES_IN facts of one country with several partners are one.
func predictedFacts(out graph.Extraction) []graph.Relation {
	var pred []graph.Relation
	seen := map[string]bool{}
	for _, r := range out.Relations {
		if !scoredFacts[string(r.Type)] {
			continue
		}
		if k := string(r.Type) + " " + r.From + " " + r.To; r.Type == graph.RelCooperatesIn {
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		pred = append(pred, r)
	}
	return pred
}

// TestMatchEvents checks the scorer's pairing: by most participants
// shared, and as many pairs as can be made.
func TestMatchEvents(t *testing.T) {
	tests := []struct {
		name    string
		overlap [][]int // [gold][pred]
		want    []int
	}{
		{"each meeting with its own counterpart", [][]int{{4, 3}, {3, 4}}, []int{0, 1}},
		{"the better pair first, whatever the order", [][]int{{3, 4}, {4, 3}}, []int{1, 0}},
		{"a gold event with one choice keeps it", [][]int{{2, 2}, {3, 0}}, []int{1, 0}},
		{"a best pair given up for one more pair", [][]int{{3, 1}, {2, 0}}, []int{1, 0}},
		{"no fit, no pair", [][]int{{0, 0}, {0, 1}}, []int{-1, 1}},
		{"more gold than predictions", [][]int{{1}, {2}, {1}}, []int{-1, 0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nPred := 0
			if len(tt.overlap) > 0 {
				nPred = len(tt.overlap[0])
			}
			got := matchEvents(len(tt.overlap), nPred, func(g, p int) int { return tt.overlap[g][p] })
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("match %v, want %v", got, tt.want)
			}
		})
	}
}
