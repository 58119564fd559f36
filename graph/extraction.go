package graph

// Extraction is everything extracted from one article: the JSON object that
// `ingest --dry-run --format jsonl` prints and that the store writes.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Warnings  []string   `json:"warnings"`
}

// Article describes the source document. Empty optional strings are
// written as JSON null.
type Article struct {
	// ID is the stable content id: the same normalised text always gives the same ID.
	ID       string `json:"id"`
	Title    string `json:"title"`
	Date     string `json:"date"` // ISO date (YYYY-MM-DD) of publication, or "".
	Dateline string `json:"dateline"`
	Source   string `json:"source"`
	URL      string `json:"url"`
	Language string `json:"language"`
	Chars    int    `json:"chars"` // length of Text in runes.
	// Text is the normalised article body that all offsets refer to. It is
	// not part of the JSON contract.
	Text string `json:"-"`
	// Origin names where the article lives (its URL, or the file it was
	// read from) so that a revised text replaces the earlier version
	// instead of adding to it; "" when unknown. Not part of the contract.
	Origin string `json:"-"`
}

// Span is a half-open range [Start, End) of rune offsets into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is one real-world thing mentioned in an article. Which of the
// type-specific fields are meaningful depends on Type; see the contract.
type Entity struct {
	Key      string     `json:"key"`
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`
	Aliases  []string   `json:"aliases"`
	Mentions []Span     `json:"mentions"`

	// Country: Code is the ISO 3166-1 alpha-3 code, ISO2 the alpha-2 code.
	Code string `json:"code,omitempty"`
	ISO2 string `json:"iso2,omitempty"`

	// Leader: Title is the office ("President"); Country is an alpha-3 code.
	// Location: Country is an alpha-3 code.
	Title   string `json:"title,omitempty"`
	Country string `json:"country,omitempty"`

	// Organization: Acronym, and Countries (alpha-3) as members or owners.
	// Project: Countries (alpha-3) involved.
	Acronym   string   `json:"acronym,omitempty"`
	Countries []string `json:"countries,omitempty"`

	// Location: Kind ("city", "region", ...).
	// Event: Kind is an EventKind value.
	Kind string `json:"kind,omitempty"`

	// Project: Sector slug and Status (planned, underway, completed, opened).
	// Event: Status is held or planned.
	Sector string `json:"sector,omitempty"`
	Status string `json:"status,omitempty"`

	// Event: Date (ISO), DateText (the words the date came from), Location
	// (an entity key), Participants (entity keys) and a one-sentence Summary.
	// DatePrecision says how much of Date the text states: day, month,
	// year, or assumed (the article's date, the text giving no time).
	Date          string   `json:"date,omitempty"`
	DatePrecision string   `json:"datePrecision,omitempty"`
	DateText      string   `json:"dateText,omitempty"`
	Location      string   `json:"location,omitempty"`
	Participants  []string `json:"participants,omitempty"`
	Summary       string   `json:"summary,omitempty"`

	// spellings are the keys a leader had in its article before
	// resolution gave it a known person's (see Resolver.Resolve).
	spellings []string
}

// Spellings returns the keys that a resolved leader had in its article
// before resolution (its own key when resolution kept it): what the
// reports of the person are written under, whatever the key the person
// holds when the article arrives.
func (e Entity) Spellings() []string {
	if len(e.spellings) == 0 {
		return []string{e.Key}
	}
	return append([]string(nil), e.spellings...)
}

// Evidence is the sentence a relation was read from, with its rune offsets
// in Article.Text.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Relation is one fact linking two entities of the same Extraction by key.
// Which of the type-specific fields are meaningful depends on Type.
type Relation struct {
	Type     RelationType `json:"type"`
	From     string       `json:"from"`
	To       string       `json:"to"`
	Evidence Evidence     `json:"evidence"`

	Title   string `json:"title,omitempty"`   // LEADS
	Role    string `json:"role,omitempty"`    // PARTICIPATED_IN
	Level   string `json:"level,omitempty"`   // PARTNERSHIP
	Year    int    `json:"year,omitempty"`    // TRADE_VOLUME, CHAIRS; 0 when unknown
	Partner string `json:"partner,omitempty"` // COOPERATES_IN (alpha-3)

	// TRADE_VOLUME: ValueUSD in US dollars (0 when the text gives no
	// US-dollar value: written as null), Value and Currency (ISO 4217) the
	// amount as stated, Period the wording of a period that is not a
	// calendar year ("January-September 2019"), Record when the text calls
	// it a record, Text the words the figure was read from.
	ValueUSD float64 `json:"valueUsd,omitempty"`
	Value    float64 `json:"value,omitempty"`
	Currency string  `json:"currency,omitempty"`
	Period   string  `json:"period,omitempty"`
	Record   bool    `json:"record,omitempty"`
	Text     string  `json:"text,omitempty"`
}

// EntityByKey returns the entity of x with the given key, or nil.
func (x *Extraction) EntityByKey(key string) *Entity {
	for i := range x.Entities {
		if x.Entities[i].Key == key {
			return &x.Entities[i]
		}
	}
	return nil
}
