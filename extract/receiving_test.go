package extract_test

import "testing"

// TestReceivingAsMeeting checks that a host "receiving" or who "receives"
// a named leader meets him ("Receiving Kenyan Foreign Minister X on
// Thursday, President Y passed on three messages"), while receiving a
// thing is no meeting.
func TestReceivingAsMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a participle opening the sentence",
			"date 2024-04-18\n\nReceiving Kenyan Foreign Minister Amos Kiprono on Thursday morning at the palace in Lima, Peruvian President Rosa Quispe passed on three messages.",
			[]string{"meeting 2024-04-18"}},
		{"a host who receives a visitor",
			"date 2024-04-18\n\nPeruvian President Rosa Quispe receives Kenyan Foreign Minister Amos Kiprono in Lima today.",
			[]string{"meeting 2024-04-18"}},
		{"receiving investment is no meeting",
			"date 2024-04-18\n\nPeru keeps receiving Kenyan investment, Peruvian President Rosa Quispe said.",
			nil},
	})
}
