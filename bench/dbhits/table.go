package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// printTable prints the latest figures of each request and size recorded
// in path: one row per request, one column per size, and the ratio of
// the largest size to the smallest.
func printTable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read figures: %w", err)
	}
	defer f.Close()
	hits := map[string]map[int]int64{}
	failed := map[string]map[int]string{}
	var names []string
	sizeSet := map[int]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("read figures: %w", err)
		}
		if hits[r.Query] == nil {
			hits[r.Query] = map[int]int64{}
			names = append(names, r.Query)
		}
		sizeSet[r.Size] = true
		if r.Error != "" {
			if failed[r.Query] == nil {
				failed[r.Query] = map[int]string{}
			}
			failed[r.Query][r.Size] = r.Error
			delete(hits[r.Query], r.Size)
			continue
		}
		hits[r.Query][r.Size] = r.DbHits
		delete(failed[r.Query], r.Size)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read figures: %w", err)
	}
	var sizes []int
	for s := range sizeSet {
		sizes = append(sizes, s)
	}
	sort.Ints(sizes)
	fmt.Print("| request |")
	for _, s := range sizes {
		fmt.Printf(" %d articles |", s)
	}
	fmt.Println(" largest / smallest |")
	fmt.Print("|---|")
	for range sizes {
		fmt.Print("---:|")
	}
	fmt.Println("---:|")
	for _, n := range names {
		fmt.Printf("| %s |", n)
		for _, s := range sizes {
			if h, ok := hits[n][s]; ok {
				fmt.Printf(" %d |", h)
			} else if _, ok := failed[n][s]; ok {
				fmt.Print(" failed¹ |")
			} else {
				fmt.Print(" – |")
			}
		}
		lo, hi := hits[n][sizes[0]], hits[n][sizes[len(sizes)-1]]
		if lo > 0 && hi > 0 {
			fmt.Printf(" %.1f× |\n", float64(hi)/float64(lo))
		} else {
			fmt.Println(" – |")
		}
	}
	for _, n := range names {
		for _, s := range sizes {
			if e, ok := failed[n][s]; ok {
				fmt.Printf("\n¹ %s at %d articles: %s\n", n, s, e)
			}
		}
	}
	return nil
}
