// Package kit reads the researcher's kit of the docs folder — the Cypher
// cookbook (cypher.md), the Neo4j Browser guides (guide/*.html) and the
// graph style (bilateral.grass) — for the API, which serves it (from the
// embedded docs.Files), and for the tests, which run every query of it
// against the test graph (from the folder on disk).
//
// It imports only the standard library: it parses recipes and renders
// guides; the Cypher runs elsewhere.
package kit
