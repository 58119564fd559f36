// Package docs is the researcher's kit for Neo4j Browser, embedded so
// that the API serves it and the tests run it:
//
//   - cypher.md, the cookbook: one Cypher recipe per "##" heading, read by
//     Recipes;
//   - guide/*.html, the Browser guides (templates that take their queries
//     from the cookbook), rendered by Guide;
//   - bilateral.grass, the graph style (captions and colours per label),
//     returned by Style, and bilateral.grass.json, the same style as
//     JSON for Browser's post-connect command (StyleJSON writes it).
//
// The package imports only the standard library and holds no Cypher of
// its own beyond these documents; graph/store's tests run every query of
// the cookbook and the guides against the test graph.
package docs
