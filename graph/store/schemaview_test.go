package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// TestSchemaViewIsTheModel checks what a researcher sees on typing
// CALL db.schema.visualization() in Neo4j Browser on the kit's test
// graph: one box per label of the model, no catch-all label, and one
// arrow per (label, type, label) the data holds. With a label shared by
// every entity the view drew each relationship type from and to it too
// (68 arrows for 16 types).
func TestSchemaViewIsTheModel(t *testing.T) {
	s := kitGraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	recs, err := s.Read(ctx, `MATCH (n) WHERE size(labels(n)) <> 1 RETURN count(n)`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := recs[0].Values[0].(int64); n != 0 {
		t.Errorf("%d nodes have other than one label", n)
	}

	recs, err = s.Read(ctx, `CALL db.schema.visualization() YIELD nodes, relationships RETURN nodes, relationships`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	labelOf := map[string]string{} // the view's nodes are virtual, by element id
	for _, v := range recs[0].Values[0].([]any) {
		n := v.(dbtype.Node)
		labels = append(labels, n.Labels...)
		labelOf[n.ElementId] = strings.Join(n.Labels, ":")
	}
	slices.Sort(labels)
	want := []string{"Article", "Correction", "Country", "Event", "Leader", "Location", "Lock", "Organization", "Project", "Sector", "Sentence"}
	if !slices.Equal(labels, want) {
		t.Errorf("schema view labels %v, want %v", labels, want)
	}
	arrows := map[[3]string]bool{}
	for _, v := range recs[0].Values[1].([]any) {
		r := v.(dbtype.Relationship)
		arrows[[3]string{labelOf[r.StartElementId], r.Type, labelOf[r.EndElementId]}] = true
	}

	recs, err = s.Read(ctx, `MATCH (a)-[r]->(b) RETURN DISTINCT labels(a)[0], type(r), labels(b)[0]`, nil)
	if err != nil {
		t.Fatal(err)
	}
	data := map[[3]string]bool{}
	for _, r := range recs {
		k := [3]string{r.Values[0].(string), r.Values[1].(string), r.Values[2].(string)}
		data[k] = true
		if !arrows[k] {
			t.Errorf("the data has %v, the schema view does not", k)
		}
	}
	for k := range arrows {
		if !data[k] {
			t.Errorf("the schema view draws %v, which no relationship of the data is", k)
		}
	}
	t.Logf("schema view: %d labels, %d arrows", len(labels), len(arrows))
}
