package graph

import (
	"bytes"
	"encoding/json"
)

// object writes a JSON object with fields in insertion order.
type object struct {
	buf bytes.Buffer
	err error
}

func (o *object) field(name string, v any) {
	if o.err != nil {
		return
	}
	if o.buf.Len() == 0 {
		o.buf.WriteByte('{')
	} else {
		o.buf.WriteByte(',')
	}
	var b []byte
	var err error
	switch t := v.(type) {
	case json.Marshaler:
		b, err = t.MarshalJSON()
	case []Entity:
		b, err = marshalList(t)
	case []Relation:
		b, err = marshalList(t)
	default:
		b, err = json.Marshal(v)
	}
	if err != nil {
		o.err = err
		return
	}
	o.buf.WriteString(`"` + name + `":`)
	o.buf.Write(b)
}

// marshalList writes a list of values that write themselves. The values'
// own MarshalJSON output is compact and valid already: json.Marshal would
// check and compact it again at every level of nesting, which cost the
// ingest job a fifth of its CPU (the digest of every extraction written).
func marshalList[T json.Marshaler](s []T) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range s {
		if i > 0 {
			buf.WriteByte(',')
		}
		b, err := v.MarshalJSON()
		if err != nil {
			return nil, err
		}
		buf.Write(b)
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

// nullable writes s, or null when s is empty.
func (o *object) nullable(name, s string) {
	if s == "" {
		o.field(name, nil)
		return
	}
	o.field(name, s)
}

func (o *object) bytes() ([]byte, error) {
	if o.err != nil {
		return nil, o.err
	}
	if o.buf.Len() == 0 {
		return []byte("{}"), nil
	}
	o.buf.WriteByte('}')
	return o.buf.Bytes(), nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON writes the article as the contract's "article" object, with
// null for unknown optional fields.
func (a Article) MarshalJSON() ([]byte, error) {
	var o object
	o.field("id", a.ID)
	o.nullable("title", a.Title)
	o.nullable("date", a.Date)
	o.nullable("dateline", a.Dateline)
	o.nullable("source", a.Source)
	o.nullable("url", a.URL)
	o.field("language", a.Language)
	o.field("chars", a.Chars)
	return o.bytes()
}

// MarshalJSON writes the entity with exactly the fields the contract gives
// its type, null where a value is unknown.
func (e Entity) MarshalJSON() ([]byte, error) {
	var o object
	o.field("key", e.Key)
	o.field("type", e.Type)
	o.field("name", e.Name)
	o.field("aliases", nonNil(e.Aliases))
	o.field("mentions", nonNil(e.Mentions))
	switch e.Type {
	case TypeCountry:
		o.field("code", e.Code)
		o.nullable("iso2", e.ISO2)
	case TypeLeader:
		o.nullable("title", e.Title)
		o.nullable("country", e.Country)
	case TypeOrganization:
		o.nullable("acronym", e.Acronym)
		o.field("countries", nonNil(e.Countries))
	case TypeLocation:
		o.nullable("country", e.Country)
		o.nullable("kind", e.Kind)
	case TypeProject:
		o.field("countries", nonNil(e.Countries))
		o.nullable("sector", e.Sector)
		o.nullable("status", e.Status)
	case TypeEvent:
		o.field("kind", e.Kind)
		o.nullable("date", e.Date)
		o.nullable("datePrecision", e.DatePrecision)
		o.nullable("dateText", e.DateText)
		o.nullable("status", e.Status)
		o.nullable("location", e.Location)
		o.field("participants", nonNil(e.Participants))
		o.nullable("summary", e.Summary)
	}
	return o.bytes()
}

// MarshalJSON writes the relation with exactly the fields the contract
// gives its type.
func (r Relation) MarshalJSON() ([]byte, error) {
	var o object
	o.field("type", r.Type)
	o.field("from", r.From)
	o.field("to", r.To)
	o.field("evidence", r.Evidence)
	switch r.Type {
	case RelLeads:
		o.nullable("title", r.Title)
	case RelParticipatedIn:
		o.nullable("role", r.Role)
	case RelPartnership:
		o.field("level", r.Level)
	case RelTradeVolume:
		o.field("year", nullableInt(r.Year))
		o.field("valueUsd", nullableFloat(r.ValueUSD))
		o.field("value", nullableFloat(r.Value))
		o.nullable("currency", r.Currency)
		o.nullable("period", r.Period)
		o.field("record", r.Record)
		o.field("text", r.Text)
	case RelChairs:
		o.field("year", nullableInt(r.Year))
	case RelCooperatesIn:
		o.nullable("partner", r.Partner)
	}
	return o.bytes()
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullableFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

// MarshalJSON writes the extraction with empty lists as [] rather than null.
func (x Extraction) MarshalJSON() ([]byte, error) {
	var o object
	o.field("article", x.Article)
	o.field("entities", nonNil(x.Entities))
	o.field("relations", nonNil(x.Relations))
	o.field("warnings", nonNil(x.Warnings))
	return o.bytes()
}
