package main

import "testing"

func TestShapeOf(t *testing.T) {
	for _, tc := range []struct{ name, cypher, want string }{
		{"fact", "\nUNWIND $rows AS row\nMATCH (f:Leader {key: row.from})\nMATCH (t:Country {key: row.to})\nMERGE (f)-[r:LEADS {key: row.key}]->(t)\nON CREATE SET r += row.props",
			"MATCH (f:Leader {key: row.from}) … MERGE (f)-[r:LEADS {key: row.key}]->(t)"},
		{"entity", "\nUNWIND $rows AS row\nMATCH (a:Article {id: row.article})\nMERGE (n:Leader {key: row.key})\nON CREATE SET n.x = row.p.x",
			"MATCH (a:Article {id: row.article}) … MERGE (n:Leader {key: row.key})"},
		{"unwind and match on one line", "\nUNWIND $keys AS k MATCH (o:Organization {key: k}) RETURN o.key\nUNION\nUNWIND $names AS n MATCH (o:Organization {acronym: n})",
			"MATCH (o:Organization {key: k}) RETURN o.key"},
		{"procedure", "\nCALL db.index.fulltext.queryNodes('leader_name_keys', $tokens) YIELD node AS l\nRETURN l.key",
			"CALL db.index.fulltext.queryNodes('leader_name_keys', $tokens) YIELD node AS l"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := shapeOf(tc.cypher); got != tc.want {
				t.Errorf("shapeOf = %q, want %q", got, tc.want)
			}
		})
	}
}
