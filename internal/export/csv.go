package export

import (
	"encoding/csv"
	"fmt"
	"io"
)

// The CSV files are RFC 4180 with a header row, comma-separated, UTF-8,
// "\n" line ends: pandas.read_csv reads them as they are. An empty cell is
// a missing value (NaN in pandas); dates are "2006-01-02".

// WriteNodesCSV writes g's nodes, one row each, under NodeColumns: id is
// the node's key, label its type label.
func WriteNodesCSV(w io.Writer, g Graph) error {
	rows := make([][]string, len(g.Nodes))
	for i, n := range g.Nodes {
		rows[i] = make([]string, len(nodeColumns))
		for j, c := range nodeColumns {
			rows[i][j] = format(nodeValue(n, c.name))
		}
	}
	return writeCSV(w, "nodes", NodeColumns(), rows)
}

// WriteRelationshipsCSV writes g's relationships, one row each, under
// RelationshipColumns: source and target are the keys of its ends, as in
// nodes.csv's id.
func WriteRelationshipsCSV(w io.Writer, g Graph) error {
	rows := make([][]string, len(g.Relationships))
	for i, r := range g.Relationships {
		rows[i] = make([]string, len(relColumns))
		for j, c := range relColumns {
			rows[i][j] = format(relValue(r, c.name))
		}
	}
	return writeCSV(w, "relationships", RelationshipColumns(), rows)
}

// WriteEvidenceCSV writes g's evidence, one row per sentence and fact,
// under EvidenceColumns: fact is the id of a row of relationships.csv.
func WriteEvidenceCSV(w io.Writer, g Graph) error {
	rows := make([][]string, len(g.Evidence))
	for i, e := range g.Evidence {
		rows[i] = evidenceValues(e)
	}
	return writeCSV(w, "evidence", EvidenceColumns(), rows)
}

func writeCSV(w io.Writer, what string, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write %s.csv: %w", what, err)
	}
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("write %s.csv: %w", what, err)
	}
	return nil
}
