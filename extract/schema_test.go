package extract_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestSchemaCopy checks that testdata holds the contract's current schema.
// Beside ../shared it compares the copy with the contract (with -update it
// copies the contract again) and that the copy's recorded digest
// (testdata/extraction.schema.json.sha256) is the copy's; in a clone with
// no ../shared (as in CI) it checks the digest alone, so that the copy
// cannot be edited by hand unnoticed.
func TestSchemaCopy(t *testing.T) {
	copyPath := filepath.Join("testdata", "extraction.schema.json")
	digestPath := copyPath + ".sha256"
	want, err := os.ReadFile(filepath.Join("..", "..", "shared", "contracts", "extraction.schema.json"))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t.Log("shared/contracts not beside the module: checking the copy against its recorded digest only")
	case err != nil:
		t.Fatal(err)
	case *update:
		sum := sha256.Sum256(want)
		if err := os.WriteFile(copyPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(digestPath, []byte(hex.EncodeToString(sum[:])+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if want != nil && !bytes.Equal(got, want) {
		t.Fatal("testdata/extraction.schema.json differs from shared/contracts/extraction.schema.json: copy it again (go test -run TestSchemaCopy -update)")
	}
	recorded, err := os.ReadFile(digestPath)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(got)
	if strings.TrimSpace(string(recorded)) != hex.EncodeToString(sum[:]) {
		t.Fatalf("%s does not match %s: the copy changed without the contract (go test -run TestSchemaCopy -update beside ../shared)", digestPath, copyPath)
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
