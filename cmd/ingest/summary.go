package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// writeSummary prints a short digest of one extraction for people: the
// article, its entities counted by type, its events and its facts.
func writeSummary(w io.Writer, input string, x *graph.Extraction) error {
	var b strings.Builder
	a := x.Article
	fmt.Fprintf(&b, "%s  id %s  date %s  dateline %s  source %s\n", input, a.ID, orDash(a.Date), orDash(a.Dateline), orDash(a.Source))
	if a.Title != "" {
		fmt.Fprintf(&b, "  title     %s\n", a.Title)
	}
	names := map[string]string{}
	byType := map[graph.EntityType][]string{}
	for _, e := range x.Entities {
		names[e.Key] = e.Name
		if e.Type != graph.TypeEvent {
			byType[e.Type] = append(byType[e.Type], e.Name)
		}
	}
	for _, t := range graph.EntityTypes {
		if len(byType[t]) > 0 {
			fmt.Fprintf(&b, "  %-13s %d: %s\n", t, len(byType[t]), strings.Join(byType[t], ", "))
		}
	}
	for _, e := range x.Entities {
		if e.Type != graph.TypeEvent {
			continue
		}
		var who []string
		for _, p := range e.Participants {
			who = append(who, nameOf(names, p))
		}
		place := ""
		if e.Location != "" {
			place = " in " + nameOf(names, e.Location)
		}
		fmt.Fprintf(&b, "  event         %s %s%s: %s\n", e.Kind, orDash(e.Date), place, strings.Join(who, ", "))
	}
	for _, r := range x.Relations {
		var detail string
		switch r.Type {
		case graph.RelTradeVolume:
			detail = fmt.Sprintf(" %d $%.2f bn", r.Year, r.ValueUSD/1e9)
			if r.Record {
				detail += " (record)"
			}
		case graph.RelPartnership:
			detail = fmt.Sprintf(" %q", r.Level)
		case graph.RelLeads:
			detail = " as " + r.Title
		case graph.RelChairs, graph.RelMemberOf, graph.RelSupports, graph.RelCooperatesIn:
		default:
			continue // structural links are shown with the events
		}
		fmt.Fprintf(&b, "  fact          %s %s → %s%s\n", r.Type, nameOf(names, r.From), nameOf(names, r.To), detail)
	}
	for _, msg := range x.Warnings {
		fmt.Fprintf(&b, "  warning       %s\n", msg)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func nameOf(names map[string]string, key string) string {
	if n, ok := names[key]; ok {
		return n
	}
	return key
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
