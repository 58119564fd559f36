package extract_test

import "testing"

// TestVisitHosts checks that a leader of the visited country takes part in
// the visit only when a sentence names him receiving, welcoming, greeting
// or hosting the visitor: one the visitor met is in the meeting only.
func TestVisitHosts(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a host only met is in the meeting, not the visit",
			"date 2024-10-25\n\nGerman Chancellor Olaf Scholz, who is on an official visit to India, met Indian Prime Minister Narendra Modi in New Delhi on Friday.",
			[]string{
				"meeting 2024-10-25: country:DEU country:IND person:narendra-modi person:olaf-scholz",
				"visit 2024-10-25: country:DEU country:IND person:olaf-scholz",
			}},
		{"a host who welcomed the visitor is in the visit",
			"date 2024-06-26\n\nJeremiah Manele, Prime Minister of Solomon Islands, was welcomed to Canberra on 26 June 2024 by Anthony Albanese, Prime Minister of Australia, on his first official visit to Australia.",
			[]string{
				"visit 2024-06-26: country:AUS country:SLB person:anthony-albanese person:jeremiah-manele",
			}},
		{"a host who greeted the visitor on arrival is in the visit",
			"date 2019-03-01\n\nKenyan President Uhuru Kenyatta arrived in Addis Ababa on a visit to Ethiopia this morning and was greeted on arrival by Ethiopian Prime Minister Abiy Ahmed.",
			[]string{
				"visit 2019-03-01: country:ETH country:KEN person:abiy-ahmed person:uhuru-kenyatta",
			}},
	})
}
