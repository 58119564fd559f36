package graph

// Fact is one relationship of the contract between two entities, with its
// provenance and corroboration: SourceCount articles state it, the first
// dated FirstSeen and the last LastSeen.
type Fact struct {
	Type     RelationType
	From, To string // entity keys, From the start of the relationship
	Key      string // what tells it from others of its type and ends (FactRef.Key)
	Title    string // LEADS
	Level    string // PARTNERSHIP
	Role     string // PARTICIPATED_IN
	Partner  string // COOPERATES_IN: alpha-3 code
	Year     int    // TRADE_VOLUME, CHAIRS; 0 when unknown
	// TRADE_VOLUME: ValueUSD in US dollars when HasUSD; Value, Currency and
	// Period as stated (0 and "" when not).
	ValueUSD    float64
	HasUSD      bool
	Value       float64
	Currency    string
	Period      string
	Record      bool
	Text        string
	SourceCount int    // articles stating it
	FirstSeen   string // ISO date of the first of them, or ""
	LastSeen    string // ISO date of the last of them, or ""
	// ID is the relationship's id property: FactSources reads the
	// evidence of a fact read without it (Evidence nil) by this id.
	ID       string
	Evidence []string // Sentence keys; nil when read without them
	Articles []string // article ids
	// Retracted is set when an analyst's correction retracted it; it is
	// then hidden from the API's lists unless they are asked for it.
	Retracted bool
}

// Corroborated keeps the facts stated by at least min articles.
func Corroborated(fs []Fact, min int) []Fact {
	if min <= 1 {
		return fs
	}
	out := make([]Fact, 0, len(fs))
	for _, f := range fs {
		if f.SourceCount >= min {
			out = append(out, f)
		}
	}
	return out
}

// Link is a neighbour of an entity together with the relationship that
// leads to it (zero for links derived from properties).
type Link struct {
	Node Entity
	Fact Fact
}

// LinkKind names one of the closed set of neighbourhoods the store can
// read for a batch of entities.
type LinkKind string

// The neighbourhoods.
const (
	EventParticipants LinkKind = "event.participants"    // entities that PARTICIPATED_IN the event
	EventLocation     LinkKind = "event.location"        // the Locations the event was HELD_IN, retracted last, then most sources first (its place is the first)
	EventTopics       LinkKind = "event.topics"          // what the event DISCUSSED
	CountryOrgs       LinkKind = "country.organizations" // organizations it is a member of, chairs or owns
	CountryRoles      LinkKind = "country.roles"         // leaders who LEADS it, with the fact
	LeaderRoles       LinkKind = "leader.roles"          // countries the leader LEADS, with the fact
	LeaderMet         LinkKind = "leader.met"            // other leaders of shared events, most shared first
	OrgCountries      LinkKind = "organization.countries"
	ProjectCountries  LinkKind = "project.countries"
	ProjectEvents     LinkKind = "project.events"   // events that DISCUSSED the project or that articles mentioning it report, one of its countries taking part
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
