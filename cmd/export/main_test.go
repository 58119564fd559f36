package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

func TestParseFlags(t *testing.T) {
	day := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	tests := []struct {
		name string
		args []string
		err  string
		want func(options) bool
	}{
		{name: "defaults", want: func(o options) bool {
			return o.out == "export" && strings.Join(o.formats, ",") == "csv,graphml" && o.filter.MinSources == 1 && o.filter.Country == ""
		}},
		{name: "a pair", args: []string{"--pair", " KAZ , china"}, want: func(o options) bool { return o.filter.Pair == [2]string{"KAZ", "china"} }},
		{name: "dates and sources", args: []string{"--country", "kz", "--from", "2025-01-01", "--to", "2025-12-31", "--min-sources", "2", "--retracted"}, want: func(o options) bool {
			f := o.filter
			return f.Country == "kz" && f.From.Equal(day("2025-01-01")) && f.To.Equal(day("2025-12-31")) && f.MinSources == 2 && f.Retracted
		}},
		{name: "one format", args: []string{"--format", "graphml", "--out", "x"}, want: func(o options) bool { return strings.Join(o.formats, ",") == "graphml" && o.out == "x" }},
		{name: "half a pair", args: []string{"--pair", "KAZ"}, err: "want two countries"},
		{name: "three in a pair", args: []string{"--pair", "KAZ,CHN,RUS"}, err: "want two countries"},
		{name: "country and pair", args: []string{"--country", "KAZ", "--pair", "KAZ,CHN"}, err: "do not go together"},
		{name: "bad date", args: []string{"--from", "30/08/2025"}, err: "want a date"},
		{name: "reversed dates", args: []string{"--from", "2025-02-01", "--to", "2025-01-01"}, err: "is before"},
		{name: "no sources", args: []string{"--min-sources", "0"}, err: "1 or more"},
		{name: "bad format", args: []string{"--format", "csv,json"}, err: "--format"},
		{name: "an argument", args: []string{"KAZ"}, err: "unexpected argument"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := parseFlags(tc.args, &bytes.Buffer{})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.want(o) {
				t.Errorf("options %+v", o)
			}
		})
	}
}

// exportCorpus is the small graph of TestExportFiles: the seed and three
// more reports of the same talks.
var exportCorpus = []string{"../../seeds", "../../internal/pipeline/testdata/resolution/01-tokayev-xi-tianjin"}

// TestExportFiles runs the command on a graph ingested from exportCorpus
// and reads its files back as pandas and Gephi would: the CSV files with
// their headers, facts between exported nodes, the evidence of exported
// facts, the GraphML as XML of as many nodes and edges.
func TestExportFiles(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ctx := context.Background()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	err = pipeline.ReadInputs(exportCorpus, nil, 0, func(doc extract.Document, ierr error) error {
		if ierr != nil {
			return ierr
		}
		_, _, err := p.Ingest(ctx, doc)
		return err
	}, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}

	out := t.TempDir()
	var stderr bytes.Buffer
	if code := run(ctx, []string{"--pair", "KAZ,CHN", "--out", out}, &stderr, os.LookupEnv); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "nodes.csv") {
		t.Errorf("summary %q", stderr.String())
	}
	nodes := readCSV(t, filepath.Join(out, "nodes.csv"))
	rels := readCSV(t, filepath.Join(out, "relationships.csv"))
	evidence := readCSV(t, filepath.Join(out, "evidence.csv"))
	keys := map[string]bool{}
	for _, n := range nodes {
		keys[n["id"]] = true
	}
	for _, k := range []string{"country:KAZ", "country:CHN", "event:meeting:2025-08-30:CHN-KAZ", "person:xi-jinping"} {
		if !keys[k] {
			t.Errorf("nodes.csv lacks %s", k)
		}
	}
	ids := map[string]bool{}
	for _, r := range rels {
		ids[r["id"]] = true
		if !keys[r["source"]] || !keys[r["target"]] {
			t.Errorf("relationships.csv: %s %s→%s, an end not in nodes.csv", r["type"], r["source"], r["target"])
		}
		if r["type"] == "PARTICIPATED_IN" && r["target"] == "event:meeting:2025-08-30:CHN-KAZ" && r["sourceCount"] != "4" {
			t.Errorf("%s in the Tianjin talks: %s sources, want 4", r["source"], r["sourceCount"])
		}
	}
	if len(evidence) == 0 {
		t.Error("evidence.csv is empty")
	}
	for _, e := range evidence {
		if !ids[e["fact"]] || e["text"] == "" {
			t.Errorf("evidence.csv: fact %s (exported: %v), text %q", e["fact"], ids[e["fact"]], e["text"])
		}
	}

	b, err := os.ReadFile(filepath.Join(out, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Nodes) != len(nodes) || len(doc.Edges) != len(rels) {
		t.Errorf("graph.graphml: %d nodes, %d edges; the CSV files: %d, %d", len(doc.Nodes), len(doc.Edges), len(nodes), len(rels))
	}

	t.Run("corroborated, GraphML only", func(t *testing.T) {
		dir := t.TempDir()
		if code := run(ctx, []string{"--pair", "kazakhstan,cn", "--min-sources", "2", "--format", "graphml", "--out", dir}, &bytes.Buffer{}, os.LookupEnv); code != 0 {
			t.Fatalf("exit %d", code)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 || entries[0].Name() != "graph.graphml" {
			t.Errorf("files %v, want graph.graphml alone", entries)
		}
	})
	t.Run("unknown country", func(t *testing.T) {
		var stderr bytes.Buffer
		dir := filepath.Join(t.TempDir(), "none")
		if code := run(ctx, []string{"--country", "Atlantis", "--out", dir}, &stderr, os.LookupEnv); code != 1 || !strings.Contains(stderr.String(), `unknown country: "Atlantis"`) {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the output directory was created: %v", err)
		}
	})
	t.Run("bad flags", func(t *testing.T) {
		if code := run(ctx, []string{"--pair", "KAZ"}, &bytes.Buffer{}, os.LookupEnv); code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
	})
}

// readCSV reads a CSV file with a header into rows by column name.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = r[i]
		}
		out = append(out, row)
	}
	return out
}
