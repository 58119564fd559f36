package extract_test

import "testing"

// TestHostedVisits checks that a host who hosted a leader had that
// leader's visit, and that a month or year opening a sentence dates every
// occasion the sentence tells.
func TestHostedVisits(t *testing.T) {
	runEventCases(t, []eventCase{
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
		{"a year opening the sentence dates each occasion it tells",
			"date 2025-11-14\n\nIndian Foreign Minister R Menon said trade was growing. Earlier this year, Moscow hosted Indian Prime Minister Ravi Menon for the annual India-Russia summit.",
			[]string{"meeting 2025-01-01", "visit 2025-01-01"}},
	})
}
