package extract_test

import "testing"

// TestSeparateMeetingsOfOneVisit checks meetings of one visit told apart:
// a call on one host after an opening phrase ("At the mausoleum he ...,
// and he made a courtesy call on Z") beside meetings with two others in
// a later sentence, and a meeting "later the same day" dated by the day
// of the sentence before, not by the next sentence's day.
func TestSeparateMeetingsOfOneVisit(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a courtesy call after an opening phrase, then meetings with two others: three meetings",
			"date 2023-06-25\n\nPresident Yoon Suk Yeol of South Korea ended his trip to Vietnam. At the mausoleum in Hanoi he laid a wreath, and he made a courtesy call on Party General Secretary Nguyen Phu Trong.\n\nHe also had meetings with National Assembly Chairman Vuong Dinh Hue and with Prime Minister Pham Minh Chinh.",
			[]string{
				"meeting 2023-06-25: country:KOR country:VNM person:nguyen-phu-trong person:yoon-suk-yeol",
				"meeting 2023-06-25: country:KOR country:VNM person:pham-minh-chinh person:yoon-suk-yeol",
				"meeting 2023-06-25: country:KOR country:VNM person:vuong-dinh-hue person:yoon-suk-yeol",
				"visit : country:KOR country:VNM person:yoon-suk-yeol",
			}},
		{"later the same day: the day of the arrival",
			"date 2022-11-18\n\nSaudi Crown Prince Mohammed bin Salman landed in South Korea on Wednesday. Later the same day he held a meeting with Korean Prime Minister Han Duck-soo. He sat down on Thursday for talks with Korean President Yoon Suk Yeol.",
			[]string{
				"meeting 2022-11-16: country:KOR country:SAU person:han-duck-soo person:mohammed-bin-salman",
				"meeting 2022-11-17: country:KOR country:SAU person:mohammed-bin-salman person:yoon-suk-yeol",
				"visit 2022-11-16: country:KOR country:SAU person:mohammed-bin-salman",
			}},
		{"later that day: the day of the sentence before",
			"date 2025-02-04\n\nPresident William Ruto came back to the City after a week of travel. On Sunday he attended a service in Nairobi. Later that day Ruto received Mohamed Meziane, Algeria's Special Envoy, at State House.",
			[]string{
				"meeting 2025-02-02: country:DZA country:KEN person:mohamed-meziane person:william-ruto",
			}},
	})
}
