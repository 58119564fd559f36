package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// TestPagination walks every page of each list with a small page size
// and checks that the pages, concatenated, are the whole list in the same
// order as one big page: keyset cursors neither skip nor repeat rows.
func TestPagination(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "")
	lists := []struct{ name, field, id string }{
		{"countries", "countries", "code"},
		{"leaders", "leaders", "key"},
		{"events", "events", "key"},
		{"kaz events", `events(country: "KAZ")`, "key"},
		{"articles", "articles", "id"},
		{"organizations", "organizations", "key"},
		{"projects", "projects", "key"},
	}
	type page struct {
		TotalCount int
		Nodes      []map[string]any
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
	fetch := func(t *testing.T, field, id string, first int, after *string) page {
		t.Helper()
		args := fmt.Sprintf("first: %d", first)
		if after != nil {
			args += fmt.Sprintf(", after: %q", *after)
		}
		name, extra, _ := cutArgs(field)
		if extra != "" {
			args = extra + ", " + args
		}
		q := fmt.Sprintf("{ list: %s(%s) { totalCount nodes { %s } pageInfo { hasNextPage endCursor } } }", name, args, id)
		_, res, raw := post(t, h, q, nil)
		if len(res.Errors) > 0 {
			t.Fatalf("%s: %s", q, raw)
		}
		var d struct{ List page }
		if err := json.Unmarshal(res.Data, &d); err != nil {
			t.Fatal(err)
		}
		return d.List
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			all := fetch(t, l.field, l.id, 100, nil)
			var walked []any
			var after *string
			for pages := 0; ; pages++ {
				if pages > 100 {
					t.Fatal("more than 100 pages")
				}
				p := fetch(t, l.field, l.id, 7, after)
				if p.TotalCount != all.TotalCount {
					t.Fatalf("totalCount %d on a page, %d on the whole", p.TotalCount, all.TotalCount)
				}
				for _, n := range p.Nodes {
					walked = append(walked, n[l.id])
				}
				if !p.PageInfo.HasNextPage {
					break
				}
				after = p.PageInfo.EndCursor
			}
			if len(walked) != all.TotalCount {
				t.Errorf("walked %d rows, totalCount %d", len(walked), all.TotalCount)
			}
			if all.TotalCount <= 100 {
				var want []any
				for _, n := range all.Nodes {
					want = append(want, n[l.id])
				}
				if !slices.Equal(walked, want) {
					t.Errorf("pages walked:\n%v\nwant one page:\n%v", walked, want)
				}
			}
			seen := map[any]bool{}
			for _, k := range walked {
				if seen[k] {
					t.Errorf("%v appears twice", k)
				}
				seen[k] = true
			}
		})
	}
}

// cutArgs splits `events(country: "KAZ")` into its name and arguments.
func cutArgs(field string) (name, args string, ok bool) {
	for i, r := range field {
		if r == '(' {
			return field[:i], field[i+1 : len(field)-1], true
		}
	}
	return field, "", false
}
