package graph

// The read model: what the API asks the store for and what the store
// answers with. Queries are comparable values (a per-request loader batches
// equal ones); pages carry keyset cursors.

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
	Kind    string // EventKind value
	From    string // ISO date, inclusive
	To      string // ISO date, inclusive
	First   int    // page size; ignored by counts
	After   Cursor
}

// ListQuery selects entities of one Type (Country, Leader, Organization or
// Project), ordered by name then key.
type ListQuery struct {
	Type    EntityType
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
