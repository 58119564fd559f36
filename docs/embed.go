// Package docs embeds the researcher's kit that the API serves to Neo4j
// Browser: the Cypher cookbook (cypher.md), the Browser guides
// (guide/*.html, templates that take their queries from the cookbook) and
// the graph style (bilateral.grass). Package internal/kit reads them;
// bilateral.grass.json, the style for Browser's post-connect command, is
// read by scripts/neo4j from this folder.
package docs

import "embed"

// Files holds cypher.md, bilateral.grass and guide/*.html.
//
//go:embed cypher.md bilateral.grass guide/*.html
var Files embed.FS
