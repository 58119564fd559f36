package extract_test

import (
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// items lists an extraction as "key" for entities, "kind date" for events
// and "TYPE from to level" for relations, so a test can ask for one.
// checkItems extracts text and checks that every item of want (in the form
// items gives) is in the output and no item of not is.
func checkItems(t *testing.T, x *extract.Extractor, text string, want, not []string) {
	t.Helper()
	out, err := x.Extract(extract.Document{Input: t.Name(), Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, t.Name(), out)
	got := items(out)
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q", w)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("unexpected %q", n)
		}
	}
	if t.Failed() {
		for k := range got {
			t.Log(k)
		}
	}
}

func items(out graph.Extraction) map[string]bool {
	m := map[string]bool{}
	for _, e := range out.Entities {
		m[e.Key] = true
		if e.Type == graph.TypeEvent {
			m[string(e.Kind)+" "+e.Date] = true
		}
	}
	for _, r := range out.Relations {
		m[strings.TrimSpace(string(r.Type)+" "+r.From+" "+r.To+" "+r.Level)] = true
	}
	return m
}

func TestGeneralRules(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"past clause after a future one",
			"date 2025-06-13\n\nHANOI — Vietnam and Laos will hold joint patrols on the Mekong, the two governments said in a joint statement released late on Tuesday.",
			[]string{"statement 2025-06-10"}, []string{"statement 2025-06-17"}},
		{"Indian honorific Shri",
			"date 2025-03-02\n\nIndian Prime Minister Shri Narendra Modi held talks with Mauritian Prime Minister Navin Ramgoolam in Port Louis on Sunday.",
			[]string{"person:narendra-modi", "LEADS person:narendra-modi country:IND"}, []string{"person:shri-narendra-modi"}},
		{"the Hon after an appositive title",
			"date 2025-03-02\n\nNew Zealand Prime Minister Christopher Luxon met the Prime Minister of Samoa, the Hon Fiame Naomi Mata'afa, in Wellington on Sunday.",
			[]string{"person:fiame-naomi-mata-afa", "LEADS person:fiame-naomi-mata-afa country:WSM"}, nil},
		{"Sri as a given name",
			"date 2025-03-02\n\nFinance Minister Sri Wahyuni Hartono met Singaporean Prime Minister Lawrence Wong in Singapore on Sunday.",
			[]string{"person:sri-wahyuni-hartono"}, nil},
		{"memberships in apposition",
			"date 2025-03-02\n\nKuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah met Greek Prime Minister Kyriakos Mitsotakis in Athens on Sunday. Kuwait, a member of OPEC, and Greece, a NATO member, agreed to expand cooperation in shipping.",
			[]string{"MEMBER_OF country:KWT org:organization-of-the-petroleum-exporting-countries", "MEMBER_OF country:GRC org:north-atlantic-treaty-organization"},
			[]string{"MEMBER_OF country:GRC org:organization-of-the-petroleum-exporting-countries", "MEMBER_OF country:KWT org:north-atlantic-treaty-organization"}},
		{"partnership level with an adjective of history",
			"date 2025-03-02\n\nEgyptian President Abdel Fattah al-Sisi met Greek Prime Minister Kyriakos Mitsotakis in Cairo on Sunday. The two leaders praised the historic strategic partnership between Egypt and Greece.",
			[]string{"PARTNERSHIP country:EGY country:GRC historic strategic partnership"}, nil},
		{"a partnership agreement's name is no declared level",
			"date 2025-03-02\n\nIndian Commerce Minister Piyush Goyal met Canadian Trade Minister Mary Ng in Ottawa on Sunday. They reviewed the talks on the India-Canada Comprehensive Economic Partnership Agreement and the next Strategic Partnership Council.",
			nil, []string{"PARTNERSHIP country:CAN country:IND comprehensive economic partnership", "PARTNERSHIP country:CAN country:IND strategic partnership"}},
		{"a partnership wished for is not declared",
			"date 2025-03-02\n\nEgyptian President Abdel Fattah al-Sisi met Iraqi President Barham Salih in Baghdad on Sunday. Salih said Iraq was keen to raise cooperation with Egypt to the level of a strategic partnership.",
			nil, []string{"PARTNERSHIP country:EGY country:IRQ strategic partnership"}},
		{"a partnership deepened exists",
			"date 2025-03-02\n\nKorean President Moon Jae-in met Uzbek President Shavkat Mirziyoyev in Seoul on Sunday. Moon voiced the hope of deepening the special strategic partnership between the two countries.",
			[]string{"PARTNERSHIP country:KOR country:UZB special strategic partnership"}, nil},
		{"a partnership declared by raising ties to its level",
			"date 2025-03-02\n\nKorean President Moon Jae-in met Uzbek President Shavkat Mirziyoyev in Seoul on Sunday. The two presidents agreed to raise relations to the level of a special strategic partnership.",
			[]string{"PARTNERSHIP country:KOR country:UZB special strategic partnership"}, nil},
		{"strategic partners as a level; a trade partner is none",
			"date 2025-03-02\n\nChilean President Gabriel Boric met Chinese President Xi Jinping in Beijing on Sunday. Xi said China and Chile are strategic partners. China is also Chile's largest trade partner.",
			[]string{"PARTNERSHIP country:CHL country:CHN strategic partners"}, []string{"PARTNERSHIP country:CHL country:CHN largest trade partner"}},
		{"a chair to come is not held",
			"date 2025-03-02\n\nThai Prime Minister Anan Chai met Singaporean Prime Minister Lawrence Wong in Singapore on Sunday. Thailand will take over the ASEAN chairmanship from Singapore next year. Wong backed Thailand's upcoming ASEAN presidency.",
			nil, []string{"CHAIRS country:THA org:association-of-southeast-asian-nations"}},
		{"a chair held, and a meeting chaired",
			"date 2025-03-02\n\nIndian Foreign Minister S Jaishankar met Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur on Sunday. Malaysia holds the ASEAN chairmanship this year. Jaishankar also chaired a meeting of Indian envoys to European Union nations.",
			[]string{"CHAIRS country:MYS org:association-of-southeast-asian-nations"}, []string{"CHAIRS country:IND org:european-union"}},
		{"whose chair 'its' is, unclear",
			"date 2025-03-02\n\nIndonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Sepang on Sunday. Indonesia has promised to work with Malaysia during its ASEAN chairmanship.",
			nil, []string{"CHAIRS country:IDN org:association-of-southeast-asian-nations"}},
		{"a sent message is a statement beside talks",
			"date 2025-03-02\n\nKenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Saturday. On Sunday, Ruto sent a message of condolences to Museveni after floods in the north of Uganda.",
			[]string{"meeting 2025-03-01", "statement 2025-03-02"}, nil},
		{"an acronym written in title case",
			"date 2025-03-02\n\nThai Prime Minister Anan Chai met Philippine President Rosa Cruz in Manila on Sunday. Both countries are members of Asean.",
			[]string{"org:association-of-southeast-asian-nations", "MEMBER_OF country:THA org:association-of-southeast-asian-nations"}, []string{"place:asean"}},
		{"the initials H.E before a name are no part of it",
			"date 2025-03-02\n\nUgandan President Moses Okello met H.E Amani Kiprop, the outgoing Kenyan High Commissioner to Uganda, on Sunday. For his part, H.E. Kiprop thanked the President.",
			[]string{"person:amani-kiprop"}, []string{"person:h-e-amani-kiprop"}},
		{"a small town of a country never named has no country",
			"date 2025-03-02\n\nChilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Soto in Bautzen on Sunday.",
			[]string{"place:bautzen"}, []string{"country:DEU", "LOCATED_IN place:bautzen country:DEU"}},
		{"a small town of a country named keeps it",
			"date 2025-03-02\n\nChilean Foreign Minister Ana Torres met German Foreign Minister Luis Soto in Bautzen on Sunday.",
			[]string{"place:bautzen", "LOCATED_IN place:bautzen country:DEU"}, nil},
		{"a central bank is not an organization",
			"date 2025-03-02\n\nPakistani Prime Minister Shehbaz Sharif met Turkish President Recep Tayyip Erdoğan in Ankara on Sunday. Türkiye agreed to keep a deposit at the Central Bank of Pakistan.",
			nil, []string{"org:central-bank-of-pakistan"}},
		{"'Head of' before a bank's name is no part of it",
			"date 2020-07-21\n\nIraqi Prime Minister Omar Saleh met Iranian President Reza Karimi in Tehran on Tuesday with Ali Hamid, Head of Export Bank of Iraq.",
			[]string{"org:export-bank-of-iraq"}, []string{"org:head-of-export-bank-of-iraq"}},
		{"a particle inside a place's name",
			"date 2022-01-13\n\nPeruvian President Ana Rojas will meet Colombian President Luis Mora in the Colombian city of Puerto de Oro on Friday.",
			[]string{"place:puerto-de-oro"}, []string{"place:puerto"}},
		{"'collaborate' is a cue of cooperation; a film industry is culture",
			"date 2020-10-24\n\nIndian High Commissioner Ravi Rao met Governor Musa Bello of Kenya's Kisumu County on Friday. The governor urged India and Kenya to collaborate in energy and the film industry.",
			[]string{"COOPERATES_IN country:IND sector:energy", "COOPERATES_IN country:IND sector:culture"}, []string{"COOPERATES_IN country:IND sector:industry"}},
		{"a phase in parentheses after 'Project' is part of the name",
			"date 2020-03-02\n\nJapan and Kenya signed a yen loan on Monday for the Nairobi Commuter Rail Project (Phase 2).",
			[]string{"project:nairobi-commuter-rail-phase-2"}, []string{"project:nairobi-commuter-rail"}},
		{"a closer weekday wins the talks",
			"date 2025-05-16\n\nLUSAKA — Malawian President Lazarus Chakwera, who arrived in Lusaka on Tuesday at the invitation of President Hakainde Hichilema, held talks with his host at State House on Wednesday.",
			[]string{"meeting 2025-05-14"}, []string{"meeting 2025-05-13"}},
		{"a country named as absent takes no part",
			"date 2025-03-02\n\nLeaders of the African Union met in Addis Ababa on Sunday for a summit that went ahead without the United States. Kenyan President William Ruto and Ghanaian President John Mahama agreed to expand cooperation in energy.",
			[]string{"COOPERATES_IN country:GHA sector:energy"}, []string{"COOPERATES_IN country:USA sector:energy"}},
		{"a relief mission with its own time",
			"date 2025-04-02\n\nBANGKOK — Thai Prime Minister Paetongtarn Shinawatra spoke by telephone on Tuesday with Cambodian Prime Minister Hun Manet. A Thai rescue team with relief supplies was flown to Phnom Penh this morning.",
			[]string{"phone_call 2025-04-01", "other 2025-04-02"}, nil},
		{"a joint exercise",
			"date 2025-04-02\n\nIndian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Tuesday. The armed forces of India and France will hold a joint naval exercise in the Arabian Sea in May.",
			[]string{"meeting 2025-04-01", "other 2025-05-01"}, nil},
		{"a provision for exercises is no event",
			"date 2025-04-02\n\nIndian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Tuesday. The defence memorandum provides for joint exercises and training.",
			[]string{"meeting 2025-04-01"}, []string{"other ", "other 2025-04-01"}},
		{"relief words make a dispatch an event",
			"date 2025-04-02\n\nIndian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Tuesday. India dispatched its ambassador to the talks.",
			nil, []string{"other ", "other 2025-04-01"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkItems(t, x, tc.text, tc.want, tc.not) })
	}
}
