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

// Order is the order of a list: a sort value and a direction; the key (or
// an article's id) breaks ties, ascending. The zero Order is the list's
// default: events and articles by date, newest first (undated last);
// entities by name.
type Order string

// The orders. A list accepts those of its sort values: events and
// articles date, events and entities source count, entities name.
const (
	OrderDefault     Order = ""
	OrderDateDesc    Order = "date-desc"    // newest first, undated last
	OrderDateAsc     Order = "date-asc"     // oldest first, undated last
	OrderSourcesDesc Order = "sources-desc" // most articles first
	OrderSourcesAsc  Order = "sources-asc"
	OrderNameAsc     Order = "name-asc"
	OrderNameDesc    Order = "name-desc"
)

// EventQuery selects events, in Order (by default by date, newest first,
// undated last) then key. Every non-empty field narrows the selection. It
// is comparable, so a per-request loader can batch equal queries.
type EventQuery struct {
	With       string // key of an entity linked to the event (participant, place, topic)
	Partner    string // key of a country that participated too
	Leader     string // key of a leader who participated
	Kind       string // EventKind value
	From       string // ISO date, inclusive
	To         string // ISO date, inclusive
	MinSources int    // at least this many articles report it; 0 for any
	Order      Order  // OrderDateDesc (default), OrderDateAsc, OrderSourcesDesc or OrderSourcesAsc
	First      int    // page size; ignored by counts
	After      Cursor
}

// Anchored reports whether q starts from an entity (With, Partner or
// Leader) or a date range rather than from every event.
func (q EventQuery) Anchored() bool {
	return q.With != "" || q.Partner != "" || q.Leader != "" || q.From != "" || q.To != ""
}

// ListQuery selects entities of one Type (Country, Leader, Organization or
// Project), in Order (by default by name) then key.
type ListQuery struct {
	Type       EntityType
	Name       string // lower-case substring of the name or an alias
	Country    string // country key: leaders of it, projects involving it
	Sector     string // sector slug (projects)
	Status     string // project status
	At         string // ISO date: leaders reported in office then (needs Country or applies to any)
	MinSources int    // at least this many articles mention it; 0 for any
	Order      Order  // OrderNameAsc (default), OrderNameDesc, OrderSourcesDesc or OrderSourcesAsc
	First      int
	After      Cursor
}

// ArticleQuery selects articles, in Order (by default by date, newest
// first, undated last) then id.
type ArticleQuery struct {
	A, B  string // country keys both mentioned, or ""
	From  string
	To    string
	Order Order // OrderDateDesc (default) or OrderDateAsc
	First int
	After Cursor
}

// NameRef asks which entities a name refers to: Text in lower case, of
// Type ("" for any type but Event).
type NameRef struct {
	Text string
	Type EntityType
}

// NameMatch is an entity a name may refer to: Exact when the name or an
// alias equals the text (case aside), else the text's words are in it.
type NameMatch struct {
	Entity Entity
	Exact  bool
}

// FactQuery asks for the facts that touch the entity Key, of Type (""
// for any), stated by at least MinSources articles, at most First of
// them, most sources first; retracted facts only with IncludeRetracted.
type FactQuery struct {
	Key              string
	Type             RelationType
	MinSources       int
	First            int
	IncludeRetracted bool
}

// Reported is how many articles report or mention an entity, and the
// dates of the first and last of them.
type Reported struct {
	Sources       int    // distinct articles
	FirstReported string // ISO date or ""
	LastReported  string // ISO date or ""
}
