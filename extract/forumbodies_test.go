package extract_test

import "testing"

// TestForumBodiesFounded checks that a business council or forum told as
// being founded is a standing body, no occasion, while one set for a day
// is.
func TestForumBodiesFounded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a business council to be set up is no forum held",
			"date 2024-07-05\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Lima on Friday.\n\nQuispe said Peru wants the Peruvian-Kenyan business council to be set up soon.",
			[]string{"meeting 2024-07-05"}},
		{"agreeing to establish a business forum is no forum held",
			"date 2024-07-05\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Lima on Friday, and the two agreed to establish a joint business forum.",
			[]string{"meeting 2024-07-05"}},
		{"a business forum set for a day is one",
			"date 2024-07-05\n\nPeruvian President Rosa Quispe will attend the Peru-Kenya Business Forum, set for July 9 in Nairobi.",
			[]string{"forum 2024-07-09"}},
	})
}

// TestCredentialsReceived checks that a head of state who received
// letters of credence held a credentials ceremony, not a meeting.
func TestCredentialsReceived(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received letters of credence: a ceremony",
			"date 2016-04-21\n\nPeruvian President Rosa Quispe received Letters of Credence on April 19 from the Ambassadors of Kenya, Chile and Norway.",
			[]string{"ceremony 2016-04-19"}},
	})
}
