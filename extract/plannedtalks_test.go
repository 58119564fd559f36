package extract_test

import "testing"

// TestPlannedCounterparts checks meetings still to come told beside one
// already held: a leader named only in a sentence of plans ("is also due
// to meet") is met on a day the text does not give, and a weekday after
// "is also due to" is the next such day.
func TestPlannedCounterparts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a plan announced after a meeting is not on the meeting's day",
			"date 2026-01-08\n\nPeruvian President Rosa Quispe and Amos Kiprono, her Kenyan counterpart, announced after a joint meeting in Nairobi on Thursday that Peru and Kenya will resume intergovernmental consultations.",
			[]string{"meeting ", "meeting 2026-01-08"}},
		{"a counterpart named only in a plan is met on a day untold",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Nairobi on Wednesday.\n\nQuispe is also due to meet Kenyan Prime Minister Ruth Wanjiru.",
			[]string{"meeting ", "meeting 2024-03-06"}},
		{"two counterparts named together in a plan, after talks held: one planned meeting with both (see jointlyMet)",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Nairobi on Wednesday.\n\nQuispe is also expected to meet Kenyan Prime Minister Ruth Wanjiru and Kenyan Foreign Minister Paul Otieno.",
			[]string{"meeting ", "meeting 2024-03-06"}},
		{"a plan dated in its sentence and another plan with no day",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe is due to hold talks on Thursday with Kenyan President Amos Kiprono.\n\nQuispe is also expected to meet Kenyan Prime Minister Ruth Wanjiru.",
			[]string{"meeting ", "meeting 2024-03-07"}},
		{"counterparts met on the day told keep it",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono on Wednesday in Nairobi, and then held talks with Kenyan Prime Minister Ruth Wanjiru.",
			[]string{"meeting 2024-03-06", "meeting 2024-03-06"}},
		{"a weekday after 'is also due to' is the next such day",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Nairobi on Wednesday.\n\nOn Friday Quispe is also due to attend the Kenya-Peru Business Forum in Mombasa with Kiprono.",
			[]string{"forum 2024-03-08", "meeting 2024-03-06"}},
		{"talks still planned and talks held earlier are two meetings",
			"date 2019-05-24\n\nPeruvian Prime Minister Rosa Quispe arrived in Nairobi on May 23 to begin an official visit to Kenya.\n\nShe will hold talks with several Kenyan leaders.\n\nBefore arriving in Kenya, Quispe paid an official visit to Chile. There she held talks with Chilean President Pablo Soto.",
			[]string{"meeting ", "meeting 2019-05-24", "visit 2019-05-23", "visit 2019-05-24"}},
		{"talks held and then talks planned with someone else are two meetings",
			"date 2024-10-18\n\nPeruvian Prime Minister Rosa Quispe met Kenyan Trade Minister Amos Kiprono in Nairobi.\n\nQuispe will also hold talks with Kenyan President Ruth Wanjiru.",
			[]string{"meeting ", "meeting 2024-10-18"}},
		{"talks held and then told as planned with the same people are one meeting",
			"date 2019-03-29\n\nKenyan President Ruth Wanjiru received Peruvian President Rosa Quispe at the airport in Mombasa.\n\nA spokesperson said on Monday that the two leaders would go on to hold bilateral talks.",
			[]string{"meeting 2019-03-29"}},
		{"the visitor named by his title before the people he will meet: a meeting each",
			"date 2024-06-04\n\nPeruvian Prime Minister Rosa Quispe set off on Tuesday on a five-day official visit to Kenya.\n\nThe Kenyan ambassador said during the visit Quispe will hold talks with Kenyan President Amos Kiprono.\n\nDescribing the trip, the ambassador said the prime minister would meet Kenyan President Amos Kiprono, Deputy President Ruth Wanjiru and Paul Otieno, Speaker of the Kenyan National Assembly.",
			[]string{"meeting ", "meeting ", "meeting ", "visit 2024-06-04"}},
		{"a pronoun read as the host's, before the host's people met: the visitor's meetings",
			"date 2023-06-25\n\nAt noon on June 24 Peruvian President Rosa Quispe flew out of Nairobi, bringing to a close a three-day state visit to Kenya.\n\nIn Nairobi she laid a wreath, and she made a courtesy call on Kenyan Speaker Paul Otieno. With President Amos Kiprono she attended an official welcome ceremony, then held talks with him.\n\nShe also had meetings with Prime Minister Ruth Wanjiru and with Deputy President Joseph Mwangi.",
			// the speaker's call, and the two met in the last sentence (the
			// host's talks, "With President X she ..., then held talks with
			// him", are still no meeting of their own)
			[]string{"meeting 2023-06-25", "meeting 2023-06-25", "meeting 2023-06-25", "visit 2023-06-22"}},
		{"a meeting held on a day told, then talks planned between others: the plan has no day",
			"date 2023-05-27\n\nOn Thursday, Kenyan Foreign Minister Amos Kiprono held a meeting with Kenya's Ambassador to Peru, Paul Otieno.\n\nPeruvian President Rosa Quispe will hold talks with Kenyan President Ruth Wanjiru.",
			[]string{"meeting ", "meeting 2023-05-25"}},
	})
}
