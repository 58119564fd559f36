package extract

import (
	"testing"
	"time"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kassym-Jomart Tokayev", "kassym-jomart-tokayev"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Iğdır–Nakhchivan gas pipeline", "igdir-nakhchivan-gas-pipeline"},
		{"Xi’an", "xi-an"},
		{"  Côte d'Ivoire  ", "cote-d-ivoire"},
		{"Evika Siliņa", "evika-silina"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Slug(tc.in); got != tc.want {
				t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	ref := time.Date(2025, 8, 30, 0, 0, 0, 0, time.UTC) // a Saturday
	tests := []struct {
		text string
		iso  string
		year int
	}{
		{"held talks on Aug. 30 in Tianjin", "2025-08-30", 2025},
		{"on 13 March 2025 for a visit", "2025-03-13", 2025},
		{"agreed on August 23, 2025, to", "2025-08-23", 2025},
		{"Ashgabat, 2025-06-18 —", "2025-06-18", 2025},
		{"met on Thursday", "2025-08-28", 2025},
		{"met on Saturday", "2025-08-30", 2025},
		{"spoke yesterday", "2025-08-29", 2025},
		{"trade in 2024 grew", "", 2024},
		{"trade last year grew", "", 2024},
		{"signed on 30.08.2025", "2025-08-30", 2025},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ds := findDates(tc.text, ref)
			if len(ds) == 0 {
				t.Fatalf("no date found")
			}
			if ds[0].iso != tc.iso || ds[0].year != tc.year {
				t.Errorf("got %q/%d, want %q/%d", ds[0].iso, ds[0].year, tc.iso, tc.year)
			}
		})
	}
}

func TestMonthRunsOn(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{"-July 2024", true},
		{" to March", true},
		{" and June, the", true},
		{" 2, the", true},
		{" to carry the talks forward", false},
		{" and the two sides", false},
		{", when", false},
	}
	for _, tc := range tests {
		if got := monthRunsOn(tc.rest); got != tc.want {
			t.Errorf("monthRunsOn(%q) = %v, want %v", tc.rest, got, tc.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Talks were held on Aug. 30 in Tianjin. President K. Tokayev spoke.\nThe U.S. side agreed. Done!"
	toks := tokenize(text)
	var got []string
	for _, s := range splitSentences(toks, text) {
		got = append(got, text[s.bstart:s.bend])
	}
	want := []string{"Talks were held on Aug. 30 in Tianjin.", "President K. Tokayev spoke.", "The U.S. side agreed.", "Done!"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "Kazakhstan’s “full” support — China's U.S.-China ties, $44 billion."
	runes := []rune(text)
	for _, tk := range tokenize(text) {
		if string(runes[tk.start:tk.end]) != tk.text {
			t.Errorf("token %q has runes [%d,%d) = %q", tk.text, tk.start, tk.end, string(runes[tk.start:tk.end]))
		}
		if text[tk.bstart:tk.bstart+len(tk.text)] != tk.text {
			t.Errorf("token %q has wrong byte offset %d", tk.text, tk.bstart)
		}
	}
}

func TestMoney(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		value float64
		cur   string
	}{
		{"Trade reached $44 billion in 2024.", 44e9, "USD"},
		{"Trade climbed to USD 4.4 bn in 2024.", 4.4e9, "USD"},
		{"Trade stood at 52 million dollars.", 52e6, "USD"},
		{"Trade hit a record €175 billion.", 175e9, "EUR"},
		{"Trade hit €175bn.", 175e9, "EUR"},
		{"Trade reached Rs 3,400 crore.", 3400e7, "INR"},
		{"Trade reached Rs 3,40,000 crore.", 340000e7, "INR"},
		{"Trade with South Africa reached R12 billion.", 12e9, "ZAR"},
		{"Trade was worth 1.2 trillion yuan.", 1.2e12, "CNY"},
		{"Trade was worth ₽500 billion.", 500e9, "RUB"},
		{"Trade was worth 4,4 billion euros.", 4.4e9, "EUR"},
		{"Trade for 12 billion dollars.", 12e9, "USD"},
		{"Trade of A$3 billion.", 3e9, "AUD"},
		{"Trade reached 500 billion tenge.", 500e9, "KZT"},
		{"Trade reached JPY 2 trillion.", 2e12, "JPY"},
		{"They aim to double trade to $500 billion by 2030, from $129 billion last year.", 129e9, "USD"},
		{"Trade of 1,250,000 US dollars.", 1.25e6, "USD"},
		{"Turnover made 7 bln 500 mln U.S. dollars.", 7.5e9, "USD"},
		{"Trade reaches €1.8B in 2018.", 1.8e9, "EUR"},
		{"Trade with Botswana came to R 57.97 billion in 2015.", 57.97e9, "ZAR"},
		{"Trade came to R119.4bn in 2024.", 119.4e9, "ZAR"},
		{"Trade came to R5m in 2024.", 5e6, "ZAR"},
		{"Trade came to 832 million Jordanian dinars in 2023.", 832e6, "JOD"},
		{"Trade last year was worth 11 billion-euro, a rise of 22 percent.", 11e9, "EUR"},
		{"Trade reached KD 120 million.", 120e6, "KWD"},
		{"Trade reached RO 45 million.", 45e6, "OMR"},
		{"Trade reached Dh5 billion.", 5e9, "AED"},
		{"Trade reached 3 billion Qatari riyals.", 3e9, "QAR"},
		{"Trade reached $25m last year.", 25e6, "USD"},
		{"Trade reached $25 m last year.", 25, "USD"}, // a one-letter scale apart from the number is not one
		{"Trade reached 2 billion 350 million US dollars.", 2.35e9, "USD"},
		{"Trade reached $3 billion 40 million last year.", 3.04e9, "USD"},
		{"Trade reached $3 billion 2 billion of it in goods.", 3e9, "USD"},       // a larger part: not one amount
		{"Trade reached $3 million 500 million of it in goods.", 3e6, "USD"},     // a part not below the one before
		{"Trade reached $3 billion 1.5 million tonnes of it grain.", 3e9, "USD"}, // a fraction: not a part
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := &tokenStage{x: x, text: tc.text}
			a.toks = tokenize(tc.text)
			a.sents = splitSentences(a.toks, tc.text)
			m, ok := a.firstMoney(0)
			if !ok || m.value != tc.value || m.currency != tc.cur {
				t.Errorf("got %v %q (%v), want %v %q", m.value, m.currency, ok, tc.value, tc.cur)
			}
		})
	}
}

func TestSlugScripts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Владимир Путин", "vladimir-putin"},
		{"Володимир Зеленський", "volodimir-zelenskii"},
		{"Þórdís Kolbrún Reykfjörð Gylfadóttir", "thordis-kolbrun-reykfjord-gylfadottir"},
		{"Ðorđe Đoković", "dorde-dokovic"},
		{"Κυριάκος Μητσοτάκης", "kuriakos-metsotakes"},
		{"Nguyễn Phú Trọng", "nguyen-phu-trong"},
		{"Œuvre Straße", "oeuvre-strasse"},
		{"習近平", "xijinping"},
		{"🙂", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Slug(tc.in); got != tc.want {
				t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPeriods(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, period string
		year         int
	}{
		{"Trade reached $5 billion in January-September 2019.", "January-September 2019", 2019},
		{"In January–September 2019 trade reached $5 billion.", "January–September 2019", 2019},
		{"Trade reached $5 billion from January to June 2024.", "January to June 2024", 2024},
		{"Trade reached $5 billion in the first half of 2024.", "the first half of 2024", 2024},
		{"Trade reached $5 billion in the first nine months of 2023.", "the first nine months of 2023", 2023},
		{"Trade reached $5 billion in Q1 2024.", "Q1 2024", 2024},
		{"Trade reached Rs 3,400 crore in 2022/23.", "2022/23", 0},
		{"Trade reached Rs 3,400 crore in fiscal 2022-23.", "fiscal 2022-23", 0},
		{"Trade reached $5 billion in FY24.", "FY24", 0},
		{"Trade reached $5 billion in 2024.", "", 0},
		{"Trade reached $5 billion on 2025-06-18.", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ps := x.periods.find(tc.text)
			got, year := "", 0
			if len(ps) > 0 {
				got, year = ps[0].text, ps[0].year
			}
			if got != tc.period || year != tc.year {
				t.Errorf("got %q/%d, want %q/%d", got, year, tc.period, tc.year)
			}
		})
	}
}

func TestSameLeaderSpellings(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"Ismael Omar Farah", "Ismail Omar Farah", true},
		{"Mohammed bin Rashid Al Maktoum", "Maktoum bin Mohammed bin Rashid Al Maktoum", false}, // the father
		{"Lopez Obrador", "Andres Manuel Lopez Obrador", true},
		{"Mohamed Ali Osman", "Mohamad Ali Osman", true},
		{"Omar Farah", "Omar Faruh", true},
		{"Ismael Omar Farah", "Ismail Omer Farah", false}, // two words apart
		{"Pedro Sanchez", "Raquel Sanchez", false},
		{"Ali Farah", "Ala Farah", false},                           // too short a word to tell
		{"Jana Novak", "Jana Nowak", false},                         // a consonant apart
		{"Mohamed Bin Zayed", "Mohammed bin Zayed Al Nahyan", true}, // a letter doubled, the family name left out
		{"Mohamed Bin Zayed", "Mohammed bin Rashid", false},
	}
	for _, tc := range tests {
		if got := sameLeader(nameParts(tc.x), nameParts(tc.y)); got != tc.want {
			t.Errorf("sameLeader(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

func TestPublicationLineDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Egypt, Greece trade reaches €1.8B in 2018\n\nWed, 17 Apr 2019 - 01:17 GMT\n\nCAIRO – The minister said ...", "2019-04-17"},
		{"CHISINAU (UrduPoint News / Sputnik - 26th June, 2019) A phone conversation with his Romanian counterpart dealt with ties.", "2019-06-26"},
		{"Belize, Mexico strengthen ties\nBELIZE CITY, Sat. May. 7, 2022\nThe Mexican president arrived on Friday.", "2022-05-07"},
		{"State House, Freetown, Monday 16 May 2022 – This evening His Excellency the President flew out of Freetown for a meeting.", "2022-05-16"},
		// a byline's date, time and agency
		{"Published on 13.07.2021 at 16h21 by APA News\n\nSeveral agreements were signed.", "2021-07-13"},
		{"Posted on 3 May 2021 by Amina Diallo\n\nThe ministers met.", "2021-05-03"},
		// a "Published" line with a date that cannot be month first, and more words
		{"Published 29/09/2024 as a press release of the Ministry of Trade, Industry and Fisheries\n\nThe ministers met.", "2024-09-29"},
		{"Published 10/05/2022 as a press release of the Ministry\n\nThe ministers met.", ""},
		// a headline's "by" is no byline
		{"Trade grew by Ten Percent on 3 May 2021\n\nThe ministers met.", ""},
		// a body sentence with a date is no header
		{"The president arrived in Accra on 16 October 2017. He met his counterpart on Tuesday.", ""},
		// a headline's date is an occasion's, in any case
		{"Ministers meet on June 3, 2021\n\nThe minister arrived today.", ""},
		{"Ministers Meet On June 3, 2021\n\nThe minister arrived today.", ""},
		// a slashed date may be read two ways
		{"Press release, 10/05/2022\n\nThe minister arrived today.", ""},
		// two header dates that disagree: none
		{"Published 3 May 2021\nUpdated 5 May 2021\nThe ministers met.", ""},
		// a date four lines down is not a header's
		{"Headline\nSubhead\nByline\n12 March 2020\nThe ministers met.", ""},
	}
	for _, tc := range tests {
		if got := publicationLineDate(tc.text); got != tc.want {
			t.Errorf("publicationLineDate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestFooterDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The talks went well.\nPublished in Daily Times, January 21st 2018.\n", "2018-01-21"},
		{"The talks went well.\n\nFirst published on 3 May 2021\n", "2021-05-03"},
		// the last sentence of the body is no footer
		{"The talks went well.\nThe visit ends on 3 May 2021.", ""},
		// a date in a footer line that gives only the month
		{"The talks went well.\nPublished in May 2021", ""},
	}
	for _, tc := range tests {
		if got, _ := footerDate(tc.text); got != tc.want {
			t.Errorf("footerDate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://latinarepublic.com/2022/05/07/leaders-meet/", "2022-05-07"},
		{"http://eng.chinamil.com.cn/view/2022-11/29/content_10202047.htm", "2022-11-29"},
		{"https://example.com/news/2022/13/07/x", ""}, // no month 13
		{"https://example.com/?p=2806256", ""},
		{"https://example.com/2022/05/leaders", ""}, // no day
	}
	for _, tc := range tests {
		if got := urlDate(tc.url); got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// TestTitleTypo checks the title words read through two neighbouring
// letters swapped, and only those.
func TestTitleTypo(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"minsiter", "minister"},
		{"presdient", "president"},
		{"secertary", "secretary"},
		{"minister", ""},
		{"minster", ""}, // a letter left out: a word of its own
		{"ministre", "minister"},
		{"mnister", ""},
		{"sinister", ""},
	} {
		if got := titleTypo(tc.w); got != tc.want {
			t.Errorf("titleTypo(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
