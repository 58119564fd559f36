package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

func TestMarshalWritesTheContractFields(t *testing.T) {
	ev := graph.Evidence{Sentence: "S.", Start: 0, End: 2}
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"article with unknowns as null", graph.Article{ID: "0123456789abcdef", Language: "en", Chars: 2, Text: "hi"},
			`{"id":"0123456789abcdef","title":null,"date":null,"dateline":null,"source":null,"url":null,"language":"en","chars":2}`},
		{"country", graph.Entity{Key: "country:KAZ", Type: graph.TypeCountry, Name: "Kazakhstan", Code: "KAZ", ISO2: "KZ"},
			`{"key":"country:KAZ","type":"Country","name":"Kazakhstan","aliases":[],"mentions":[],"code":"KAZ","iso2":"KZ"}`},
		{"leader without country", graph.Entity{Key: "person:a-b", Type: graph.TypeLeader, Name: "A B", Title: "King"},
			`{"key":"person:a-b","type":"Leader","name":"A B","aliases":[],"mentions":[],"title":"King","country":null}`},
		{"organization", graph.Entity{Key: "org:x", Type: graph.TypeOrganization, Name: "X"},
			`{"key":"org:x","type":"Organization","name":"X","aliases":[],"mentions":[],"acronym":null,"countries":[]}`},
		{"event", graph.Entity{Key: "event:e", Type: graph.TypeEvent, Name: "Talks", Kind: "meeting", Mentions: []graph.Span{{Start: 1, End: 3}}},
			`{"key":"event:e","type":"Event","name":"Talks","aliases":[],"mentions":[{"start":1,"end":3}],"kind":"meeting","date":null,"datePrecision":null,"dateText":null,"status":null,"location":null,"participants":[],"summary":null}`},
		{"sector has no extra fields", graph.Entity{Key: "sector:trade", Type: graph.TypeSector, Name: "Trade"},
			`{"key":"sector:trade","type":"Sector","name":"Trade","aliases":[],"mentions":[]}`},
		{"trade volume without year", graph.Relation{Type: graph.RelTradeVolume, From: "a", To: "b", Evidence: ev, ValueUSD: 5e9, Text: "$5 bn"},
			`{"type":"TRADE_VOLUME","from":"a","to":"b","evidence":{"sentence":"S.","start":0,"end":2},"year":null,"valueUsd":5000000000,"value":null,"currency":null,"period":null,"record":false,"text":"$5 bn"}`},
		{"participation without role", graph.Relation{Type: graph.RelParticipatedIn, From: "a", To: "b", Evidence: ev},
			`{"type":"PARTICIPATED_IN","from":"a","to":"b","evidence":{"sentence":"S.","start":0,"end":2},"role":null}`},
		{"empty extraction has empty lists", graph.Extraction{Article: graph.Article{ID: "0123456789abcdef", Language: "en"}},
			`{"article":{"id":"0123456789abcdef","title":null,"date":null,"dateline":null,"source":null,"url":null,"language":"en","chars":0},"entities":[],"relations":[],"warnings":[]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("got  %s\nwant %s", b, tc.want)
			}
		})
	}
}

func TestUnmarshalReadsWhatMarshalWrote(t *testing.T) {
	in := graph.Extraction{
		Article:   graph.Article{ID: "0123456789abcdef", Date: "2025-01-02", Language: "en", Chars: 10},
		Entities:  []graph.Entity{{Key: "country:KAZ", Type: graph.TypeCountry, Name: "Kazakhstan", Code: "KAZ", ISO2: "KZ", Aliases: []string{"Kazakh"}, Mentions: []graph.Span{{Start: 0, End: 6}}}},
		Relations: []graph.Relation{{Type: graph.RelTradeVolume, From: "country:KAZ", To: "country:KAZ", Year: 2024, ValueUSD: 1, Record: true, Text: "t", Evidence: graph.Evidence{Sentence: "s", Start: 0, End: 1}}},
		Warnings:  []string{"w"},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out graph.Extraction
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(out)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", b, b2)
	}
}
