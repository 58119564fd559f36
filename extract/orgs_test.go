package extract_test

import "testing"

// TestOrgNameForms checks the forms of organizations' names found by
// pattern: where a name ends, names listed together, names that open
// with their head, and the bodies that are not organizations of the graph.
func TestOrgNameForms(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2024-06-12\n\nMalawian President Lazarus Chakwera met Zambian President Hakainde Hichilema in Lusaka on Tuesday. "
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"multilateral bodies added to the list",
			lead + "Later this week the Forum on China-Africa Cooperation (FOCAC) summit opens, after the East Asia Summit and talks under the OSCE Minsk Group; AMISOM troops stay, the European Parliament said.",
			[]string{"org:forum-on-china-africa-cooperation", "org:east-asia-summit", "org:osce-minsk-group", "org:african-union-mission-in-somalia", "org:european-parliament"}, nil},
		{"a known body spelt with 'Co-operation'",
			lead + "Kuwait and Oman belong to the Gulf Co-operation Council (GCC), and the GCC will meet in Doha.",
			[]string{"org:gulf-cooperation-council"}, []string{"org:gulf-co-operation-council"}},
		{"an organ named before a known body",
			lead + "They will attend the Council of Heads of Government of the CIS countries and the General Assembly of the Organization of American States.",
			[]string{"org:council-of-heads-of-government-of-the-commonwealth-of-independent-states", "org:general-assembly-of-the-organization-of-american-states"},
			[]string{"org:commonwealth-of-independent-states", "org:organization-of-american-states", "org:assembly-of-the-organization-of-american-states"}},
		{"an organ named after a known body",
			lead + "The SADC Secretariat said the SCO Council of Foreign Ministers would meet.",
			[]string{"org:southern-african-development-community-secretariat", "org:shanghai-cooperation-organization-council-of-foreign-ministers"}, nil},
		{"a title before a known body is no organ",
			lead + "They met the Secretary General of the East African Community, Peter Mathuki.",
			[]string{"org:east-african-community"}, []string{"org:general-of-the-east-african-community"}},
		{"a committee two sides share is an organization, a national one is not",
			lead + "The Malawi-Zambia Joint High Committee met after the Central Committee and the State Customs Committee had met.",
			[]string{"org:malawi-zambia-joint-high-committee"}, []string{"org:central-committee", "org:state-customs-committee"}},
		{"a joint ministerial commission is no national body",
			lead + "The Joint Ministerial Commission met in Lusaka, as did the Ministerial Council of Zambia.",
			[]string{"org:joint-ministerial-commission"}, []string{"org:ministerial-council-of-zambia"}},
		{"a text named after a known body is no mention of it",
			lead + "Both leaders stressed respect for the UN Charter.",
			nil, []string{"org:united-nations"}},
		{"companies listed after a colon",
			lead + "Also on the trip were the heads of several Zambian mining companies: Kafuprom, Lusacor, Zam+Energo and Mopex.",
			[]string{"org:kafuprom", "org:lusacor", "org:zam-energo", "org:mopex"}, []string{"org:zam"}},
		{"a surname after a name particle is no start of an organization's name",
			lead + "Commission President Ingrid von der Berg and European Council President Paulo Costa arrived.",
			[]string{"org:european-council"}, []string{"org:berg-and-european-council"}},
		{"a foreign ministry's school is a national body",
			lead + "An MoU links the Zambian Foreign Service Institute with the Malawi Diplomatic Training Institute.",
			nil, []string{"org:zambian-foreign-service-institute", "org:malawi-diplomatic-training-institute"}},
		{"an agency cited as a source is no organization",
			lead + "The visit matters, the envoy told Lusaka Courier Agency. Kasama Wire Agency reports that trade grew.",
			nil, []string{"org:lusaka-courier-agency", "org:kasama-wire-agency"}},
		{"news agencies that conclude an agreement are organizations",
			lead + "The Zambia News Agency (ZANA) and the Malawi News Agency (MANA) also concluded a cooperation agreement.",
			[]string{"org:zambia-news-agency", "org:malawi-news-agency"}, nil},
		{"a weekday after 'on' ends the name",
			lead + "The Lusaka Traders Association on Monday welcomed the visit.",
			[]string{"org:lusaka-traders-association"}, []string{"org:lusaka-traders-association-on-monday"}},
		{"a month after 'on' ends the name",
			lead + "The Kafue Growers Federation on Jan. 3 signed a contract.",
			[]string{"org:kafue-growers-federation"}, []string{"org:kafue-growers-federation-on-jan"}},
		{"a weekday after 'on' ends a project's name",
			lead + "Work on the Nakonde Grain Terminal of Kasama Lakes on Friday reached its last phase.",
			[]string{"project:nakonde-grain-terminal-of-kasama-lakes"}, []string{"project:nakonde-grain-terminal-of-kasama-lakes-on-friday"}},
		{"two names joined by 'and', each with its head",
			lead + "Students of the University of Blantyre and Mzuzu University will take part.",
			[]string{"org:university-of-blantyre", "org:mzuzu-university"}, []string{"org:university-of-blantyre-and-mzuzu-university"}},
		{"a name that opens with its head",
			lead + "The leaders addressed a seminar of the Confederation of Zambian Industries and the Federation of Malawian Chambers of Commerce and Industry.",
			[]string{"org:confederation-of-zambian-industries", "org:federation-of-malawian-chambers-of-commerce-and-industry"}, nil},
		{"'of the' inside a name that opens with its head",
			lead + "They visited the Institute of the Southern Lakes.",
			[]string{"org:institute-of-the-southern-lakes"}, nil},
		{"a cabinet, a generic council, a bank or a union opening with its head is not an organization",
			lead + "The Council of Ministers approved the deal, the Council of Heads of State will meet in May, the Bank of Zambia cut rates and the 200th anniversary of the Union of Kasama was marked.",
			nil, []string{"org:council-of-ministers", "org:council-of-heads-of-state", "org:bank-of-zambia", "org:union-of-kasama"}},
		{"a body after 'a' or 'an' with no country and no tail is a kind, not a name",
			lead + "They agreed on setting up a Joint Commission and the forming of an Investors Council.",
			nil, []string{"org:joint-commission", "org:investors-council"}},
		{"a body after 'a' with a tail is named by its charter",
			lead + "They signed the agreement establishing a Binational Commission for Lake Tanganyika Fisheries.",
			[]string{"org:binational-commission-for-lake-tanganyika-fisheries"}, nil},
		{"a short form of a longer name is the same body",
			lead + "The Malawi-Zambia Joint Permanent Commission met in Lusaka. The Joint Permanent Commission will meet again next year.",
			[]string{"org:malawi-zambia-joint-permanent-commission"}, []string{"org:joint-permanent-commission"}},
		{"a hyphenated compound opened by a capital stays in the name",
			lead + "Ministers of both sides sit on the Malawi-Zambia Inter-governmental Commission.",
			[]string{"org:malawi-zambia-inter-governmental-commission"}, []string{"org:commission"}},
		{"a participle after a country is no part of a name",
			lead + "The Zambian-built Kasama Grain Terminal opened.",
			[]string{"project:kasama-grain-terminal"}, []string{"project:zambian-built-kasama-grain-terminal"}},
		{"two countries joined by a slash open a name",
			lead + "The Zambia/Malawi Joint Permanent Commission on Defence and Security met.",
			[]string{"org:zambia-malawi-joint-permanent-commission-on-defence-and-security"}, []string{"org:malawi-joint-permanent-commission-on-defence-and-security"}},
		{"an acronym in brackets inside a name",
			lead + "The two ministers co-chair the Malawi-Zambia Joint Commission (MZJC-TEC) on Trade, Economic and Technical Cooperation.",
			[]string{"org:malawi-zambia-joint-commission-on-trade-economic-and-technical-cooperation"}, []string{"org:malawi-zambia-joint-commission"}},
		{"co-chairing a joint body is not holding its chair",
			lead + "Zambia co-chairs the Malawi-Zambia Joint Trade Commission with Malawi.",
			[]string{"org:malawi-zambia-joint-trade-commission"}, []string{"CHAIRS country:ZMB org:malawi-zambia-joint-trade-commission"}},
		{"the OSCE is keyed by the spelling annotators use",
			lead + "Both countries are active in the OSCE.",
			[]string{"org:organization-for-security-and-cooperation-in-europe"}, []string{"org:organization-for-security-and-co-operation-in-europe"}},
		{"regional groupings by their names, short forms and acronyms",
			lead + "Zambia will chair the COMESA summit; the Visegrád Four (V4), the Nordic-Baltic Eight and the Asia-Europe Meeting were named as models, and SICA sent greetings.",
			[]string{"org:common-market-for-eastern-and-southern-africa", "org:visegrad-group", "org:nordic-baltic-eight", "org:asia-europe-meeting", "org:central-american-integration-system"}, nil},
		{"a portfolio named after a body is no organization",
			lead + "He was joined by Rebecca Kadaga, who is also Minister for East Africa Community Affairs.",
			nil, []string{"org:minister-for-east-africa-community", "org:east-africa-community"}},
		{"the General Assembly of the United Nations is the UN General Assembly",
			lead + "Both spoke at the General Assembly of the United Nations.",
			[]string{"org:united-nations-general-assembly"}, []string{"org:general-assembly-of-the-united-nations"}},
		{"a region in a compound is no place",
			lead + "They will link the initiative \"One Region-One Road\" with the Zambian \"Copper Road\".",
			nil, []string{"place:one-region"}},
		{"a grouping's name in lower case is a common phrase",
			lead + "Both joined most of the Pacific community and the Andean community of traders in opening offices; the Pacific Community welcomed it.",
			[]string{"org:pacific-community"}, []string{"org:andean-community"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkItems(t, x, tc.text, tc.want, tc.not) })
	}
}

// TestProjectNameForms checks special economic zones, the generic kinds
// of project that are no names, and ports named "Port of X".
func TestProjectNameForms(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2024-06-12\n\nMalawian President Lazarus Chakwera met Zambian President Hakainde Hichilema in Lusaka on Tuesday. "
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a special economic zone keeps its place",
			lead + "They toured the Chipata Special Economic Zone.",
			[]string{"project:chipata-special-economic-zone"}, []string{"project:economic-zone"}},
		{"a zone named only by its modifiers is a kind",
			lead + "Both sides want to open an Economic Zone and a Special Economic Zone near the border.",
			nil, []string{"project:economic-zone", "project:special-economic-zone"}},
		{"a project's name before a forum names the forum",
			lead + "Chakwera thanked Hichilema for the invitation to the Lobito Corridor Forum in Ndola.",
			nil, []string{"project:lobito-corridor"}},
		{"a project's name before a venue word names the venue",
			lead + "The two leaders attended a ceremony at Kabwe Centre Park.",
			nil, []string{"project:kabwe-centre"}},
		{"a terminal of an airport is a venue",
			lead + "Chakwera landed at the Royal Terminal of Kenneth Kaunda International Airport.",
			nil, []string{"project:royal-terminal-of-kenneth-kaunda-international-airport"}},
		{"a named plan or strategy is a project",
			lead + "The two leaders welcomed the Malawi-Zambia Action Plan and Zambia's Great Lakes Strategy.",
			[]string{"project:malawi-zambia-action-plan", "project:great-lakes-strategy"}, nil},
		{"a plan named only by its kind, or a plan in lower case, is none",
			lead + "They adopted the Action Plan and agreed on a plan for new roads.",
			nil, []string{"project:action-plan", "project:plan"}},
		{"a project's acronym alone or with words of its long name is the one project",
			lead + "The Nacala Kasama Lusaka Transport (NAKALU) Corridor Programme will be built. Work on the NAKALU Corridor begins soon, and the NAKALU project has funds.",
			[]string{"project:nacala-kasama-lusaka-transport-corridor-programme"}, []string{"project:nakalu", "project:nakalu-corridor"}},
		{"an area's adjective or a span of years before a lower-case head names no project",
			lead + "Both leaders showed confidence in the African project, took part in a European initiative and agreed a 2025-2027 programme of exchanges.",
			nil, []string{"project:african", "project:european-initiative", "project:2027-programme"}},
		{"an area's adjective before modifiers and a head keeps the name",
			lead + "The two leaders backed the Southern African gas pipeline project.",
			[]string{"project:southern-african-gas-pipeline"}, nil},
		{"the port of a place",
			lead + "The two presidents toured the Port of Nkhata Bay.",
			[]string{"project:port-of-nkhata-bay"}, nil},
		{"'Port of X' and 'X Port' are one project",
			lead + "Work on the Chilumba Port goes on; a new road will give the Port of Chilumba a link to Zambia.",
			[]string{"project:chilumba-port"}, []string{"project:port-of-chilumba"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkItems(t, x, tc.text, tc.want, tc.not) })
	}
}

// TestMembershipForms checks the wordings of membership ("belong to",
// "allies in", "its members were") and of support, and the ones that
// state none.
func TestMembershipForms(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2024-06-12\n\nEstonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Tuesday. "
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"'belong to' an organization",
			lead + "Estonia and Latvia both belong to the Council of the Baltic Sea States.",
			[]string{"MEMBER_OF country:EST org:council-of-the-baltic-sea-states", "MEMBER_OF country:LVA org:council-of-the-baltic-sea-states"}, nil},
		{"'that belongs to' describes a body, not a country",
			lead + "Michal toured an Estonian laboratory that belongs to the Nordic Innovation Fund.",
			nil, []string{"MEMBER_OF country:EST org:nordic-innovation-fund"}},
		{"a country's adjective before what is traded is no member",
			lead + "Estonia serves as a gateway for Latvian investment into Europe, and it was the first EU member state to become Latvia's partner.",
			[]string{"MEMBER_OF country:EST org:european-union"}, []string{"MEMBER_OF country:LVA org:european-union"}},
		{"allies linked by a copula",
			lead + "Estonia and Latvia are close neighbours and NATO allies.",
			[]string{"MEMBER_OF country:EST org:north-atlantic-treaty-organization", "MEMBER_OF country:LVA org:north-atlantic-treaty-organization"}, nil},
		{"allies in a sentence opening with 'As'",
			lead + "As allies within NATO, Estonia and Latvia share a border.",
			[]string{"MEMBER_OF country:EST org:north-atlantic-treaty-organization", "MEMBER_OF country:LVA org:north-atlantic-treaty-organization"}, nil},
		{"a member of a body named with a person's name after it is that person's title",
			lead + "In Riga, the minister met Member of the European Parliament Anna Berzina and congratulated her.",
			nil, []string{"MEMBER_OF country:LVA org:european-parliament", "MEMBER_OF country:EST org:european-parliament"}},
		{"a body's own chairmanship after 'under the' is no country's chair; one held by a country is",
			lead + "According to Michal, regional issues came up as well, and the sides voiced a strong belief that the conflict would be settled under the auspices of the OSCE Minsk Group chairmanship. While Estonia holds the OSCE presidency this year, it will help.",
			[]string{"CHAIRS country:EST org:organization-for-security-and-cooperation-in-europe"}, []string{"CHAIRS country:EST org:osce-minsk-group", "CHAIRS country:LVA org:osce-minsk-group"}},
		{"a person's membership in apposition to the name is no country's",
			lead + "Michal also met Anna Berzina, standing member of the Secretariat of the Party Central Committee.",
			nil, []string{"MEMBER_OF country:LVA org:secretariat-of-the-party-central-committee", "MEMBER_OF country:EST org:secretariat-of-the-party-central-committee"}},
		{"a membership still to come: 'to be', 'a bid to become'; one reached: 'has become'",
			lead + "The ground has been prepared for Estonia to be, in future, a European Union member state. Latvia backed Ukraine's bid to become a full NATO member. Lithuania has become a full member of the OECD.",
			[]string{"MEMBER_OF country:LTU org:organisation-for-economic-co-operation-and-development"}, []string{"MEMBER_OF country:EST org:european-union", "MEMBER_OF country:UKR org:north-atlantic-treaty-organization"}},
		{"a non-member ally is no member",
			lead + "Estonia is to be designated a major non-NATO ally, a status that brings defence benefits.",
			nil, []string{"MEMBER_OF country:EST org:north-atlantic-treaty-organization"}},
		{"a warning to allies states no membership",
			lead + "Russia warned NATO allies against the move.",
			nil, []string{"MEMBER_OF country:RUS org:north-atlantic-treaty-organization"}},
		{"a country backed on the road to membership: no support for the body, no membership",
			lead + "Estonia thanked Latvia for its steady backing of Estonia on the road to OECD membership.",
			nil, []string{"SUPPORTS country:LVA org:organisation-for-economic-co-operation-and-development", "MEMBER_OF country:EST org:organisation-for-economic-co-operation-and-development"}},
		{"commitment to an organization's dealings with a country is no support for the body",
			lead + "Both sides are committed to stronger EU-Latvia cooperation and remain committed EU partners.",
			nil, []string{"SUPPORTS country:EST org:european-union", "SUPPORTS country:LVA org:european-union"}},
		{"support for another country's accession is not support for the body",
			lead + "Estonia and Latvia support Ukraine's accession to the European Union.",
			nil, []string{"SUPPORTS country:EST org:european-union", "SUPPORTS country:LVA org:european-union"}},
		{"support for a country's chairmanship of a body is support for the body",
			lead + "Estonia voiced its full support for Latvia's chairmanship of the Council of the Baltic Sea States.",
			[]string{"SUPPORTS country:EST org:council-of-the-baltic-sea-states"}, nil},
		{"backing each other inside a body is not support for it",
			lead + "The two sides are committed to backing each other in the Council of the Baltic Sea States.",
			nil, []string{"SUPPORTS country:EST org:council-of-the-baltic-sea-states", "SUPPORTS country:LVA org:council-of-the-baltic-sea-states"}},
		{"a body that backs is not supported",
			lead + "Estonia and Latvia expanded their ports with the backing of the Nordic Investment Bank.",
			nil, []string{"SUPPORTS country:EST org:nordic-investment-bank", "SUPPORTS country:LVA org:nordic-investment-bank"}},
		{"allies after 'They' in an article of two sides",
			lead + "They are close friends and have long been allies in NATO.",
			[]string{"MEMBER_OF country:EST org:north-atlantic-treaty-organization", "MEMBER_OF country:LVA org:north-atlantic-treaty-organization"}, nil},
		{"acting as members' countries",
			lead + "The leaders stressed the value of working together as EU countries.",
			[]string{"MEMBER_OF country:EST org:european-union", "MEMBER_OF country:LVA org:european-union"}, nil},
		{"countries of a body without 'as' state no membership of the two",
			lead + "The leaders discussed the position of the EU countries on tariffs.",
			nil, []string{"MEMBER_OF country:EST org:european-union", "MEMBER_OF country:LVA org:european-union"}},
		{"a body that brings countries together",
			lead + "Michal will attend a meeting of the Amber Group, which brings together the ministers of Finland, Poland and Lithuania.",
			[]string{"MEMBER_OF country:FIN org:amber-group", "MEMBER_OF country:POL org:amber-group", "MEMBER_OF country:LTU org:amber-group"}, nil},
		{"a chairmanship 'in' a body",
			lead + "Michal backed Latvia's chairmanship in the Council of the Baltic Sea States.",
			[]string{"CHAIRS country:LVA org:council-of-the-baltic-sea-states"}, nil},
		{"a chairmanship still to be taken on, and a vice-chair candidacy, are no chair; one taken over is",
			lead + "At the start of this year Latvia took the Presidency of the Nordic Council of Ministers over from Finland, while this spring Finland is to take on the chairmanship of the Arctic Council. Estonia's candidate for Vice-Chair of the African Union Commission also came.",
			[]string{"CHAIRS country:LVA org:nordic-council-of-ministers"}, []string{"CHAIRS country:FIN org:arctic-council", "CHAIRS country:EST org:african-union-commission", "CHAIRS country:LVA org:nordic-council"}},
		{"an upcoming presidency is no current chair",
			lead + "Michal voiced support for Latvia's upcoming presidency of the Council of the Baltic Sea States.",
			nil, []string{"CHAIRS country:LVA org:council-of-the-baltic-sea-states"}},
		{"a body named after the chair's object is not chaired",
			lead + "Latvia's Silina chaired a meeting of EU ambassadors, and the Estonian presidency is negotiating a deal with NATO.",
			nil, []string{"CHAIRS country:LVA org:european-union", "CHAIRS country:EST org:north-atlantic-treaty-organization"}},
		{"a membership process is no membership",
			lead + "Estonia backed Ukraine in reviving its EU membership process.",
			nil, []string{"MEMBER_OF country:UKR org:european-union"}},
		{"those who engage with the members are none",
			lead + "It was good to see the United States engage with the members of the Council of the Baltic Sea States.",
			nil, []string{"MEMBER_OF country:USA org:council-of-the-baltic-sea-states"}},
		{"a body made up of the countries' civil society is no membership of the countries",
			lead + "They back the Amber Cooperation Organization, which is made up of civil society organizations from the countries of the region, among them Finland and Poland.",
			nil, []string{"MEMBER_OF country:FIN org:amber-cooperation-organization", "MEMBER_OF country:POL org:amber-cooperation-organization"}},
		{"countries excepted from the members are none",
			lead + "All the countries of Europe apart from Norway and Iceland belong to the European Union.",
			nil, []string{"MEMBER_OF country:NOR org:european-union", "MEMBER_OF country:ISL org:european-union"}},
		{"a meeting of the member states names no member",
			lead + "Latvian Prime Minister Evika Silina left for Vilnius, where the Nordic Council's heads of the member-states are meeting.",
			nil, []string{"MEMBER_OF country:LVA org:nordic-council"}},
		{"'any member state' names no member",
			lead + "Turning to the procedure the European Commission opened against Poland, Michal said Estonia would not back forced methods against any member state.",
			nil, []string{"MEMBER_OF country:EST org:european-commission", "MEMBER_OF country:POL org:european-commission"}},
		{"'both countries' are the article's two sides, not a third country named",
			lead + "Michal will visit Finland in May. Estonia and Latvia want closer ties, bearing in mind that both countries belong to the Council of the Baltic Sea States, Latvia said.",
			[]string{"MEMBER_OF country:EST org:council-of-the-baltic-sea-states", "MEMBER_OF country:LVA org:council-of-the-baltic-sea-states"}, []string{"MEMBER_OF country:FIN org:council-of-the-baltic-sea-states"}},
		{"a presidency owned by 'the Republic' is no country's chair",
			lead + "Strengthening the EU's relations with Lithuania is among the key priorities of the Republic's EU Council presidency.",
			nil, []string{"CHAIRS country:LTU org:european-union-council", "CHAIRS country:LTU org:council-of-the-european-union"}},
		{"board members are people, and countries named in a body's name are not its members",
			lead + "The President of the Estonia Latvia Chamber of Commerce and his board members called on Michal.",
			nil, []string{"MEMBER_OF country:EST org:estonia-latvia-chamber-of-commerce", "MEMBER_OF country:LVA org:estonia-latvia-chamber-of-commerce"}},
		{"countries named in a body's name are not its members",
			lead + "The Estonia Latvia Chamber of Commerce and its members met in Tallinn.",
			nil, []string{"MEMBER_OF country:EST org:estonia-latvia-chamber-of-commerce", "MEMBER_OF country:LVA org:estonia-latvia-chamber-of-commerce"}},
		{"an entry into membership is no membership yet",
			lead + "Michal hoped that Ukraine's entry into NATO membership would be fast-tracked.",
			nil, []string{"MEMBER_OF country:UKR org:north-atlantic-treaty-organization"}},
		{"an application for membership is no membership",
			lead + "On July 28, Michal said Estonia had sent its application for BRICS membership.",
			nil, []string{"MEMBER_OF country:EST org:brics"}},
		{"a visit made to a member of a body names no member",
			lead + "It is the first bilateral visit Michal has made to a member of the European Union.",
			nil, []string{"MEMBER_OF country:EST org:european-union"}},
		{"'its members were' lists the members",
			lead + "When the EU was founded, its first members were Belgium, France and Italy.",
			[]string{"MEMBER_OF country:BEL org:european-union", "MEMBER_OF country:FRA org:european-union", "MEMBER_OF country:ITA org:european-union"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkItems(t, x, tc.text, tc.want, tc.not) })
	}
}

// TestSupportOfProcessesIsNoSupportOfTheBody checks that support for a
// process or a deed that names an organization ("the full integration of
// Croatia into the EU", "the idea that the EU should open accession
// negotiations", "the work done by the UN Mission", "the EU Presidency")
// is no SUPPORTS of the organization, while support of the body itself is.
func TestSupportOfProcessesIsNoSupportOfTheBody(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2024-06-12\n\nEstonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Tuesday. "
	checkItems(t, x, lead+"Estonia supports the full integration of Ukraine into the EU. The two voiced firm backing for the idea that the European Union should open accession negotiations with Moldova. Latvia gives its full support to the Polish EU Presidency.",
		nil,
		[]string{"SUPPORTS country:EST org:european-union", "SUPPORTS country:LVA org:european-union", "SUPPORTS country:MDA org:european-union", "SUPPORTS country:UKR org:european-union"})
	checkItems(t, x, lead+"Michal underlined his government's support for countries of the Western Balkans joining the European Union. Latvia has sought backing from the Nordic Council. Estonia asked for Latvia's support in expanding the Baltic-Mercosur trade agreement.",
		nil,
		[]string{"SUPPORTS country:EST org:european-union", "SUPPORTS country:LVA org:nordic-council", "SUPPORTS country:LVA org:mercosur", "SUPPORTS country:EST org:mercosur"})
	checkItems(t, x, lead+"Estonia supports the African Union.",
		[]string{"SUPPORTS country:EST org:african-union"}, nil)
}
