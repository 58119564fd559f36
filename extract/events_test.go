package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// eventsOf returns "kind date" for every event of the extraction.
func eventsOf(x graph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type == graph.TypeEvent {
			out = append(out, e.Kind+" "+e.Date)
		}
	}
	slices.Sort(out)
	return out
}

// eventCase is an invented text and the events it holds, "kind date",
// sorted.
type eventCase struct {
	name, text string
	want       []string
}

// runEventCases extracts each case's text and compares its events.
func runEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	x := mustExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			if got := eventsOf(out); !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEventForms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks with two hosts named in one phrase: one meeting",
			"date 2025-03-12\n\nRussian Foreign Minister Ivan Orlov will pay a working visit to the Republic of Zambia on 14 March, where talks are planned with Foreign Minister Ruth Mwale and President Peter Banda.",
			[]string{"meeting 2025-03-14", "visit 2025-03-14"}},
		{"a leader in a clause of his own is not met",
			"date 2025-03-12\n\nIndian Foreign Minister R Menon held talks with his Peruvian counterpart Javier Soto in Lima on Tuesday, while Peruvian President Rosa Quispe toured a port.",
			[]string{"meeting 2025-03-11"}},
		{"one day after: the earlier meeting a day before",
			"date 2025-03-15\n\nChinese Foreign Minister Li Wen held talks on Friday with his Kenyan counterpart, Amos Kiprono, in Nairobi, one day after Li had met the East African nation's president, Ruth Wanjiku.",
			[]string{"meeting 2025-03-13", "meeting 2025-03-14"}},
		{"bilateral talks with leaders of three countries: a meeting each",
			"date 2024-06-10\n\nOn Monday in Suva, Prime Minister Anna Reed of Australia held bilateral talks with Fijian Prime Minister Jone Vula, with Tongan Prime Minister Sione Taufa and with Samoan Prime Minister Tui Leota.",
			[]string{"meeting 2024-06-10", "meeting 2024-06-10", "meeting 2024-06-10"}},
		{"talks with leaders of three countries, not bilateral: one meeting",
			"date 2024-06-10\n\nOn Monday in Suva, Prime Minister Anna Reed of Australia held talks with Fijian Prime Minister Jone Vula, Tongan Prime Minister Sione Taufa and Samoan Prime Minister Tui Leota.",
			[]string{"meeting 2024-06-10"}},
		{"travel to a city of another country is a visit",
			"date 2020-07-21\n\nKenyan President Peter Mwangi travelled to Kampala on Tuesday.",
			[]string{"visit 2020-07-21"}},
		{"travel to a city of one's own country is no visit",
			"date 2020-07-21\n\nKenyan President Peter Mwangi travelled to Mombasa on Tuesday.",
			nil},
		{"is to meet a leader: a planned meeting, undated",
			"date 2018-12-19\n\nPrime Minister Karma Dorji of Bhutan will travel to India on Dec 27. Dorji is to meet Prime Minister Ravi Kumar of India.",
			[]string{"meeting ", "visit 2018-12-27"}},
		{"to meet a need is no meeting",
			"date 2018-12-19\n\nPrime Minister Karma Dorji of Bhutan will travel to India on Dec 27. Bhutan and India plan new dams to meet the growing demand for power.",
			[]string{"visit 2018-12-27"}},
		{"a month before an infinitive 'to' is the visit's month",
			"date 2019-01-14\n\nKenyan Foreign Minister Amos Kiprono will visit Kampala in February to continue the talks.",
			[]string{"visit 2019-02-01"}},
		{"discussions with his counterpart during a visit: a meeting of the two sides",
			"date 2022-11-23\n\nKenyan President Ruth Wanjiku has arrived in Ghana on an official visit. During the visit, Wanjiku will hold further discussions with her counterpart on trade.",
			[]string{"meeting ", "visit 2022-11-23"}},
		{"received at a palace: a meeting with the one named after the venue",
			"date 2019-04-17\n\nAMMAN — On Wednesday King Hamad of Jordan received at Al Raghadan Palace Ahmed Kattan, the Saudi Minister of State for African Affairs.",
			[]string{"meeting 2019-04-17"}},
		{"a date with no space after the day's comma",
			"title: Ministers speak\n\nKazakh Prime Minister Daulet Serik and Uzbek Prime Minister Jasur Aliev spoke by phone on Wednesday August 13,2025.",
			[]string{"phone_call 2025-08-13"}},
		{"a consultation told in the sentence of a call is the call",
			"date 2025-08-14\n\nKazakh Foreign Minister Daulet Serik and Uzbek Foreign Minister Jasur Aliev spoke by phone on Wednesday as part of the regular consultation between the two countries.",
			[]string{"phone_call 2025-08-13"}},
		{"the two heads of government are the leaders named before",
			"date 2025-03-12\n\n12 Mar. 09:15\n\nKazakh Prime Minister Daulet Serik and his Uzbek counterpart Jasur Aliev went over the agenda today.\n\nThe two heads of government spoke by telephone.",
			[]string{"phone_call 2025-03-12"}},
		{"a tour of duty is a posting, not a visit",
			"date 2025-03-12\n\nUgandan President Moses Okello met Kenyan High Commissioner Amani Kiprop on Tuesday. Kiprop thanked Okello for the support during his three-year tour of diplomatic duty.",
			[]string{"meeting 2025-03-11"}},
		{"phoned is a call",
			"date 2025-03-12\n\nKazakh President Daulet Serik phoned Uzbek President Jasur Aliev on Monday to congratulate him.",
			[]string{"phone_call 2025-03-10"}},
		{"a phone talk",
			"date 2022-05-04\n\nKazakh Prime Minister Daulet Serik and Uzbek Prime Minister Jasur Aliev have held a phone talk.",
			[]string{"phone_call 2022-05-04"}},
		{"at the end of a visit of days: its first day",
			"date 2025-07-31\n\nAt the end of a three-day official visit to Kenya, Ugandan President Moses Okello returned home on July 30.",
			[]string{"visit 2025-07-28"}},
		{"at the end of a visit of days written without a hyphen: its first day",
			"date 2025-07-31\n\nUgandan President Moses Okello came back home yesterday (July 30) at the end of a three day State Visit to Kenya.",
			[]string{"visit 2025-07-28"}},
		{"signed during a visit of days: the report's day, assumed",
			"date 2025-07-31\n\nAt the end of a three-day state visit to Kenya, Ugandan President Moses Okello returned home on July 30.\n\nMade at the invitation of Kenyan President Ruth Wanjiku, the visit strengthened ties. The visit, which began on July 28, included talks on trade. Several agreements were signed during the visit.",
			[]string{"agreement 2025-07-31", "visit 2025-07-28"}},
		{"the governments of two countries named by adjectives met",
			"date 2018-05-07\n\nNairobi, 7 May 2018 – The Kenyan and Ugandan governments met in a joint session and discussed cooperation in energy.",
			[]string{"meeting 2018-05-07"}},
		{"a visiting leader named with country and title",
			"date 2019-02-05\n\nVisiting Kenyan President Ruth Wanjiku and President Moses Okello held talks today in Kampala.",
			[]string{"meeting 2019-02-05", "visit 2019-02-05"}},
		{"landed at a venue of a foreign city",
			"date 2022-03-27\n\nOn Sunday Moses Okello, President of Uganda, landed at Jomo Kenyatta International Airport, Nairobi.",
			[]string{"visit 2022-03-27"}},
		{"yesterday",
			"date 2025-03-11\n\nASTANA — Kazakh President Kassym-Zhomart Tokaev met Chinese leader Xi Jinping in Beijing yesterday.",
			[]string{"meeting 2025-03-10"}},
		{"past weekday",
			"date 2025-03-13\n\nPrime Minister Mark Carney of Canada and President Claudia Sheinbaum of Mexico held talks on Monday.",
			[]string{"meeting 2025-03-10"}},
		{"visit with talks",
			"date 2025-03-12\n\nTurkish President Recep Tayyip Erdogan received his Ukrainian counterpart Volodymyr Zelensky in Ankara yesterday, during Zelensky's official visit to Turkey.",
			[]string{"meeting 2025-03-11", "visit 2025-03-11"}},
		{"lead without a trigger, then the talks",
			"date 2025-03-12\n\nMalaysian Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto agreed yesterday in Jakarta to settle the border. Anwar told reporters after the talks that both sides were satisfied.",
			[]string{"meeting 2025-03-11"}},
		{"dated object after 'after'",
			"date 2025-03-12\n\nSEOUL — Trade Minister Kim Jung-kwan said after meeting Indonesia's Airlangga Hartarto yesterday that the two countries would cooperate.",
			[]string{"meeting 2025-03-11"}},
		{"opening of a checkpoint",
			"date 2025-03-14\n\nKyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon on Thursday opened a border checkpoint near Batken.",
			[]string{"ceremony 2025-03-13"}},
		{"opening of talks is no ceremony",
			"date 2025-03-14\n\nKyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon on Thursday opened new talks on water in Bishkek.",
			[]string{"meeting 2025-03-13"}},
		{"last evening",
			"date 2018-10-30\n\nPrime Minister Narendra Modi and his Japanese counterpart Shinzo Abe held talks in Tokyo last evening.",
			[]string{"meeting 2018-10-29"}},
		{"a signing on a day of its own, no party named in its sentence",
			"date 2023-06-10\n\nPresident Alberto Vieira of Chile paid a working visit to Peru, where he held talks with President Rosa Quispe. A memorandum on fisheries was signed in Lima on Friday.",
			[]string{"agreement 2023-06-09", "meeting 2023-06-10", "visit 2023-06-10"}},
		{"diplomatic relations established in a year",
			"date 2023-06-10\n\nPresident Alberto Vieira of Chile held talks with President Rosa Quispe of Peru in Lima on Friday. The two countries established diplomatic relations in 1962.",
			[]string{"meeting 2023-06-09", "other 1962-01-01"}},
		{"relations broken off and restored",
			"date 2023-06-10\n\nPresident Alberto Vieira of Chile held talks with President Rosa Quispe of Peru in Lima on Friday. Diplomatic ties were severed in 1975, and Chile and Peru restored diplomatic relations in March 1981.",
			[]string{"meeting 2023-06-09", "other 1975-01-01", "other 1981-03-01"}},
		{"ties established with no date are no occasion",
			"date 2023-06-10\n\nPresident Alberto Vieira of Chile held talks with President Rosa Quispe of Peru in Lima on Friday. Trade has grown since diplomatic relations were established.",
			[]string{"meeting 2023-06-09"}},
		{"a business summit is a forum",
			"date 2023-06-10\n\nPresident Alberto Vieira of Chile will attend the Chile-Peru Business Summit in Lima on Monday with President Rosa Quispe of Peru.",
			[]string{"forum 2023-06-12"}},
		{"a month at the end of its clause",
			"date 2024-11-11\n\nThe minister said the customs pact signed by the trade officials of Chile and Peru in May 2024 had helped exporters.",
			[]string{"agreement 2024-05-01"}},
		{"a month of another clause is not the date",
			"date 2024-11-11\n\nChile and Peru signed a customs pact, which the officials of both countries had drafted in May 2024.",
			[]string{"agreement 2024-11-11"}},
		{"a past visit told in passing is an occasion of its own",
			"date 2018-04-11\n\nPresident Alberto Vieira of Chile began a state visit to Peru on Wednesday. President Rosa Quispe of Peru invited him when she visited Santiago in 2016.",
			[]string{"visit 2016-01-01", "visit 2018-04-11"}},
		{"a last visit in a past month",
			"date 2017-11-02\n\nPresident Alberto Vieira of Chile and President Rosa Quispe of Peru met in Lima today. The Chilean president last paid a working visit to Peru in September 2014.",
			[]string{"meeting 2017-11-02", "visit 2014-09-01"}},
		{"a dated past signing does not date today's signing",
			"date 2017-11-02\n\nPresident Alberto Vieira of Chile and President Rosa Quispe of Peru met in Lima today. Ten documents were signed. Relations were founded on January 27, 1993, when Chile and Peru signed a friendship treaty.",
			[]string{"agreement 1993-01-27", "agreement 2017-11-02", "meeting 2017-11-02"}},
		{"a past year before a document is a reference",
			"date 2017-11-02\n\nPresident Alberto Vieira of Chile and President Rosa Quispe of Peru met in Lima today and praised the 1998 joint declaration.",
			[]string{"meeting 2017-11-02"}},
		{"bilateral talks with several countries are one meeting each",
			"date 2025-08-22\n\nJapanese Prime Minister Taro Sato held bilateral talks in Yokohama on Thursday with the presidents of Chad, Niger and Mali.",
			[]string{"meeting 2025-08-21", "meeting 2025-08-21", "meeting 2025-08-21"}},
		{"talks of several countries together are one meeting",
			"date 2025-08-22\n\nJapanese Prime Minister Taro Sato held talks in Yokohama on Thursday with the presidents of Chad, Niger and Mali.",
			[]string{"meeting 2025-08-21"}},
		{"visits to two countries are two visits",
			"date 2021-09-08\n\nPrime Minister Abebe Kebede of Ethiopia paid a one-day visit to Ghana. On Tuesday he had made a similar visit to Senegal.",
			[]string{"visit 2021-09-07", "visit 2021-09-08"}},
		{"a visit to two countries is one tour",
			"date 2022-09-01\n\nPresident Jose Cruz of the Philippines will pay a state visit to Indonesia and Singapore. He will travel to Singapore on Tuesday.",
			[]string{"visit 2022-09-06"}},
		{"a weekday's meeting",
			"date 2017-06-28\n\nChilean President Ana Rojas received Argentine President Pablo Diaz in Santiago for talks. They spoke of trade. They spoke of energy. Ahead of Tuesday's meeting, Diaz laid a wreath.",
			[]string{"meeting 2017-06-27"}},
		{"a meeting told after it and then reported is one meeting",
			"date 2022-04-20\n\nEcuadorian President Juan Mora spoke to reporters after his meeting with Uruguayan President Luis Pena. The two presidents met on Tuesday in Montevideo.",
			[]string{"meeting 2022-04-19"}},
		{"the summit's weekday is not the visit's, and ahead of it is to come",
			"date 2024-05-14\n\nSultan Said Al Harthy of Oman reached Kuwait on Monday for a two-day official visit, which comes ahead of Thursday's Arab Summit in Manama.",
			[]string{"summit 2024-05-16", "visit 2024-05-13"}},
		{"a saying's date is not the date of what is said",
			"date 2016-10-07\n\nPrime Minister Ali Mansour of Tunisia will pay a working visit to Algeria on Sunday, October 9. Algeria's ambassador Karim Haddad said Friday that the visit would open new prospects.",
			[]string{"visit 2016-10-09"}},
		{"a document signed in a past year, its signers unstated, is no occasion",
			"date 2025-03-04\n\nChile and Peru held talks in Lima. Brazil and Bolivia are named as co-financiers in a memorandum signed in 2024.",
			[]string{"meeting 2025-03-04"}},
		{"a document signed in a past year by named signers is an occasion",
			"date 2025-03-04\n\nChile and Peru held talks in Lima, building on the memorandum signed by Chile and Peru in 2021.",
			[]string{"agreement 2021-01-01", "meeting 2025-03-04"}},
		{"held discussions is a meeting",
			"date 2021-09-08\n\nPrime Minister Abebe Kebede of Ethiopia held discussions with President Kofi Mensah of Ghana on Monday.",
			[]string{"meeting 2021-09-06"}},
		{"sat down with is a meeting",
			"date 2022-07-16\n\nOn Saturday in Tbilisi, Azerbaijan's Foreign Minister Elnur Aliyev sat down with his Armenian counterpart Aram Petrosyan.",
			[]string{"meeting 2022-07-16"}},
		{"a leader who will be in a country is visiting it",
			"date 2018-03-03\n\nRussian Foreign Minister Ivan Orlov will be in Zambia on March 5, where he is to hold talks with President Peter Banda.",
			[]string{"meeting 2018-03-05", "visit 2018-03-05"}},
		{"'will be in' a country's interest is no visit",
			"date 2018-03-03\n\nRussian Foreign Minister Ivan Orlov said the deal will be in Zambia's interest.",
			nil},
		{"a month and a day of it are one visit",
			"date 2023-06-18\n\nMexican President Luis Ortega will travel to Chile in September. Ortega will be in Chile on Sept. 11 to mark an anniversary.",
			[]string{"visit 2023-09-11"}},
		{"talks in two countries visited on one day are two meetings",
			"date 2018-03-03\n\nRussian Foreign Minister Ivan Orlov will pay a working visit to Zambia on March 5, where talks are planned with President Peter Banda. Orlov will be in Malawi on March 5, where he is to hold talks with President John Phiri.",
			[]string{"meeting 2018-03-05", "meeting 2018-03-05", "visit 2018-03-05", "visit 2018-03-05"}},
		{"a month alone, past",
			"date 2021-10-20\n\nIn July, Turkish President Recep Tayyip Erdogan held talks with Angolan President Joao Lourenco in Ankara.",
			[]string{"meeting 2021-07-01"}},
		{"a month alone, future after a dated saying",
			"date 2026-01-23\n\nUS President Donald Trump said on Jan 22 that he would visit China in April.",
			[]string{"visit 2026-04-01"}},
		{"a month in a period is no date",
			"date 2019-08-20\n\nPresident Shavkat Mirziyoyev of Uzbekistan visited Kyrgyzstan. Trade grew in January-July.",
			[]string{"visit 2019-08-20"}},
		{"a visit of several days dated by its end",
			"date 2021-11-18\n\nPrime Minister Justin Trudeau of Canada today wrapped up a two-day visit to the United States.",
			[]string{"visit 2021-11-17"}},
		{"a visit of several days dated by its start",
			"date 2024-05-28\n\nPhilippine President Ferdinand Marcos departed for Brunei today on a two-day state visit.",
			[]string{"visit 2024-05-28"}},
		{"a welcome ceremony is the visit's protocol",
			"date 2024-10-12\n\nMalaysian Prime Minister Anwar Ibrahim was given an official welcoming ceremony by Egyptian President Abdel Fattah El-Sisi in Cairo on Saturday during his official visit to Egypt.",
			[]string{"visit 2024-10-12"}},
		{"a signing ceremony is the agreement",
			"date 2024-11-20\n\nChinese President Xi Jinping and Brazilian President Lula signed 37 agreements in Brasilia on Wednesday. Speaking at the signing ceremony, Lula praised China.",
			[]string{"agreement 2024-11-20"}},
		{"a forum's opening ceremony is the forum",
			"date 2018-07-07\n\nChinese Premier Li Keqiang spoke to the China-CEEC Economic and Trade Forum's opening ceremony, held in Sofia, Bulgaria, on Saturday.",
			[]string{"forum 2018-07-07"}},
		{"a declaration issued, with no time given",
			"date 2024-08-29\n\nBritish Prime Minister Keir Starmer and German Chancellor Olaf Scholz have issued a joint declaration on deepening relations. It sets up an annual Foreign Minister Strategic Dialogue.",
			[]string{"statement 2024-08-29"}},
		{"a courtesy visit to a person is a meeting",
			"date 2020-10-24\n\nAbhay Thakur, High Commissioner of India to Nigeria, spoke on Friday in Kano while paying a courtesy visit to Governor Abdullahi Ganduje of Nigeria.",
			[]string{"meeting 2020-10-23"}},
		{"a call paid on a person is a meeting",
			"date 2021-09-09\n\nGhanaian President Nana Akufo-Addo spoke on Wednesday when the Ethiopian Prime Minister, Abiy Ahmed, paid a call on him in Accra.",
			[]string{"meeting 2021-09-08"}},
		{"the date of the saying is not the planned visit's",
			"date 2017-04-05\n\nDHAKA — Prime Minister Sheikh Hasina of Bangladesh will pay a state visit to India, according to Foreign Minister Abul Hasan Mahmood Ali of Bangladesh, who spoke on Tuesday.",
			[]string{"visit "}},
		{"meetings with each person listed in a later sentence",
			"date 2020-09-16\n\nToday Prime Minister of Mongolia Khurelsukh Ukhnaa received Chinese Foreign Minister Wang Yi. The visit of the Chinese Foreign Minister ended today, after Minister Wang Yi had held bilateral meetings with Foreign Minister of Mongolia Enkhtaivan Nyamtseren and President of Mongolia Battulga Khaltmaa.",
			[]string{"meeting 2020-09-16", "meeting 2020-09-16", "visit 2020-09-16"}},
		{"a level of contacts is no summit",
			"date 2023-04-03\n\nBEIJING — Japan and China will keep up close communication at both the summit and foreign-minister levels, Japanese Foreign Minister Yoshimasa Hayashi and his Chinese counterpart Qin Gang agreed when they met in Beijing on Sunday.",
			[]string{"meeting 2023-04-02"}},
		{"a forum's leaders meeting is a summit",
			"date 2025-09-10\n\nAustralian Prime Minister Anthony Albanese attended the Pacific Islands Forum (PIF) leaders meeting in Honiara on Tuesday.",
			[]string{"summit 2025-09-09"}},
		{"a call with a third leader is another call",
			"date 2020-01-13\n\nUAE President Mohammed bin Zayed took a phone call on Sunday from France's President Emmanuel Macron.\n\nThe two leaders reviewed relations.\n\nThey discussed the region.\n\nSheikh Mohammed also took a phone call from German chancellor Angela Merkel.",
			[]string{"phone_call 2020-01-12", "phone_call 2020-01-13"}},
		{"a call alone",
			"date 2025-01-24\n\nIn a call on Thursday, Saudi Crown Prince Mohammed bin Salman congratulated US President Donald Trump.",
			[]string{"phone_call 2025-01-23"}},
		{"a call for restraint is no call",
			"date 2025-01-24\n\nSaudi Crown Prince Mohammed bin Salman met US President Donald Trump on Thursday and issued a call for restraint.",
			[]string{"meeting 2025-01-23"}},
		{"agreements intended to be signed are planned, undated",
			"date 2024-04-24\n\nThis morning Omani Foreign Minister Badr Albusaidi received Bahrain's Foreign Minister Abdullatif Al Zayani.\n\nA number of new agreements are intended to be signed.",
			[]string{"agreement ", "meeting 2024-04-24"}},
		{"a press statement as a source is no statement",
			"date 2022-09-02\n\nPhilippine President Ferdinand Marcos Jr. will pay a state visit to Indonesia, Indonesian President Joko Widodo said in a press statement released on Thursday.",
			[]string{"visit "}},
		{"a summit of two sides named before it is their meeting",
			"date 2019-02-28\n\nUS President Donald Trump and North Korean leader Kim Jong Un held a US-North Korea summit in Hanoi on Wednesday.",
			[]string{"meeting 2019-02-27"}},
		{"a summit with one leader is a meeting",
			"date 2019-02-28\n\nPresident Donald Trump held a summit with North Korean leader Kim Jong Un in Hanoi on Wednesday.",
			[]string{"meeting 2019-02-27"}},
		{"a summit between two leaders is a meeting",
			"date 2021-06-17\n\nThe summit between US President Joe Biden and Russian President Vladimir Putin took place in Geneva on Wednesday.",
			[]string{"meeting 2021-06-16"}},
		{"a summit with the leaders of several countries stays a summit",
			"date 2023-05-20\n\nChinese President Xi Jinping hosted a summit with the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan in Xi'an on Friday.",
			[]string{"summit 2023-05-19"}},
		{"after talks, then the talks told: one occasion",
			"date 2025-03-12\n\nKenyan President William Ruto said trade would grow after talks with Ugandan President Yoweri Museveni. When the talks opened, Ruto praised his host.",
			[]string{"meeting "}},
		{"a separate meeting with another person is another meeting",
			"date 2025-03-12\n\nKenyan Ambassador Jane Akello met Ugandan Trade Minister Francis Mwebesa in Kampala on Tuesday. In a separate meeting, the Kenyan ambassador held talks with Ugandan Finance Minister Matia Kasaija.",
			[]string{"meeting 2025-03-11", "meeting 2025-03-11"}},
		{"afterwards with the same people: the same meeting",
			"date 2025-03-12\n\nKenyan Ambassador Jane Akello met Ugandan Trade Minister Francis Mwebesa in Kampala on Tuesday. Afterwards, Akello and Mwebesa held talks on tariffs.",
			[]string{"meeting 2025-03-11"}},
		{"a session of a joint commission is a meeting",
			"date 2025-03-15\n\nKenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo co-chaired the third session of the Kenya-Uganda Joint Permanent Commission in Kampala on Friday.",
			[]string{"meeting 2025-03-14"}},
		{"the closing session of a summit is no meeting of its own",
			"date 2025-03-15\n\nKenyan President William Ruto attended the summit of the East African Community in Arusha on Friday and addressed its closing session.",
			[]string{"summit 2025-03-14"}},
		{"a visit is not dated by a session told in a later sentence",
			"date 2025-03-15\n\nKenyan Foreign Minister Musalia Mudavadi went to Uganda this week to co-chair a session of the joint commission. On Thursday, Mudavadi and Ugandan Foreign Minister Jeje Odongo presided over the session.",
			[]string{"meeting 2025-03-13", "visit 2025-03-15"}},
		{"a sign that ties warm is no signing",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku met Ugandan President Peter Okello in Kampala on Friday, a sign that ties are warming.",
			[]string{"meeting 2025-03-14"}},
		{"summit diplomacy is no summit",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku began a week of summit diplomacy in Nairobi on Friday, with the East African Community in mind.",
			nil},
		{"a trip one was unable to make is no visit",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku was unable to make the trip to Uganda in May.",
			nil},
		{"a roundtable with women leaders is no forum",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku joined a roundtable with Ugandan women leaders in Kampala on Friday.",
			nil},
		{"a roundtable with businesses is a forum",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku joined a roundtable with Ugandan businesses in Kampala on Friday.",
			[]string{"forum 2025-03-14"}},
		{"after the ceremony, when only a welcome ceremony was told: no ceremony of its own",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku arrived in Uganda on Friday and was given an official welcome ceremony. After the ceremony, Wanjiku laid a wreath at a memorial.",
			[]string{"visit 2025-03-14"}},
		{"a date in an opening clause of saying is the saying's",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku arrived in Uganda on Thursday for talks. Speaking to reporters in Nairobi today, her spokesman called it an important visit.",
			[]string{"meeting 2025-03-13", "visit 2025-03-13"}},
		{"summit of a group's leaders",
			"date 2025-03-14\n\nThe prime ministers of the Visegrad Group met in Bratislava on Thursday.\n\nLeaders of Slovakia, Poland, Hungary and the Czech Republic discussed energy.",
			[]string{"summit 2025-03-13"}},
	})
}

// TestEventParticipantsExcluded checks countries named in an event's
// sentence that take no part in it.
func TestEventParticipantsExcluded(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, absent string
	}{
		{"the source of a pressure",
			"date 2025-08-21\n\nIndian External Affairs Minister S Jaishankar held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Thursday, at a time of US threats of sanctions.",
			"country:USA"},
		{"a country named as absent",
			"date 2025-08-21\n\nThe leaders of Brazil and India met in Brasilia on Thursday without the United States.",
			"country:USA"},
		{"the spokesperson who announces a visit",
			"date 2025-08-21\n\nPeruvian President Rosa Quispe will visit Kenya next week, Peruvian government spokesman Jorge Silva said on Thursday.",
			"person:jorge-silva"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, e := range out.Entities {
				if e.Type != graph.TypeEvent {
					continue
				}
				n++
				if slices.Contains(e.Participants, tc.absent) {
					t.Errorf("%s takes part in %s", tc.absent, e.Key)
				}
			}
			if n == 0 {
				t.Error("no event")
			}
		})
	}
}
