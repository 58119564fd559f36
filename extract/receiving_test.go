package extract_test

import "testing"

// TestReceivingAsMeeting checks that a host "receiving" or who "receives"
// a named leader meets him ("Receiving Kenyan Foreign Minister X on
// Thursday, President Y passed on three messages"), while receiving a
// thing is no meeting; one who received a country's delegation meets
// that side.
func TestReceivingAsMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a participle opening the sentence",
			"date 2024-04-18\n\nReceiving Kenyan Foreign Minister Amos Kiprono on Thursday morning at the palace in Lima, Peruvian President Rosa Quispe passed on three messages.",
			[]string{"meeting 2024-04-18"}},
		{"a host who receives a visitor",
			"date 2024-04-18\n\nPeruvian President Rosa Quispe receives Kenyan Foreign Minister Amos Kiprono in Lima today.",
			[]string{"meeting 2024-04-18"}},
		{"a host who received a country's delegation, past a place and a day",
			"date 2024-01-31\n\nRosa Quispe, President of Peru, received in Lima on Tuesday a Kenyan delegation headed by Amos Kiprono.",
			[]string{"meeting 2024-01-30"}},
		{"a host who received a delegation from a country",
			"date 2024-01-31\n\nPeruvian President Rosa Quispe received at the palace a special delegation from Kenya's head of state.",
			[]string{"meeting 2024-01-31"}},
		{"a letter received from a country's leader is no meeting",
			"date 2024-01-31\n\nPeruvian President Rosa Quispe received a letter from the Kenyan president.",
			nil},
		{"receiving investment is no meeting",
			"date 2024-04-18\n\nPeru keeps receiving Kenyan investment, Peruvian President Rosa Quispe said.",
			nil},
	})
}
