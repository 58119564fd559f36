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
	sc := &scanner{lim: lim, next: lexer.Lex(source.NewSource(&source.Source{Body: []byte(query), Name: "GraphQL request"}))}
	err := sc.run()
	return sc.sh, err
}

// scanner is Scan's state: the tokens, with one of lookahead, and what
// it counted so far.
type scanner struct {
	lim    Limits
	next   lexer.Lexer
	peeked *lexer.Token
	sh     Shape
	values int // current nesting of list and object values and list types
}

// peek returns the next token without taking it; false at the end of the
// text or at a token the lexer cannot read.
func (sc *scanner) peek() (lexer.Token, bool) {
	if sc.peeked == nil {
		tok, err := sc.next(0)
		if err != nil {
			tok = lexer.Token{Kind: lexer.EOF}
		}
		sc.peeked = &tok
	}
	return *sc.peeked, sc.peeked.Kind != lexer.EOF
}

// take takes the next token and counts it.
func (sc *scanner) take() (lexer.Token, bool, *Error) {
	tok, ok := sc.peek()
	if !ok {
		return tok, false, nil
	}
	sc.peeked = nil
	if sc.sh.Tokens++; sc.sh.Tokens > sc.lim.MaxTokens {
		return tok, false, Errorf(CodeTooComplex, "the query has more than %d tokens", sc.lim.MaxTokens)
	}
	if tok.Kind == lexer.NAME && len(tok.Value) > sc.lim.MaxNameLength {
		return tok, false, Errorf(CodeTooComplex, "the query has a name longer than %d characters", sc.lim.MaxNameLength)
	}
	return tok, true, nil
}

// open enters a list or object value or a list type.
func (sc *scanner) open() *Error {
	if sc.values++; sc.values > sc.lim.MaxValueDepth {
		return Errorf(CodeTooComplex, "the query nests lists and objects deeper than %d levels", sc.lim.MaxValueDepth)
	}
	sc.sh.ValueDepth = max(sc.sh.ValueDepth, sc.values)
	return nil
}

// typ reads a variable's type as graphql-go's parser does, which is more
// lenient than the grammar: after "[" and the inner type, any one token
// closes the list, and a lone "]" is a list type.
func (sc *scanner) typ() *Error {
	tok, ok := sc.peek()
	if !ok {
		return nil
	}
	switch tok.Kind {
	case lexer.BRACKET_L:
		if _, _, err := sc.take(); err != nil {
			return err
		}
		if err := sc.open(); err != nil {
			return err
		}
		if err := sc.typ(); err != nil {
			return err
		}
		if _, _, err := sc.take(); err != nil { // whatever it is, it closes the list
			return err
		}
		sc.values--
	case lexer.BRACKET_R:
		if _, _, err := sc.take(); err != nil {
			return err
		}
		if err := sc.open(); err != nil {
			return err
		}
		sc.values--
	case lexer.NAME:
		if _, _, err := sc.take(); err != nil {
			return err
		}
	}
	if tok, ok := sc.peek(); ok && tok.Kind == lexer.BANG {
		if _, _, err := sc.take(); err != nil {
			return err
		}
	}
	return nil
}

func (sc *scanner) run() *Error {
	var (
		lim                = sc.lim
		sh                 = &sc.sh
		stack              []frame
		sets, inline       int // current nesting
		spread, inlineNext bool
		prev, prev2        lexer.TokenKind
	)
	maxSets := 2 * lim.MaxDepth // introspection may nest twice as deep
	for {
		tok, ok, err := sc.take()
		if err != nil || !ok {
			return err
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
		case lexer.SPREAD:
			spread = inSet
		case lexer.BRACE_L:
			switch {
			case len(stack) == 0 || inSet:
				if len(stack) == 0 {
					sh.Definitions++
					if sh.Definitions > lim.MaxDefinitions {
						return Errorf(CodeTooComplex, "the query has more than %d operations and fragments", lim.MaxDefinitions)
					}
				}
				f := frameSelection
				if inlineNext && inSet {
					f = frameInline
					inline++
					sh.InlineDepth = max(sh.InlineDepth, inline)
					if inline > lim.MaxInlineDepth {
						return Errorf(CodeTooComplex, "the query nests inline fragments deeper than %d levels", lim.MaxInlineDepth)
					}
				}
				inlineNext = false
				sets++
				sh.Depth = max(sh.Depth, sets)
				if sets > maxSets {
					return Errorf(CodeTooComplex, "the query nests selections deeper than %d levels", maxSets)
				}
				stack = append(stack, f)
			default:
				if err := sc.open(); err != nil {
					return err
				}
				stack = append(stack, frameObject)
			}
		case lexer.BRACKET_L:
			if err := sc.open(); err != nil {
				return err
			}
			stack = append(stack, frameList)
		case lexer.PAREN_L:
			f := frameArgs
			if len(stack) == 0 && prev2 != lexer.AT {
				f = frameVarDefs // query Name( or query(, not @directive(
			}
			stack = append(stack, f)
		case lexer.BRACE_R, lexer.BRACKET_R, lexer.PAREN_R:
			if len(stack) == 0 || !closes(tok.Kind, top) {
				break // unbalanced: the parser says so
			}
			switch top {
			case frameSelection:
				sets--
			case frameInline:
				sets--
				inline--
			case frameList, frameObject:
				sc.values--
			}
			stack = stack[:len(stack)-1]
		case lexer.DOLLAR:
			if top == frameVarDefs {
				if sh.Variables++; sh.Variables > lim.MaxVariables {
					return Errorf(CodeTooComplex, "the query defines more than %d variables", lim.MaxVariables)
				}
			}
		case lexer.COLON:
			if inSet && prev == lexer.NAME {
				if sh.Aliases++; sh.Aliases > lim.MaxFields {
					return Errorf(CodeTooComplex, "the query has more than %d aliases", lim.MaxFields)
				}
			}
			if top == frameVarDefs && prev == lexer.NAME && prev2 == lexer.DOLLAR {
				if err := sc.typ(); err != nil {
					return err
				}
				tok.Kind = lexer.NAME // what precedes a default value or the next variable
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
