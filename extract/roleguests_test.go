package extract_test

import (
	"strings"
	"testing"
)

// TestGuestCountry checks the country of a guest whose own country the
// text gives only by role, beside a role of his host's country, and that
// a role named as another party in his sentence ("invited by Lao PDR's
// Prime Minister") is not his.
func TestGuestCountry(t *testing.T) {
	runCountryCases(t, []countryCase{
		{"a guest who touched down in a country is not of it",
			"date 2020-10-01\n\nPresident Uhuru Mwangi touched down in France on Wednesday.\n\nMwangi was the guest of honour at the official residence of the French President.",
			"person:uhuru-mwangi", ""},
		{"a role of the host's country and one of the guest's: the guest's",
			"date 2020-10-01\n\nPresident Uhuru Mwangi touched down in France on Wednesday.\n\nMwangi was the guest of honour at the official residence of the French President. The Kenyan head of state is in France on a three-day state visit.",
			"person:uhuru-mwangi", "KEN"},
		{"two roles of two countries and no travel: no country",
			"date 2020-10-01\n\nPresident Uhuru Mwangi spoke on Wednesday.\n\nMwangi praised the French President. The Kenyan head of state then left.",
			"person:uhuru-mwangi", ""},
		{"the role that invited him is another party (a report of the real corpus, its leader renamed)",
			"date 2024-10-07\n\nStarting this week on October 8th, the Prime Minister, Kay Rala Soares, will set out on a series of visits: first to Lao People’s Democratic Republic (Lao PDR), then an official visit to Portugal and after that a visit to Jakarta, with his return to Timor-Leste due on October 22nd 2024.\n\nPrime Minister Soares has been invited by Lao PDR's Prime Minister, who currently assumes the ASEAN Chairship, and will take part in the related Summits and the 44th and 45th ASEAN Heads of State and Government Summits, which are to be held in Vientiane from 8-11 October under the theme “ASEAN: Enhancing Connectivity and Resilience”.\n\nTimor-Leste, at present an Observer to ASEAN, plans to become a member in 2025. Joining the Prime Minister at the Summits will be the other Heads of State and Government of the ASEAN member states, and those of ASEAN Partners such as the Republic of Korea, Russia, Japan, India, China, New Zealand, Australia, the United States, Canada, the European Union and the United Nations. The UN Secretary-General is expected to be there.",
			"person:kay-rala-soares", ""},
		{"the role he met is another party",
			"date 2024-10-07\n\nPrime Minister Kay Rala Soares arrived on Tuesday.\n\nSoares met the Lao Prime Minister in Vientiane.",
			"person:kay-rala-soares", ""},
		{"a title set off by dashes names the one after it",
			"date 2020-10-01\n\nPresident Uhuru Mwangi arrived in France on Wednesday, where the country's President - Emmanuel Laurent - welcomed him.",
			"person:emmanuel-laurent", "FRA"},
	})
}

// TestCompanionsEndWithTheAside checks that the companions of "X,
// together with A and B, ..." end with the aside: the one who welcomes X
// "from" after it is his host, not of his delegation.
func TestCompanionsEndWithTheAside(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2016-03-11\n\nWASHINGTON, March 10 -- Canada's Prime Minister Justin Lavoie, together with his wife and their children, received a warm welcome to the White House from President Adams on Thursday."
	checkLeaderCountry(t, x, text, "person:adams", "USA")
	text = "date 2021-02-24\n\nSecretary Ali Raza and Pakistani Minister of Foreign Affairs Shah Qureshi, together with senior officials of the Pakistan Government, are among the members of PM Khan's delegation."
	checkLeaderCountry(t, x, text, "person:khan", "PAK")
}

// TestPairOfSidesUnderOneAdjective checks that the adjective before the
// first of "<Adj> Title A and Title B" gives B no country when the clause
// tells of two sides' dealings, while one government's pair keeps it.
func TestPairOfSidesUnderOneAdjective(t *testing.T) {
	runCountryCases(t, []countryCase{
		{"two sides expanding bilateral trade",
			"date 2025-07-09\n\nBrazilian President Luis Costa and Prime Minister Ravi Sharma, seeing ample room to expand bilateral trade, have fixed a target of 20 billion dollars.",
			"person:ravi-sharma", ""},
		{"two sides determined to cooperate",
			"date 2016-09-02\n\nOn Thursday Saudi Arabian Deputy Crown Prince Faisal bin Nasser and Prime Minister Kenji Sato confirmed their determination to cooperate on reforms.",
			"person:kenji-sato", ""},
		{"a pair that is another's object keeps the adjective",
			"date 2024-06-06\n\nMaldives Foreign Minister Moosa Nasir had called on Sri Lankan President Ranil Perera and Prime Minister Dinesh Silva, discussing with them how to bolster bilateral ties.",
			"person:dinesh-silva", "LKA"},
		{"one government's president and premier",
			"date 2016-09-02\n\nChinese President Wang Ming and Premier Li Hua attended the opening of the congress in Beijing on Thursday.",
			"person:li-hua", "CHN"},
	})
}

// TestCapitalAndVisitBy checks a country stated by its capital's
// possessive before a state's title, and a visitor named after "a visit
// to <country> by" or one given "his <demonym> counterpart", who is not
// of that country.
func TestCapitalAndVisitBy(t *testing.T) {
	runCountryCases(t, []countryCase{
		{"a capital's foreign minister",
			"date 2019-11-28\n\nSeoul's Foreign Minister Kang Mi-ran invited him for the visit.",
			"person:kang-mi-ran", "KOR"},
		{"a capital's governor is no state's office",
			"date 2019-11-28\n\nNairobi's Governor Amos Kiprono invited him for the visit.",
			"person:amos-kiprono", ""},
		{"the one who paid the visit to a country is not of it",
			"date 2017-08-24\n\nYesterday brought to an end the three-day official visit that President Kofi Mensah paid to Equatorial Guinea.",
			"person:kofi-mensah", ""},
		{"a country named once, as another trip's destination, is no side to eliminate to",
			"date 2024-11-25\n\nSwedish Foreign Minister Maria Holm was in Bangkok, the capital of Thailand, on 22 November. While there, she held meetings with Maris Sang, her Thai counterpart, and with Phum Wecha, Deputy Prime Minister and Minister of Defence. The trip to Thailand came after the State Visit to Singapore earlier in the week.",
			"person:phum-wecha", ""},
		{"one's unnamed counterpart is of another country than his (a report of the real corpus, its leader renamed)",
			"date 2020-02-02\n\nLUANDA – As part of efforts to mend relations between their two countries, President Yoweri Kato and his Rwandan counterpart have agreed that their next round of talks will take place at Gatuna/Katuna border on February 21, 2020.\n\nEach side also undertook not to engage in actions seen as financing or backing rebel or opposition groups that seek to topple the other.\n\nThese understandings, among others, came out of the quadripartite summit that brought the two leaders together in Luanda, Angola on Sunday, February 2, 2020. Joao Manuel Gonsalves Lourenpo, the President of the Republic of Angola, had invited them, and Felix Antoine Tshisekedi, the President of the Democratic Republic of Congo, witnessed the talks.\n\nThe gathering followed up on the Quadripartite Summits of 12 July and 21 August 2019, both held in Luanda.\n\nAccording to part of a communique issued after the meeting, the Heads of State discussed how to strengthen their political, diplomatic, economic and cultural relations, and the Republic of Uganda and the Republic of Rwanda pledged that permanent dialogue between the two countries would remain a priority for the development and well-being of their peoples.",
			"person:yoweri-kato", ""},
		{"the visitor after 'a visit to <country> by'",
			"date 2019-11-28\n\nThe question of a possible visit to South Korea by President Wang Ming could also come up.",
			"person:wang-ming", ""},
	})
}

// TestIndefiniteRole checks that a role with "a" before it ("the first
// visit by a Thai Government leader in 11 years") names anyone in the
// office, and gives no one its country.
func TestIndefiniteRole(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2025-05-16\n\nHANOI — On Friday in Hanoi, Prime Minister Pham Van Long held a welcome ceremony for Prime Minister Suda Chai. The trip is the first by a Thai Government leader in 11 years."
	out := extractChecked(t, x, "indefinite role", text)
	for _, w := range out.Warnings {
		if strings.Contains(w, "reference by role") {
			t.Errorf("a role with 'a' before it gave a country: %s", w)
		}
	}
}

// countryCase is a text and the country one of its leaders must have
// ("" for none).
type countryCase struct {
	name, text, key, country string
}

// runCountryCases checks each case's leader country in a subtest.
func runCountryCases(t *testing.T, cases []countryCase) {
	t.Helper()
	x := mustExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLeaderCountry(t, x, c.text, c.key, c.country) })
	}
}

// TestTopicCountriesAreNoSides checks that a country named only as a
// matter talked about ("the Palestinian issue", "the Palestinian-Israeli
// conflict") or a third country named once ("Syria's security") gives no
// head its country by guess. (Reports of the real corpus, their people
// renamed.)
func TestTopicCountriesAreNoSides(t *testing.T) {
	runCountryCases(t, []countryCase{
		{"a conflict and a people talked about",
			"date 2024-03-21\n\nAL SAKHIR — His Majesty King Karim and Bahrain King Hamad Bin Rashid held a meeting on Thursday in Manama, at Al Sakhir Palace.\n\nA Royal Court statement said the two leaders went over the deep-rooted bilateral relations that link their countries and peoples and stressed that they are keen to widen cooperation in various fields.\n\nRegional developments were also on the agenda, above all the dangerous developments in Gaza. The two sides underlined the need for an immediate and lasting ceasefire in Gaza, for civilians to be protected and for aid to reach the Strip without interruption.\n\nAccording to the statement, the two leaders reiterated that efforts must be stepped up to bring the Palestinian-Israeli conflict to an end based on the two-state solution, so that stability and security are guaranteed for all and Palestinians can gain their just and legitimate rights.",
			"person:karim", ""},
		{"an issue, a people and a state talked about are no sides: the one side left is the king's, and his prime minister is not guessed it (nor Palestine's)",
			"date 2026-01-15\n\nBeirut, Jan. 15 (Petra) -- Meeting Lebanese President General Joseph Haddad on Thursday, Prime Minister Dr. Jafar Nasser passed on the greetings of His Majesty King Karim II and restated that support would go on for Lebanon's security, stability and sovereignty and for its efforts to strengthen state institutions.\n\nThe message was delivered at the Presidential Palace in Baabda, where the Prime Minister stressed how much it matters that the two countries keep up their cooperation and solidarity.\n\nPresident Haddad in turn asked Dr. Nasser to take his own greetings back to His Majesty the King, voiced appreciation for the support Lebanon has received and underlined how deep bilateral relations run.\n\nThe talks went over the strong fraternal ties between the two countries and looked at ways of widening cooperation in various sectors, above all now that 21 bilateral agreements have been signed since the Jordanian-Lebanese Joint Higher Committee resumed its work.\n\nOn the region, both sides reaffirmed their common stance on the Palestinian issue: the ceasefire in Gaza has to be consolidated and the legitimate rights of the Palestinian people restored, first among them an independent Palestinian state based on the two-state solution.\n\nThey also stressed that Syria's security and stability are essential both to the security of the region and to moving forward with joint projects between the two countries.\n\nPresent at the meeting were Abdul Latif Al-Najdawi, Minister of State for Prime Minister Affairs; Walid Al-Hadid, Jordan's Ambassador to Lebanon; and Fayez Rasamni, the Lebanese Minister of Public Works and Transport, who heads the honorary mission accompanying the Prime Minister.",
			"person:jafar-nasser", ""},
		{"a third country named once is no side: the king takes the one side whose sovereign is a king (not Syria)",
			"date 2026-01-15\n\nBeirut, Jan. 15 (Petra) -- Meeting Lebanese President General Joseph Haddad on Thursday, Prime Minister Dr. Jafar Nasser passed on the greetings of His Majesty King Karim II and restated that support would go on for Lebanon's security, stability and sovereignty and for its efforts to strengthen state institutions.\n\nThe message was delivered at the Presidential Palace in Baabda, where the Prime Minister stressed how much it matters that the two countries keep up their cooperation and solidarity.\n\nPresident Haddad in turn asked Dr. Nasser to take his own greetings back to His Majesty the King, voiced appreciation for the support Lebanon has received and underlined how deep bilateral relations run.\n\nThe talks went over the strong fraternal ties between the two countries and looked at ways of widening cooperation in various sectors, above all now that 21 bilateral agreements have been signed since the Jordanian-Lebanese Joint Higher Committee resumed its work.\n\nOn the region, both sides reaffirmed their common stance on the Palestinian issue: the ceasefire in Gaza has to be consolidated and the legitimate rights of the Palestinian people restored, first among them an independent Palestinian state based on the two-state solution.\n\nThey also stressed that Syria's security and stability are essential both to the security of the region and to moving forward with joint projects between the two countries.\n\nPresent at the meeting were Abdul Latif Al-Najdawi, Minister of State for Prime Minister Affairs; Walid Al-Hadid, Jordan's Ambassador to Lebanon; and Fayez Rasamni, the Lebanese Minister of Public Works and Transport, who heads the honorary mission accompanying the Prime Minister.",
			"person:karim-ii", "JOR"},
	})
}
