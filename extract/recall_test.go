package extract_test

import (
	"testing"
)

// TestRecallRules checks the recall rules for places, projects and
// organizations on made-up sentences.
func TestRecallRules(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2025-03-02\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Sunday. "
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"unknown place after a locative",
			lead + "They agreed that a wind farm would be built in Kestrovo and Ulmbara next year.",
			[]string{"place:kestrovo", "place:ulmbara"}, nil},
		{"from, between and a known place leading a list",
			lead + "The road will run from Kestrovo to the border, with flights between Ulmbara and Mombasa, including Mombasa and Tarvik.",
			[]string{"place:kestrovo", "place:ulmbara", "place:tarvik"}, nil},
		{"between two unknown names is no place; beside a known place it is",
			lead + "They praised cooperation between Agricare and Tarvik Holdings, and flights between Mombasa and Ulmbara.",
			[]string{"place:ulmbara"}, []string{"place:agricare", "place:tarvik-holdings"}},
		{"to is a locative only after a motion word",
			lead + "A relief team was deployed to Kestrovo. Farmers will get access to Agricare.",
			[]string{"place:kestrovo"}, []string{"place:agricare"}},
		{"a venue is not a place",
			lead + "Ruto welcomed Museveni to State House and to Kestrovo Palace.",
			nil, []string{"place:state-house", "place:kestrovo-palace"}},
		{"a city written in two words",
			"date 2025-03-02\n\nVietnamese President Luong Cuong met Kenyan President William Ruto in Nairobi on Sunday. They welcomed direct flights between Ha Noi and Nairobi.",
			[]string{"place:hanoi"}, []string{"place:ha-noi"}},
		{"a plant named after its site",
			lead + "They inaugurated the 50-megawatt Kestrovo solar power plant.",
			[]string{"place:kestrovo"}, nil},
		{"a multinational area is not a place",
			lead + "Officials called Kenya an important partner in Southern Africa and the Horn.",
			nil, []string{"place:southern-africa"}},
		{"a month after a locative is not a place",
			lead + "The two sides will meet again in March.",
			nil, []string{"place:march"}},
		{"a name that goes on is not a place",
			lead + "Both leaders expressed confidence in Kestrovo’s future.",
			nil, []string{"place:kestrovo"}},
		{"the unknown end of a dashed project name",
			lead + "They agreed to build the Mombasa–Kestrovo railway.",
			[]string{"place:mombasa", "place:kestrovo", "project:mombasa-kestrovo-railway"}, nil},
		{"a city that opens a project name",
			lead + "Museveni thanked Kenya for access to the Kisumu port.",
			[]string{"place:kisumu", "project:kisumu-port"}, nil},
		{"a city inside a longer name is not a place",
			lead + "They discussed the Golden Dome programme.",
			nil, []string{"place:golden"}},
		{"a trailing project keeps its modifiers",
			lead + "Kenya pledged funds for the Kestrovo River flood protection project.",
			[]string{"project:kestrovo-river-flood-protection"}, []string{"project:kestrovo-river"}},
		{"a numeric modifier inside a project name is dropped",
			lead + "Construction of the Mombasa–Kestrovo 400 kV overhead line is underway.",
			[]string{"project:mombasa-kestrovo-overhead-line", "place:kestrovo"}, []string{"project:mombasa-kestrovo-400-kv-overhead-line"}},
		{"a size before a project's name is no word of it",
			lead + "They signed agreements on the 400KV Mombasa-Kestrovo electricity transmission line.",
			[]string{"project:mombasa-kestrovo-electricity-transmission-line"}, []string{"project:kv-mombasa-kestrovo-electricity-transmission-line"}},
		{"grid and pathway heads",
			lead + "They agreed to speed up the Ulmbara Power Grid and the Tamaru mobility pathway.",
			[]string{"project:ulmbara-power-grid", "project:tamaru-mobility-pathway"}, nil},
		{"company heads",
			lead + "The pipeline will be built by Varnak Energy and Zelto Shipping.",
			[]string{"org:varnak-energy", "org:zelto-shipping"}, nil},
		{"a company head inside a longer name",
			lead + "They welcomed the Ulmbara Nuclear Energy Corporation.",
			[]string{"org:ulmbara-nuclear-energy-corporation"}, []string{"org:nuclear-energy"}},
		{"acronyms introduced as builder or owner",
			lead + "The terminal, operated by ZQX and QTRM, opened last year. Workers struck against majority owner VLKA. VLKA said it regretted the strike.",
			[]string{"org:zqx", "org:qtrm", "org:vlka"}, nil},
		{"league and secretariat heads",
			lead + "They agreed that the Kenya-Uganda Secretariat would work with the Pacific Netball League.",
			[]string{"org:kenya-uganda-secretariat", "org:pacific-netball-league"}, nil},
		{"a government office is not an organization",
			lead + "The Presidential Secretariat said the Cabinet Office would publish the agreements.",
			nil, []string{"org:presidential-secretariat", "org:cabinet-office"}},
		{"support for another's bid is not support for the body",
			lead + "Kenya reaffirmed its support for the bid by Uganda to host a team in the Pacific Netball League.",
			[]string{"org:pacific-netball-league"}, []string{"SUPPORTS country:KEN org:pacific-netball-league"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkItems(t, x, tc.text, tc.want, tc.not) })
	}
}
