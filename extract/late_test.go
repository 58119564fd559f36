package extract_test

import "testing"

// TestLateLeaders checks that a leader called "late" is honoured, not
// met: the dead take part in no event of the sentence, while a "late"
// that dates ("late Sunday") leaves the leader after it a participant.
func TestLateLeaders(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"tribute to the late president, then a call on the party chief: the chief alone",
			"date 2023-06-25\n\nSouth Korean President Yoon Suk Yeol had a busy programme in Vietnam. At the mausoleum in Hanoi he paid tribute to late Vietnamese President Ho Chi Minh, and he made a courtesy call on Party General Secretary Nguyen Phu Trong.",
			[]string{
				"meeting 2023-06-25: country:KOR country:VNM person:nguyen-phu-trong person:yoon-suk-yeol",
			}},
		{"late as a time of day before the visitor: still a participant",
			"date 2024-03-04\n\nLate Sunday Kenyan President William Ruto arrived in Dar es Salaam for talks with Tanzanian President Samia Suluhu Hassan.",
			[]string{
				"meeting 2024-03-03: country:KEN country:TZA person:samia-suluhu-hassan person:william-ruto",
				"visit 2024-03-03: country:KEN country:TZA person:william-ruto",
			}},
	})
}
