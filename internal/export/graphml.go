package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// WriteGraphML writes g's nodes and relationships as a directed GraphML
// graph, as Gephi (File > Open) reads it: a node's id is its key, its
// "label" attribute its name (Gephi's label) and "type" its type label;
// an edge's "label" and "type" are its relationship type and its "weight"
// its sourceCount. The other attributes are the columns of the CSV files,
// typed (long, double, boolean, string); absent values are left out, and
// lists are joined by ListSeparator. Evidence is in the CSV files only.
func WriteGraphML(w io.Writer, g Graph) error {
	bw := bufio.NewWriter(w)
	p := &printer{w: bw}
	p.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p.printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	p.key("n_label", "node", "label", "string")
	p.key("n_type", "node", "type", "string")
	for _, c := range nodeColumns[2:] { // id and label are the node's id and type
		p.key("n_"+c.name, "node", c.name, c.kind)
	}
	p.key("e_label", "edge", "label", "string")
	p.key("e_weight", "edge", "weight", "double")
	for _, c := range relColumns {
		if c.name == "id" || c.name == "source" || c.name == "target" {
			continue
		}
		p.key("e_"+c.name, "edge", c.name, c.kind)
	}
	p.printf("  <graph id=\"bilateral\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes {
		p.printf("    <node id=\"%s\">\n", text(n.Key))
		p.data("n_label", format(n.Props["name"]))
		p.data("n_type", n.Label)
		for _, c := range nodeColumns[2:] {
			p.data("n_"+c.name, format(nodeValue(n, c.name)))
		}
		p.printf("    </node>\n")
	}
	for _, r := range g.Relationships {
		p.printf("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", text(r.ID), text(r.From), text(r.To))
		p.data("e_label", r.Type)
		p.data("e_weight", format(r.Props["sourceCount"]))
		for _, c := range relColumns {
			if c.name == "id" || c.name == "source" || c.name == "target" {
				continue
			}
			p.data("e_"+c.name, format(relValue(r, c.name)))
		}
		p.printf("    </edge>\n")
	}
	p.printf("  </graph>\n</graphml>\n")
	if p.err != nil {
		return fmt.Errorf("write graphml: %w", p.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// printer writes GraphML, keeping the first error.
type printer struct {
	w   *bufio.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// key declares an attribute.
func (p *printer) key(id, domain, name, kind string) {
	p.printf("  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, domain, name, kind)
}

// data writes an attribute's value; an empty value is left out.
func (p *printer) data(key, value string) {
	if value != "" {
		p.printf("      <data key=\"%s\">%s</data>\n", key, text(value))
	}
}

// text escapes s for character data and attribute values alike (quotes,
// line ends and tabs too; characters XML cannot hold become U+FFFD).
func text(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writes to memory: cannot fail
	return b.String()
}
