package main

import (
	"slices"
	"testing"
)

func TestKeys(t *testing.T) {
	doc := `{"data":{"countries":[{"code":"CHN","key":"country:CHN","events":[{"key":"event:a","kind":"key","date":null},{"summary":{"key":"event:b"},"key":"event:c"}]}],"keys":["x"]}}`
	got, want := keys([]byte(doc)), []string{"country:CHN", "event:a", "event:b", "event:c"}
	if !slices.Equal(got, want) {
		t.Errorf("keys = %v, want %v", got, want)
	}
}
