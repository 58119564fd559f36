// Package queries holds the GraphQL requests the bench sends: the
// project's load mix (the requests of cmd/loadgen, copied here because
// a main package cannot be imported; keep them equal), and the shared
// requests that both the API and the peer (@neo4j/graphql, bench/peer)
// can express, each written for both.
package queries

// Query is one request of the bench.
type Query struct {
	// Name labels the request in reports.
	Name string
	// API is the request to the project's API.
	API string
	// Peer is the same request to the peer server, "" when the peer
	// cannot express it.
	Peer string
}

// Mix is cmd/loadgen's mix, in its order: a country, the bilateral
// summary, a page of a country's events and a full-text search.
var Mix = []Query{
	{Name: "country", API: `{ country(code: "KAZ") { key code iso2 name } }`},
	{Name: "relation", API: `{ relation(a: "KAZ", b: "CHN") { partnership { level lastSeen } trade { year valueUsd record } projects { name status } sectors { sector { name } mentions } leaders { name } firstContact lastContact } }`},
	{Name: "events", API: `{ events(country: "KAZ", first: 10) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`},
	{Name: "search", API: `{ search(text: "president talks", first: 5) { score node { key } } }`},
}

// Shared are the requests both servers can express, over the busiest
// country of the corpus (China), written so that both answer the same
// (bench/compare checks it): the API orders events newest first, undated
// last, then by key; the peer sorts by date and key and leaves undated
// events out (in descending order Cypher puts nulls first), which gives
// the same first pages. A country's leaders are, for both, the leaders
// whose country is that country or who LEAD it, by name and key.
var Shared = []Query{
	{
		Name: "country+events",
		API:  `{ country(code: "CHN") { code name events(first: 10) { nodes { key kind date summary } } } }`,
		Peer: `{ countries(where: { code: { eq: "CHN" } }) { code name events(where: { NOT: { date: { eq: null } } }, sort: [{ date: DESC }, { key: ASC }], limit: 10) { key kind date summary } } }`,
	},
	{
		Name: "events page",
		API:  `{ events(first: 20) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`,
		Peer: `{ eventsConnection(first: 20, where: { NOT: { date: { eq: null } } }, sort: [{ date: DESC }, { key: ASC }]) { edges { node { key kind date summary } } pageInfo { hasNextPage endCursor } } }`,
	},
	{
		Name: "country events page",
		API:  `{ events(country: "CHN", first: 10) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`,
		Peer: `{ eventsConnection(first: 10, where: { countries: { some: { code: { eq: "CHN" } } }, NOT: { date: { eq: null } } }, sort: [{ date: DESC }, { key: ASC }]) { edges { node { key kind date summary } } pageInfo { hasNextPage endCursor } } }`,
	},
	{
		Name: "leaders",
		API:  `{ country(code: "CHN") { name leaders(first: 10) { nodes { key name title } } } }`,
		Peer: `{ leaders(where: { OR: [{ country: { eq: "CHN" } }, { leads: { some: { code: { eq: "CHN" } } } }] }, sort: [{ name: ASC }, { key: ASC }], limit: 10) { key name title } }`,
	},
}

// Extra are more requests whose database hits the bench reports at
// each size: the other reads the issue asks to stay flat (path, the
// relation's timeline, partners, a count).
var Extra = []Query{
	{Name: "partners", API: `{ country(code: "KAZ") { partners(first: 5) { country { code } sharedEvents lastContact } } }`},
	{Name: "timeline", API: `{ relation(a: "KAZ", b: "CHN") { timeline(granularity: QUARTER) { start events intensity } } }`},
	{Name: "events count", API: `{ events(country: "KAZ", first: 1) { totalCount } }`},
	{Name: "path", API: `{ path(from: "country:KAZ", to: "country:BRA", maxHops: 4) { node { key } relationship } }`},
}
