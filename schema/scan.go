package schema

import (
	"github.com/graphql-go/graphql/language/lexer"
	"github.com/graphql-go/graphql/language/source"
)

// Shape is what Scan counted in a document: its size and nesting as the
// tokens show them, before any parsing.
type Shape struct {
	// Tokens is the number of tokens (punctuation, names, numbers, strings).
	Tokens int
	// ValueDepth is the deepest nesting of list and object values (and of
	// list types in variable definitions).
	ValueDepth int
	// Depth is the deepest nesting of selection sets, those of inline
	// fragments included; a field at depth d sits in a set at depth d.
	Depth int
	// InlineDepth is the deepest nesting of inline fragments.
	InlineDepth int
	// Variables is the number of variable definitions.
	Variables int
	// Definitions is the number of operations and fragments.
	Definitions int
	// Aliases is the number of aliased fields.
	Aliases int
}

// frame is what an open bracket opened.
type frame uint8

const (
	frameSelection frame = iota // { of an operation, fragment or field
	frameInline                 // { of an inline fragment
	frameArgs                   // ( of arguments or directive arguments
	frameVarDefs                // ( of an operation's variable definitions
	frameList                   // [ of a list value or list type
	frameObject                 // { of an object value
	frameNone                   // outside any bracket
)

// Scan reads query once, token by token with graphql-go's own lexer, and
// refuses it with QUERY_TOO_COMPLEX as soon as it passes one of lim's
// bounds on the document itself: tokens, nesting of values, of selection
// sets and of inline fragments, variables, definitions, aliases and the
// length of names. Its
// work is linear in the length of query and bounded by lim.MaxTokens
// tokens, so it makes graphql-go's parser and validator, which cannot be
// cancelled and are superlinear on deep or wide documents, cheap to run
// on what it lets through.
//
// Scan does not check the syntax: at a token the lexer cannot read it
// stops and lets the parser report the error, and brackets that do not
// match are left to the parser too.
func Scan(query string, lim Limits) (Shape, *Error) {
	lim = lim.withDefaults()
	next := lexer.Lex(source.NewSource(&source.Source{Body: []byte(query), Name: "GraphQL request"}))
	var (
		sh                   Shape
		stack                []frame
		values, sets, inline int // current nesting
		spread, inlineNext   bool
		prev, prev2          lexer.TokenKind
	)
	maxSets := 2 * lim.MaxDepth // introspection may nest twice as deep
	for {
		tok, err := next(0)
		if err != nil || tok.Kind == lexer.EOF {
			return sh, nil
		}
		sh.Tokens++
		if sh.Tokens > lim.MaxTokens {
			return sh, Errorf(CodeTooComplex, "the query has more than %d tokens", lim.MaxTokens)
		}
		top := frameNone
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		inSet := top == frameSelection || top == frameInline
		if spread {
			// "... on T", "... {" and "... @d" are inline fragments; "...F" is not.
			inlineNext = tok.Kind != lexer.NAME || tok.Value == "on"
			spread = false
		}
		switch tok.Kind {
		case lexer.NAME:
			if len(tok.Value) > lim.MaxNameLength {
				return sh, Errorf(CodeTooComplex, "the query has a name longer than %d characters", lim.MaxNameLength)
			}
		case lexer.SPREAD:
			spread = inSet
		case lexer.BRACE_L:
			switch {
			case len(stack) == 0 || inSet:
				if len(stack) == 0 {
					sh.Definitions++
					if sh.Definitions > lim.MaxDefinitions {
						return sh, Errorf(CodeTooComplex, "the query has more than %d operations and fragments", lim.MaxDefinitions)
					}
				}
				f := frameSelection
				if inlineNext && inSet {
					f = frameInline
					inline++
					sh.InlineDepth = max(sh.InlineDepth, inline)
					if inline > lim.MaxInlineDepth {
						return sh, Errorf(CodeTooComplex, "the query nests inline fragments deeper than %d levels", lim.MaxInlineDepth)
					}
				}
				inlineNext = false
				sets++
				sh.Depth = max(sh.Depth, sets)
				if sets > maxSets {
					return sh, Errorf(CodeTooComplex, "the query nests selections deeper than %d levels", maxSets)
				}
				stack = append(stack, f)
			default:
				if values++; values > lim.MaxValueDepth {
					return sh, Errorf(CodeTooComplex, "the query nests lists and objects deeper than %d levels", lim.MaxValueDepth)
				}
				sh.ValueDepth = max(sh.ValueDepth, values)
				stack = append(stack, frameObject)
			}
		case lexer.BRACKET_L:
			if values++; values > lim.MaxValueDepth {
				return sh, Errorf(CodeTooComplex, "the query nests lists and objects deeper than %d levels", lim.MaxValueDepth)
			}
			sh.ValueDepth = max(sh.ValueDepth, values)
			stack = append(stack, frameList)
		case lexer.PAREN_L:
			f := frameArgs
			if len(stack) == 0 && prev2 != lexer.AT {
				f = frameVarDefs // query Name( or query(, not @directive(
			}
			stack = append(stack, f)
		case lexer.BRACE_R, lexer.BRACKET_R, lexer.PAREN_R:
			if len(stack) == 0 || !closes(tok.Kind, top) {
				// Unbalanced: the parser says so, or (graphql-go reads a
				// lone "]" as a list type) reads it without this frame.
				break
			}
			switch top {
			case frameSelection:
				sets--
			case frameInline:
				sets--
				inline--
			case frameList, frameObject:
				values--
			}
			stack = stack[:len(stack)-1]
		case lexer.DOLLAR:
			if top == frameVarDefs {
				if sh.Variables++; sh.Variables > lim.MaxVariables {
					return sh, Errorf(CodeTooComplex, "the query defines more than %d variables", lim.MaxVariables)
				}
			}
		case lexer.COLON:
			if inSet && prev == lexer.NAME {
				if sh.Aliases++; sh.Aliases > lim.MaxFields {
					return sh, Errorf(CodeTooComplex, "the query has more than %d aliases", lim.MaxFields)
				}
			}
		}
		prev2, prev = prev, tok.Kind
	}
}

// closes reports whether the closing bracket kind ends a frame f.
func closes(kind lexer.TokenKind, f frame) bool {
	switch kind {
	case lexer.BRACKET_R:
		return f == frameList
	case lexer.PAREN_R:
		return f == frameArgs || f == frameVarDefs
	default:
		return f == frameSelection || f == frameInline || f == frameObject
	}
}
