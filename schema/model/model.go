// Package model holds the read models that the GraphQL schema asks its
// Reader for: queries with their keyset cursors, pages of results, facts
// with provenance. Entities and articles themselves are the domain types
// of package graph. Package model imports only graph and the standard
// library, so both the schema and the store can use it.
package model

import "github.com/bilateral-kg/bilateral/graph"

// Cursor is the sort key of the last row of a page: Sort is the ordering
// value (a name, or an ISO date, "" for none) and Key the tie-breaking key.
// The zero Cursor means "from the start".
type Cursor struct {
	Sort string
	Key  string
	Set  bool // false for the zero Cursor
}

// Page is one page of a keyset-paginated list: Items in order, the Cursor
// of each item, and whether more items follow the last.
type Page[T any] struct {
	Items   []T
	Cursors []Cursor
	HasNext bool
}

// EventQuery selects events, ordered by date (newest first, undated last)
// then key. Every non-empty field narrows the selection. It is comparable,
// so a per-request loader can batch equal queries.
type EventQuery struct {
	With    string // key of an entity linked to the event (participant, place, topic)
	Partner string // key of a country that participated too
	Leader  string // key of a leader who participated
	Kind    string // graph.EventKind value
	From    string // ISO date, inclusive
	To      string // ISO date, inclusive
	First   int    // page size; ignored by counts
	After   Cursor
}

// ListQuery selects entities of one Type (Country, Leader, Organization or
// Project), ordered by name then key.
type ListQuery struct {
	Type    graph.EntityType
	Name    string // lower-case substring of the name or an alias
	Country string // country key: leaders of it, projects involving it
	Sector  string // sector slug (projects)
	Status  string // project status
	At      string // ISO date: leaders reported in office then (needs Country or applies to any)
	First   int
	After   Cursor
}

// ArticleQuery selects articles, ordered by date (newest first, undated
// last) then id.
type ArticleQuery struct {
	A, B  string // country keys both mentioned, or ""
	From  string
	To    string
	First int
	After Cursor
}

// Fact is one relationship of the contract between two entities, with its
// provenance.
type Fact struct {
	Type      graph.RelationType
	From, To  string // entity keys
	Title     string // LEADS
	Level     string // PARTNERSHIP
	Role      string // PARTICIPATED_IN
	Year      int    // TRADE_VOLUME, CHAIRS; 0 when unknown
	ValueUSD  float64
	Record    bool
	Text      string
	FirstSeen string   // ISO date or ""
	LastSeen  string   // ISO date or ""
	Evidence  []string // Sentence keys
	Articles  []string // article ids
}

// Link is a neighbour of an entity together with the relationship that
// leads to it (zero for links derived from properties).
type Link struct {
	Node graph.Entity
	Fact Fact
}

// LinkKind names one of the closed set of neighbourhoods the store can
// read for a batch of entities.
type LinkKind string

// The neighbourhoods.
const (
	EventParticipants LinkKind = "event.participants"    // entities that PARTICIPATED_IN the event
	EventLocation     LinkKind = "event.location"        // the Location the event was HELD_IN
	EventTopics       LinkKind = "event.topics"          // what the event DISCUSSED
	CountryOrgs       LinkKind = "country.organizations" // organizations it is a member of, chairs or owns
	CountryRoles      LinkKind = "country.roles"         // leaders who LEADS it, with the fact
	LeaderRoles       LinkKind = "leader.roles"          // countries the leader LEADS, with the fact
	LeaderMet         LinkKind = "leader.met"            // other leaders of shared events, most shared first
	OrgCountries      LinkKind = "organization.countries"
	ProjectCountries  LinkKind = "project.countries"
	ProjectEvents     LinkKind = "project.events"   // events that DISCUSSED the project
	ArticleEntities   LinkKind = "article.entities" // entities the article mentions or reports, most mentioned first
)

// Sentence is an evidence sentence of an article, with its rune offsets.
type Sentence struct {
	Key     string
	Article string // article id
	Text    string
	Start   int
	End     int
}

// Provenance is what supports an entity: the evidence sentences of the
// relationships that touch it and the articles that report or mention it.
type Provenance struct {
	Evidence      []Sentence // ordered by article id and offset
	Articles      int        // distinct articles reporting or mentioning it
	FirstReported string     // earliest article date, ISO, or ""
	LastReported  string     // latest article date, ISO, or ""
}

// Partner is a country that shares events with another.
type Partner struct {
	Country      graph.Entity
	SharedEvents int
	LastContact  string // ISO date of the latest shared dated event, or ""
}

// SectorCount is a sector with how often a pair of countries is reported
// cooperating in it.
type SectorCount struct {
	Sector   graph.Entity
	Mentions int
}

// Relation is the bilateral summary of two countries.
type Relation struct {
	Partnership  []Fact // PARTNERSHIP facts, most recently seen first
	Trade        []Fact // TRADE_VOLUME facts, newest year first
	Projects     []graph.Entity
	Sectors      []SectorCount // most mentioned first
	Leaders      []graph.Entity
	Events       int // shared events
	Articles     int // articles mentioning both
	FirstContact string
	LastContact  string
}

// Empty reports whether the pair shares nothing at all.
func (r Relation) Empty() bool {
	return len(r.Partnership) == 0 && len(r.Trade) == 0 && len(r.Projects) == 0 && r.Events == 0 && r.Articles == 0
}

// KindCount is the number of events of one kind in a time bucket.
type KindCount struct {
	Start string // ISO date of the bucket's first day
	Kind  string
	Count int
}

// Hit is a full-text search result.
type Hit struct {
	Node  graph.Entity
	Score float64
}

// Step is one node of a path and the type of the relationship to the next
// ("" for the last).
type Step struct {
	Node         graph.Entity
	Relationship string
}
