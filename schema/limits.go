package schema

// Limits bound what one request may ask. Zero fields take the defaults.
type Limits struct {
	// MaxDepth is the deepest field nesting allowed (default 10), inline
	// fragments counting as a level. Introspection (__schema, __type) may
	// nest up to 2*MaxDepth.
	MaxDepth int
	// MaxCost is the largest estimated cost (default 25000): each field
	// costs 1, each field of Query 10, and the fields below a list cost
	// as many times as the list's first (at most 100; when not given, 20
	// for a connection and 5 for another list).
	MaxCost int
	// MaxFields is the largest number of fields, counting aliases and
	// fragment expansions (default 1000); it also bounds the aliases.
	MaxFields int

	// MaxTokens to MaxNameLength are checked by Scan on the text of the
	// document, before graphql-go parses it.

	// MaxTokens is the most tokens a document may hold (default 10000).
	MaxTokens int
	// MaxValueDepth bounds the nesting of list and object values and of
	// list types (default 8). No argument of this schema takes either.
	MaxValueDepth int
	// MaxInlineDepth bounds the nesting of inline fragments (default 5).
	// Selection sets, those of inline fragments included, may nest
	// 2*MaxDepth levels (introspection's allowance); the cost walker then
	// holds other queries to MaxDepth.
	MaxInlineDepth int
	// MaxVariables is the most variables a document may define (default 100).
	MaxVariables int
	// MaxDefinitions is the most operations and fragments a document may
	// hold (default 100).
	MaxDefinitions int
	// MaxNameLength is the longest name, in bytes (default 128): graphql-go
	// suggests names for an unknown one with an edit distance whose work
	// is proportional to its length.
	MaxNameLength int

	// MaxOverlaps is the most pairs of fields that answer to the same
	// response name at one place of the result (default 1000), checked
	// after the cost, before validation, which compares every such pair.
	MaxOverlaps int
	// MaxErrors is the most validation errors reported (default 20);
	// validation stops there.
	MaxErrors int
}

// The default limits.
const (
	DefaultMaxDepth       = 10
	DefaultMaxCost        = 25000
	DefaultMaxFields      = 1000
	DefaultMaxTokens      = 10000
	DefaultMaxValueDepth  = 8
	DefaultMaxInlineDepth = 5
	DefaultMaxVariables   = 100
	DefaultMaxDefinitions = 100
	DefaultMaxNameLength  = 128
	DefaultMaxOverlaps    = 1000
	DefaultMaxErrors      = 20
)

func (l Limits) withDefaults() Limits {
	for _, f := range []struct {
		v   *int
		def int
	}{
		{&l.MaxDepth, DefaultMaxDepth}, {&l.MaxCost, DefaultMaxCost}, {&l.MaxFields, DefaultMaxFields},
		{&l.MaxTokens, DefaultMaxTokens}, {&l.MaxValueDepth, DefaultMaxValueDepth},
		{&l.MaxInlineDepth, DefaultMaxInlineDepth}, {&l.MaxVariables, DefaultMaxVariables},
		{&l.MaxDefinitions, DefaultMaxDefinitions}, {&l.MaxNameLength, DefaultMaxNameLength},
		{&l.MaxOverlaps, DefaultMaxOverlaps}, {&l.MaxErrors, DefaultMaxErrors},
	} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return l
}
