package export

import (
	"strconv"
	"strings"
)

// Graph is a subgraph to write.
type Graph struct {
	Nodes         []Node
	Relationships []Relationship
	Evidence      []Evidence // the sentences that state the relationships
}

// Node is an entity: its key, its type label (Country, Leader, ...) and
// its properties by name. Properties are strings, int64, float64, bool or
// []string; those of no column (NodeColumns) are not written.
type Node struct {
	Key, Label string
	Props      map[string]any
}

// Relationship is a fact: its id, its type, the keys of its ends and its
// properties, as Node's.
type Relationship struct {
	ID, Type, From, To string
	Props              map[string]any
}

// Evidence is one sentence stating the relationship whose id is Fact,
// with its article. Published is a date, "2006-01-02".
type Evidence struct {
	Fact, Sentence, Text                   string
	Article, Source, Title, URL, Published string
}

// column is one column of a file: its name and the GraphML type of its
// values (string, int, double or boolean in the file's terms).
type column struct {
	name, kind string
}

// The columns of the files, in order. The first columns of nodes and
// relationships come from the struct fields; the others from Props.
var (
	nodeColumns = []column{
		{"id", "string"}, {"label", "string"}, {"name", "string"}, {"code", "string"}, {"iso2", "string"},
		{"title", "string"}, {"country", "string"}, {"kind", "string"}, {"date", "string"},
		{"datePrecision", "string"}, {"dateText", "string"}, {"status", "string"}, {"acronym", "string"},
		{"sector", "string"}, {"countries", "string"}, {"sourceCount", "long"}, {"aliases", "string"},
		{"corrected", "string"}, {"summary", "string"},
	}
	relColumns = []column{
		{"id", "string"}, {"type", "string"}, {"source", "string"}, {"target", "string"}, {"key", "string"},
		{"sourceCount", "long"}, {"firstReported", "string"}, {"lastReported", "string"},
		{"retracted", "boolean"}, {"title", "string"}, {"level", "string"}, {"year", "long"},
		{"value", "double"}, {"currency", "string"}, {"valueUsd", "double"}, {"period", "string"},
		{"record", "boolean"}, {"partner", "string"},
	}
	evidenceColumns = []string{"fact", "sentence", "article", "source", "published", "title", "url", "text"}
)

// NodeColumns returns the columns of nodes.csv in order.
func NodeColumns() []string { return names(nodeColumns) }

// RelationshipColumns returns the columns of relationships.csv in order.
func RelationshipColumns() []string { return names(relColumns) }

// EvidenceColumns returns the columns of evidence.csv in order.
func EvidenceColumns() []string { return append([]string(nil), evidenceColumns...) }

func names(cs []column) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

// nodeValue is the value of column c of n, or nil.
func nodeValue(n Node, c string) any {
	switch c {
	case "id":
		return n.Key
	case "label":
		return n.Label
	}
	return n.Props[c]
}

// relValue is the value of column c of r, or nil. A relationship is
// retracted or not: a missing retracted is false.
func relValue(r Relationship, c string) any {
	switch c {
	case "id":
		return r.ID
	case "type":
		return r.Type
	case "source":
		return r.From
	case "target":
		return r.To
	case "retracted":
		if v, ok := r.Props[c].(bool); ok {
			return v
		}
		return false
	}
	return r.Props[c]
}

// evidenceValues are the fields of e in the order of evidenceColumns.
func evidenceValues(e Evidence) []string {
	return []string{e.Fact, e.Sentence, e.Article, e.Source, e.Published, e.Title, e.URL, e.Text}
}

// ListSeparator joins the items of a list property (aliases, countries)
// in a cell: "Astana|Kazakh|Kazakhstan".
const ListSeparator = "|"

// format writes a value as text: integers in decimal, floats without an
// exponent (44000000000, 0.5), booleans as true and false, lists joined
// by ListSeparator, nil as "".
func format(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []string:
		return strings.Join(x, ListSeparator)
	default:
		return ""
	}
}
