package graph

// Partner is a country that shares events with another.
type Partner struct {
	Country      Entity
	SharedEvents int
	LastContact  string // ISO date of the latest shared dated event, or ""
}

// SectorCount is a sector with how often a pair of countries is reported
// cooperating in it.
type SectorCount struct {
	Sector   Entity
	Mentions int
}

// Bilateral is the bilateral summary of two countries.
type Bilateral struct {
	Partnership  []Fact // PARTNERSHIP facts, most recently seen first
	Trade        []Fact // TRADE_VOLUME facts, in any currency, newest year first
	Projects     []Entity
	Sectors      []SectorCount // most mentioned first
	Leaders      []Entity
	Events       int // shared events
	Articles     int // articles mentioning both
	FirstContact string
	LastContact  string
}

// Empty reports whether the pair shares nothing at all.
func (r Bilateral) Empty() bool {
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
	Node  Entity
	Score float64
}

// Step is one node of a path and the type of the relationship to the next
// ("" for the last).
type Step struct {
	Node         Entity
	Relationship string
}

// Stats asks for an aggregate of the events an EventQuery selects (its
// page and order ignored): Part "kinds" counts them by kind (with the
// first and last dates), "countries" ranks the countries taking part by
// their number of events (at most Top, those of the query left out),
// "timeline" counts the dated ones by Unit ("month", "quarter", "year")
// and kind. It is comparable, so a per-request loader can batch it.
type Stats struct {
	Events EventQuery
	Part   string
	Top    int
	Unit   string
}

// StatsRow is one row of an aggregate: a kind, a country or a bucket's
// start and kind, with its number of events and the dates of the first
// and last of them.
type StatsRow struct {
	Kind    string // kinds, timeline
	Country Entity // countries
	Start   string // timeline: the bucket's first day
	Count   int
	First   string
	Last    string
}
