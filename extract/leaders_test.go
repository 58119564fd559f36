package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

func TestLeaderForms(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text          string
		key, country, title string
		alias               string // a later reference that must resolve
	}{
		{"a rank worn with the office before the name", "Foreign Secretary Chancellor Amina Wanjiru held talks in Riyadh on Sunday.", "person:amina-wanjiru", "", "Foreign Secretary", ""},
		{"a possessed person hosting another country's person", "Lithuania's Jonas Petraitis hosted Poland's Adam Nowak in Vilnius on Wednesday.", "person:jonas-petraitis", "LTU", "", ""},
		{"adjective title name", "Kazakh President Kassym-Jomart Tokayev met officials. Tokayev spoke.", "person:kassym-jomart-tokayev", "KAZ", "President", "Tokayev"},
		{"title of country", "President of Kazakhstan K. Tokayev arrived.", "person:k-tokayev", "KAZ", "President", ""},
		{"name of country", "Prime Minister Narendra Modi of India said so. The Indian prime minister left.", "person:narendra-modi", "IND", "Prime Minister", "Indian prime minister"},
		{"premier", "Chinese Premier Li Qiang met him. Premier Li left.", "person:li-qiang", "CHN", "Premier", "Li"},
		{"an office, then another titled person", "Speaking at a press conference with the President of Azerbaijan, Prime Minister Amos Kiprono gave an assurance.", "person:amos-kiprono", "", "Prime Minister", ""},
		{"a visit to a country 'of' the visitor, whose own country follows", "The visit to the Sultanate of Oman of King Abdallah II of the Kingdom of Jordan begins today.", "person:abdallah-ii", "JOR", "King", ""},
		{"a visit to a country 'of' the visitor, no other country", "The visit to Oman of King Abdallah II begins today.", "person:abdallah-ii", "", "King", ""},
		{"a last portfolio of two words before the name", "The visit will help trade, said the Minister of Commerce, Industry and Investment Promotion, Qais bin Mohammed al Yousef.", "person:qais-bin-mohammed-al-yousef", "", "Minister of Commerce, Industry and Investment Promotion", ""},
		{"a plural title, each country with its holder", "Meeting in San José, the presidents of Panama, José Raúl Mulino, and of Costa Rica, Rodrigo Chaves, agreed to cooperate. President Chaves spoke first.", "person:rodrigo-chaves", "CRI", "President", "Chaves"},
		{"a definite title between two names, each with a title of his own", "At the invitation of Sewa Lamsal, the Foreign Secretary of Nepal, Vikram Misri, Foreign Secretary of India, made an official visit to Nepal.", "person:vikram-misri", "IND", "Foreign Secretary", ""},
		{"a minister 'together with' a leader who opens the sentence", "Dutch Prime Minister Mark Rutte will be in Japan on a visit, together with economic affairs minister Henk Kamp, who is staying on until 11 November. Rutte will meet Prime Minister Shinzo Abe.", "person:henk-kamp", "NLD", "Economy Affairs Minister", ""},
		{"a sultan takes the one side whose sovereign is a sultan", "KUWAIT, Nov 19 (KUNA) -- The relations between Kuwait and Oman are deeply rooted, said Fahad Yusuf Saud, Acting Prime Minister, on Tuesday. He congratulated Oman on its National Day and wished the Sultanate further progress under the leadership of Sultan Haitham bin Tariq. Oman holds a special place in the hearts of all Kuwaitis, Oman's ambassador said, and Oman and Kuwait will meet again.", "person:haitham-bin-tariq", "OMN", "Sultan", ""},
		{"a rank of two words before the name is no part of it", "Tuilaepa paid a courtesy call on the President of Fiji, Major General Jioji Konusi Konrote.", "person:jioji-konusi-konrote", "FJI", "President", ""},
		{"an office in apposition with a rank", "The Foreign Minister of Paraguay, Ambassador Eladio Loizaga, is to pay an official visit to Brazil.", "person:eladio-loizaga", "PRY", "Foreign Minister", ""},
		{"a post-nominal after the name", "Joint statement of The Hon Peter Walsh MP, Prime Minister of Australia, and the Fijian leader.", "person:peter-walsh", "AUS", "Prime Minister", ""},
		{"a military rank before the name", "President Lt General Amos Kiprono of Kenya arrived.", "person:amos-kiprono", "KEN", "President", ""},
		{"a military rank alone before the name", "Thai Prime Minister General Somchai Wongsa met the envoy.", "person:somchai-wongsa", "THA", "Prime Minister", ""},
		{"a short rank without its dot before the name", "On Thursday Thai PM Gen Somchai Wongsa left for Colombo.", "person:somchai-wongsa", "THA", "Prime Minister", ""},
		{"a senior rank before a name with a title after it", "Senior General Kyaw Min Thu, Chairman of the Myanmar State Council, left for Moscow.", "person:kyaw-min-thu", "MMR", "Chairman", ""},
		{"one adjective before a plural title with 'Deputy': the country and title of each name", "Azerbaijani Deputy Foreign Minister Khalaf Khalafov held a meeting with Turkish Deputy Foreign Ministers Yavuz Selim Kiran and Sedat Onal in Ankara.", "person:sedat-onal", "TUR", "Deputy Foreign Minister", ""},
		{"an office only India's government has", "The Maldivian president was received at Palam by Minister of State for External Affairs Kirti Vardhan Singh.", "person:kirti-vardhan-singh", "IND", "Minister of State for External Affairs", ""},
		{"a ministry's acronym before a title stands for its government", "In a tweet, MEA spokesperson Raveesh Kumar described the call on the King.", "person:raveesh-kumar", "IND", "Spokesperson", ""},
		{"a field marshal's rank is no part of the name", "The committee is co-chaired by Field Marshal Omer Al-Bashir, the President of the Republic of Sudan.", "person:omer-al-bashir", "SDN", "President", ""},
		{"most honourable before the name", "The guests included the Most Honourable Peter Grant, Prime Minister of Jamaica, and others.", "person:peter-grant", "JAM", "Prime Minister", ""},
		{"a title opening the clause, a comma, then its holder as the subject", "Today at his office, Deputy Prime Minister and Foreign Minister, Amos Kiprono held talks with his Peruvian counterpart, Rosa Quispe.", "person:amos-kiprono", "", "Foreign Minister", ""},
		{"'As' a title, a comma, then its holder of one word", "As Deputy Chairman of the Government, Kiprono oversees trade.", "person:kiprono", "", "Deputy Chairman", ""},
		{"'Minster', a misspelt title", "Prime Minster Amos Kiprono of Kenya met the envoy.", "person:amos-kiprono", "KEN", "Prime Minister", ""},
		{"two names, an aside after the first, then a plural title of two countries", "On Friday Amos Kiprono, in Lima on a state visit, and Rosa Quispe, the presidents of Kenya and Peru, signed a treaty.", "person:amos-kiprono", "KEN", "President", ""},
		{"two names, then a plural title: the second name, the second country", "Amos Kiprono and Rosa Quispe, the prime ministers of Kenya and Peru, met in Lima.", "person:rosa-quispe", "PER", "Prime Minister", ""},
		{"a deputy's title in apposition after the name", "On Monday Amos Kiprono, Deputy Chairman of the Government of Kenya, was received in Lima.", "person:amos-kiprono", "KEN", "Deputy Chairman", ""},
		{"the counterpart of a leader named by his surname: his title", "Kenyan President Amos Kiprono arrived in Lima on Tuesday. Kiprono's Peruvian counterpart Rosa Quispe welcomed him.", "person:rosa-quispe", "PER", "President", ""},
		{"a head of government's title of six words", "Amos Kiprono, who is Chairman of the Cabinet of Ministers of Kenya, met him.", "person:amos-kiprono", "KEN", "Chairman of the Cabinet of Ministers", ""},
		{"counterparts from two countries, then their names: each his country", "Spanish Foreign Minister Jose Albares received his counterparts from Mauritania and Algeria, Amos Kiprono and Rosa Quispe, in Madrid.", "person:rosa-quispe", "DZA", "Foreign Minister", ""},
		{"a surname alone first, then the name with its initial: the fuller name", "Talks with EAM Jaishankar\n\nHe will meet External Affairs Minister S. Jaishankar on Wednesday.", "person:s-jaishankar", "IND", "External Affairs Minister", "Jaishankar"},
		{"a special adviser in apposition", "The visit was announced by Amos Kiprono, Special Adviser to the President on Information, in a statement.", "person:amos-kiprono", "", "Special Adviser", ""},
		{"'HE' in capitals before the name", "He will be received by the President HE Dr Amos Kiprono of Kenya.", "person:amos-kiprono", "KEN", "President", ""},
		{"a secretary of state with a portfolio", "The ceremony was attended by Kenyan Secretary of State for Foreign Affairs Amos Kiprono.", "person:amos-kiprono", "KEN", "Secretary of State for Foreign Affairs", ""},
		{"a last portfolio the list does not know, after 'and'", "In Lima the Minister of Foreign Affairs and National Community Abroad, Amos Kiprono, chaired the session.", "person:amos-kiprono", "", "Minister of Foreign Affairs and National Community Abroad", ""},
		{"a plural title, a comma, then each name 'for' its country", "The Foreign Ministers, Amos Kiprono for Kenya and Rosa Quispe for Peru, stressed the point.", "person:amos-kiprono", "KEN", "Foreign Minister", ""},
		{"a plural title before names with portfolios in brackets, one styled 'Amb.'", "Those attending included the Cabinet Secretaries Amos Kiprono (Trade), Amb. Rosa Quispe (National Treasury) and Jorge Silva (ICT).", "person:rosa-quispe", "", "Cabinet Secretary", ""},
		{"'Northern Macedonia', a common misnaming, is North Macedonia", "The other two, Rosa Quispe, Ambassador of the Hellenic Republic, and Jorge Silva, Ambassador of Northern Macedonia, are both based in Bucharest.", "person:jorge-silva", "MKD", "Ambassador", ""},
		{"a given name that is an English word, before a title in apposition", "He said To Van Lam, the General Secretary of Vietnam, will come.", "person:to-van-lam", "VNM", "General Secretary", ""},
		{"a hyphenated surname whose first half is a title", "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Baghdad. Amir-Abdollahian said Iran backs the vote.", "person:hossein-amir-abdollahian", "IRN", "Foreign Minister", "Amir-Abdollahian"},
		{"Bhutan's ministers' honorific", "Those present included Foreign Minister Lyonpo Tandi Dorji of Bhutan.", "person:tandi-dorji", "BTN", "Foreign Minister", ""},
		{"a linking syllable written apart", "PBF President Khawaja Mehboob ur Rehman of Pakistan said the two sides might meet.", "person:khawaja-mehboob-ur-rehman", "PAK", "President", ""},
		{"a title word that begins a full name the register knows", "Afghan Foreign Minister Amir Khan Muttaqi arrived in Islamabad. Amir Khan Muttaqi said ties would grow.", "person:amir-khan-muttaqi", "AFG", "Foreign Minister", ""},
		{"'Comrade' before the name", "Comrade Amos Otieno, Minister of Foreign Affairs of Kenya, signed the documents.", "person:amos-otieno", "KEN", "Foreign Minister", ""},
		{"a title after 'which', a comma, then its holder", "The memorandum on justice, which Justice, Legal and Parliamentary Affairs Minister, Amos Kiprono, signed with his counterpart, was the first.", "person:amos-kiprono", "", "Justice, Legal and Parliamentary Affairs Minister", ""},
		{"a title after 'by', a comma, then its holder", "The memorandum was signed by Transport and Infrastructural Development Minister, Amos Kiprono, and his Peruvian counterpart.", "person:amos-kiprono", "", "Transport and Infrastructural Development Minister", ""},
		{"a title opening the clause, its holder in apposition, then the verb", "At an earlier press conference, International Trade and Industry Minister, Datuk Seri Amos Kiprono, described the talks as useful.", "person:amos-kiprono", "", "International Trade and Industry Minister", ""},
		{"a Fijian chiefly title", "Fiji's High Commissioner Ratu Jone Waqa met New Zealand officials.", "person:jone-waqa", "FJI", "High Commissioner", ""},
		{"a two-letter initial with its dot", "Mongolian President Kh.Batbold met the envoy. Batbold thanked him.", "person:kh-batbold", "MNG", "President", "Batbold"},
		{"a surname of two particles", "European Commission President Ingrid von der Berg and European Council President Paulo Costa arrived in Tokyo.", "person:ingrid-von-der-berg", "", "President", ""},
		{"a surname of two hyphens", "Thai Prime Minister Somchai Chan-o-wat met him.", "person:somchai-chan-o-wat", "THA", "Prime Minister", ""},
		{"a month that is a surname", "British Prime Minister Helen May said the talks went well.", "person:helen-may", "GBR", "Prime Minister", ""},
		{"the President of the Republic in apposition", "ACCRA — On Monday the President of the Republic, Kwame Boateng Mensah, opened the new session of parliament.", "person:kwame-boateng-mensah", "GHA", "President", ""},
		{"His Excellency's initials spaced", "The Prime Minister of Japan spoke with the President of the Republic of Kazakhstan, H. E. Mr. Nurlan Abenov.", "person:nurlan-abenov", "KAZ", "President", ""},
		{"a professor between title and name", "Tobgay was invited by Bangladesh's chief adviser professor Karim Uddin.", "person:karim-uddin", "BGD", "Adviser", ""},
		{"portfolios not listed, in a list split by semicolons", "Kenyan President Amos Kiprono will be joined by the Minister of International Relations and Cooperation, Ms Ruth Wanjiku; the Minister of Arts and Culture, Mr Peter Otieno; and others.", "person:ruth-wanjiku", "", "Minister of International Relations and Cooperation", ""},
		{"an incoming office holder in apposition", "Kenyan President Amos Kiprono will also see Peter Otieno Ouma, the incoming Secretary of Economy, on Friday.", "person:peter-otieno-ouma", "", "Secretary of Economy", ""},
		{"a Bhutanese title of honour", "The Bhutanese prime minister Dasho Karma Wangdi arrived in Dhaka.", "person:karma-wangdi", "BTN", "Prime Minister", ""},
		{"appositive", "Narendra Modi, India's prime minister, said trade grew.", "person:narendra-modi", "IND", "Prime Minister", ""},
		{"a post-nominal between commas after the Hon.", "Mr. Kenji Sato, Prime Minister of Japan, talked by telephone with the Hon. Peter Walsh, MP, Prime Minister of Australia.", "person:peter-walsh", "AUS", "Prime Minister", ""},
		{"a Cambodian style after Samdech", "Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Chea Vuthy met the envoy.", "person:chea-vuthy", "KHM", "Prime Minister", ""},
		{"a head of a national body after another leader", "Kenyan President Amos Kiprono and President of Ugandan Presidency Council Peter Okello met in Nairobi.", "person:peter-okello", "UGA", "President", ""},
		{"a leader before the head of a national body", "Kenyan President Amos Kiprono and President of Ugandan Presidency Council Peter Okello met in Nairobi.", "person:amos-kiprono", "KEN", "President", ""},
		{"a family name after Al that is also a verb", "Omani Foreign Minister Fahd bin Mahmoud Al Said met the envoy.", "person:fahd-bin-mahmoud-al-said", "OMN", "Foreign Minister", ""},
		{"His Excellency in spaced initials", "The agency quoted H E Reza Karimi, Iran's ambassador to Oman, as saying that trade grew.", "person:reza-karimi", "IRN", "Ambassador", ""},
		{"a nickname in curly quotes before the title in apposition", "The leaders included His Excellency Ramdat “Ram” Jagernath, the President of the Republic of Suriname.", "person:ramdat-jagernath", "SUR", "President", ""},
		{"plural title, its countries, then the names", "On Wednesday, the presidents of Kenya and Uganda, Amos Kiprono and Peter Okello, will hold a meeting.", "person:peter-okello", "UGA", "President", ""},
		{"a title after a name and a comma opens the next clause's subject", "ASTANA. Speaking to the media with Peter Okello, Kazakh President Amos Kiprono described the scope for raising trade.", "person:amos-kiprono", "KAZ", "President", ""},
		{"an initial that is also a word", "Silva met A. K. Rahman, the Foreign Minister of Bangladesh, in Colombo.", "person:a-k-rahman", "BGD", "Foreign Minister", ""},
		{"honorific", "The Emir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived.", "person:tamim-bin-hamad-al-thani", "QAT", "Emir", ""},
		{"minister of", "Pakistan's Minister of Commerce Jam Kamal Khan spoke.", "person:jam-kamal-khan", "PAK", "Minister of Commerce", ""},
		{"particle", "Egyptian President Abdel Fattah el-Sisi spoke. El-Sisi left.", "person:abdel-fattah-el-sisi", "EGY", "President", ""},
		{"portfolio list", "Brazilian Minister of Mines, Energy and Transport Ana Souza met investors. Souza left.", "person:ana-souza", "BRA", "Minister of Mines, Energy and Transport", "Souza"},
		{"lower-case leader after adjective", "Kazakh leader Kassym-Jomart Tokayev arrived in Baku.", "person:kassym-jomart-tokayev", "KAZ", "Leader", ""},
		{"a title of office before an honorific in apposition", "On Thursday the Leader of the Islamic Revolution, Ayatollah Seyyed Ali Rezaei, told the visiting Kenyan president that Iran wants peace.", "person:ali-rezaei", "IRN", "Leader of the Islamic Revolution", ""},
		{"a long honorific misspelt", "Kenyan President Amos Kiprono met Iran's Supreme Leader Ayotallah Ali Rezaei in Tehran.", "person:ali-rezaei", "IRN", "Supreme Leader", ""},
		{"a chief of staff", "Kenyan President Amos Kiprono met Ugandan envoy Peter Okello. State House Chief of Staff Ruth Wanjiku of Kenya greeted him.", "person:ruth-wanjiku", "KEN", "Chief of Staff", ""},
		{"a quoted nickname used alone", "Kenyan President Amos \"Ami\" Kiprono came to Peru on Wednesday. On Friday, Ami met with President Rosa Quispe.", "person:amos-kiprono", "KEN", "President", "Ami"},
		{"honorific datuk seri", "Malaysian Prime Minister Datuk Seri Anwar Ibrahim spoke.", "person:anwar-ibrahim", "MYS", "Prime Minister", ""},
		{"a two-word honorific after 'the'", "Jamaican Prime Minister the Most Honourable Andrew Holness spoke.", "person:andrew-holness", "JAM", "Prime Minister", ""},
		{"a patronymic's initial letters against the name", "Mongolian President Kh.Battulga met Indian Prime Minister Narendra Modi in New Delhi.", "person:kh-battulga", "MNG", "President", ""},
		{"a name of three hyphened parts", "Thai Prime Minister Prayut Chan-o-cha met French President Emmanuel Macron in Paris.", "person:prayut-chan-o-cha", "THA", "Prime Minister", ""},
		{"a general's rank after the office", "Thai Prime Minister General Prayut Chan-o-cha met French President Emmanuel Macron in Paris.", "person:prayut-chan-o-cha", "THA", "Prime Minister", ""},
		{"initials of an honorific with spaces", "Japanese Prime Minister Fumio Kishida spoke by phone with the President of the Republic of Kazakhstan, H. E. Mr. Kassym-Jomart TOKAYEV.", "person:kassym-jomart-tokayev", "KAZ", "President", ""},
		{"a month's name as a surname", "British Prime Minister Theresa May met Chinese President Xi Jinping in London.", "person:theresa-may", "GBR", "Prime Minister", ""},
		{"country by role", "President Ana Lopes and Prime Minister Rui Costa held talks in Lisbon. The Angolan head of state thanked Portugal.", "person:ana-lopes", "AGO", "President", ""},
		{"country by elimination", "President Ana Lopes and Prime Minister Rui Costa held talks in Lisbon. The Angolan head of state thanked Portugal.", "person:rui-costa", "PRT", "Prime Minister", ""},
		{"country from dateline", "ASHGABAT — President Serdar Berdimuhamedov held talks yesterday with President of Uzbekistan Shavkat Mirziyoyev.", "person:serdar-berdimuhamedov", "TKM", "President", ""},
		{"untitled with role", "VILNIUS — Aliaksandr Lukashenka met Vladimir Putin in Moscow yesterday, the Belarusian leader's office said. Russian officials declined to comment.", "person:aliaksandr-lukashenka", "BLR", "Leader", ""},
		{"untitled by elimination", "VILNIUS — Aliaksandr Lukashenka met Vladimir Putin in Moscow yesterday, the Belarusian leader's office said. Russian officials declined to comment.", "person:vladimir-putin", "RUS", "", ""},
		{"host of talks in a country", "Russian Foreign Minister Ivan Orlov will be in Zambia on 5-6 March, where he is to hold talks with President Peter Banda.", "person:peter-banda", "ZMB", "President", ""},
		{"hosts after a visit to a republic", "Russian Foreign Minister Ivan Orlov will pay a working visit to the Republic of Zambia on 5 March, where talks are planned with Foreign Minister Ruth Mwale.", "person:ruth-mwale", "ZMB", "Foreign Minister", ""},
		{"head named late, main sides held: no guess", "Chilean President Ana Lopes and Peruvian President Rui Costa met in Lima. Chile and Peru signed a pact. Peru and Chile will trade more, and Chile will buy gas from Peru. Brazil sent a note. The guests at the dinner included Prime Minister Jose Pereira.", "person:jose-pereira", "", "Prime Minister", ""},
		{"a guest of the host city is not of its country", "Earlier this year, Lima hosted President Jose Pereira for a summit. Peru and Chile signed deals, and Peru will buy gas from Chile. Peru sells copper.", "person:jose-pereira", "CHL", "President", ""},
		{"a former head recalled is not guessed a country", "Chilean President Ana Lopes met Peruvian President Rui Costa in Lima on Monday to honour former President Jose Pereira, who died in 1990. Chile and Peru and Brazil signed a pact.", "person:jose-pereira", "", "President", ""},
		{"a father named in a patronym is another person", "Omani Crown Prince Khalid bin Faisal Al Harthy called the emir. He passed on the greetings of his father, King Faisal, to the emir.", "person:faisal", "", "King", ""},
		{"an ambassador by the dateline is not given its country", "NAIROBI — Kenyan President Ruth Wanjiku received Ambassador Li Wen and staff of the embassy on Monday.", "person:li-wen", "", "Ambassador", ""},
		{"former title of a country in apposition", "The prime minister of Jamaica paid tribute to Jorge Silva, former President of the Republic of Cuba, who died on Friday.", "person:jorge-silva", "CUB", "President", ""},
		{"a first president in apposition after a possessive", "Ties between Kenya and Peru date from the days of Kenya's first President, Dr. Samuel Otieno.", "person:samuel-otieno", "KEN", "President", ""},
		{"untitled subject after a possessive country", "At the palace in Lima, Peru's Rosa Quispe received her Bolivian counterpart for talks on trade.", "person:rosa-quispe", "PER", "", ""},
		{"an official of the one holding a title", "Jordanian King Ali bin Omar received the Omani envoy. Sheikh Salem Nasser Al Hadi, the King's Royal Court Minister, attended the talks.", "person:salem-nasser-al-hadi", "JOR", "Minister", ""},
		{"plural title before names of two countries (first)", "Presidents Ana Lopes of Angola and Rui Costa of Portugal signed the pact in Lisbon.", "person:ana-lopes", "AGO", "President", ""},
		{"a hyphenated deputy of a country's body in apposition", "Ruto spent an hour in the office with the vice-chairman of Peru's Central Committee, Jorge Silva, who handed over a letter.", "person:jorge-silva", "PER", "Vice Chairman", ""},
		{"a venue is no nationality; the dateline's capital is", "WASHINGTON – On Friday President Ana Lopes said that the summit would take place in Singapore on June 12. Peruvian leader Jorge Silva agreed. Peru's envoy came to the Oval Office. The agency's Peru Mission Center helped.", "person:ana-lopes", "USA", "President", ""},
		{"countries listed before a plural title, respectively", "The talks in Geneva between Peruvian and Kenyan Presidents Rosa Quispe and Amos Kiprono are over.", "person:amos-kiprono", "KEN", "President", ""},
		{"a seat of government before a title", "Kremlin spokesman Ivan Orlov told reporters that the talks had ended.", "person:ivan-orlov", "RUS", "Spokesperson", ""},
		{"his counterpart in apposition before a name", "On Monday, Peruvian President Rosa Quispe welcomed her counterpart, Amos Kiprono, to the palace in Lima.", "person:amos-kiprono", "", "President", ""},
		{"a name before his counterpart in apposition", "Rosa Quispe, the president of Peru, and Amos Kiprono, her counterpart, shook hands in Geneva. Swiss President Hans Keller greeted them.", "person:amos-kiprono", "", "President", ""},
		{"the inviter is no companion of the traveller", "Peruvian President Rosa Quispe is travelling to Nairobi at the invitation of President Amos Kiprono. Peru and Kenya will sign two pacts.", "person:amos-kiprono", "KEN", "President", ""},
		{"a head going home to a country", "Lima\n\nPrime Minister Ravi Menon landed in Peru on Friday to meet Rosa Quispe, his Peruvian counterpart. Heading back to India from Chile, PM Menon broke his journey in Lima. Chile and Chile again.", "person:ravi-menon", "IND", "Prime Minister", ""},
		{"a country after 'of' is not the next title's", "Taking part were President Ana Lopes of Angola and President Rui Costa of Portugal.", "person:rui-costa", "PRT", "President", ""},
		{"two heads paired by surnames get no guessed country", "New Delhi\n\nPM Ana Lopes praised the ties between Kenya and Peru on Wednesday. Kenya and Peru signed two pacts. Kenya will send experts. Lopes and Soto restated their commitment. PM Soto thanked Lopes.", "person:soto", "", "Prime Minister", ""},
		{"plural title before names of two countries (second)", "Presidents Ana Lopes of Angola and Rui Costa of Portugal signed the pact in Lisbon.", "person:rui-costa", "PRT", "President", ""},
		{"top diplomat after a possessive", "Peruvian Foreign Minister Javier Soto met Kenya's top diplomat Amos Kiprono in Lima.", "person:amos-kiprono", "KEN", "Foreign Minister", ""},
		{"bare secretary of state", "Secretary of State Mark Doyle met Peruvian Foreign Minister Javier Soto in Lima.", "person:mark-doyle", "USA", "Secretary of State", ""},
		{"secretary of state for a portfolio is no US office", "Mark Doyle, Secretary of State for Wales, met Peruvian Foreign Minister Javier Soto in Lima.", "person:mark-doyle", "", "Secretary of State", ""},
		{"a title in a relative clause after a name", "Among the guests was Dr Amos Kiprono, who is President of Kenya as well as chair of the bloc.", "person:amos-kiprono", "KEN", "President", ""},
		{"a title after who serves as", "Jorge Silva, who also serves as Minister of Trade of Peru, opened the fair.", "person:jorge-silva", "PER", "Minister of Trade", ""},
		{"a country where a title's holder is, is not his", "President Ana Lopes will pay a state visit to Peru on Friday. In Peru the President's programme includes talks in Lima with Rosa Quispe.", "person:ana-lopes", "", "President", ""},
		{"a role after an introductory clause is not the name's", "Speaking at a press conference in Lima with Foreign Minister Ravi Menon, the Peruvian President praised the ties between Peru and India.", "person:ravi-menon", "", "Foreign Minister", ""},
		{"a deputy after a coordinated country is no name", "Kenyan Prime Minister Amos Kiprono and South African Deputy President Thabo Nkosi arrived in Lima.", "person:thabo-nkosi", "ZAF", "Deputy President", ""},
		{"a head met is not guessed his visitor's country", "Beijing, Jan 15 (PTI) Meeting his Peruvian counterpart Rosa Quispe here on Wednesday, President Li Wen said Beijing stood ready to work with Peru. Quispe arrived on Tuesday for a four-day visit, a month after she went to Chile. According to a release issued in Lima by the Peruvian President's Media Division, Li said China was ready to work with Peru.", "person:li-wen", "", "President", ""},
		{"a head at a summit of many countries is not guessed one", "Of the 15 heads of state, four will attend the bloc's summit that President Ruth Banda chairs on Wednesday. Those attending include Kenyan President Amos Kiprono, Peruvian President Rosa Quispe and Chile's Jorge Silva. Also present are Indian Prime Minister Ravi Menon, the Angolan Minister of Defence, Joao Santos, and Ana Lopes, Brazil's Minister of Trade. Japan, Mexico and Norway sent envoys, and Egypt sent a message.", "person:ruth-banda", "", "President", ""},
		{"a side of unknown members lends no country", "Meeting Peruvian Ambassador Jorge Silva, Foreign Minister Amos Kiprono pledged support for the pact. Also attending was Foreign Secretary Ruth Wanjiku.", "person:ruth-wanjiku", "", "Foreign Secretary", ""},
		{"a title's country after in", "New Delhi : On 04 October 2022 Ravi Menon, Secretary in the Ministry of External Affairs, was in Ethiopia to meet the Government of Ethiopia. Secretary Menon also called on H.E. Amb. Ruth Wanjiku, Minister of State for Foreign Affairs in the Federal Democratic Republic of Ethiopia, to discuss India-Ethiopia relations.", "person:ruth-wanjiku", "ETH", "Minister of State for Foreign Affairs", ""},
		{"a title's country after a body's name in brackets", "ASTANA – Once the summit held in the Kazakh capital on July 4 was over, President Kassym-Jomart Tokayev had talks with foreign officials.\n\nMeeting with Amos Kiprono\n\nIn his talks with Amos Kiprono, Chairman of the Halk Maslahaty (People's Council) of Turkmenistan, the two sides reviewed trade.", "person:amos-kiprono", "TKM", "Chairman", ""},
		{"a head of a tour's host country, by where he is met", "Peruvian officials are travelling to Kenya and Chile this week. Leading the delegation is Deputy Minister Jorge Silva. Talks in Nairobi with Prime Minister Amos Kiprono will centre on trade. Peru and Peru's exporters hope for more.", "person:amos-kiprono", "KEN", "Prime Minister", ""},
		{"a title of a country's body before the name", "He met General Secretary of the Communist Party of Peru Jorge Silva in Lima.", "person:jorge-silva", "PER", "General Secretary", ""},
		{"a title of a country's chamber before the name", "He met Speaker of the National Assembly of Kenya Amos Kiprono in Nairobi.", "person:amos-kiprono", "KEN", "Speaker", ""},
		{"chief cabinet secretary", "Chief Cabinet Secretary Kenji Sato told reporters that Tokyo would send aid.", "person:kenji-sato", "JPN", "Chief Cabinet Secretary", ""},
		{"a greeter is of the place of arrival", "Kenyan President Amos Kiprono arrived in Lima on Monday. He was received at the airport by Foreign Minister Javier Soto.", "person:javier-soto", "PER", "Foreign Minister", ""},
		{"a greeter in a where clause", "Kenyan President Amos Kiprono arrived in Lima on Monday, where he was welcomed by Vice President Rosa Quispe.", "person:rosa-quispe", "PER", "Vice President", ""},
		{"a head met on another stop of a visitor's travels is not guessed the host's country", "Peruvian President Rosa Quispe travels to Nairobi on Tuesday for a state visit, Kenyan officials said. Her first trip abroad took her to Chile in April, where she signed trade deals with President Jorge Silva. She travels at the invitation of President Amos Kiprono. Kenya and Peru have argued over tariffs, and Kenya banned Peruvian fish.", "person:jorge-silva", "CHL", "President", ""},
		{"a head met on another stop of a visitor's travels is not guessed the host's country (no where clause)", "Peruvian President Rosa Quispe travels to Nairobi on Tuesday for a state visit, Kenyan officials said. Her first trip abroad took her to Chile in April. There she signed trade deals with President Jorge Silva in Santiago. She travels at the invitation of President Amos Kiprono. Kenya and Peru have argued over tariffs, and Kenya banned Peruvian fish.", "person:jorge-silva", "", "President", ""},
		{"a head met at a place named for someone else's talks is not guessed the most-named country", "Peruvian Foreign Minister Rosa Quispe will travel to Kenya and Chile. In Nairobi she will meet Kenyan business leaders. In Santiago, Quispe will take up trade with Chilean officials, President Jorge Silva among them. Peru and Kenya will sign a pact, and Kenya will buy Peruvian copper.", "person:jorge-silva", "CHL", "President", ""},
		{"a head met at a place named for someone else's talks is not guessed the most-named country (no group)", "Peruvian Foreign Minister Rosa Quispe will travel to Kenya and Chile. In Nairobi she will meet Kenyan business leaders. In Santiago, Quispe will take up trade with President Jorge Silva. Peru and Kenya will sign a pact, and Kenya will buy Peruvian copper.", "person:jorge-silva", "", "President", ""},
		{"the host of a summit met beside is no side of an encounter", "Chinese President Li Wen has promised to buy more of what Kenya grows, according to Prime Minister Amos Kiprono. The promise came in a meeting between President Li and PM Kiprono on the sidelines of the bloc's summit in Lima, Peru. Li invited Kiprono to China.", "person:amos-kiprono", "KEN", "Prime Minister", ""},
		{"officials in the delegation of a visitor are of his country, not the dateline's", "LIMA: On Monday Kenyan Prime Minister Amos Kiprono starts a two-day visit to Peru for talks with President Rosa Quispe. Foreign Minister Jorge Silva and Trade Minister Ana Lopes are in the delegation, with other ministers. Trade between Kenya and Peru rose.", "person:jorge-silva", "KEN", "Foreign Minister", ""},
		{"an official on a visit does not take the dateline's country he travels to", "CAIRO — Foreign Minister Jorge Silva will travel to Egypt on Monday for talks on trade. Kenya and Peru sent envoys, and Chile sent a note.", "person:jorge-silva", "", "Foreign Minister", ""},
		{"a head at a summit beside which he meets others does not take its host's country", "Prime Minister Amos Kiprono met leaders on the sidelines of the bloc's summit in Lima, Peru, on Friday. Kenya and Peru trade little.", "person:amos-kiprono", "", "Prime Minister", ""},
		{"a head met on a tour of two countries is not guessed one of them", "Kenyan Foreign Minister Amos Kiprono will visit Peru and Chile next week. He will discuss trade in both. Talks are planned with President Jorge Silva on copper. Peru buys tea from Kenya, and Peru sells fish.", "person:jorge-silva", "", "President", ""},
		{"a short title before a name opens the long title of a country in apposition", "OTTAWA — Canadian Foreign Minister Ana Lopes will travel to Japan and Peru. She will thank Minister Kenji Sato, Minister of Foreign Affairs of Japan, for his work.", "person:kenji-sato", "JPN", "Minister", ""},
		{"a guess does not overrule a country stated in apposition", "OTTAWA — Canadian Foreign Minister Ana Lopes will travel to Japan and Peru. She will thank Deputy Minister Kenji Sato, Chief Negotiator of Japan, for his work.", "person:kenji-sato", "", "Deputy Minister", ""},
		{"a ministry named in lower case between a country's adjective and a title", "Peruvian President Rosa Quispe met officials. US state department spokeswoman Jane Doe said the talks went well.", "person:jane-doe", "USA", "Spokesperson", ""},
		{"a defence ministry's spokesman", "Peruvian President Rosa Quispe met officials. Russian defence ministry spokesman Ivan Orlov said the talks went well.", "person:ivan-orlov", "RUS", "Spokesperson", ""},
		{"a head named with a visitor but never met is not guessed the country visited", "Deputy Minister Jorge Silva will travel to Peru next week. Peru buys tea, and Peru sells fish to Chile. In Lima, Silva will advance President Amos Kiprono's priorities on trade.", "person:amos-kiprono", "", "President", ""},
		{"a group's country before a name with 'among them' after it", "In Lima, the minister will take up trade with Peruvian officials, Prime Minister Jorge Silva among them. Kenya and Chile signed a pact, and Chile sells copper to Kenya.", "person:jorge-silva", "PER", "Prime Minister", ""},
		{"a head who receives a visitor in the dateline's sentence, a day between", "NAIROBI — President Amos Kiprono on Thursday received President Jorge Silva at State House. Silva, who is on a two-day visit, was accompanied by Foreign Minister Ana Lopes. Kenya and Peru share a long history, and Lake Peru touches Peru.", "person:amos-kiprono", "KEN", "President", ""},
		{"a subject who opens the sentence, however long the clause, is accompanied by his minister", "NAIROBI — President Amos Kiprono on Thursday received President Jorge Silva at State House. Silva, who is on a two-day visit, was accompanied by Foreign Minister Ana Lopes. Kenya and Peru share a long history, and Lake Peru touches Peru.", "person:ana-lopes", "PER", "Foreign Minister", ""},
		{"two ministers of one title joined by and are of two countries, not both the dateline's", "NAIROBI — President Amos Kiprono met Prime Minister Jorge Silva in Nairobi on Monday. Defence Minister Ana Lopes and Defence Minister Rosa Quispe signed a memorandum. Peru has given Kenya aid.", "person:rosa-quispe", "", "Defence Minister", ""},
		{"the first of two ministers of one title joined by and is not the dateline's either", "NAIROBI — President Amos Kiprono met Prime Minister Jorge Silva in Nairobi on Monday. Defence Minister Ana Lopes and Defence Minister Rosa Quispe signed a memorandum. Peru has given Kenya aid.", "person:ana-lopes", "", "Defence Minister", ""},
		{"a country talked about is no side to guess", "President Ana Lopes spoke by phone with President Jorge Silva on Tuesday. The two leaders discussed Chile, trade and fishing. Lopes raised the case of detained Kenyan citizens. Silva warned against meddling in Peru's affairs.", "person:ana-lopes", "KEN", "President", ""},
		{"a glottal stop before a given name", "Kenyan Foreign Minister Amos Kiprono met Prime Minister 'Ofa Tuilagi of Tonga in Nairobi.", "person:ofa-tuilagi", "TON", "Prime Minister", ""},
		{"a glottal stop inside and before words of a name in apposition", "Kenyan Foreign Minister Amos Kiprono also met Sione'i 'Ahome'e, the Minister of Finance of Tonga.", "person:sione-i-ahome-e", "TON", "Minister of Finance", ""},
		{"an apostrophe ending a word inside a name", "Iraqi Prime Minister Karim Shia' al-Hassani met Kenyan officials in Nairobi.", "person:karim-shia-al-hassani", "IRQ", "Prime Minister", ""},
		{"a quoted nickname after the name stays out of it", "Nepal's Prime Minister Ram Bahadur Thapa 'Badal' is set to visit Peru.", "person:ram-bahadur-thapa", "NPL", "Prime Minister", ""},
		{"a father's name after bin that is an English word", "The delegation included Dr Khalid bin Said Al Amri, Minister of Labour of Oman.", "person:khalid-bin-said-al-amri", "OMN", "Minister of Labour", ""},
		{"a title word as a given name before bin", "Also present was Sultan bin Rashid Al Harthy, Minister of Finance of Oman.", "person:sultan-bin-rashid-al-harthy", "OMN", "Minister of Finance", ""},
		{"a long hyphened Arabic name in apposition", "Also attending was Sheikh Ahmad Al-Fahad Al-Nasser Al-Sabah, Minister of Defence of Kuwait.", "person:ahmad-al-fahad-al-nasser-al-sabah", "KWT", "Minister of Defence", ""},
		{"an honorific with an apostrophe before a name in apposition", "Kenyan Foreign Minister Amos Kiprono met Dato' Hamid Yusof, the Minister of Foreign Affairs of Malaysia, in Nairobi.", "person:hamid-yusof", "MYS", "Foreign Minister", ""},
		{"a head of a tour's host country, met in a city that opens the sentence", "Peruvian officials are travelling to Kenya and Chile this week. Leading the delegation is Deputy Minister Jorge Silva. In Nairobi, talks with Prime Minister Amos Kiprono will centre on trade. Peru and Peru's exporters hope for more.", "person:amos-kiprono", "KEN", "Prime Minister", ""},
		{"an ambassador's qualifiers before the country in apposition", "The ceremony was attended by Amos Kiprono, the Ambassador Extraordinary and Plenipotentiary of Kenya to Peru.", "person:amos-kiprono", "KEN", "Ambassador", ""},
		{"a state counselor in lower case in apposition", "YANGON — Daw Khin Myo Aye, Myanmar's state counselor and foreign minister, is to travel to Peru in June.", "person:khin-myo-aye", "MMR", "State Counsellor", ""},
		{"counselor as an honorific before a spokesman's name", "According to Counselor Ahmed Samir, Spokesman for the Presidency, Egypt and Peru signed three deals.", "person:ahmed-samir", "", "Spokesperson", ""},
		{"the one traveller's hosts, met after a pronoun that goes back to him", "Kenyan President Amos Kiprono wrapped up a three-day state visit to Peru on Friday. President Kiprono had a busy programme. At the palace he laid a wreath. He also had meetings with Senate Chairman Jorge Silva and with Prime Minister Ana Lopes.", "person:jorge-silva", "PER", "Chairman", ""},
		{"the traveller's hosts in a sentence naming a third country: no host", "Kenyan President Amos Kiprono wrapped up a three-day state visit to Peru on Friday. He also had meetings with Senate Chairman Jorge Silva on trade with Chile.", "person:jorge-silva", "", "Chairman", ""},
		{"a peer is a counterpart", "Peruvian President Rosa Quispe met her Kenyan peer Amos Kiprono in Lima.", "person:amos-kiprono", "KEN", "President", ""},
		{"Peer as a given name is no title", "German Ambassador Peer Olav Braun met Peruvian officials.", "person:peer-olav-braun", "DEU", "Ambassador", ""},
		{"a lower-case portfolio minister in apposition after a possessive", "Amos Kiprono, Kenya's trade minister, said exports grew.", "person:amos-kiprono", "KEN", "Trade Minister", ""},
		{"a lower-case list of portfolios in apposition", "Amos Kiprono, Kenya's energy and mining minister, said exports grew.", "person:amos-kiprono", "KEN", "Energy and Mining Minister", ""},
		{"a capitalised list of portfolios before Minister in apposition", "Ruth Wanjiku, the Tourism, Wildlife and Antiquities Minister, said exports grew.", "person:ruth-wanjiku", "", "Tourism, Wildlife and Antiquities Minister", ""},
		{"the head of a delegation that a leader is a member of is of his country", "Peruvian Foreign Minister Jorge Silva is in the Kenyan capital as a member of Prime Minister Ana Lopes's delegation, which is on a visit.", "person:ana-lopes", "PER", "Prime Minister", ""},
		{"a current ambassador's country before the qualifier", "Amos Kiprono, Kenya's current ambassador to Peru, also attended the meeting.", "person:amos-kiprono", "KEN", "Ambassador", ""},
		{"an acting high commissioner's country after the qualifier", "According to Amos Kiprono, the Acting Kenyan High Commissioner to Peru, the envoy will hand over a message.", "person:amos-kiprono", "KEN", "High Commissioner", ""},
		{"a second office in apposition after a titled name gives its country", "Kenyan President Amos Kiprono then received the visiting Prince Faisal bin Omar Al Rashid, Saudi State Minister and member of the Cabinet, in Nairobi. Peru and Chile sent notes.", "person:faisal-bin-omar-al-rashid", "SAU", "Prince", ""},
		{"a royal's style after his title is no part of the name", "Saudi Minister of Foreign Affairs Prince Faisal bin Omar was received by Peruvian President Rosa Quispe in Lima.", "person:faisal-bin-omar", "SAU", "Foreign Minister", ""},
		{"a full name given without a title joins the surname after one", "Amos Kiprono, who took the oath as Kenya's President on Friday, is to visit Peru. In Lima, President Kiprono will meet Peruvian President Rosa Quispe.", "person:amos-kiprono", "KEN", "President", ""},
		{"a full name after the titled surname may be another person's", "Kenyan President Kiprono met Peruvian President Rosa Quispe in Lima on Monday; on Monday night the president and Grace Kiprono are due at a state dinner.", "person:kiprono", "KEN", "President", ""},
		{"a misspelt title is no given name", "Peruvian President Rosa Quispe met Kenyan President Kiprono in Lima. Quispe thanked Minster Kiprono for the visit.", "person:kiprono", "KEN", "President", ""},
		{"a family name after a lower-case al", "Peruvian President Rosa Quispe was received by Deputy Prime Minister Sayyid Fahd bin Mahmood al Said in Muscat.", "person:fahd-bin-mahmood-al-said", "", "Deputy Prime Minister", ""},
		{"worship among a minister's portfolios before his country", "Deputy Minister Ha Kim Tam met Pablo Tettamanti, Minister of Foreign Affairs, Trade and Worship of Argentina.", "person:pablo-tettamanti", "ARG", "Minister of Foreign Affairs, Trade and Worship", ""},
		{"the country a minister is said to represent wins over the adjective before a title coordinated with his", "Peruvian Minister of Commerce Rosa Quispe and Minister of Health Amos Kiprono, representing the Kenyan government, signed a framework agreement in Lima on Tuesday.", "person:amos-kiprono", "KEN", "Minister of Health", ""},
		{"a list whose items have titles in apposition is one side", "date 2019-01-22\n\nSri Lankan minister Rosa Quispe met Prime Minister Narendra Modi in New Delhi. He also consulted Amos Kiprono, Minister of State for Railways, Dharmendra Pradhan, Minister of Petroleum and Natural Gas, and Sushma Swaraj, Minister of External Affairs.", "person:amos-kiprono", "IND", "Minister of State for Railways", ""},
		{"a mayor of a city named before his name", "Peruvian President Rosa Quispe later met with Mayor of Nairobi Amos Kiprono on Monday.", "person:amos-kiprono", "KEN", "Mayor", ""},
		{"a chief of army staff with a rank before the name", "Peruvian President Rosa Quispe met Kenyan Chief of Army Staff General Amos Kiprono one-on-one.", "person:amos-kiprono", "KEN", "Chief of Army Staff", ""},
		{"a special representative in apposition", "Liu Wei, China's Special Representative on African affairs, held a meeting in Lima.", "person:liu-wei", "CHN", "Special Representative", ""},
		{"a guess does not give a country a second holder of a stated minister's office", "BEIJING - Chinese Premier Li Wen met visiting Prime Minister Ravi Menon of Nepal on Thursday in the Great Hall of the People. Li said China was ready to deepen cooperation with Nepal. Foreign Minister Anil Rao and Finance Minister Priya Nair attended the talks. Chinese Foreign Minister Wang Lei was also present.", "person:anil-rao", "", "Foreign Minister", ""},
		{"a deputy minister of foreign affairs in apposition is a deputy", "Attending for Kenya were Mr. Amos Kiprono, Deputy Minister of Foreign Affairs, and others.", "person:amos-kiprono", "KEN", "Deputy Foreign Minister", ""},
		{"a country named only as a topic is no side of an encounter", "Indonesian President Budi Santoso held talks with Prime Minister Anwar Rahman in Kuala Lumpur on Monday. The two leaders discussed the border and the situation in Myanmar. Santoso later met King Sultan Ibrahim at the palace.", "person:sultan-ibrahim", "", "King", ""},
		{"a minister met where a city visited is, not the dateline's", "WELLINGTON - Foreign Minister Sarah Cole met Japan's ambassador Kenji Ito on Monday. Trade Minister Tom Hale will visit Tokyo next month, where he is expected to meet Economy Minister Hiro Tanaka.", "person:hiro-tanaka", "JPN", "Economy Minister", ""},
		{"a Vietnamese name that is a function word after a title", "Vietnamese General Secretary To Minh received the Kenyan envoy on Monday.", "person:to-minh", "VNM", "General Secretary", ""},
		{"a Chinese surname that is a pronoun after a title", "Chinese Vice Premier He Lin met Kenyan President Amos Kiprono in Beijing.", "person:he-lin", "CHN", "Vice Premier", ""},
		{"a function word ending a three-word name", "Vietnamese Prime Minister Tran Van An received the Kenyan envoy on Monday.", "person:tran-van-an", "VNM", "Prime Minister", ""},
		{"a headline's capitalised infinitive is no part of the name", "Kenyan President Amos Kiprono To visit Peru", "person:amos-kiprono", "KEN", "President", ""},
		{"one who receives a country's delegation is not guessed its country", "General Secretary Lam Minh received the Chinese delegation in Hanoi.", "person:lam-minh", "", "General Secretary", ""},
		{"one whom the pronoun's leader also calls on is not guessed his country", "date 2024-03-02\n\nDHAKA, March 2 - Bangladesh and India agreed on Saturday to expand rail links, after talks between Foreign Minister Hasan Mahmud and his Indian counterpart in Dhaka. Indian External Affairs Minister Vikram Rao arrived on Friday for a two-day visit. He also called on Prime Minister Rina Akter at her office. The two ministers reviewed trade with India.", "person:rina-akter", "", "Prime Minister", ""},
		{"every greeter listed after 'received by' is of the place of arrival", "date 2024-05-05\n\nABUJA - Ghana's President Kofi Mensah arrived in Abuja on Sunday for talks with President Musa Bello. He was received at the airport by Vice President Yusuf Danjuma and Foreign Minister Aisha Lawal. Mensah is accompanied by Foreign Minister Ama Owusu.", "person:aisha-lawal", "NGA", "Foreign Minister", ""},
		{"a portfolio's cabinet secretary (a Kenyan minister)", "Kenyan President Amos Kiprono was accompanied by Trade Cabinet Secretary Ruth Wanjiku.", "person:ruth-wanjiku", "KEN", "Trade Cabinet Secretary", ""},
		{"a cabinet secretary abbreviated CS after the portfolio", "On Friday Transport CS Peter Otieno said the railway would help Kenya.", "person:peter-otieno", "KEN", "Transport Cabinet Secretary", ""},
		{"a prime cabinet secretary in apposition after a possessive", "He was welcomed by Peter Otieno, Kenya's Prime Cabinet Secretary, at the airport.", "person:peter-otieno", "KEN", "Prime Cabinet Secretary", ""},
		{"a dateline in a city of no side gives its country to no official", "date 2024-05-20\n\nGENEVA - Foreign Minister Ahmet Demir of Türkiye and Foreign Minister Hossein Karimi of Iran met in Geneva on Monday on the margins of a UN conference. Demir said the two discussed trade. Deputy Foreign Minister Reza Nouri also attended.", "person:reza-nouri", "", "Deputy Foreign Minister", ""},
		{"a country after 'cooperation with' in a sentence of two named leaders is a third", "date 2024-12-02\n\nSEOUL - President Lee Min-ho and Prime Minister Sato Kenji held talks in Seoul on Monday and agreed to boost security cooperation with the United States. Lee said South Korea and Japan faced common threats. Sato, who arrived on Sunday, will meet Speaker Woo Won-shik on Tuesday.", "person:sato-kenji", "JPN", "Prime Minister", ""},
		{"the visitor of 'the visit of' under a capital's dateline travels there", "date 2024-07-30\n\nASTANA - Kazakhstan and China signed 20 agreements worth $5 billion during the visit of Premier Li Wen, the government said. Li held talks with Prime Minister Olzhas Bektenov and was received by President Kassym Tokay.", "person:li-wen", "CHN", "Premier", ""},
		{"the members a country's delegation included", "date 2022-05-08\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima on Sunday. The Kenyan delegation included the Minister of Foreign Affairs, Paul Otieno, and Ruth Wanjiku, Minister of Energy.", "person:paul-otieno", "KEN", "Foreign Minister", ""},
		{"the head of a country's official delegation, a title in apposition", "date 2022-05-08\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima on Sunday. Peru's official delegation was headed by the Secretary of Foreign Affairs, Jorge Silva, and others.", "person:jorge-silva", "PER", "Secretary of Foreign Affairs", ""},
		{"a counterpart newly elected, in apposition", "date 2022-10-26\n\nKenyan Prime Minister Amos Kiprono had a telephone conversation on Wednesday with Rosa Quispe, his newly-elected Peruvian counterpart. Prime Minister Quispe was pleased.", "person:rosa-quispe", "PER", "Prime Minister", ""},
		{"a title said again after its country", "date 2024-08-27\n\nThe Sultan of Brunei Sultan Hassanal Bolkiah and Prime Minister Anwar Ibrahim held talks today.", "person:hassanal-bolkiah", "BRN", "Sultan", ""},
		{"the members of the delegation named in the sentence before", "date 2024-11-14\n\nPresident Jorge Silva heads the Peruvian delegation. Its members are Ana Lopes, Minister of Finance; Rosa Quispe, Minister of Economy; and Deputy Prime Minister Paul Otieno.", "person:rosa-quispe", "PER", "Minister of Economy", ""},
		{"the ministers a country is represented by", "date 2024-11-14\n\nPeru is represented in the Council by three ministers: Ana Lopes, the Foreign Minister; Rosa Quispe, the Defence Minister; and Paul Otieno, the Health Minister.", "person:rosa-quispe", "PER", "Defence Minister", ""},
		{"a father named inside his son's name is another person", "date 2023-03-21\n\nKlaus Iohannis, President of Romania, was received today by His Highness Sheikh Mohammed bin Rashid Al Maktoum, Ruler of Dubai.\n\nIn their meeting, Sheikh Mohammed and President Iohannis looked at ties.\n\nAlso present was Sheikh Maktoum bin Mohammed bin Rashid Al Maktoum, who serves as Deputy Prime Minister.", "person:mohammed-bin-rashid-al-maktoum", "ARE", "Ruler", ""},
		{"a son named with his father's full name is of his father's country", "date 2023-03-21\n\nKlaus Iohannis, President of Romania, was received today by His Highness Sheikh Mohammed bin Rashid Al Maktoum, Ruler of Dubai.\n\nIn their meeting, Sheikh Mohammed and President Iohannis looked at ties.\n\nAlso present was Sheikh Maktoum bin Mohammed bin Rashid Al Maktoum, who serves as Deputy Prime Minister.", "person:maktoum-bin-mohammed-bin-rashid-al-maktoum", "ARE", "Deputy Prime Minister", ""},
		{"a portfolio of a demonym and 'Abroad' in a title after the name is no person", "date 2025-04-17\n\nKenyan Foreign Minister Amos Kiprono was received by Bakary Sangare, Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, his Nigerien counterpart.", "person:bakary-sangare", "NER", "Foreign Minister", ""},
		{"an under-secretary of a portfolio before a name in apposition", "date 2018-10-18\n\nToday the consultations were led by the Undersecretary of Foreign Affairs, Carolina Valdivia, and by Teresa Ribeiro, the Secretary of State for Foreign Affairs of Portugal.", "person:carolina-valdivia", "", "Under-Secretary of Foreign Affairs", ""},
		{"a title misspelt by two letters swapped", "date 2018-05-16\n\nMANILA -- On Tuesday afternoon Papua New Guinea Prime Minsiter Peter O’Neill landed in Manila for a three-day visit.", "person:peter-o-neill", "PNG", "Prime Minister", ""},
		{"a given name that is a country's name, after a title", "Peruvian President Rosa Quispe travelled to Rome to see Prime Minister Georgia Meloni and President Sergio Mattarella. Meloni and Quispe talked about energy.", "person:georgia-meloni", "", "Prime Minister", ""},
		{"a given name that is a country's name does not make the country a side", "Peruvian President Rosa Quispe travelled to Rome to see Prime Minister Georgia Meloni and President Sergio Mattarella. Meloni and Quispe talked about energy.", "person:sergio-mattarella", "ITA", "President", ""},
		{"a surname that is a country's name, before a title in apposition", "date 2024-11-14\n\nPresident Jorge Silva heads the Peruvian delegation. Its members are Sinisa Mali, Minister of Finance; and Rosa Quispe, Minister of Economy.", "person:sinisa-mali", "PER", "Minister of Finance", ""},
		{"one who came with a visitor is of his country, not the dateline's", "date 2025-10-09\n\nLima — On Thursday President Jorge Silva received Kenyan Prime Minister, Amos Kiprono, at the Government Palace. Kiprono came with Ruth Wanjiku, Minister of State, who is also Minister of Foreign Affairs.", "person:ruth-wanjiku", "KEN", "Minister of State", ""},
		{"an okina is an apostrophe, so the surname alone is the same person", "date 2023-02-24\n\nPrime Minister Ana Lopes met Fiame Naomi Mataʻafa, her Samoan counterpart. Prime Minister Mata'afa thanked her.", "person:fiame-naomi-mata-afa", "WSM", "Prime Minister", "Mata'afa"},
		{"Congolese, in a text placed in Brazzaville, is of the Republic of the Congo", "date 2023-10-02\n\nPeruvian President Rosa Quispe has arrived in Oyo, 400 km north of the Congolese capital, Brazzaville. She was received by the Congolese Interior Minister Paul Otieno.", "person:paul-otieno", "COG", "Interior Minister", ""},
		{"Congolese, in a text placed in Kinshasa, is of the Democratic Republic of the Congo", "date 2023-10-02\n\nPeruvian President Rosa Quispe has arrived in Kinshasa. She was received by the Congolese Interior Minister Paul Otieno.", "person:paul-otieno", "COD", "Interior Minister", ""},
		{"one named without a title takes a role told later in his sentence", "date 2025-06-03\n\nVILNIUS — Ana Lopes met Peruvian President Rosa Quispe in Lima yesterday and asked for a long-term guarantee on gas prices, according to the Kenyan leader's press office.", "person:ana-lopes", "KEN", "Leader", ""},
		{"the hosts a visitor was received by", "date 2025-01-15\n\nPeruvian Prime Minister Jorge Silva brought his two-day official visit to Kenya to a close on Wednesday. PM Silva was received by Party Chairman Amos Kiprono and State President Ruth Wanjiku.", "person:ruth-wanjiku", "KEN", "President", ""},
		{"the hosts of a visitor whose own country is not stated yet", "date 2024-07-30\n\nASTANA - Kazakhstan and China signed 20 agreements worth $5 billion during the visit of Premier Li Wen, the government said. Li held talks with Prime Minister Olzhas Bektenov and was received by President Kassym Tokay.", "person:kassym-tokay", "KAZ", "President", ""},
		{"a crown prince of an emirate's city is of its country", "Sheikh Hamdan bin Rashid, Crown Prince of Dubai, attended the meeting with the Kenyan president.", "person:hamdan-bin-rashid", "ARE", "Crown Prince", ""},
		{"the ruler of an emirate is a local office", "Sheikh Saud bin Khalid, Ruler of Ras Al Khaimah, received the Kenyan envoy.", "person:saud-bin-khalid", "ARE", "Ruler", ""},
		{"a name given again with a middle initial and a suffix is one person, keyed as first given", "US Defense Secretary Mark Doyle will visit Tokyo. Secretary of Defense Mark T. Doyle III arrived on Monday.", "person:mark-doyle", "USA", "Defense Secretary", "Mark T. Doyle III"},
		{"a name that begins a longer one is one person", "President Hassan Ali and President Omar Guelle met. Hassan Ali Mohamud, the President of Somalia, said the talks went well.", "person:hassan-ali-mohamud", "SOM", "President", "Hassan Ali"},
		{"two heads named as a pair take no side of an encounter", "At the summit recently held in Guyana, President Luis Lula of Brazil voiced satisfaction over the planned bridge, and Presidents Santos and Ali welcomed this. Suriname and Guyana will share the cost.", "person:santos", "", "President", ""},
		{"an official who accompanied a leader named right after the verb is of his delegation", "Iranian Foreign Minister Hossein Karimi held talks with his Omani counterpart Badr Hamad in Muscat on Tuesday. Deputy Foreign Minister Ali Bagheri accompanied Karimi.", "person:ali-bagheri", "IRN", "Deputy Foreign Minister", ""},
		{"an ordinal before a title in apposition", "Among the ministers was Ana Lopes, Second Vice-President and Minister for Work of Peru.", "person:ana-lopes", "PER", "Vice President", ""},
		{"a month's name as a given name after an honorific", "On Sunday, Mr January Otieno, the Minister for Foreign Affairs of Kenya, told reporters in Nairobi that the visit was a success.", "person:january-otieno", "KEN", "Foreign Minister", ""},
		{"India's External Affairs Minister abbreviated", "On Thursday, EAM Ravi Menon held a meeting with Kenya's Ambassador to Nepal.", "person:ravi-menon", "IND", "External Affairs Minister", ""},
		{"a non-resident envoy in apposition after a possessive", "Kenyan President Amos Kiprono spoke at the accreditation of Professor Ruth Wanjiku Otieno, Ghana's non-resident High Commissioner, on Wednesday. Peru sent a note.", "person:ruth-wanjiku-otieno", "GHA", "High Commissioner", ""},
		{"a body's country after a possessive with a curly apostrophe", "In Lhasa, likewise, I met H. E. Mr. Qi Wen, who is Chairman of the People’s Government of China's Tibet Autonomous Region. Kenya and Chile sent notes.", "person:qi-wen", "CHN", "Chairman", ""},
		{"the officials a government's own release lists as attending are its own", "date 2024-10-23\nsource: Ministry of Foreign Affairs of Kenya\n\nPresident Ruth Wanjiku attended the summit in Lima. Peru and Chile were also represented. Several ministers took part as well. Among them were Amos Otieno, Minister for Trade and Industry, and Jane Kamau, Minister for Health.", "person:jane-kamau", "KEN", "Minister for Health", ""},
		{"officials present at talks in a government's release are of either side", "date 2024-06-11\nsource: Ministry of Foreign Affairs of Kenya\n\nPresident Ruth Wanjiku held talks with President Jorge Silva of Peru at State House on Tuesday. Also present were Foreign Minister Amos Otieno and Trade Minister Carlos Vega. Peru and Chile sent notes.", "person:carlos-vega", "", "Trade Minister", ""},
		{"a country named as where a visitor is stays a side of an encounter", "date 2024-06-18\n\nMOSCOW, June 18 - President Ivan Petrov held talks in the Kremlin on Tuesday with President Kassym Tokay, who is in Russia on a state visit. Foreign Minister Sergei Orlov and his Kazakh counterpart Murat Nurtleu signed a plan of consultations.", "person:sergei-orlov", "RUS", "Foreign Minister", ""},
		{"those a traveller meets at a summit abroad are not of its host country", "date 2024-06-27\n\nPrime Minister Erik Olsen travelled to Brussels on Wednesday for the European Council summit. He met President Emmanuel Laurent and Chancellor Hans Weber on the sidelines. Norway wants closer ties with Sweden.", "person:hans-weber", "", "Chancellor", ""},
		{"one named as another visitor is no host of the traveller", "date 2024-06-27\n\nPresident Amos Kiprono is on a state visit to Germany. He also had meetings with Foreign Minister Rosa Quispe, who was also in Berlin.", "person:rosa-quispe", "", "Foreign Minister", ""},
		{"a release's first official, named the head of a body, is not the release's", "date 2024-07-12\nsource: Government of Kenya\n\nComrade Amos Otieno, President of the Agency, signed the documents for the agency, while Comrade Jane Kamau, Presidential Advisor, signed them for Kenya.", "person:amos-otieno", "", "President", ""},
		{"a release's first official named among another country's officials is not the release's", "date 2024-06-27\nsource: Ministry of Foreign Affairs of Kenya\n\nThe Kenyan delegation held talks with Peru in Lima. Among the Peruvian officials were Foreign Minister Jorge Silva and Trade Minister Ana Lopes. Chile sent a note.", "person:jorge-silva", "", "Foreign Minister", ""},
		{"a head who receives a visitor in a city is of the city's country", "Chancellor Ana Lopes received Prime Minister Jorge Silva in Lima on Friday. The two leaders discussed trade and Chile. Kenya and Peru held their first consultations in Nairobi last year.", "person:ana-lopes", "PER", "Chancellor", ""},
		{"a head called on by a minister is not guessed the minister's country", "Kenyan Foreign Minister Amos Kiprono met Foreign Minister Ana Lopes in Lima on Monday. Kiprono also called on Prime Minister Jorge Silva. He later travelled to Santiago, where he met Foreign Minister Rosa Quispe and President Luis Soto.", "person:jorge-silva", "", "Prime Minister", ""},
		{"one met beside a gathering is not guessed a country the text does not name with him", "Prime Minister Ravi Menon arrived in Lima on Tuesday for the investment conference. On the sidelines of the conference, Menon met Crown Prince Ali bin Omar and President Amos Kiprono. India hopes to attract Peruvian investment.", "person:amos-kiprono", "", "President", ""},
		{"a country listed after a place is a place too, no side", "NAIROBI — Foreign Minister Jorge Silva arrived in Cairo on Tuesday for talks with his Egyptian counterpart Ali Hassan. Silva will also meet President Omar Saleh. Silva conveyed the greetings of President Amos Kiprono. The two ministers discussed the war in Gaza and the situation in Sudan and Libya. Kenya and Egypt aim to raise trade.", "person:amos-kiprono", "KEN", "President", ""},
		{"a country after 'on' is a topic, no side", "TOKYO — Prime Minister Kenji Sato and President Amos Kiprono agreed on Sunday to resume visits. Kiprono, who arrived in Tokyo on Saturday, also met Emperor Akihito. The two leaders pledged closer cooperation on North Korea.", "person:amos-kiprono", "", "President", ""},
		{"an official paired after a title with 'of' takes no dateline country", "DOHA — The Emir, Sheikh Ali bin Omar, received President Amos Kiprono yesterday. The meeting was attended by Minister of State Sheikh Salem Al Hadi and Minister of Foreign Affairs Jorge Silva.", "person:jorge-silva", "", "Foreign Minister", ""},
		{"an official named after a leader's possessive works for him", "Kenyan President Amos Kiprono received Peru's Jorge Silva in Nairobi. Kiprono's spokesman Ahmed Fahmy said the two discussed trade.", "person:ahmed-fahmy", "KEN", "Spokesperson", ""},
		{"a head 'who is on a visit to' a country is not of it", "Prime Minister Rosa Quispe, who is on a four-day state visit to Kenya, held talks with Prime Minister Amos Kiprono at State House on Tuesday. President Jorge Silva hosted a banquet in her honour.", "person:rosa-quispe", "", "Prime Minister", ""},
		{"a head who will fly on to a country is not of it; a suffix does not hide his surname", "President Jorge Silva Jr. arrived in Nairobi on Tuesday for a state visit. He was welcomed at State House by President Amos Kiprono. Silva will fly to Peru on Thursday to meet Prime Minister Rosa Quispe.", "person:jorge-silva-jr", "", "President", ""},
		{"a head's travels told in the sentence after, opened by 'he'", "President Jorge Silva will pay a state visit to Kenya and attend the summit in Nairobi, a spokesperson said. In Nairobi, Silva will hold talks with President Amos Kiprono. He will then visit Peru, where he will meet President Rosa Quispe.", "person:jorge-silva", "", "President", ""},
		{"officials take no dateline country when that country is visited", "LIMA — Prime Minister Ravi Menon landed in Peru on Friday for a weeklong visit. Finance Minister Jorge Silva and Trade Minister Ana Lopes took part in the talks.", "person:jorge-silva", "", "Finance Minister", ""},
		{"a head who thanks a country is not guessed to be of it", "NAIROBI — Prime Minister Amos Kiprono met President Jorge Silva in Lima on Saturday. Kiprono, accompanied by Foreign Minister Ana Lopes, thanked Peru for its support. The two leaders also discussed Chile.", "person:amos-kiprono", "", "Prime Minister", ""},
		{"bare deputy secretary of state", "Deputy Secretary of State Mark Doyle met Peruvian Foreign Minister Javier Soto in Lima.", "person:mark-doyle", "USA", "Deputy Secretary of State", ""},
		{"meetings with one side's officials, each after its own 'with'", "Peruvian Prime Minister Rosa Quispe arrived in Nairobi on Monday. Her programme includes meetings with Kenyan Prime Minister Amos Kiprono, with Foreign Minister Ana Lopes and with Minister for Climate Change Jorge Silva.", "person:jorge-silva", "KEN", "Minister for Climate Change", ""},
		{"'With him were' lists the companions of the one who opens the sentence before", "Kenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima. After the meeting Kiprono said trade would grow. With him were Foreign Minister Jorge Silva and Trade Minister Ana Lopes, together with the ambassador.", "person:jorge-silva", "KEN", "Foreign Minister", ""},
		{"a leader whose priorities an official advances is of the official's side", "Deputy Secretary of State Mark Doyle will travel to Peru and Chile. Across the whole trip, Deputy Secretary Doyle will advance President Ron Baker's priorities.", "person:ron-baker", "USA", "President", ""},
		{"a leader whose greetings an official conveys is of the official's side", "King Ali bin Omar received Foreign Minister Mark Doyle of Peru, who conveyed the greetings of President Ron Baker. Chile and Kenya sent envoys, and Chile sent a note.", "person:ron-baker", "PER", "President", ""},
		{"a third country both sides cooperate with is no side to guess", "TOKYO — Prime Minister Kenji Sato and President Amos Kiprono agreed on Sunday to resume visits. Kiprono, who arrived in Tokyo on Saturday, also met Emperor Akihito. The two leaders pledged closer cooperation with the United States.", "person:amos-kiprono", "", "President", ""},
		{"a country named once in passing, as often as the host, is not the only other country to eliminate to", "LIMA — President Rosa Quispe received Foreign Minister Amos Kiprono of Kenya on Monday. Quispe said Peru supports peace between Kenya and Somalia. Foreign Minister Jorge Silva also met Kiprono.", "person:jorge-silva", "PER", "Foreign Minister", ""},
		{"a head who will visit 'the' country is not of it", "LIMA: Prime Minister Ravi Menon will visit the Maldives on July 25-26, the ministry said. Menon will be the guest of honour at the celebrations, at the invitation of President Ali Rasheed. Trade Minister Ana Lopes will accompany him. Peru and the Maldives trade fish, and Peru will send experts.", "person:ravi-menon", "PER", "Prime Minister", ""},
		{"a country before ', whose' and a title is that leader's", "The Prime Minister, Rosa Quispe, met President Amos Kiprono in Nairobi on Thursday. Quispe and Kiprono agreed on an action plan. Peru and Kenya are partners in the pact with Chile, whose President Jorge Silva has threatened tariffs.", "person:jorge-silva", "CHL", "President", ""},
		{"the guests of a banquet given for the delegation are not of it", "LIMA: On Monday Kenyan Prime Minister Amos Kiprono starts a two-day visit to Peru. Foreign Minister Jorge Silva will host a banquet for the delegation. Trade between Kenya and Peru rose.", "person:jorge-silva", "PER", "Foreign Minister", ""},
		{"a lone name after Sheikh keeps it", "Bangladeshi Prime Minister Sheikh Rehana met Indian officials. Rehana left on Monday.", "person:sheikh-rehana", "BGD", "Prime Minister", ""},
		{"a full name after Sheikh drops it", "Qatari Emir Sheikh Jassim bin Khalid Al Thani arrived. Sheikh Jassim left on Monday.", "person:jassim-bin-khalid-al-thani", "QAT", "Emir", ""},
		{"a cosignatory of the other side", "Peru and Kenya signed four memorandums in Lima. The trade memorandum was signed by Trade Minister Rosa Quispe and Kenyan Trade Minister Amos Kiprono. Peru hopes trade with Kenya will double.", "person:rosa-quispe", "PER", "Trade Minister", ""},
		{"no cosignatory side when a third country is named", "Peru and Kenya signed four memorandums in Lima. The trade memorandum was signed by Trade Minister Rosa Quispe and Kenyan Trade Minister Amos Kiprono, with Chile as witness. Peru hopes trade with Kenya will double.", "person:rosa-quispe", "", "Trade Minister", ""},
		{"a government's release opens with its own official", "source: Ministry of Foreign Affairs of the Republic of Peru\n\nForeign Minister Javier Soto will travel to Kenya and Tanzania on March 5-9. In Nairobi he will hold talks with Kenyan officials.", "person:javier-soto", "PER", "Foreign Minister", ""},
		{"an outlet is no government", "source: Lima Daily News\n\nForeign Minister Javier Soto will travel to Kenya and Tanzania on March 5-9. In Nairobi he will hold talks with Kenyan officials.", "person:javier-soto", "", "Foreign Minister", ""},
		{"counterpart from a country in apposition", "Peruvian President Rosa Quispe met her counterpart from Kenya, Amos Kiprono, in Lima.", "person:amos-kiprono", "KEN", "President", ""},
		{"an organization's official gets no country from the dateline", "NAIROBI — Kenyan President Amos Kiprono met UN Secretary-General Lars Holm in Nairobi on Monday. Kenya and the UN agreed to cooperate.", "person:lars-holm", "", "Secretary-General", ""},
		{"an ambassador to a country named with the", "Peruvian Ambassador to the United States Rosa Quispe met officials in Washington on Friday.", "person:rosa-quispe", "PER", "Ambassador", ""},
		{"minister for international trade", "Kenyan Minister for International Trade Amos Kiprono met Peruvian Trade Minister Rosa Quispe in Lima.", "person:amos-kiprono", "KEN", "Minister for International Trade", ""},
		{"a government spokesman after the adjective", "Peruvian President Rosa Quispe will visit Kenya next week, Peruvian government spokesman Jorge Silva said on Sunday.", "person:jorge-silva", "PER", "Spokesperson", ""},
		{"a spokesman is not the other side by elimination", "Peruvian President Rosa Quispe will visit Kenya next week, government spokesman Jorge Silva said on Sunday.", "person:jorge-silva", "", "Spokesperson", ""},
		{"a hyphenated surname starting with a title word", "Iranian Foreign Minister Hossein Amir-Abdollahian met Peruvian Foreign Minister Javier Soto in Lima.", "person:hossein-amir-abdollahian", "IRN", "Foreign Minister", ""},
		{"a head who will visit a country is not of it", "President Amos Kiprono will visit Peru next week at the invitation of President Rosa Quispe, officials said.", "person:amos-kiprono", "", "President", ""},
		{"the inviter is of the country visited", "President Amos Kiprono will visit Peru next week at the invitation of President Rosa Quispe, officials said.", "person:rosa-quispe", "PER", "President", ""},
		{"lower-case portfolio title before a name", "India's external affairs minister R Menon is due to hold talks with his Peruvian counterpart Javier Soto in Lima.", "person:r-menon", "IND", "External Affairs Minister", ""},
		{"the counterpart of a country's own style holds the common office", "External Affairs Minister R Menon met his Peruvian counterpart Javier Soto in Lima.", "person:javier-soto", "PER", "Foreign Minister", ""},
		{"possessed persons joined by and", "Peru's Rosa Quispe and Chile's Ana Lopes met their Bolivian counterpart in Lima.", "person:ana-lopes", "CHL", "", ""},
		{"a country described, not named, is the one last named", "Chinese Foreign Minister Li Wen met his Kenyan counterpart in Nairobi, Kenya's capital, after he had met the East African nation's president, Ruth Wanjiku.", "person:ruth-wanjiku", "KEN", "President", ""},
		{"ministers with their portfolios in a delegation travelling with a country's president", "A delegation was also expected to travel with the Peruvian president, among them ministers Javier Soto (Transport) and Ana Lopes (Home Affairs).", "person:javier-soto", "PER", "Minister", ""},
		{"a host named after 'received by' is of no visiting delegation", "PM Josefa Tui of Fiji and his delegation were received by Deputy Prime Minister Peter Kama and other members of parliament, among them Governor Paul Siaguru.", "person:paul-siaguru", "", "Governor", ""},
		{"ministers with their portfolios in brackets", "Officials said the Peruvian side would include Rosa Quispe (Foreign Affairs), Javier Soto (Defence) and Ana Lopes (Trade and Tourism).", "person:javier-soto", "PER", "Minister", ""},
		{"a list of titled names: the title before a name is its own", "Also present were Ana Lopes, Finance Minister Dr Rui Costa, and others.", "person:rui-costa", "", "Finance Minister", ""},
		{"title of a state body before a name", "Kenya's Speaker of the National Assembly Amos Kiprono met Peruvian officials in Lima.", "person:amos-kiprono", "KEN", "Speaker", ""},
		{"plural title with the countries in order (first)", "Presidents Ana Lopes and Rui Costa of Angola and Portugal met in Lisbon.", "person:ana-lopes", "AGO", "President", ""},
		{"plural title with the countries in order (second)", "Presidents Ana Lopes and Rui Costa of Angola and Portugal met in Lisbon.", "person:rui-costa", "PRT", "President", ""},
		{"abbreviated title with its dot", "The envoy called on Gov. Musa Bello in Kano.", "person:musa-bello", "", "Governor", ""},
		{"initial before an appositive title", "The notes were exchanged by R. Kapoor, the Joint Secretary in the Finance Ministry of India.", "person:r-kapoor", "IND", "Joint Secretary", ""},
		{"glued initial before an appositive title", "He arrived at the invitation of B.Tsogt, Minister of Foreign Affairs of Mongolia.", "person:b-tsogt", "MNG", "Foreign Minister", ""},
		{"the delegation takes up the group named before", "Accompanied by senior Peruvian officials, President Rosa Quispe met President Amos Kiprono in Nairobi. The delegation included Trade Minister Javier Soto and Foreign Minister Ana Lopes.", "person:ana-lopes", "PER", "Foreign Minister", ""},
		{"members of the delegation after the group", "Senior Peruvian officials came with President Rosa Quispe to Nairobi, where she met President Amos Kiprono. Among the members of the delegation were Trade Minister Javier Soto and Dr. Ana Lopes.", "person:javier-soto", "PER", "Trade Minister", ""},
		{"no delegation country when two groups came before", "Peruvian officials and Kenyan officials met in Nairobi, and President Rosa Quispe met President Amos Kiprono. The delegation included Trade Minister Javier Soto and Foreign Minister Ana Lopes.", "person:ana-lopes", "", "Foreign Minister", ""},
		{"attending for a side", "Foreign Minister Rosa Quispe of Peru met Foreign Minister Amos Kiprono of Kenya in Lima. (Attending for Kenya were Mr. Otieno Mwangi, Deputy Minister of Trade, and others; for Peru, Mr. Javier Soto, Deputy Minister of Finance.)", "person:otieno-mwangi", "KEN", "Deputy Minister of Trade", ""},
		{"for a side after a semicolon", "Foreign Minister Rosa Quispe of Peru met Foreign Minister Amos Kiprono of Kenya in Lima. (Attending for Kenya were Mr. Otieno Mwangi, Deputy Minister of Trade, and others; for Peru, Mr. Javier Soto, Deputy Minister of Finance.)", "person:javier-soto", "PER", "Deputy Minister of Finance", ""},
		{"a good year for a country is no side", "Foreign Minister Rosa Quispe of Peru met Foreign Minister Amos Kiprono of Kenya in Lima. It was a good year for Kenya, Finance Minister Javier Soto said.", "person:javier-soto", "", "Finance Minister", ""},
		{"two who sign together sign for two sides", "Peru and Kenya signed four memorandums in Lima. Kenyan Foreign Minister Amos bin Kiprono Ruto and Transport Minister Rosa Quispe signed the trade memorandum. Peru hopes trade with Kenya will double.", "person:rosa-quispe", "PER", "Transport Minister", ""},
		{"minister of two portfolios", "Tomas Novak met Austrian Minister of Foreign Affairs and Trade Eva Gruber in Vienna.", "person:eva-gruber", "AUT", "Minister of Foreign Affairs and Trade", ""},
		{"adviser on a portfolio", "Adviser on Commerce Omar Qureshi of Pakistan signed the memorandum.", "person:omar-qureshi", "PAK", "Adviser on Commerce", ""},
		{"adviser on foreign affairs is no foreign minister", "Omar Qureshi, the Prime Minister's Adviser on Foreign Affairs, spoke.", "person:omar-qureshi", "", "Adviser on Foreign Affairs", ""},
		{"deputy NSA", "He met US Deputy NSA Mark Doyle in Delhi.", "person:mark-doyle", "USA", "Deputy NSA", ""},
		{"secretary of a portfolio", "The US envoy visited the Secretary of Economy of Mexico, Luis Ortega, in Mexico City.", "person:luis-ortega", "MEX", "Secretary of Economy", ""},
		{"travelling with a titled leader", "President Ana Duarte arrived in Lisbon for talks. Travelling with Spanish President Pedro Alvarez on the visit to Portugal are Trade Minister Luis Romero, Energy Minister Carla Vidal and the Ambassador of Spain to Portugal Jorge Ruiz.", "person:carla-vidal", "ESP", "Energy Minister", ""},
		{"met where the other travels", "Finnish Prime Minister Aino Virtanen met Prime Minister Lars Berg in Stockholm on Monday. Finland and Sweden agreed to work together. Sweden will help. Prime Minister Virtanen is to travel to Estonia on January 10 to meet her colleague Prime Minister Kask.", "person:kask", "EST", "Prime Minister", ""},
		{"signed by two ministers", "Peru and Kenya signed a trade deal in Lima. The deal, signed by Kenyan Trade Minister Amos Kiprono and Economy Minister Rosa Quispe, cuts tariffs. Peru hopes trade with Kenya will double.", "person:rosa-quispe", "PER", "Economy Minister", ""},
		{"untitled appositive", "Kim Song Nam, a senior North Korean official, met Chinese Ambassador Wang Yajun.", "person:kim-song-nam", "PRK", "", ""},
		{"a state's long name after the name's of", "Kenyan President Amos Kiprono welcomed President Rosa Quispe of the Republic of Peru and President Ana Lopes of the Kingdom of Spain in Nairobi.", "person:rosa-quispe", "PER", "President", ""},
		{"his spokesperson is of the one he speaks for", "NAIROBI, May 2 - Peruvian President Rosa Quispe arrived in Kenya. As his spokesperson Ruth Wanjiku said, President Jorge Silva of Chile sent three envoys to seven countries.", "person:ruth-wanjiku", "CHL", "Spokesperson", ""},
		{"his spokesperson after one of two countries is not guessed", "NAIROBI, May 2 - Kenyan President Amos Kiprono met President Rosa Quispe, and his spokesperson Ruth Wanjiku said that Peru and Kenya signed pacts.", "person:ruth-wanjiku", "", "Spokesperson", ""},
		{"the subject travelling with a leader is of his delegation", "Rosa Quispe, the President of Peru, arrived in Kenya on Monday.\n\nInterior Minister Javier Soto is travelling with Rosa Quispe, who is to meet her Kenyan peer Amos Kiprono.", "person:javier-soto", "PER", "Interior Minister", ""},
		{"a list of titles with 'of the' is one side", "During the visit Kenya's Foreign Minister met Prime Minister Jorge Silva, President of the National Assembly Ana Lopes and President of the Republic of Peru Rosa Quispe. A meeting with the Kenyan community in Peru was held at the Embassy of the Republic of Kenya.", "person:jorge-silva", "PER", "Prime Minister", ""},
		{"two met with one 'with' each are one side", "Kenyan Foreign Minister Amos Kiprono landed in Peru on Friday for a two-day visit, in which he is to hold talks with Prime Minister Jorge Silva and with his Peruvian counterpart Ana Lopes.", "person:jorge-silva", "PER", "Prime Minister", ""},
		{"a counterpart after a list of two is the other side", "Lima — Peru and Chile signed ten agreements at the palace, with Rosa Quispe, President of the Republic, and Jorge Silva, her Chilean counterpart, in attendance.", "person:rosa-quispe", "PER", "President", ""},
		{"the two parties of a bilateral act are two sides", "In Lima, Minister Ana Lopes will advance the bilateral Strategic Partnership that Kenyan President Amos Kiprono and Prime Minister Jorge Silva announced recently.", "person:jorge-silva", "", "Prime Minister", ""},
		{"a head named after a side addressed is not of it", "Kenya and Peru will build the corridor, which will link Peru with Chile. On Friday Jorge Silva said he had briefed the Peruvian delegation on the commitment of President Amos Kiprono to the corridor. Peru and Chile will build a road to Peru.", "person:amos-kiprono", "", "President", ""},
		{"a delegation received is not the receiver's", "Kenyan President Amos Kiprono received a delegation headed by President Rosa Quispe in Nairobi on Monday. Deputy President Ana Lopes also attended. Kenya and Peru signed pacts and Chile sent a note.", "person:rosa-quispe", "PER", "President", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			e := out.EntityByKey(tc.key)
			if e == nil {
				t.Fatalf("no entity %s in %v", tc.key, keys(out))
			}
			if e.Country != tc.country || e.Title != tc.title {
				t.Errorf("got country %q title %q, want %q %q", e.Country, e.Title, tc.country, tc.title)
			}
			if tc.alias != "" && !contains(e.Aliases, tc.alias) {
				t.Errorf("aliases %q lack %q", e.Aliases, tc.alias)
			}
		})
	}
}

func TestPlacesAndCountries(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "Beijing and Astana agreed. Sino-Russian ties grew, and the UAE and Türkiye joined. Talks were held in the Chinese city of Xi’an and in Kilifi. Côte d'Ivoire and the U.S. signed."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	// "Beijing and Astana agreed": capitals standing for their governments
	// are mentions of their countries (contract, issue 3), not places
	for _, k := range []string{"country:CHN", "country:KAZ", "country:RUS", "country:ARE", "country:TUR", "place:xi-an", "place:kilifi", "country:CIV", "country:USA"} {
		if out.EntityByKey(k) == nil {
			t.Errorf("missing %s in %v", k, keys(out))
		}
	}
	out3, err := x.Extract(extract.Document{Input: "t3", Text: "Peru's president met Chile's president. He spoke briefly to Spanish-speaking reporters and gave a French-language daily an interview."})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"country:ESP", "country:FRA"} {
		if out3.EntityByKey(k) != nil {
			t.Errorf("got %s for the name of a language", k)
		}
	}
	out2, err := x.Extract(extract.Document{Input: "t2", Text: "Peru's president toured South America and Latin America last year; Northern Ireland hosted him too. He spoke of the Indian Ocean and the Indo-Pacific."})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"country:USA", "country:IRL", "country:IND"} {
		if out2.EntityByKey(k) != nil {
			t.Errorf("got %s for a region named after a compass word, a sea or a region", k)
		}
	}
	for _, k := range []string{"place:beijing", "place:astana"} {
		if out.EntityByKey(k) != nil {
			t.Errorf("got %s for a capital standing for its government; want only its country", k)
		}
	}
	if kaz := out.EntityByKey("country:KAZ"); kaz != nil && !contains(kaz.Aliases, "Astana") {
		t.Errorf("country:KAZ aliases %q lack the capital's mention %q", kaz.Aliases, "Astana")
	}
}

func TestCapitalAsGovernmentOrPlace(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a hotel named after a king is a venue, not a king", "At the King David Hotel in Lima, Peruvian President Rosa Quispe and Kenyan President Amos Kiprono held a working meeting.", []string{"place:lima", "person:rosa-quispe"}, []string{"person:david-hotel"}},
		{"subject of a verb", "Washington said the tariffs would stay.", []string{"country:USA"}, []string{"place:washington"}},
		{"possessive stance", "Ankara's position on the corridor has not changed.", []string{"country:TUR"}, []string{"place:ankara"}},
		{"coordinated subjects", "Moscow and Minsk signed a treaty.", []string{"country:RUS", "country:BLR"}, []string{"place:moscow", "place:minsk"}},
		{"between two capitals", "The trip comes as strains persist between New Delhi and Washington over trade.", []string{"country:USA"}, []string{"place:washington"}},
		{"ties with a capital", "His government has tightened its defence ties with Washington.", []string{"country:USA"}, []string{"place:washington"}},
		{"a capital's possessive before any noun of its own", "They discussed Beijing's military assertiveness in the region.", []string{"country:CHN"}, []string{"place:beijing"}},
		{"a capital's possessive before a noun of the city", "The delegation landed at Beijing's airport on Monday.", []string{"place:beijing"}, nil},
		{"place of talks", "The two ministers held talks in Beijing on Monday.", []string{"place:beijing"}, nil},
		{"destination", "The president travelled to Tokyo.", []string{"place:tokyo"}, nil},
		{"the subject of a change after 'for'", "The two leaders pledged to push for Kyiv to become a member of the alliance.", []string{"country:UKR"}, []string{"place:kyiv"}},
		{"a trip's end after 'for'", "The president left for Tokyo to hold talks.", []string{"place:tokyo"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, "t", out)
			for _, k := range tc.want {
				if out.EntityByKey(k) == nil {
					t.Errorf("missing %s in %v", k, keys(out))
				}
			}
			for _, k := range tc.not {
				if out.EntityByKey(k) != nil {
					t.Errorf("got %s in %v; want none", k, keys(out))
				}
			}
			// a country entity may exist for a place (LOCATED_IN), but a
			// capital as a place is never a mention of its country
			for _, e := range out.Entities {
				if e.Type == graph.TypeCountry && len(tc.not) == 0 && len(e.Mentions) > 0 {
					t.Errorf("country %s mentioned at %v; want the capital as a place only", e.Key, e.Mentions)
				}
			}
		})
	}
}

func keys(x graph.Extraction) []string {
	var k []string
	for _, e := range x.Entities {
		k = append(k, e.Key)
	}
	return k
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestExtractConcurrent runs one Extractor from several goroutines (run with -race).
func TestExtractConcurrent(t *testing.T) {
	x := mustExtractor(t)
	files := articleFiles(t)
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for _, f := range files {
				data, err := readFile(f)
				if err == nil {
					_, err = x.Extract(extract.Document{Input: f, Text: data})
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

func TestLeaderCountryNotGuessedForMinisters(t *testing.T) {
	x := mustExtractor(t)
	// nothing says whose minister she is: leave the country unknown
	// rather than give her the most-mentioned country
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2024-07-09\n\nThe agreement between the Philippines and Japan was signed yesterday. Foreign Minister Yoko Tanabe praised the Philippines."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	e := out.EntityByKey("person:yoko-tanabe")
	if e == nil {
		t.Fatalf("no leader in %v", keys(out))
	}
	if e.Country != "" {
		t.Errorf("country %q; want unknown", e.Country)
	}
}

// TestLeaderCountryNotFromTheWrongSide holds texts where the only hints
// at a leader's country point to another country's side: he stays
// without one (or takes the one the text states) rather than get the
// host's.
// TestTitleOfAnotherNounIsNoApposition checks that a title complementing
// another noun in an opening phrase ("the Press Service of the President
// of Azerbaijan") is not given to the name that opens the main clause
// after the comma.
func TestTitleOfAnotherNounIsNoApposition(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2023-02-21\n\nPeruvian President Jorge Silva received a Kenyan delegation headed by Amos Kiprono in Lima on Tuesday.\n\nAccording to a statement from the Press Service of the President of Peru, Amos Kiprono passed on the greetings of the President of Kenya, Ruth Wanjiku."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	if e := out.EntityByKey("person:amos-kiprono"); e != nil && (e.Country == "PER" || e.Title == "President") {
		t.Errorf("Amos Kiprono given the title of the phrase before him: %s of %s", e.Title, e.Country)
	}
	for _, r := range out.Relations {
		if r.Type == graph.RelLeads && r.From == "person:amos-kiprono" {
			t.Errorf("Amos Kiprono leads %s", r.To)
		}
	}
	if e := out.EntityByKey("person:jorge-silva"); e == nil || e.Country != "PER" {
		t.Errorf("Jorge Silva: %+v", e)
	}
}

func TestLeaderCountryNotFromTheWrongSide(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, key, notCountry string
	}{
		{"hosts at their meeting, named after the visitors' delegation, are not of the visitors' side",
			"date 2022-05-10\n\nKenyan President Amos Kiprono hosted a delegation from Peru at State House, Nairobi on Tuesday.\n\nPeruvian Minister of State Jorge Silva headed the delegation and was accompanied by Adviser Ana Lopes.\n\nKenya's Energy Cabinet Secretary Paul Otieno had met the delegation at the airport.\n\nThose attending the meeting also included the Cabinet Secretaries Rosa Quispe (Trade), Amb. Ruth Wanjiku (National Treasury), Paul Otieno (Energy) and Felix Omondi (ICT).",
			"person:rosa-quispe", "PER"},
		{"who travelled with his president, in a relative clause behind an apposition, is of his side",
			"date 2018-11-16\n\nKenyan President Amos Kiprono held talks with Emir Tamim bin Hamad Al Thani of Qatar in Doha on Thursday.\n\nJorge Silva, the Minister for Infrastructure, who travelled with President Kiprono, said the meeting concentrated on investment opportunities.",
			"person:jorge-silva", "QAT"},
		{"one listed with his side's ministers behind 'the' is of their side",
			"date 2025-01-02\n\nOn Monday President Amos Kiprono received a delegation from Peru headed by the Peruvian Minister of Agriculture, Rosa Quispe.\n\nAlso at the meeting were Chief of Staff Jorge Silva, the Kenyan Foreign Affairs Minister Ana Lopes and Finance Minister Felix Omondi.",
			"person:jorge-silva", "PER"},
		{"one listed with the hosts' outgoing president and president-elect is of their side",
			"date 2022-06-10\n\nPeruvian Foreign Minister Rosa Quispe visited Kenya on Thursday. In Nairobi she held talks with Deputy Prime Minister Jorge Silva, the outgoing president Amos Kiprono, president-elect Ruth Wanjiku and Felix Omondi, Kenya's chief negotiator.",
			"person:jorge-silva", "PER"},
		{"'A and B, president C reiterated': C is no item of the list",
			"date 2019-06-26\n\nPeruvian President Amos Kiprono spoke by phone on Wednesday with Kenyan Prime Minister Rosa Quispe and with the Deputy Prime Minister Jorge Silva.\n\nTalking with Deputy Prime Minister Jorge Silva and Prime Minister Rosa Quispe, president Amos Kiprono reiterated his support.",
			"person:jorge-silva", "PER"},
		{"an adviser 'to the President' when two presidents are named is not guessed the host's side",
			"date 2026-01-25\n\nOn Monday President Bola Tinubu is to leave Abuja for the Republic of Türkiye on a state visit.\n\nThe trip was made public by Jorge Silva, Special Adviser to the President on Information and Strategy, in a statement headed 'President Tinubu to undertake state visit to Türkiye' that he signed on Sunday.\n\nAccording to Silva, the aim of the visit is to strengthen the cordial ties the two countries already share.\n\nThe trip also returns the state visit that the Turkish President, Recep Tayyip Erdogan, paid to Nigeria from October 19 to 20, 2021.",
			"person:jorge-silva", "TUR"},
		{"the visitor's ministers, named in a report datelined in the country visited, are not of the dateline's country",
			"LIMA – Four government ministers will travel to Peru on Sunday for an official visit led by Kenyan Prime Minister Amos Kiprono.\n\nThe ministers – Ana Lopes (Trade), Jorge Silva (Foreign Affairs) and Ruth Wanjiku (Energy) – will travel with security officers.",
			"person:ruth-wanjiku", "PER"},
		{"a head's companions, named in a report datelined in the country he is paying a state visit, are not of the dateline's country",
			"LIMA, Peru, (DPI) – On Tuesday at State House, President Rosa Quispe held bilateral discussions with His Highness Sheikh Amos bin Hamad, the Amir of the State of Kenya.\n\nKenya's head of state is paying Peru a historic one-day state visit.\n\nWith the Amir were HE Jorge Silva, minister of state for energy affairs; and HE Ana Lopes, the minister of commerce.",
			"person:jorge-silva", "PER"},
		{"the chair of a chamber, the one leader left, is not eliminated to the other country",
			"date 2023-06-15\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Thursday. The business forum was opened by Jorge Silva, Chairman of the Chamber of Commerce, who said trade between Kenya and Peru would grow.",
			"person:jorge-silva", "PER"},
		{"the deputy chair of a union, in a report datelined in a capital, is not of the dateline's country",
			"NEW DELHI, Oct 4 - In the course of the visit, Indian Foreign Secretary Amos Kiprono had a meeting with Dr. Rosa Quispe, Deputy Chairperson of the African Union, on India's engagement with the African Union.",
			"person:rosa-quispe", "IND"},
		{"one named with no title, a counterpart of no one titled, takes no guess",
			"date 2022-04-05\n\nKenyan President Amos Kiprono and Peruvian President Rosa Quispe witnessed the signing of four agreements in Lima on Monday.\n\nThe three other sectoral MoUs covered co-operation in the area of justice, which Justice, Legal and Parliamentary Affairs Minister, Paul Otieno, signed with his counterpart, Ruth Wanjiku; and transport, an MoU signed by Transport Minister, Felix Omondi, and Jorge Silva, his Peruvian counterpart.",
			"person:ruth-wanjiku", "KEN"},
		{"an envoy to a country is not of it",
			"date 2024-02-11\n\nAmos Kiprono, the Kenyan Minister for Business and Trade, is in Peru, where he has begun a three-day visit aimed at deepening the Kenya-Peru partnership.\n\nDuring his stay, the Peruvian-born Amos Kiprono and Rosa Quispe, the Prime Minister's Trade Envoy to Peru, are due to meet the Federal Government and State Governors, and also investors and business leaders, both Kenyan and Peruvian.",
			"person:rosa-quispe", "PER"},
		{"the chair of a summit held in another country's city is not guessed the guests' country",
			"date 2022-04-01\n\nMinister of Foreign Affairs Jorge Silva had talks with Dr. Amos Kiprono MP, the Foreign Minister of Kenya, on the sidelines of the 5th Summit of the Andean Initiative. President Ana Lopes chaired the Summit, which was held in Lima on 30 March, 2022.\n\nThe topics they covered included a trade agreement and cooperation in higher education between the two countries.",
			"person:ana-lopes", "KEN"},
		{"the second holder of a plural title is of neither the first's country nor a country named after them",
			"date 2019-02-01\n\nKenyan President Amos Kiprono arrived in Barbados on Friday. During the three-day visit Kiprono had talks with Prime Ministers Mia Mottley and Allan Fenton, with ministers representing Suriname, Grenada and Dominica, and with the Secretary General of CARICOM.",
			"person:allan-fenton", "SUR"},
		{"two callers, each after a repeated preposition, do not meet each other",
			"date 2024-06-02\n\nDHAKA — Bhutanese Prime Minister Tshering Wangdi arrived in Dhaka on Sunday for talks. The visiting prime minister received separate calls from adviser for foreign affairs Md Touhid Hossain and from adviser for commerce Sk Karim Uddin.",
			"person:sk-karim-uddin", "BTN"},
		{"who is cited as the source of a visit's report is of neither side",
			"DHAKA, April 4 Up to 35 agreements will be signed by Bangladesh while Prime Minister Sheikh Hasina is on a state visit to India, according to Foreign Minister Abul Karim Ali, who spoke on Tuesday. Ties with Nepal and Bhutan came up too.",
			"person:abul-karim-ali", "IND"},
		{"a speaker about his own leader's visit does not meet him",
			"date 2023-04-26\n\nOn April 25, Deputy Minister of Foreign Affairs Ha Kim Tam held a meeting with Acting Minister Pablo Tettamanti. Deputy FM Tam stated that with NA Chairman Vuong Dinh Hue's visit to Argentina, Vietnam means to show its solidarity with the Latin American region.",
			"person:ha-kim-tam", "ARG"},
		{"an official told by his leader to meet a counterpart is not the counterpart's",
			"date 2018-01-12\n\nTurkmen President Berdy Kerimov met Uzbek envoys on Friday. The agency said Kerimov had told Deputy Prime Minister Amos Dovletov to take up the agreements now being readied for signature with his Uzbek counterpart next week, when the joint commission holds a meeting.",
			"person:amos-dovletov", "UZB"},
		{"an agency's capital in the dateline is no side of a story between two other countries",
			"Baku, Azerbaijan, Aug. 17 (Trend): Turkmen President Berdy Kerimov received Uzbek Foreign Minister Rosa Salimova in Ashgabat. Deputy Prime Minister Amos Dovletov attended the talks, the Turkmen and Uzbek sides said.",
			"person:amos-dovletov", "AZE"},
		{"the hosts who welcome a traveller abroad are not of the dateline's country",
			"ASMARA, 09 November 2018 - At the invitation of Prime Minister Ravi Menon, President Amos Kiprono left today for Peru, where he is paying a two-day working visit.\n\nArriving at the Cusco Airport, President Kiprono received a warm welcome from a party that included Finance Minister Jorge Silva and Prime Minister Ravi Menon.\n\nForeign Minister Ana Lopes makes up the Kenyan delegation.",
			"person:jorge-silva", "ERI"},
		{"an official writing from a held side's capital is not eliminated to the other side",
			"NAIROBI, Jan. 8 -- A Kenyan official said on Sunday that the country wants more trade with neighbouring Peru.\n\nAccording to a statement by Trade Minister Jorge Silva, the areas of interest include pharmaceuticals.\n\nTrade is high on the agenda of Kenyan President Amos Kiprono, who is in Peru for a two-day official visit.",
			"person:jorge-silva", "PER"},
		{"a sultan is not guessed a country whose sovereign is an emir",
			"date 2024-11-19\n\nKUWAIT, Nov 19 (KUNA) -- The relations between Kuwait and Oman are deeply rooted, said Fahad Yusuf Saud, Acting Prime Minister, on Tuesday. He congratulated Oman on its National Day and wished the Sultanate further progress under the leadership of Sultan Haitham bin Tariq. Oman holds a special place in the hearts of all Kuwaitis, Oman's ambassador said, and Oman and Kuwait will meet again.",
			"person:haitham-bin-tariq", "KWT"},
		{"the adjective of a visiting leader is not his host's",
			"date 2024-10-07\n\nNEW DELHI: In addition, the visiting Kenyan President Amos Kiprono and Prime Minister Jorge Silva inaugurated the new runway at the airport and agreed to strengthen their relationship. During his four-day state visit, Kiprono held talks with Prime Minister Silva.",
			"person:jorge-silva", "KEN"},
		{"two people met by one subject are not two sides",
			"date 2024-04-03\n\nThe President of the Government, Jorge Silva, ended his trip to the Middle East today with a visit to Doha. There he met the Emir of Qatar, Sheikh Ali bin Omar, to talk about Gaza, and held a separate meeting on bilateral matters between Peru and Qatar with Sheikh Salem bin Nasser, the Prime Minister and Minister for Foreign Affairs.",
			"person:salem-bin-nasser", "PER"},
		{"an office of another country after 'with', then a titled name",
			"date 2025-02-25\n\nSpeaking at a joint press conference with the President of Azerbaijan, Prime Minister Shehbaz Sharif gave an assurance.",
			"person:shehbaz-sharif", "AZE"},
		{"a role reference to the country he travels to",
			"date 2023-03-02\n\nPresident Amos Kiprono's trip to Uganda, Rwanda and Burundi was a success, his office said.\n\nAfter the talks, the President of Uganda asked to send experts to study the port.",
			"person:amos-kiprono", "UGA"},
		{"the president of a parliament is no head of state",
			"date 2024-05-07\n\nMaria Lind, the Minister of Foreign Affairs, paid a working visit to Norway on 6 May 2024. In Oslo she held meetings with Erik Solberg, the Prime Minister of Norway; Jonas Dahl, the President of the Storting (Parliament); and Kari Moe, the Minister of Defence. Sweden and Norway are close, the Swedish minister said. Sweden has backed Ukraine, and Sweden will host the next round.",
			"person:jonas-dahl", "SWE"},
		{"two foreign ministers under one adjective are of two countries",
			"date 2024-09-25\n\nUS Secretary of State Mark Brown and Foreign Minister Samir Fawzy agreed to prepare the strategic dialogue between Egypt and the US.",
			"person:samir-fawzy", "USA"},
		{"the country after \"of the\" is the first minister's",
			"date 2020-07-10\n\nA teleconference was held by the Minister for International Trade of the UK Ravi Perera and Foreign Relations Minister Nimal Silva, the Foreign Ministry said today.",
			"person:nimal-silva", "GBR"},
		{"a list whose members carry different countries lends none (a name with a particle between)",
			"date 2020-08-25\n\nPeruvian President Jorge Silva, Kenyan Prime Minister Amos al-Kiprono and King Abdullah II met for a trilateral summit in Amman on Tuesday.",
			"person:abdullah-ii", "KEN"},
		{"an adjective of one in a list of sides is his alone",
			"date 2020-08-25\n\nPeruvian President Jorge Silva, Kenyan Prime Minister Amos Kiprono and King Abdullah II held a trilateral summit in Amman on Tuesday.",
			"person:abdullah-ii", "KEN"},
		{"the two of 'between' are two sides",
			"date 2021-02-24\n\nThe President's Media Division says that talks between the Kenyan Prime Minister and President Jorge Silva got under way this morning.\n\nPM Amos Kiprono reached Peru last evening on a two-day official visit, having accepted an invitation from his Peruvian counterpart, Rosa Quispe.",
			"person:jorge-silva", "KEN"},
		{"a country a tour will take him to is not his",
			"date 2021-12-02\n\nWhen he holds talks on Thursday with Peruvian President Rosa Quispe in Lima, President Amos Kiprono is expected to sign agreements.\n\nThe talks form part of Kiprono's four-nation tour to South America, which will also take him to Chile and Bolivia.",
			"person:amos-kiprono", "CHL"},
		{"one listed among both sides' officials takes no dateline's country",
			"date 2026-01-15\n\nLima, Jan. 15 (Andina) -- Meeting Peruvian President Jorge Silva on Thursday, Kenyan Prime Minister Amos Kiprono passed on greetings.\n\nPresent at the meeting were Paul Otieno, Minister of State for Prime Minister Affairs; Ruth Wanjiku, Kenya's Ambassador to Peru; and Ana Lopes, the Peruvian Minister of Public Works.",
			"person:paul-otieno", "PER"},
		{"a role in another clause is not given to one named without a title",
			"date 2023-12-05\n\nPeruvian President Rosa Quispe will meet Kenyan President Amos Kiprono on Tuesday. Last Wednesday the Peruvian leader met Jorge Silva and his family members, who had been held hostage; on Thursday, Qatar's emir came to Lima for talks with Quispe.",
			"person:jorge-silva", "QAT"},
		{"a holder still to be elected is nobody named",
			"date 2022-02-09\n\nSTATE HOUSE, LIMA: Peru stands ready to work with whoever the people of Kenya elect as President, President Rosa Quispe has said.\n\nQuispe said Peru would work with whoever is President of Kenya.",
			"person:rosa-quispe", "KEN"},
		{"one who flew into a country's capital is not of that country",
			"date 2022-02-26\n\nA two-day Kenya-Peru trade forum got under way today in Lima, with President Rosa Quispe and President Amos Kiprono attending its opening.\n\nPresident Kiprono flew into Lima this morning at the head of a delegation of Kenyan businesses, and was met on arrival by President Quispe.",
			"person:amos-kiprono", "PER"},
		{"one honoured in a delegation's tribute is no member of it",
			"date 2025-01-15\n\nPeruvian Prime Minister Jorge Silva concluded his official visit to Kenya on Wednesday. During the trip, PM Silva and the Peruvian Government delegation laid wreaths at the mausoleum of the late President Amos Kiprono in tribute to him.",
			"person:amos-kiprono", "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, "t", out)
			e := out.EntityByKey(tt.key)
			if e == nil {
				t.Fatalf("no %s in %v", tt.key, keys(out))
			}
			if e.Country == tt.notCountry {
				t.Errorf("country %q, taken from the other side", e.Country)
			}
			for _, a := range e.Aliases {
				if strings.Contains(a, "of Uganda") || strings.Contains(a, "Swedish") {
					t.Errorf("alias %q: another country's official", a)
				}
			}
		})
	}
}

func TestFormerHeadLeadsNothing(t *testing.T) {
	x := mustExtractor(t)
	text := "Peruvian President Rui Costa, the first Peruvian president to visit Nairobi, met Kenyan President Ana Mwangi in Nairobi. Ties date from the days of Kenya's first President, Samuel Otieno, and former Peruvian President Jose Pereira. Costa also met Maria Lopez, the incoming President of Chile."
	out, err := x.Extract(extract.Document{Input: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range out.Relations {
		if r.Type == graph.RelLeads && (r.From == "person:samuel-otieno" || r.From == "person:jose-pereira" || r.From == "person:maria-lopez") {
			t.Errorf("got %s %s -> %s for a former head", r.Type, r.From, r.To)
		}
	}
	for _, k := range []string{"person:rui-costa", "person:ana-mwangi"} {
		found := false
		for _, r := range out.Relations {
			found = found || r.Type == graph.RelLeads && r.From == k
		}
		if !found {
			t.Errorf("no LEADS from %s", k)
		}
	}
}

func TestPossessedNamesThatAreNoPersons(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"Peru signed a deal with Japan's Nakamura Heavy Industries on Monday.",
		"Peru's Inca Trail received a million visitors last year.",
		"Peru held talks with India's Verma Sons in Lima.",
		// the heads of offices' names are no names of persons
		"Peru and Chile held talks on Monday (05) at the palace. According to the President's Media Division, the Chilean President praised the talks.",
		"Peru sent its Prime Minister Assistant for Trade to Chile.",
		// a time of day: "PM" after a number is no prime minister
		"Peru and Chile signed the deal at 6:23 PM IST on Monday.",
		// an adverb of order opening a sentence is no name in apposition
		"Peru and Chile held talks.\n\nFirst, Prime Minister said he welcomed the talks.",
		// nor a participle ("Replying, the ambassador said")
		"Peru and Chile held talks.\n\nReplying, the ambassador said investors were keen.",
		// a body's word is no name after a title ("the Governor of the Central Bank")
		"Peru's president, together with his ministers and the Governor of the Central Bank, met Chilean officials.",
		// the speaker told by role after a clause is no apposition to the name before ("..., the Ambassador said")
		"Silva said Chile is a key partner. The agreements also included deals on Peru's role in the Belt and Road Initiative, the Ambassador said.",
		// a portfolio list is no name ("Minister of Public Service, Government Efficiency, and Implementation, X")
		"The meetings were attended by Minister of Public Service, Government Efficiency, and Implementation, and others from Peru and Chile.",
	} {
		out, err := x.Extract(extract.Document{Input: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range out.Entities {
			if e.Type == graph.TypeLeader {
				t.Errorf("%q: got leader %s", text, e.Key)
			}
		}
	}
}

func TestDeputyHeadLeadsNothing(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "Kenyan Deputy President Amos Kiprono met Peruvian President Rosa Quispe in Lima."})
	if err != nil {
		t.Fatal(err)
	}
	e := out.EntityByKey("person:amos-kiprono")
	if e == nil || e.Title != "Deputy President" || e.Country != "KEN" {
		t.Fatalf("got %+v, want a Deputy President of KEN", e)
	}
	for _, r := range out.Relations {
		if r.Type == graph.RelLeads && r.From == "person:amos-kiprono" {
			t.Errorf("got LEADS for a deputy president")
		}
	}
}

// TestPortfolioListsAreNoNames checks that the portfolios of a title that
// go on after a comma ("Minister of Energy, Industry and Mineral Wealth")
// name no person, and that the name after the whole title is the holder's.
func TestPortfolioListsAreNoNames(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ text, key, country string }{
		{"Khalid Omar, Saudi Minister of Energy, Industry and Mineral Wealth, arrived in Baghdad.", "person:khalid-omar", "SAU"},
		{"He met New Zealand's Minister for Climate Change, Simon Watts, in Suva.", "person:simon-watts", "NZL"},
		{"Albert Ramdin, the Minister of Foreign Affairs, International Business and International Cooperation of Suriname, arrived.", "person:albert-ramdin", "SUR"},
	}
	for _, tc := range tests {
		out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range out.Entities {
			if e.Type != graph.TypeLeader {
				continue
			}
			if e.Key == tc.key && e.Country == tc.country {
				found = true
			} else {
				t.Errorf("%q: got leader %s (%s)", tc.text, e.Key, e.Country)
			}
		}
		if !found {
			t.Errorf("%q: no leader %s of %s", tc.text, tc.key, tc.country)
		}
	}
}

// TestRegionsNamedBeforeRegion checks that "X region" is a Location only
// when X names a place of one country: an area of several countries (a
// continent's or people's adjective, a grouping's acronym) is none, and a
// country after "of" gives the region's country.
func TestRegionsNamedBeforeRegion(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, key, country string // country "-": no such Location
	}{
		{"a continent's adjective", "Kenya matters for integration in the West African region, the minister said.", "place:west-african", "-"},
		{"a people's adjective", "Kenya and Peru discussed developments in the Arab region.", "place:arab", "-"},
		{"a lower-case compass word before the adjective", "Kenya had become Peru's leading partner in the central European region.", "place:european", "-"},
		{"a grouping's acronym", "Peru is an important partner of Kenya in the LAC region, the statement said.", "place:lac", "-"},
		{"a region of a country after 'of'", "The Kenyan president toured the Turkana region of Kenya on Monday.", "place:turkana", "KEN"},
		{"a province of a country after 'of'", "The minister toured the Sindh province of Pakistan on Monday.", "place:sindh", "PAK"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			e := out.EntityByKey(tc.key)
			switch {
			case tc.country == "-" && e != nil:
				t.Errorf("got %s for an area of several countries", tc.key)
			case tc.country != "-" && e == nil:
				t.Errorf("no %s in %v", tc.key, keys(out))
			case tc.country != "-" && e.Country != tc.country:
				t.Errorf("%s country %q, want %q", tc.key, e.Country, tc.country)
			}
		})
	}
}

// TestPersonAfterLocativeIsNoPlace checks that a name after "from" or "in"
// with an office in apposition after it is a person, not a place.
func TestPersonAfterLocativeIsNoPlace(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ name, text, key string }{
		{"an unlisted office with 'of'", "Kenya and Peru signed the pact, according to a statement from Wanjiru Kamau, the Acting Director of State Communications.", "place:wanjiru-kamau"},
		{"an unlisted office with 'to'", "A statement from Musa Bello, the Senior Special Assistant to the President on Media, said Kenya and Peru agreed.", "place:musa-bello"},
		{"a listed title", "Kenya and Peru agreed, according to a note from Musa Bello, the Minister of Trade.", "place:musa-bello"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if out.EntityByKey(tc.key) != nil {
				t.Errorf("got %s for a person with an office in apposition", tc.key)
			}
		})
	}
}

// TestOutletIsNoPlace checks that the outlet named in the header, a period
// ("H1 2024"), an occasion named with its year and a document's heading are
// no places where the body names them as a dateline or after a locative.
func TestOutletIsNoPlace(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ name, text, key string }{
		{"an outlet's acronym as a dateline", "date 2024-12-08\nsource: Kenya Government Portal (KGP)\n\nKGP - On December 8 Kenyan President Amos Kiprono and his Peruvian counterpart held talks in Nairobi.", "place:kgp"},
		{"an outlet's web address as a dateline", "date 2024-12-08\nsource: Nairopress (via kenya.ke)\n\nNAIROPRESS.COM - Meeting on Friday, the presidents of Kenya and Peru promised closer ties.", "place:nairopress-com"},
		{"a half-year after 'in'", "date 2024-12-08\n\nTrade between Kenya and Peru grew 20 percent in H1 2024, the ministry said.", "place:h1"},
		{"an occasion named with its year after 'to'", "date 2024-12-08\n\nThe Kenyan president opened his trip with a visit to World Fair 2025 in Lima; Kenya and Peru signed a deal.", "place:world-fair"},
		{"a document's heading in capitals where a dateline stands", "date 2024-12-08\n\nJOINT COMMUNIQUE — The presidents of Kenya and Peru met in Nairobi on Friday.", "place:joint-communique"},
		{"an outlet after 'published in'", "date 2024-12-08\nsource: Alwatan (via Maghress)\n\nPublished in Alwatan on 16 - 11 - 2024\n\nKenya and Peru signed a trade deal.", "place:alwatan"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t.txt", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if out.EntityByKey(tc.key) != nil {
				t.Errorf("got %s for the outlet of the header", tc.key)
			}
		})
	}
}

// TestHyphenatedSurnameOfCityNames checks that the parts of a hyphenated
// surname that are also city names ("Jose Ramos-Horta") are the person's,
// in every mention, while a route between two cities keeps them; and that
// the name written without its hyphen is the same person.
func TestHyphenatedSurnameOfCityNames(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2024-03-01\n\nAt the invitation of President Thongloun Sisoulith, the President of Timor-Leste Jose Ramos-Horta is paying a state visit to Laos.\n\nRamos-Horta toured the Vientiane-Boten railway.\n\nFor his part, President Jose Ramos Horta restated his support."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	for _, k := range []string{"place:ramos", "place:horta"} {
		if out.EntityByKey(k) != nil {
			t.Errorf("got %s, a part of a person's name", k)
		}
	}
	if out.EntityByKey("place:boten") == nil {
		t.Errorf("no place:boten of the route in %v", keys(out))
	}
	if e := out.EntityByKey("person:jose-ramos-horta"); e == nil || e.Country != "TLS" {
		t.Errorf("person:jose-ramos-horta: %+v", e)
	}
}

// TestCityNamesInPersonsNames checks that a city's name inside a person's
// name opened by a title, or standing alone for that person's surname,
// is no place: "spokesperson Mao Ning ... Mao said", "Chairman Vuong
// Dinh Hue ... Chairman Hue", "the ambassador, Bernardo Futscher Pereira
// ... according to Pereira".
func TestCityNamesInPersonsNames(t *testing.T) {
	x := mustExtractor(t)
	for _, c := range []struct {
		name, text string
		absent     []string
		present    string
	}{
		{"after a title", "date 2023-08-07\n\nAccording to Kenyan Foreign Ministry spokesperson Mao Ning, Prime Minister Charlot Salwai will visit Nairobi. Mao said ties grew.\n\nNational Assembly Chairman Vuong Dinh Hue met Kenyan President Amos Kiprono. Chairman Hue thanked him.",
			[]string{"place:mao", "place:hue", "country:TCD"}, "place:nairobi"},
		{"a surname alone, the full name in apposition", "date 2020-07-17\n\nOn Thursday the Kenyan Ambassador to Peru, Bernardo Futscher Pereira, voiced his hope for a deal. According to Pereira, ties are excellent. He spoke in Lima.",
			[]string{"place:pereira", "country:COL"}, "place:lima"},
		{"a surname alone, the full name with a particle after a title", "date 2020-02-07\n\nPortuguese President Marcelo Rebelo de Sousa will be in New Delhi from February 13-16. During the visit Sousa will also go to the states of Maharashtra and Goa.",
			[]string{"place:sousa", "country:BRA"}, "place:new-delhi"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, "t", out)
			for _, k := range c.absent {
				if out.EntityByKey(k) != nil {
					t.Errorf("got %s, a part of a person's name", k)
				}
			}
			if out.EntityByKey(c.present) == nil {
				t.Errorf("no %s in %v", c.present, keys(out))
			}
		})
	}
}

// TestNamesThatLookLikeOthers checks words that the gazetteer or the
// titles would read as something else: a country's name opening a
// person's name, after a title ("Prime Minister Georgia Meloni") or in a
// name the register spells a letter apart ("Georgia Meloni went"); the
// last words of a long title after a name ("Cooperation and Nigeriens
// Abroad"); a city the data names in words the text joins by hyphens
// ("Dar-es-Salaam"), which opens a project's name too, but not a person's
// hyphened surname ("Laurent Saint-Martin", not Saint Martin).
func TestNamesThatLookLikeOthers(t *testing.T) {
	x := mustExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a country's name after a title opens a person's name",
			"date 2024-02-13\n\nPeruvian President Rosa Quispe travelled to Rome to see Prime Minister Georgia Meloni. Meloni and Quispe talked about energy.",
			[]string{"person:georgia-meloni"}, []string{"country:GEO"}},
		{"a country's name opening a name the register knows, misspelt",
			"date 2024-05-07\n\nGeorgia Meloni went to Tripoli, Libya, and met Prime Minister Abdul Hamid Dbeibah there. Meloni's government wants more trade.",
			nil, []string{"country:GEO"}},
		{"a portfolio of a demonym and 'Abroad' is no person",
			"date 2025-04-17\n\nKenyan Foreign Minister Amos Kiprono was received by Bakary Sangare, Minister of Foreign Affairs, Cooperation and Nigeriens Abroad, his Nigerien counterpart.",
			[]string{"person:bakary-sangare"}, []string{"person:nigeriens-abroad"}},
		{"a city joined by hyphens, and a project named after it",
			"date 2024-06-11\n\nPresident Hakainde Hichilema arrived in Dar-es-Salaam on Tuesday for talks with President Samia Suluhu Hassan on the Dar-es-Salaam Port.",
			[]string{"place:dar-es-salaam", "project:dar-es-salaam-port"}, []string{"project:salaam-port"}},
		{"a person's hyphened surname that is a country's name in words is no country",
			"date 2025-05-26\n\nHANOI — Deputy Prime Minister Bui Thanh Son and French Minister Delegate for Foreign Trade Laurent Saint-Martin opened the Vietnam-France Business Forum in Hanoi on Monday.",
			nil, []string{"country:MAF"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkItems(t, x, c.text, c.want, c.not) })
	}
}

// TestPortfolioAfterCoordinatedAdjective checks that "A's Energy Minister
// X and German Economics Minister Y" names two ministers, not a third
// person "Economics" under the first title.
func TestPortfolioAfterCoordinatedAdjective(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2022-11-25\n\nKenya's Energy Minister Ana Lopes and Peruvian Economics Minister Paul Otieno negotiated the energy agreement."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	if out.EntityByKey("person:economics") != nil {
		t.Errorf("got person:economics in %v", keys(out))
	}
	if e := out.EntityByKey("person:paul-otieno"); e == nil || e.Country != "PER" {
		t.Errorf("person:paul-otieno: %+v", e)
	}
}

// TestNoNameFromStylesOrHeadlines holds texts where words that are no
// person's name stand after a title or inside an organization's name.
func TestNoNameFromStylesOrHeadlines(t *testing.T) {
	x := mustExtractor(t)
	for _, c := range []struct{ name, text, bad string }{
		{"a title ending a headline governs nothing on the next line",
			"Talks by Peru's Foreign Minister Rosa Quispe and her Kenyan counterpart\n\nCreated: 2021.01.08\n\nRosa Quispe, the Minister of Foreign Affairs of Peru, spoke by telephone on 8 January with Amos Kiprono, the Minister of Foreign Affairs of Kenya.",
			"person:created"},
		{"HH is a style, not a name",
			"date 2022-05-26\ntitle: HH the Amir's European Tour\n\nBy undertaking a European tour, HH the Amir Sheikh Tamim bin Hamad Al-Thani has opened a new stage in relations. In Ljubljana, together with HE the Slovenian President, HH the Amir said that the two had discussed the region. HE the Slovenian President welcomed HH the Amir.",
			"person:hh"},
		{"an organization's name stops before a style",
			"Peruvian President Rosa Quispe was received by the Deputy Prime Minister for the Council of Ministers, His Highness Sayyid Fahd bin Mahmood al Said.",
			"org:council-of-ministers-his-highness-sayyid-fahd"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if out.EntityByKey(c.bad) != nil {
				t.Errorf("%s in %v", c.bad, keys(out))
			}
		})
	}
}

// TestRegionNotOfAnotherClausesCountry checks that a region named with no
// country of its own does not take the country of another clause of its
// sentence, nor pass it to its governor.
func TestRegionNotOfAnotherClausesCountry(t *testing.T) {
	x := mustExtractor(t)
	out := extractChecked(t, x, "region", "date 2022-08-25\n\nSpeaking for the Government of Kenya, he thanked Governor of the Lakeside Region Rosa Quispe, who gave help.")
	for _, e := range out.Entities {
		if (e.Type == graph.TypeLeader || e.Type == graph.TypeLocation) && e.Country == "KEN" {
			t.Errorf("%s given KEN, the country of another clause", e.Key)
		}
	}
}

// TestTitleWordsInNames checks that a title word which is part of a name
// makes no leader of the rest: "Amir-Abdollahian" is a surname, "Amir
// Khan Muttaqi" (a full name the register knows) a given name and more.
func TestTitleWordsInNames(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct{ name, text, notKey string }{
		{"a hyphenated surname alone", "date 2021-08-28\n\nThe trip is the first that Amir-Abdollahian has made to the region.", "person:abdollahian"},
		{"a surname the register spells with a hyphen, written apart", "date 2021-08-28\n\nThe Speaker congratulated Amir Abdollahian on being appointed Iran's new Foreign Minister.", "person:abdollahian"},
		{"a register's full name that begins with a title word", "date 2021-11-11\n\nIt is Amir Khan Muttaqi's first trip to Pakistan since August 15.", "person:khan-muttaqi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			for _, e := range out.Entities {
				if e.Key == tc.notKey {
					t.Errorf("%s read as a leader", tc.notKey)
				}
			}
		})
	}
}
