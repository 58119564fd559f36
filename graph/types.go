package graph

// EntityType names the kind of an Entity. The set is closed: every value is
// one of the constants below, and the store uses them as Neo4j labels.
type EntityType string

// The entity types of the extraction contract.
const (
	TypeCountry      EntityType = "Country"
	TypeLeader       EntityType = "Leader"
	TypeOrganization EntityType = "Organization"
	TypeLocation     EntityType = "Location"
	TypeProject      EntityType = "Project"
	TypeSector       EntityType = "Sector"
	TypeEvent        EntityType = "Event"
)

// EntityTypes lists every EntityType in a fixed order.
var EntityTypes = []EntityType{TypeCountry, TypeLeader, TypeOrganization, TypeLocation, TypeProject, TypeSector, TypeEvent}

// KeyPrefix returns the key prefix ("country:", "person:", ...) of entities of type t.
func (t EntityType) KeyPrefix() string {
	switch t {
	case TypeCountry:
		return "country:"
	case TypeLeader:
		return "person:"
	case TypeOrganization:
		return "org:"
	case TypeLocation:
		return "place:"
	case TypeProject:
		return "project:"
	case TypeSector:
		return "sector:"
	case TypeEvent:
		return "event:"
	}
	return ""
}

// Valid reports whether t is one of the contract's entity types.
func (t EntityType) Valid() bool { return t.KeyPrefix() != "" }

// TypeOfKey returns the type whose prefix the key has ("person:x" is a
// Leader's), "" when it has none: the store finds a node of any type by
// its key through the key constraint of that label.
func TypeOfKey(key string) EntityType {
	for _, t := range EntityTypes {
		if p := t.KeyPrefix(); len(key) > len(p) && key[:len(p)] == p {
			return t
		}
	}
	return ""
}

// RelationType names the kind of a Relation. The set is closed: the store
// uses these constants as Neo4j relationship types.
type RelationType string

// The relation types of the extraction contract.
const (
	RelLeads          RelationType = "LEADS"
	RelParticipatedIn RelationType = "PARTICIPATED_IN"
	RelHeldIn         RelationType = "HELD_IN"
	RelLocatedIn      RelationType = "LOCATED_IN"
	RelInvolves       RelationType = "INVOLVES"
	RelInSector       RelationType = "IN_SECTOR"
	RelDiscussed      RelationType = "DISCUSSED"
	RelPartnership    RelationType = "PARTNERSHIP"
	RelTradeVolume    RelationType = "TRADE_VOLUME"
	RelChairs         RelationType = "CHAIRS"
	RelMemberOf       RelationType = "MEMBER_OF"
	RelSupports       RelationType = "SUPPORTS"
	RelCooperatesIn   RelationType = "COOPERATES_IN"
)

// RelationTypes lists every RelationType in a fixed order.
var RelationTypes = []RelationType{RelLeads, RelParticipatedIn, RelHeldIn, RelLocatedIn, RelInvolves, RelInSector, RelDiscussed, RelPartnership, RelTradeVolume, RelChairs, RelMemberOf, RelSupports, RelCooperatesIn}

// Valid reports whether r is one of the contract's relation types.
func (r RelationType) Valid() bool {
	for _, t := range RelationTypes {
		if t == r {
			return true
		}
	}
	return false
}

// EventKind classifies an Event.
type EventKind string

// The event kinds of the extraction contract.
const (
	KindMeeting   EventKind = "meeting"
	KindPhoneCall EventKind = "phone_call"
	KindVisit     EventKind = "visit"
	KindSummit    EventKind = "summit"
	KindAgreement EventKind = "agreement"
	KindForum     EventKind = "forum"
	KindCeremony  EventKind = "ceremony"
	KindStatement EventKind = "statement"
	KindOther     EventKind = "other"
)

// EventKinds lists every EventKind in a fixed order.
var EventKinds = []EventKind{KindMeeting, KindPhoneCall, KindVisit, KindSummit, KindAgreement, KindForum, KindCeremony, KindStatement, KindOther}

// Valid reports whether k is one of the contract's event kinds.
func (k EventKind) Valid() bool {
	for _, e := range EventKinds {
		if e == k {
			return true
		}
	}
	return false
}

// Sectors lists the contract's sector slugs; a Sector entity's key is
// "sector:" followed by one of them.
var Sectors = []string{
	"trade", "investment", "energy", "transport-logistics", "agriculture",
	"digital", "artificial-intelligence", "culture", "humanitarian", "education",
	"tourism", "security", "health", "finance", "industry", "science-technology",
	"water", "environment", "space", "mining",
}

// ValidSector reports whether slug is one of Sectors.
func ValidSector(slug string) bool {
	for _, s := range Sectors {
		if s == slug {
			return true
		}
	}
	return false
}
