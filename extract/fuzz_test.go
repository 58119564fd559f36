package extract_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

func addSeeds(f *testing.F) {
	f.Add([]byte("date 2025-08-30\nASTANA – Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping on Aug. 30."))
	f.Add([]byte("{\"text\":\"Hello\"}\n{bad\n"))
	f.Add([]byte("---\ntitle: x\n---\nBody"))
	f.Add([]byte("---\ntitle: [x\n---\nBody"))
	f.Add([]byte("\uFEFF\r\nPresident of France met the Prime Minister of India. Trade reached $5 bn in 2024."))
	f.Add([]byte("Xi Jinping met Vladimir Putin in Moscow."))
	f.Add([]byte("date 2025-05-08\nRussian President Владимир Путин met Icelandic Foreign Minister Þórdís Gylfadóttir on Thursday."))
	f.Add([]byte("date 2025-05-08\nIndia-South Africa trade reached Rs 3,400 crore in 2022/23 and R12 billion in the first half of 2024, while EU-China trade hit €175bn in January-September 2019."))
	f.Add([]byte("date 2025-05-08\nLe président Emmanuel Macron a rencontré le Premier ministre indien Narendra Modi à Paris mardi."))
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// fuzzNames are the input names FuzzRead tries, one per format.
var fuzzNames = []string{"fuzz", "fuzz.jsonl", "fuzz.txt", "fuzz.md", "stdin"}

// FuzzRead checks that Read never panics or fails on its own, that every
// document it accepts is valid UTF-8 text named after the input, and that
// every rejection is an *InputError naming the input (and the line, for
// JSON Lines).
func FuzzRead(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		name := fuzzNames[len(data)%len(fuzzNames)]
		err := extract.Read(name, bytes.NewReader(data), 1<<16, func(d extract.Document, err error) error {
			if !strings.HasPrefix(d.Input, name) {
				t.Fatalf("document input %q does not name %q", d.Input, name)
			}
			if err != nil {
				var ie *extract.InputError
				if !errors.As(err, &ie) || ie.Reason == "" || ie.Input != d.Input {
					t.Fatalf("rejection %v is not an *InputError naming %q", err, d.Input)
				}
				return nil
			}
			if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) || strings.IndexByte(d.Text, 0) >= 0 {
				t.Fatalf("accepted unusable text %q", d.Text)
			}
			if d.Line > 0 && d.Input != name+":"+strconv.Itoa(d.Line) {
				t.Fatalf("line %d but input %q", d.Line, d.Input)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}

// FuzzExtract checks that Extract never panics and that its output always
// holds the contract's invariants: see checkInvariants.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := x.Extract(extract.Document{Input: "fuzz", Text: string(data)})
		if err != nil {
			var ie *extract.InputError
			if !errors.Is(err, extract.ErrEmpty) && !errors.As(err, &ie) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkInvariants(t, "fuzz", out)
	})
}

var (
	personKey = regexp.MustCompile(`^person:[a-z0-9]+(-[a-z0-9]+)*$`)
	slugKey   = regexp.MustCompile(`^(org|place|project|sector):[a-z0-9]+(-[a-z0-9]+)*$`)
	iso4217   = regexp.MustCompile(`^[A-Z]{3}$`)
)

// checkInvariants checks the output against the schema and Validate (see
// checkOutput), and the rules beyond them: keys are ASCII slugs, events
// have a known precision and status and only participants that are
// entities, trade figures have an ISO 4217 currency and a US-dollar value
// only in US dollars, warnings are not empty.
func checkInvariants(t testing.TB, name string, out graph.Extraction) {
	t.Helper()
	checkOutput(t, name, out)
	keys := map[string]bool{}
	for _, e := range out.Entities {
		keys[e.Key] = true
	}
	for _, e := range out.Entities {
		switch e.Type {
		case graph.TypeLeader:
			if !personKey.MatchString(e.Key) {
				t.Fatalf("%s: leader key %q is not person: and an ASCII slug", name, e.Key)
			}
		case graph.TypeOrganization, graph.TypeLocation, graph.TypeProject, graph.TypeSector:
			if !slugKey.MatchString(e.Key) {
				t.Fatalf("%s: key %q is not an ASCII slug", name, e.Key)
			}
		case graph.TypeEvent:
			switch e.DatePrecision {
			case "day", "month", "year", "assumed":
				if e.Date == "" {
					t.Fatalf("%s: event %q has precision %q but no date", name, e.Key, e.DatePrecision)
				}
			case "":
				if e.Date != "" {
					t.Fatalf("%s: event %q has a date but no precision", name, e.Key)
				}
			default:
				t.Fatalf("%s: event %q has precision %q", name, e.Key, e.DatePrecision)
			}
			if e.Status != "held" && e.Status != "planned" {
				t.Fatalf("%s: event %q has status %q", name, e.Key, e.Status)
			}
			for _, p := range e.Participants {
				if !keys[p] {
					t.Fatalf("%s: event %q has participant %q that is no entity", name, e.Key, p)
				}
			}
			if e.Location != "" && !keys[e.Location] {
				t.Fatalf("%s: event %q is located at %q, no entity", name, e.Key, e.Location)
			}
		}
	}
	for _, r := range out.Relations {
		if r.Type != graph.RelTradeVolume {
			continue
		}
		if !iso4217.MatchString(r.Currency) || r.Value <= 0 {
			t.Fatalf("%s: trade figure %q has value %v currency %q", name, r.Text, r.Value, r.Currency)
		}
		// a figure in another currency may carry the dollars stated beside
		// it ("R150 billion (about US$8.2 billion)"); one in dollars is them
		if r.ValueUSD < 0 || r.Currency == "USD" && r.ValueUSD != r.Value {
			t.Fatalf("%s: trade figure %q in %s has valueUsd %v", name, r.Text, r.Currency, r.ValueUSD)
		}
	}
	for _, w := range out.Warnings {
		if strings.TrimSpace(w) == "" {
			t.Fatalf("%s: empty warning", name)
		}
	}
}
