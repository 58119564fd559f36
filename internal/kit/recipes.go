package kit

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// Recipe is one question of the cookbook and the Cypher that answers it.
type Recipe struct {
	// ID is the heading's anchor as GitHub makes it ("A pair's history"
	// is "a-pairs-history"); guides name recipes by it.
	ID    string
	Title string // the "##" heading
	// Comment is what the recipe answers: the block's first line
	// without its "// ".
	Comment string
	Cypher  string // the whole block, comment included, without the final newline
	Line    int    // the line of cypher.md where the block starts
}

// ParseRecipes reads a cookbook: every fenced ```cypher block belongs to
// the "##" heading above it, one block per heading, and its first line is
// a "// " comment saying what it answers. Other fenced blocks and text
// are prose. It fails, naming the line, on a cypher block before any
// heading, a second block under one heading, a block without its comment
// or ending with a semicolon, an unclosed fence, or two headings with one
// ID.
func ParseRecipes(md []byte) ([]Recipe, error) {
	var (
		out      []Recipe
		title    string
		taken    bool   // the current heading has its block
		fence    string // the open fence, or ""
		inCypher bool   // the open fence is a cypher block
		block    []string
		start    int
		lineNo   int
		seen     = map[string]int{}
	)
	sc := bufio.NewScanner(bytes.NewReader(md))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			switch {
			case trimmed == fence && inCypher:
				r, err := recipeOf(title, block, start)
				if err != nil {
					return nil, err
				}
				if prev, ok := seen[r.ID]; ok {
					return nil, fmt.Errorf("line %d: recipe %q has the id of the recipe of line %d", start, r.ID, prev)
				}
				seen[r.ID] = start
				out = append(out, r)
				fence, inCypher, block = "", false, nil
			case trimmed == fence:
				fence = ""
			case inCypher:
				block = append(block, line)
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "## "):
			title, taken = strings.TrimSpace(strings.TrimPrefix(line, "## ")), false
		case strings.HasPrefix(line, "# "):
			title, taken = "", false
		case strings.HasPrefix(trimmed, "```"):
			fence = trimmed[:strings.LastIndex(trimmed, "`")+1]
			if strings.TrimSpace(strings.TrimPrefix(trimmed, fence)) != "cypher" {
				continue
			}
			switch {
			case title == "":
				return nil, fmt.Errorf("line %d: a cypher block before any ## heading", lineNo)
			case taken:
				return nil, fmt.Errorf("line %d: a second cypher block under ## %s", lineNo, title)
			}
			inCypher, taken, start = true, true, lineNo
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read the cookbook: %w", err)
	}
	if fence != "" {
		return nil, fmt.Errorf("line %d: the fenced block is not closed", start)
	}
	return out, nil
}

// recipeOf checks one block and makes it a recipe.
func recipeOf(title string, block []string, line int) (Recipe, error) {
	text := strings.TrimRight(strings.Join(block, "\n"), "\n ")
	first, _, _ := strings.Cut(text, "\n")
	switch {
	case !strings.HasPrefix(first, "// ") || len(strings.TrimSpace(first)) <= 3:
		return Recipe{}, fmt.Errorf("line %d: ## %s: the block's first line must be a // comment saying what it answers", line, title)
	case !strings.Contains(text, "\n"):
		return Recipe{}, fmt.Errorf("line %d: ## %s: the block holds only its comment", line, title)
	case strings.HasSuffix(text, ";"):
		return Recipe{}, fmt.Errorf("line %d: ## %s: one statement, without a final semicolon", line, title)
	}
	return Recipe{ID: Anchor(title), Title: title, Comment: strings.TrimPrefix(first, "// "), Cypher: text, Line: line}, nil
}

// Anchor is the id GitHub gives a heading: lower case, spaces as dashes,
// every character but letters, digits, '-' and '_' dropped.
func Anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
