package extract_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestSchemaCopy checks that testdata holds the contract's current schema.
func TestSchemaCopy(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "shared", "contracts", "extraction.schema.json"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("shared/contracts not beside the module")
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("testdata", "extraction.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("testdata/extraction.schema.json differs from shared/contracts/extraction.schema.json: copy it again")
	}
}

// TestSchemaValid runs the extractor on every article in testdata and
// validates each output against the contract's schema.
func TestSchemaValid(t *testing.T) {
	x := mustExtractor(t)
	files := articleFiles(t)
	if len(files) == 0 {
		t.Fatal("no articles in testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out, err := x.Extract(extract.Document{Input: f, Text: string(data)})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, f, out)
		})
	}
}

// articleFiles lists the sample and dev-set articles under testdata.
func articleFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"testdata/*.txt", "testdata/dev/*.txt", "testdata/dev/*.md"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}
