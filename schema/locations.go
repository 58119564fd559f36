package schema

import (
	"sort"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/source"
)

// graphql-go computes the line and column of every error it makes by
// compiling a regular expression and matching it over the whole document
// (language/location.GetLocation), so n errors cost n times the
// document: 30,000 errors on a 468 KB document took minutes. Once a
// document is parsed, Execute empties its source's body, which nothing
// but that function reads after parsing, so errors cost little to make;
// lineIndex then gives the errors reported their true locations, with one
// pass over the document and a binary search per location.

// detach empties the body of src (shared by every node of a parsed
// document) so that locating an error no longer reads the document.
func detach(src *source.Source) { src.Body = nil }

// lineIndex holds where the line terminators of a document start and end
// ("\r\n", "\n" or "\r", as graphql-go counts them).
type lineIndex struct {
	starts, ends []int
}

func newLineIndex(doc string) lineIndex {
	var li lineIndex
	for i := 0; i < len(doc); i++ {
		switch doc[i] {
		case '\r':
			end := i + 1
			if end < len(doc) && doc[end] == '\n' {
				end++
			}
			li.starts, li.ends = append(li.starts, i), append(li.ends, end)
			i = end - 1
		case '\n':
			li.starts, li.ends = append(li.starts, i), append(li.ends, i+1)
		}
	}
	return li
}

// at returns the line and column of position pos, as graphql-go's
// GetLocation would on the whole document.
func (li lineIndex) at(pos int) location.SourceLocation {
	n := sort.SearchInts(li.starts, pos) // terminators before pos
	if n == 0 {
		return location.SourceLocation{Line: 1, Column: pos + 1}
	}
	return location.SourceLocation{Line: n + 1, Column: pos + 1 - li.ends[n-1]}
}

// relocate sets the locations of errs from their positions in doc.
func relocate(errs []gqlerrors.FormattedError, doc string) {
	var li *lineIndex
	for i := range errs {
		ge, ok := errs[i].OriginalError().(*gqlerrors.Error)
		if !ok || len(ge.Positions) == 0 {
			continue
		}
		if li == nil {
			x := newLineIndex(doc)
			li = &x
		}
		locs := make([]location.SourceLocation, len(ge.Positions))
		for j, p := range ge.Positions {
			locs[j] = li.at(p)
		}
		errs[i].Locations = locs
	}
}
