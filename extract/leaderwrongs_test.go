package extract_test

import "testing"

// TestHeadsOfRegionsLeadNoState checks that the head of a region ("the
// President of the Kurdistan Region", "of the Regional Government") is no
// head of state: no LEADS of the country.
func TestHeadsOfRegionsLeadNoState(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2021-06-01\n\nThe Turkish minister will then go on to Erbil to see Nechirvan Barzani, the President of the Kurdistan Region, as well as Masrour Barzani, the President of the Regional Government, during his visit to Iraq.",
		[]string{"person:nechirvan-barzani", "person:masrour-barzani"},
		[]string{"LEADS person:nechirvan-barzani country:IRQ", "LEADS person:masrour-barzani country:IRQ"})
}

// TestQueenBesideAKingLeadsNoState checks that a queen named with a king
// of her country is his consort: the king leads, she does not.
func TestQueenBesideAKingLeadsNoState(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2023-02-05\n\nThe King of Spain, Felipe VI, begins a state visit to Angola this Monday. Queen Letizia will travel with King Felipe VI.",
		[]string{"LEADS person:felipe-vi country:ESP"},
		[]string{"LEADS person:letizia country:ESP"})
}

// TestTitleBeforeASurnameIsHis checks that a title after a comma and
// before a surname alone opens that person's clause ("Accompanied by
// First Lady Kim Keon-hee, President Yoon will make ..."): it is not the
// title of the name before the comma, who is no leader.
func TestTitleBeforeASurnameIsHis(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2024-06-09\n\nSouth Korean President Yoon Suk Yeol leaves for Central Asia on Monday. Accompanied by First Lady Kim Keon-hee, President Yoon will make state visits to Turkmenistan, Kazakhstan and Uzbekistan.",
		[]string{"person:yoon-suk-yeol", "LEADS person:yoon-suk-yeol country:KOR"},
		[]string{"person:first-lady-kim-keon-hee", "person:kim-keon-hee"})
}

// TestTitleAfterAParticiple checks that "Meeting the Prime Minister,
// His Excellency X stressed ..." gives X no title of Prime Minister (the
// title is the participle's object, X the subject of the clause), and
// that X, a shorter spelling the register of office-holders holds for a
// minister named before, is that minister.
func TestTitleAfterAParticiple(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2024-01-04\n\nTalks were held in Amman between the Minister of State for Foreign Trade, His Excellency Dr. Thani bin Ahmed Al Zeyoudi, and the Prime Minister of the Hashemite Kingdom of Jordan, His Excellency Bisher Al-Khasawneh.\n\nMeeting the Prime Minister, His Excellency Dr. Thani Al Zeyoudi stressed that the UAE and Jordan have a shared vision."
	checkItems(t, x, text,
		[]string{"person:thani-bin-ahmed-al-zeyoudi", "LEADS person:bisher-al-khasawneh country:JOR"},
		[]string{"person:thani-al-zeyoudi", "LEADS person:thani-al-zeyoudi country:ARE", "LEADS person:thani-bin-ahmed-al-zeyoudi country:ARE"})
}

// TestNoNameFromTheEndOfATitleOrTheNextSentence checks that a syllable
// that ends a name is no initial joining the next sentence's first word
// ("Wang Yi. Wang said" is Wang Yi), and that the portfolio word that
// ends a title is no one's name ("Minister for Emergency Management.").
func TestNoNameFromTheEndOfATitleOrTheNextSentence(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2018-05-20\n\nForeign Minister Jorge Faurie held talks with China's Foreign Minister Wang Yi. Wang is in Argentina for the G20 meeting. Senator Murray Watt holds the posts of Minister for Agriculture and Minister for Emergency Management.",
		[]string{"person:wang-yi", "person:jorge-faurie"},
		[]string{"person:wang-yi-wang", "person:management"})
}

// TestNoNameFromBodiesHeadlineVerbsOrCountries checks that a body's word
// after a title ("general secretary of the Lao People's Revolutionary
// Party"), a headline's verb in title case ("Jordan's King Lands in
// Egypt") and a country's other name ("Cabo Verde") are no one's name.
func TestNoNameFromBodiesHeadlineVerbsOrCountries(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "Jordan's King Lands in Egypt for Summit With Sisi\n\ndate 2023-10-18\n\nChinese Vice President Han Zheng met Thongloun Sisoulith, general secretary of the Lao People's Revolutionary Party Central Committee. The Tunisian ambassador to Senegal, Cabo Verde and Gambia spoke.",
		[]string{"person:han-zheng", "country:CPV"},
		[]string{"person:lands", "person:people", "person:cabo-verde"})
}

// TestTerritoriesAndFormerStatesAreNoOrganizations checks that names ending
// with a head word of organizations but naming a territory or a former
// state ("the West Bank", "the Soviet Union") are no organizations.
func TestTerritoriesAndFormerStatesAreNoOrganizations(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2023-10-01\n\nJordan's King Abdullah discussed the situation in the West Bank and the legacy of the Soviet Union with Egyptian President Abdel Fattah al-Sisi.",
		[]string{"person:abdullah"},
		[]string{"org:west-bank", "org:soviet-union"})
}

// TestTownNamesOfOtherThings checks that words that are the names of
// GeoNames towns but name something else in the news ("(KUNA)", the
// Palace of "Independence", "Trinidad" of Trinidad and Tobago, Marco
// Rubio) are no places, nor do they bring their towns' countries.
func TestTownNamesOfOtherThings(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2024-11-08\n\nKUWAIT, Nov 8 (KUNA) -- The Emir of Kuwait received the Prime Minister of Trinidad at the Palace of Independence, and spoke with US Secretary of State Marco Rubio.",
		nil,
		[]string{"place:kuna", "place:independence", "place:trinidad", "place:rubio", "country:BOL", "country:VEN"})
}
