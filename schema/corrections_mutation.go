package schema

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// The correct and undoCorrection mutations. Like ingestArticle they are
// enabled only when the server has API_TOKEN set (and a Corrector), and
// need that token as a bearer token. Who made a correction is the
// analyst the request acts for (WithAnalyst: the X-Analyst header),
// DefaultAnalyst when it names none; when is the server's clock
// (Options.Now).

// DefaultAnalyst is who a correction is recorded as made by when the
// request names no analyst.
const DefaultAnalyst = "api"

// The longest analyst name, correction value and reason accepted, in
// runes.
const (
	maxAnalyst         = 100
	maxCorrectionValue = 200
	maxReason          = 2000
)

type analystKey struct{}

// WithAnalyst returns ctx carrying the name of the analyst a request acts
// for (the HTTP layer reads it from the X-Analyst header); corrections
// made by the request are recorded as theirs.
func WithAnalyst(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, analystKey{}, name)
}

// analyst returns the analyst of the request: its WithAnalyst name,
// trimmed, or DefaultAnalyst; BAD_USER_INPUT for a name that is too long
// or holds control characters.
func analyst(ctx context.Context) (string, error) {
	name, _ := ctx.Value(analystKey{}).(string)
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return DefaultAnalyst, nil
	case !utf8.ValidString(name) || utf8.RuneCountInString(name) > maxAnalyst || strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "", badInput("the analyst's name (X-Analyst) must be at most %d printable characters", maxAnalyst)
	}
	return name, nil
}

var factRefInput = graphql.NewInputObject(graphql.InputObjectConfig{
	Name:        "FactRefInput",
	Description: "A fact, as Fact lists it: its type, its ends (keys or names; from is where the relationship starts) and its key. Without key, the one fact of that type between the ends.",
	Fields: graphql.InputObjectConfigFieldMap{
		"type": &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(factTypeEnum)},
		"from": &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(graphql.ID)},
		"to":   &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(graphql.ID)},
		"key":  &graphql.InputObjectFieldConfig{Type: graphql.String, Description: "Fact.key; may be omitted when one fact of the type joins the ends."},
	},
})

var correctionInput = graphql.NewInputObject(graphql.InputObjectConfig{
	Name:        "CorrectionInput",
	Description: "A correction: SET with entity, attribute and value, or RETRACT with fact; a reason always.",
	Fields: graphql.InputObjectConfigFieldMap{
		"action":    &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(correctionActionEnum)},
		"entity":    &graphql.InputObjectFieldConfig{Type: graphql.ID, Description: "SET: the entity, by key or name."},
		"attribute": &graphql.InputObjectFieldConfig{Type: attributeEnum, Description: "SET: an attribute the entity's type has (see Attribute)."},
		"value":     &graphql.InputObjectFieldConfig{Type: graphql.String, Description: "SET: the value; a country as alpha-3, alpha-2 or name, a date as YYYY-MM-DD, a sector as slug or name."},
		"fact":      &graphql.InputObjectFieldConfig{Type: factRefInput, Description: "RETRACT: the fact."},
		"reason":    &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(graphql.String)},
	},
})

// correctionMutations are the fields correct and undoCorrection.
func (s *Schema) correctionMutations(t *types) graphql.Fields {
	return graphql.Fields{
		"correct": &graphql.Field{Type: graphql.NewNonNull(t.correction),
			Description: `Stores an analyst's correction and applies it: an attribute set wins over the reports, a fact retracted is hidden from the API's lists. Enabled only when the server has API_TOKEN set; requires "Authorization: Bearer <API_TOKEN>". Who: the X-Analyst header.`,
			Args:        graphql.FieldConfigArgument{"input": &graphql.ArgumentConfig{Type: graphql.NewNonNull(correctionInput)}},
			Resolve: func(p rp) (interface{}, error) {
				ctx := requestContext(p.Context)
				by, err := s.mayCorrect(ctx, "correct")
				if err != nil {
					return s.fail(ctx, err)
				}
				in, _ := p.Args["input"].(map[string]interface{})
				c, err := s.correction(ctx, in)
				if err != nil {
					return s.fail(ctx, err)
				}
				c.By = by
				if err := c.Validate(); err != nil {
					return s.fail(ctx, badInput("%s", err.Error()))
				}
				stored, err := s.cor.Correct(ctx, c, s.opts.Now())
				if err != nil {
					return s.fail(ctx, err)
				}
				return stored, nil
			}},
		"undoCorrection": &graphql.Field{Type: graphql.NewNonNull(t.correction),
			Description: `Undoes an active correction: it stays listed (active false, undoneBy, undoneAt) and no longer applies — the attribute goes back to the reports' choice, the fact is shown again. Enabled and authorised as correct; an id with no active correction is NOT_FOUND. The reason is logged by the server.`,
			Args: graphql.FieldConfigArgument{
				"id":     &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID)},
				"reason": &graphql.ArgumentConfig{Type: graphql.String},
			},
			Resolve: func(p rp) (interface{}, error) {
				ctx := requestContext(p.Context)
				by, err := s.mayCorrect(ctx, "undoCorrection")
				if err != nil {
					return s.fail(ctx, err)
				}
				id := argStr(p.Args, "id")
				cs, err := s.r.CorrectionsByID(ctx, []string{id})
				if err != nil {
					return s.fail(ctx, err)
				}
				c, ok := cs[id]
				if !ok || c.Undone {
					return s.fail(ctx, Errorf(CodeNotFound, "no active correction has the id %q", clip(id)))
				}
				now := s.opts.Now()
				if err := s.cor.UndoCorrection(ctx, id, by, now); err != nil {
					if errors.Is(err, graph.ErrNotFound) {
						return s.fail(ctx, Errorf(CodeNotFound, "no active correction has the id %q", clip(id)))
					}
					return s.fail(ctx, err)
				}
				s.log.InfoContext(ctx, "correction undone", "id", id, "by", by, "reason", argStr(p.Args, "reason"))
				c.Undone, c.UndoneBy, c.UndoneAt = true, by, now.UTC()
				return c, nil
			}},
	}
}

// mayCorrect checks that the correction mutations are enabled and the
// request carries the token, and returns the request's analyst.
func (s *Schema) mayCorrect(ctx context.Context, field string) (string, error) {
	if s.opts.APIToken == "" || s.cor == nil {
		return "", Errorf(CodeUnauthenticated, "%s is disabled on this server (it has no API_TOKEN)", field)
	}
	if !s.authorized(ctx) {
		return "", Errorf(CodeUnauthenticated, "%s needs the server's API token as a bearer token", field)
	}
	return analyst(ctx)
}

// correction turns the input of correct into a graph.Correction: the
// entity and the ends of the fact resolved from keys or names (each must
// name an entity of the graph), a country value resolved to its alpha-3
// code and a sector to its slug, and a fact's key found when omitted.
func (s *Schema) correction(ctx context.Context, in map[string]interface{}) (graph.Correction, error) {
	c := graph.Correction{Action: graph.CorrectionAction(argStr(in, "action")), Attribute: argStr(in, "attribute"),
		Value: strings.TrimSpace(argStr(in, "value")), Reason: strings.TrimSpace(argStr(in, "reason"))}
	switch {
	case utf8.RuneCountInString(c.Value) > maxCorrectionValue:
		return c, badInput("value must be at most %d characters", maxCorrectionValue)
	case utf8.RuneCountInString(c.Reason) > maxReason:
		return c, badInput("reason must be at most %d characters", maxReason)
	}
	resolve := func(ref string) (graph.Entity, error) {
		e, err := s.resolveRef(ctx, ref, "")()
		if err == nil && e.Key == "" {
			err = unknownRef(ref, "")
		}
		return e, err
	}
	switch c.Action {
	case graph.Set:
		ref := argStr(in, "entity")
		if ref == "" || c.Attribute == "" {
			return c, badInput("SET needs entity, attribute and value")
		}
		e, err := resolve(ref)
		if err != nil {
			return c, err
		}
		c.Entity = e.Key
		if !slices.Contains(graph.CorrectableAttributes[e.Type], c.Attribute) {
			var names []string
			for _, x := range graph.CorrectableAttributes[e.Type] {
				names = append(names, strings.ToUpper(x))
			}
			return c, badInput("%s is not an attribute a correction may set on a %s (%s)", strings.ToUpper(c.Attribute), e.Type, strings.Join(names, ", "))
		}
		switch c.Attribute {
		case "country":
			country, err := loadersFrom(ctx).countryRefs.load(ctx, normRef(c.Value))()
			if err != nil {
				return c, err
			}
			if country.Key == "" {
				return c, unknownCountry(c.Value)
			}
			c.Value = country.Code
		case "sector":
			c.Value = sectorSlug(c.Value)
		}
	case graph.Retract:
		f, _ := in["fact"].(map[string]interface{})
		if f == nil {
			return c, badInput("RETRACT needs fact")
		}
		from, err := resolve(argStr(f, "from"))
		if err != nil {
			return c, err
		}
		to, err := resolve(argStr(f, "to"))
		if err != nil {
			return c, err
		}
		key, hasKey := f["key"].(string)
		c.Fact = graph.FactRef{Type: graph.RelationType(argStr(f, "type")), From: from.Key, To: to.Key, Key: key}
		if !hasKey {
			if c.Fact.Key, err = s.factKey(ctx, c.Fact); err != nil {
				return c, err
			}
		}
	}
	return c, nil
}

// factKey finds the key of the one fact of ref's type from ref.From to
// ref.To: BAD_USER_INPUT when there is none or several.
func (s *Schema) factKey(ctx context.Context, ref graph.FactRef) (string, error) {
	// from either end: one of them (an event, a leader) has few facts
	// of the type
	ls, err := s.r.Facts(ctx, []graph.FactQuery{
		{Key: ref.From, Type: ref.Type, First: MaxFirst, IncludeRetracted: true},
		{Key: ref.To, Type: ref.Type, First: MaxFirst, IncludeRetracted: true},
	})
	if err != nil {
		return "", err
	}
	var keys []string
	for _, l := range append(ls[0], ls[1]...) {
		if l.Fact.From == ref.From && l.Fact.To == ref.To && !slices.Contains(keys, l.Fact.Key) {
			keys = append(keys, l.Fact.Key)
		}
	}
	switch len(keys) {
	case 0:
		return "", badInput("no %s fact runs from %s to %s", ref.Type, ref.From, ref.To)
	case 1:
		return keys[0], nil
	}
	return "", badInput("%d %s facts run from %s to %s: give the key of one (%s)", len(keys), ref.Type, ref.From, ref.To, clip(strings.Join(keys, ", ")))
}
