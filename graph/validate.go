package graph

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var (
	alpha3  = regexp.MustCompile(`^[A-Z]{3}$`)
	isoDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	slugKey = regexp.MustCompile(`^[a-z]+:[a-z0-9][a-z0-9-]*$`)
	iso4217 = regexp.MustCompile(`^[A-Z]{3}$`)
)

// The values the contract allows for an event's datePrecision and status.
var (
	datePrecisions = map[string]bool{"": true, "day": true, "month": true, "year": true, "assumed": true}
	eventStatuses  = map[string]bool{"": true, "held": true, "planned": true}
)

// ErrInvalid is wrapped by every error Validate returns.
var ErrInvalid = errors.New("invalid extraction")

// Validate checks the invariants of the extraction contract that the store
// relies on: known types, keys that match their type, unique entity keys,
// relations whose ends exist, offsets inside the article. It returns nil or
// an error wrapping ErrInvalid that lists up to ten problems.
func (x *Extraction) Validate() error {
	var probs []string
	add := func(format string, args ...any) {
		if len(probs) < 10 {
			probs = append(probs, fmt.Sprintf(format, args...))
		}
	}
	if len(x.Article.ID) < 8 {
		add("article id %q is shorter than 8 characters", x.Article.ID)
	}
	if x.Article.Date != "" && !isoDate.MatchString(x.Article.Date) {
		add("article date %q is not YYYY-MM-DD", x.Article.Date)
	}
	inText := func(start, end int) bool { return start >= 0 && start <= end && end <= x.Article.Chars }
	keys := make(map[string]bool, len(x.Entities))
	for _, e := range x.Entities {
		switch {
		case !e.Type.Valid():
			add("entity %q has unknown type %q", e.Key, e.Type)
			continue
		case !strings.HasPrefix(e.Key, e.Type.KeyPrefix()) || len(e.Key) == len(e.Type.KeyPrefix()):
			add("entity key %q does not fit type %s", e.Key, e.Type)
		case keys[e.Key]:
			add("entity key %q appears twice", e.Key)
		case strings.TrimSpace(e.Name) == "":
			add("entity %q has no name", e.Key)
		}
		keys[e.Key] = true
		for _, m := range e.Mentions {
			if !inText(m.Start, m.End) {
				add("entity %q mention [%d,%d) is outside the text", e.Key, m.Start, m.End)
			}
		}
		switch e.Type {
		case TypeCountry:
			if !alpha3.MatchString(e.Code) || e.Key != "country:"+e.Code {
				add("country %q has code %q", e.Key, e.Code)
			}
		case TypeLeader:
			if !slugKey.MatchString(e.Key) {
				add("leader key %q is not person: and an ASCII slug", e.Key)
			}
		case TypeEvent:
			if !EventKind(e.Kind).Valid() {
				add("event %q has unknown kind %q", e.Key, e.Kind)
			}
			if e.Date != "" && !isoDate.MatchString(e.Date) {
				add("event %q date %q is not YYYY-MM-DD", e.Key, e.Date)
			}
			if !datePrecisions[e.DatePrecision] {
				add("event %q has unknown datePrecision %q", e.Key, e.DatePrecision)
			}
			if !eventStatuses[e.Status] {
				add("event %q has unknown status %q", e.Key, e.Status)
			}
		}
	}
	for i, r := range x.Relations {
		if !r.Type.Valid() {
			add("relation %d has unknown type %q", i, r.Type)
		}
		if !keys[r.From] || !keys[r.To] {
			add("relation %d (%s) links %q to %q, not both entities of the article", i, r.Type, r.From, r.To)
		}
		if r.Currency != "" && !iso4217.MatchString(r.Currency) {
			add("relation %d (%s) has currency %q, not an ISO 4217 code", i, r.Type, r.Currency)
		}
		if r.Evidence.Sentence == "" || !inText(r.Evidence.Start, r.Evidence.End) {
			add("relation %d (%s) has evidence outside the text", i, r.Type)
		}
	}
	if len(probs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrInvalid, strings.Join(probs, "; "))
}
