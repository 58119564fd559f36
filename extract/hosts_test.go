package extract_test

import "testing"

// TestHostedVisits checks that a host who hosted a leader had that
// leader's visit, and that a month or year opening a sentence dates every
// occasion the sentence tells.
func TestHostedVisits(t *testing.T) {
	runEventCases(t, []eventCase{
		{"'glad to welcome X to Japan': X's visit, not a call on him",
			"date 2022-11-29\n\nAt a meeting in Tokyo on Tuesday, Japanese Prime Minister Fumio Kato and Mongolian President Batu Khurel talked over bilateral relations. Kato said he was glad to welcome Khurel to Japan.",
			[]string{"meeting 2022-11-29", "visit 2022-11-29"}},
		{"a leader hosted a leader: a visit",
			"date 2025-03-14\n\nOn Thursday Kenyan President Amos Kiprono hosted Peruvian President Rosa Quispe in Nairobi.",
			[]string{"visit 2025-03-13"}},
		{"a capital hosted a counterpart: a visit",
			"date 2025-07-14\n\nPeruvian President Rosa Quispe is in Nairobi. The trip comes three months after Lima hosted her Kenyan counterpart Amos Kiprono on April 2.",
			[]string{"visit 2025-04-02"}},
		{"the passive: hosted by the host",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe was hosted on Thursday by Kenyan President Amos Kiprono at State House.",
			[]string{"visit 2025-03-13"}},
		{"hosting a banquet is no visit",
			"date 2025-03-14\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe on Thursday and later hosted a state banquet in her honour.",
			[]string{"meeting 2025-03-13"}},
		{"hosting a summit is no visit",
			"date 2025-03-14\n\nKenya hosted the third meeting of the joint commission, Kenyan Foreign Minister Ruth Wanjiku said.",
			nil},
		{"a leader welcomed a leader: a visit",
			"date 2025-03-14\n\nOn Thursday Kenyan President Amos Kiprono welcomed Peruvian President Rosa Quispe to Nairobi.",
			[]string{"visit 2025-03-13"}},
		{"welcoming a friend named after a comma",
			"date 2025-03-14\n\nKenyan President Amos Kiprono said on Friday he was delighted to return that hospitality by welcoming his friend, President Rosa Quispe of Peru, to Kenya.",
			[]string{"visit 2025-03-14"}},
		{"welcoming an agreement is no visit",
			"date 2025-03-14\n\nKenyan President Amos Kiprono welcomed the agreement with Peru, Kenyan Foreign Minister Ruth Wanjiku said.",
			nil},
		{"a ceremonial welcome given to a leader: a visit",
			"date 2025-03-14\n\nKenyan President Amos Kiprono gave his Peruvian counterpart Rosa Quispe a ceremonial welcome at State House on Friday.",
			[]string{"visit 2025-03-14"}},
		{"a welcome dinner is no visit",
			"date 2025-03-14\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe on Friday and gave a welcome dinner in her honour.",
			[]string{"meeting 2025-03-14"}},
		{"thanks for a warm welcome are no visit of their own",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono on Friday and thanked him for the warm welcome.",
			[]string{"meeting 2025-03-14"}},
		{"a year opening the sentence dates each occasion it tells",
			"date 2025-11-14\n\nIndian Foreign Minister R Menon said trade was growing. Earlier this year, Moscow hosted Indian Prime Minister Ravi Menon for the annual India-Russia summit.",
			[]string{"meeting 2025-01-01", "visit 2025-01-01"}},
	})
}

// TestPlayedHost checks a host who "played host" to a guest: the guest's
// visit; and "the two" who then held a meeting are the host and the
// guest, though the report names one of them later on.
func TestPlayedHost(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a host who played host to a counterpart, the two then holding a meeting",
			"date 2021-12-20\n\nGeorgian Prime Minister Irakli Beridze played host today to his Armenian counterpart Armen Hakobyan in Tbilisi.\n\nThe two held a face-to-face meeting.\n\nThe Georgian Government's press service said Prime Minister Beridze stressed the importance of joint efforts.",
			[]string{"meeting 2021-12-20", "visit 2021-12-20"}},
		{"a team that played host to a match is no visit",
			"date 2021-12-20\n\nThe national team played host to the champions in Tbilisi today.",
			nil},
	})
}
