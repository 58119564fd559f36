package extract_test

import (
	"os"
	"testing"
)

func TestZZNew(t *testing.T) {
	d := os.Getenv("ZZ_DIR")
	if d == "" {
		t.Skip()
	}
	s := scoreReal(t, d)
	t.Log("\n" + s.table())
}
