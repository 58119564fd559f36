package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// corrector stores and undoes analysts' corrections; *store.Store is one.
type corrector interface {
	Correct(ctx context.Context, c graph.Correction, now time.Time) (graph.Correction, error)
	UndoCorrection(ctx context.Context, id, by string, now time.Time) error
}

// correctionLine is one line of a corrections file (JSON Lines):
//
//	{"action": "set", "entity": "person:x", "attribute": "country", "value": "UZB", "reason": "…", "by": "…"}
//	{"action": "retract", "fact": {"type": "LEADS", "from": "person:x", "to": "country:VNM", "key": "president"}, "reason": "…", "by": "…"}
//	{"action": "undo", "id": "<correction id>", "by": "…"}
type correctionLine struct {
	Action    string `json:"action"`
	Entity    string `json:"entity"`
	Attribute string `json:"attribute"`
	Value     string `json:"value"`
	Fact      struct {
		Type string `json:"type"`
		From string `json:"from"`
		To   string `json:"to"`
		Key  string `json:"key"`
	} `json:"fact"`
	Reason string `json:"reason"`
	By     string `json:"by"`
	ID     string `json:"id"`
}

// applyCorrections applies every line of the corrections file at path,
// reporting each on stdout (with the id of a stored correction) or
// stderr. The exit status is 1 when any line failed.
func applyCorrections(ctx context.Context, c corrector, path string, stdout, stderr io.Writer) int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: corrections: %v\n", err)
		return 1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	ok, failed := 0, 0
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		msg, err := applyCorrection(ctx, c, line)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "ingest: %s: %v\n", where, err)
			continue
		}
		ok++
		fmt.Fprintf(stdout, "%s: %s\n", where, msg)
	}
	if err := sc.Err(); err != nil {
		failed++
		fmt.Fprintf(stderr, "ingest: corrections %s: %v\n", path, err)
	}
	fmt.Fprintf(stdout, "ingest: %d corrections applied, %d failed\n", ok, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

func applyCorrection(ctx context.Context, c corrector, line string) (string, error) {
	var l correctionLine
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return "", fmt.Errorf("not a correction: %v", err)
	}
	now := time.Now()
	if l.Action == "undo" {
		if l.ID == "" {
			return "", fmt.Errorf("undo needs the id of a correction")
		}
		if err := c.UndoCorrection(ctx, l.ID, l.By, now); err != nil {
			return "", err
		}
		return "undid correction " + l.ID, nil
	}
	corr := graph.Correction{Action: graph.CorrectionAction(l.Action), Entity: l.Entity, Attribute: l.Attribute, Value: l.Value,
		Fact:   graph.FactRef{Type: graph.RelationType(l.Fact.Type), From: l.Fact.From, To: l.Fact.To, Key: l.Fact.Key},
		Reason: l.Reason, By: l.By}
	stored, err := c.Correct(ctx, corr, now)
	if err != nil {
		return "", err
	}
	if stored.Action == graph.Retract {
		return fmt.Sprintf("correction %s: retracted %s", stored.ID, stored.Fact.Target()), nil
	}
	return fmt.Sprintf("correction %s: %s of %s set to %s", stored.ID, stored.Attribute, stored.Entity, stored.Value), nil
}
