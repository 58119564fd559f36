package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/internal/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample is a small graph with the values the formats must carry: lists,
// integers, floats that print with an exponent by default, booleans,
// commas, quotes, line ends, XML's special characters and other scripts.
func sample() export.Graph {
	return export.Graph{
		Nodes: []export.Node{
			{Key: "country:KAZ", Label: "Country", Props: map[string]any{"name": "Kazakhstan", "code": "KAZ", "iso2": "KZ", "aliases": []string{"Astana", "Kazakh", "Kazakhstan"}, "sourceCount": int64(7)}},
			{Key: "country:CHN", Label: "Country", Props: map[string]any{"name": "China", "code": "CHN", "iso2": "CN", "sourceCount": int64(16)}},
			{Key: "person:kassym-jomart-tokayev", Label: "Leader", Props: map[string]any{"name": "Kassym-Jomart Tokayev", "title": "President", "country": "KAZ", "aliases": []string{"Tokayev", "Токаев"}, "corrected": []string{"country"}, "sourceCount": int64(6)}},
			{Key: "event:meeting:2025-08-30:CHN-KAZ", Label: "Event", Props: map[string]any{"name": "Meeting 2025-08-30 CHN-KAZ", "kind": "meeting", "date": "2025-08-30", "datePrecision": "day", "dateText": "Aug. 30", "status": "held", "summary": "Talks in \"Tianjin\", <port> & more,\nsecond line", "sourceCount": int64(4)}},
			{Key: "project:kaz-chn-pipeline", Label: "Project", Props: map[string]any{"name": "Kazakhstan–China oil pipeline", "sector": "energy", "status": "underway", "countries": []string{"KAZ", "CHN"}, "sourceCount": int64(2)}},
			{Key: "org:sco", Label: "Organization", Props: map[string]any{"name": "Shanghai Cooperation Organisation", "acronym": "SCO", "sourceCount": int64(3)}},
		},
		Relationships: []export.Relationship{
			{ID: "f-leads", Type: "LEADS", From: "person:kassym-jomart-tokayev", To: "country:KAZ", Props: map[string]any{"key": "president", "title": "President", "sourceCount": int64(6), "firstReported": "2025-03-12", "lastReported": "2025-09-01"}},
			{ID: "f-met", Type: "PARTICIPATED_IN", From: "country:KAZ", To: "event:meeting:2025-08-30:CHN-KAZ", Props: map[string]any{"key": "", "sourceCount": int64(4), "firstReported": "2025-08-30", "lastReported": "2025-09-01"}},
			{ID: "f-trade", Type: "TRADE_VOLUME", From: "country:CHN", To: "country:KAZ", Props: map[string]any{"key": "2024:4.4e+10", "year": int64(2024), "value": 4.4e10, "valueUsd": 4.4e10, "currency": "USD", "record": true, "sourceCount": int64(1), "firstReported": "2025-08-30", "lastReported": "2025-08-30"}},
			{ID: "f-yen", Type: "TRADE_VOLUME", From: "country:CHN", To: "country:KAZ", Props: map[string]any{"key": "2023", "year": int64(2023), "value": 3.5e12, "currency": "JPY", "period": "January-September 2023", "sourceCount": int64(1), "firstReported": "2025-04-30", "lastReported": "2025-04-30"}},
			{ID: "f-member", Type: "MEMBER_OF", From: "country:KAZ", To: "org:sco", Props: map[string]any{"key": "", "retracted": true, "sourceCount": int64(1), "firstReported": "2025-06-01", "lastReported": "2025-06-01"}},
			{ID: "f-coop", Type: "COOPERATES_IN", From: "country:CHN", To: "project:kaz-chn-pipeline", Props: map[string]any{"key": "KAZ", "partner": "KAZ", "sourceCount": int64(2), "firstReported": "2025-06-18", "lastReported": "2025-08-30"}},
		},
		Evidence: []export.Evidence{
			{Fact: "f-trade", Sentence: "afb4c30ce5b48448:0-80", Text: "In 2024, bilateral trade turnover achieved a record level of $44 billion, \"a record\".", Article: "afb4c30ce5b48448", Source: "Akorda", Published: "2025-08-30"},
			{Fact: "f-leads", Sentence: "787907b503040e9b:0-120", Text: "Президент Токаев", Article: "787907b503040e9b", Source: "Steppe Review", Title: "Analysis: what Astana wants", URL: "https://example.org/a?b=1&c=2", Published: "2025-09-01"},
		},
	}
}

// writers are the files of a graph, by golden file name.
var writers = []struct {
	file  string
	write func(io.Writer, export.Graph) error
}{
	{"nodes.csv", export.WriteNodesCSV},
	{"relationships.csv", export.WriteRelationshipsCSV},
	{"evidence.csv", export.WriteEvidenceCSV},
	{"graph.graphml", export.WriteGraphML},
}

// TestGolden compares each file of the sample with testdata/<file>.golden
// (go test ./internal/export -update rewrites them; review the diff).
func TestGolden(t *testing.T) {
	for _, w := range writers {
		t.Run(w.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := w.write(&b, sample()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", w.file+".golden")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from %s (run with -update and review the diff):\n%s", w.file, path, b.String())
			}
		})
	}
}

// TestCSVReadsBack reads each CSV file back: a header of its columns, a
// row per item, every row as wide as the header, values as written.
func TestCSVReadsBack(t *testing.T) {
	g := sample()
	tests := []struct {
		name   string
		write  func(io.Writer, export.Graph) error
		header []string
		rows   int
		cell   [3]string // a column, the value of its first column on the row, its value there
	}{
		{"nodes", export.WriteNodesCSV, export.NodeColumns(), len(g.Nodes), [3]string{"summary", "event:meeting:2025-08-30:CHN-KAZ", "Talks in \"Tianjin\", <port> & more,\nsecond line"}},
		{"aliases", export.WriteNodesCSV, export.NodeColumns(), len(g.Nodes), [3]string{"aliases", "person:kassym-jomart-tokayev", "Tokayev|Токаев"}},
		{"relationships", export.WriteRelationshipsCSV, export.RelationshipColumns(), len(g.Relationships), [3]string{"value", "f-trade", "44000000000"}},
		{"not retracted", export.WriteRelationshipsCSV, export.RelationshipColumns(), len(g.Relationships), [3]string{"retracted", "f-leads", "false"}},
		{"retracted", export.WriteRelationshipsCSV, export.RelationshipColumns(), len(g.Relationships), [3]string{"retracted", "f-member", "true"}},
		{"no record", export.WriteRelationshipsCSV, export.RelationshipColumns(), len(g.Relationships), [3]string{"record", "f-yen", ""}},
		{"evidence", export.WriteEvidenceCSV, export.EvidenceColumns(), len(g.Evidence), [3]string{"url", "f-leads", "https://example.org/a?b=1&c=2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, g); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != strings.Join(tc.header, ",") {
				t.Errorf("header %q, want %q", recs[0], tc.header)
			}
			if len(recs)-1 != tc.rows {
				t.Errorf("%d rows, want %d", len(recs)-1, tc.rows)
			}
			col := -1
			for i, h := range recs[0] {
				if h == tc.cell[0] {
					col = i
				}
			}
			found := false
			for _, r := range recs[1:] {
				if r[0] == tc.cell[1] {
					found = true
					if r[col] != tc.cell[2] {
						t.Errorf("%s of %s: %q, want %q", tc.cell[0], tc.cell[1], r[col], tc.cell[2])
					}
				}
			}
			if !found {
				t.Errorf("no row %s", tc.cell[1])
			}
		})
	}
}

// graphml is what TestGraphMLParses reads of a GraphML file.
type graphml struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []data `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []data `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type data struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestGraphMLParses reads the GraphML back as XML: declared, typed keys;
// every node and edge; edges between nodes of the file; labels and
// weights where Gephi looks for them; text as written.
func TestGraphMLParses(t *testing.T) {
	g := sample()
	var b bytes.Buffer
	if err := export.WriteGraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	var doc graphml
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k.For + " " + k.Name + " " + k.Type
	}
	for id, want := range map[string]string{"n_label": "node label string", "n_sourceCount": "node sourceCount long", "e_weight": "edge weight double", "e_value": "edge value double", "e_retracted": "edge retracted boolean"} {
		if keys[id] != want {
			t.Errorf("key %s: %q, want %q", id, keys[id], want)
		}
	}
	if doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Relationships) {
		t.Fatalf("%s graph of %d nodes and %d edges, want directed, %d and %d", doc.Graph.EdgeDefault, len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Relationships))
	}
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = map[string]string{}
		for _, d := range n.Data {
			if _, ok := keys[d.Key]; !ok {
				t.Errorf("node %s: undeclared key %s", n.ID, d.Key)
			}
			nodes[n.ID][d.Key] = d.Value
		}
	}
	if ev := nodes["event:meeting:2025-08-30:CHN-KAZ"]; ev["n_label"] != "Meeting 2025-08-30 CHN-KAZ" || ev["n_type"] != "Event" || ev["n_summary"] != "Talks in \"Tianjin\", <port> & more,\nsecond line" {
		t.Errorf("the event's data: %v", ev)
	}
	for _, e := range doc.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s from %s to %s: an end is not a node", e.ID, e.Source, e.Target)
		}
		vals := map[string]string{}
		for _, d := range e.Data {
			vals[d.Key] = d.Value
		}
		if vals["e_label"] == "" || vals["e_weight"] == "" {
			t.Errorf("edge %s: label %q, weight %q", e.ID, vals["e_label"], vals["e_weight"])
		}
	}
}

// failing is a writer that fails after n bytes.
type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return f.n, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	for _, w := range writers {
		t.Run(w.file, func(t *testing.T) {
			err := w.write(&failing{n: 10}, sample())
			if err == nil || !strings.Contains(err.Error(), "disk full") {
				t.Errorf("error %v, want the writer's", err)
			}
		})
	}
}
