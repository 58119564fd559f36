package graph

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Correction is an analyst's fix of the graph: a fact retracted, or an
// attribute of an entity set. It is kept in the graph as a node of its
// own (who, when, why), wins over what extraction says, survives
// re-ingesting, revising and adding articles, and can be undone.
type Correction struct {
	ID     string // assigned when stored
	Action CorrectionAction
	// Entity and Attribute name what a Set changes; Value is the value
	// (an alpha-3 code for a country, an ISO date for an event's date).
	Entity    string
	Attribute string
	Value     string
	// Fact names what a Retract hides.
	Fact FactRef
	// Reason, By and At say why, who and when (At is set when stored).
	Reason string
	By     string
	At     time.Time
	// Undone is set when the correction was undone, with UndoneBy and
	// UndoneAt; an undone correction no longer applies but stays listed.
	Undone   bool
	UndoneBy string
	UndoneAt time.Time
}

// CorrectionAction says what a Correction does.
type CorrectionAction string

// The correction actions.
const (
	Retract CorrectionAction = "retract"
	Set     CorrectionAction = "set"
)

// FactRef names one fact: its type, the keys of its ends and its key (the
// title of a LEADS, the level of a PARTNERSHIP, the year and amount of a
// TRADE_VOLUME, ...; "" for facts of which there is one per pair).
type FactRef struct {
	Type     RelationType
	From, To string
	Key      string
}

// Target is the string a correction is looked up by: the fact's type,
// ends and key, or the entity's key and attribute.
func (c Correction) Target() string {
	if c.Action == Retract {
		return c.Fact.Target()
	}
	return c.Entity + "#" + c.Attribute
}

// Target is the look-up string of a fact.
func (f FactRef) Target() string {
	return string(f.Type) + "|" + f.From + "|" + f.To + "|" + f.Key
}

// CorrectableAttributes lists, per entity type, the attributes a
// correction may set.
var CorrectableAttributes = map[EntityType][]string{
	TypeLeader:       {"country", "title"},
	TypeLocation:     {"country", "kind"},
	TypeOrganization: {"acronym"},
	TypeProject:      {"sector", "status"},
	TypeEvent:        {"date"},
}

// ErrBadCorrection is wrapped by Validate's errors.
var ErrBadCorrection = errors.New("invalid correction")

// Validate checks a correction before it is stored: a known action, a
// fact of a known type with both ends, or an entity key with an attribute
// its type may have corrected and a well-formed value, and a reason.
func (c Correction) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadCorrection, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(c.Reason) == "" {
		return bad("a reason is required")
	}
	switch c.Action {
	case Retract:
		if !c.Fact.Type.Valid() {
			return bad("unknown fact type %q", c.Fact.Type)
		}
		if c.Fact.From == "" || c.Fact.To == "" {
			return bad("a retracted fact needs the keys of both its ends")
		}
	case Set:
		t := TypeOfKey(c.Entity)
		ok := false
		for _, a := range CorrectableAttributes[t] {
			ok = ok || a == c.Attribute
		}
		if !ok {
			return bad("attribute %q of %q cannot be corrected (correctable: %v)", c.Attribute, c.Entity, CorrectableAttributes[t])
		}
		switch {
		case c.Attribute == "country" && !alpha3.MatchString(c.Value):
			return bad("a country is an alpha-3 code, not %q", c.Value)
		case c.Attribute == "date" && !isoDate.MatchString(c.Value):
			return bad("a date is YYYY-MM-DD, not %q", c.Value)
		case c.Attribute == "sector" && !ValidSector(c.Value):
			return bad("unknown sector %q", c.Value)
		case strings.TrimSpace(c.Value) == "":
			return bad("a value is required")
		}
	default:
		return bad("unknown action %q (want retract or set)", c.Action)
	}
	return nil
}
