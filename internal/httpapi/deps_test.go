package httpapi_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencies keeps the house rule: the HTTP layer reaches the
// database only through the interfaces it defines, so neither the store
// nor the Neo4j driver is among its dependencies (direct or not), and
// neither is the extractor or the ingest pipeline.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	forbidden := []string{
		"github.com/bilateral-kg/bilateral/graph/store",
		"github.com/bilateral-kg/bilateral/extract",
		"github.com/bilateral-kg/bilateral/internal/pipeline",
		"github.com/bilateral-kg/bilateral/internal/config",
		"github.com/neo4j/neo4j-go-driver",
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if dep == f || strings.HasPrefix(dep, f+"/") {
				t.Errorf("internal/httpapi depends on %s", dep)
			}
		}
	}
}
