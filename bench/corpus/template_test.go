package corpus_test

import (
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/bench/corpus"
)

func TestRender(t *testing.T) {
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct {
		name, in string
		days     int
		want     string
	}{
		{"date header", "date 2025-03-12\nASTANA –", -9, "date 2025-03-03\nASTANA –"},
		{"iso across a year", "on 2025-01-05", -9, "on 2024-12-27"},
		{"month day year", "on September 11, 2015, when", -9, "on September 2, 2015, when"},
		{"abbreviated month, across a month", "held talks on Aug. 3 in Tianjin", -9, "held talks on July 25 in Tianjin"},
		{"Sept keeps its form", "Sept. 9 (Xinhua)", -9, "Aug. 31 (Xinhua)"},
		{"day range", "on May 15-17, according", -9, "on May 6-8, according"},
		{"day range across months", "on May 3-5.", -9, "on April 24-26."},
		{"range split by the shift", "on May 8 to 10.", -9, "on April 29 to May 1."},
		{"day first with year", "Luanda, 16 July 2025 – President", -9, "Luanda, 7 July 2025 – President"},
		{"day first ordinal", "on 25th May, the", -9, "on 16th May, the"},
		{"ordinal suffix changes", "on 30th May", -9, "on 21st May"},
		{"year month day", "2022 Nov. 17  Yoon", -9, "2022 Nov. 8  Yoon"},
		{"slashed", "Notes 2021/3/26 On", -9, "Notes 2021/3/17 On"},
		{"dotted, year first", "Created: 2021.01.08\n", -9, "Created: 2020.12.30\n"},
		{"a date line of numbers set apart by spaces", "Headline\n\n2022 09 16\n\nText", -9, "Headline\n\n2022 09 07\n\nText"},
		{"numbers set apart by spaces in a sentence are left alone", "the 2022 09 16 figures", -9, "the 2022 09 16 figures"},
		{"dotted keeps zeros", "DUSHANBE, 02.11.2017. /NIAT", -9, "DUSHANBE, 24.10.2017. /NIAT"},
		{"dotted with spaces, a time after", "29. 8. 2019 14:03\n", -9, "20. 8. 2019 14:03\n"},
		{"month day slash year", "September 8/2021(ENA) Prime", -9, "August 30/2021(ENA) Prime"},
		{"month and year", "in October 2024 to", -30, "in September 2024 to"},
		{"month alone after in", "visit China in April, and", -30, "visit China in March, and"},
		{"month range", "from October to December, the", -30, "from September to November, the"},
		{"May as a word is left alone", "May I add that Theresa May spoke", -30, "May I add that Theresa May spoke"},
		{"weekday rotates", "on Tuesday the ministers", -9, "on Sunday the ministers"},
		{"a weekday with its day in brackets moves both", "on Sunday (16) the ministers", -9, "on Friday (07) the ministers"},
		{"a day in brackets that is not the weekday's near the article is left alone", "on Sunday (04) the ministers", -9, "on Friday (04) the ministers"},
		{"year moves with the article's year", "trade reached $4.4 bn in 2024 and 2023-2024", -80, "trade reached $4.4 bn in 2023 and 2022-2023"},
		{"year stays within the article's year", "in 2024", -9, "in 2024"},
		{"fiscal year", "in 2023-24 the", -80, "in 2022-23 the"},
		{"half year", "higher in 1H2017 than", -80, "higher in 1H2016 than"},
		{"money and names are not years", "US$2024 million, 2,025 tons, 2030% and Vision 2030", -400, "US$2024 million, 2,025 tons, 2030% and Vision 2030"},
		{"times stay", "2020-09-15 15:49:25", -9, "2020-09-06 15:49:25"},
		{"zero days changes nothing", "On Aug. 30 and in March 2024, 2025-03-12", 0, "On Aug. 30 and in March 2024, 2025-03-12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := corpus.Parse(tc.in, ref).Render(tc.days)
			if got != tc.want {
				t.Errorf("Render(%d) of %q\n got %q\nwant %q", tc.days, tc.in, got, tc.want)
			}
		})
	}
}

func TestParseRefFromText(t *testing.T) {
	tpl := corpus.Parse("2022 Nov. 17\n\nOn Nov. 17 President Yoon held talks.", time.Time{})
	if got, want := tpl.Ref().Format(time.DateOnly), "2022-11-17"; got != want {
		t.Errorf("Ref() = %s, want %s", got, want)
	}
	if got, want := tpl.Render(-9), "2022 Nov. 8\n\nOn Nov. 8 President Yoon held talks."; got != want {
		t.Errorf("Render(-9) = %q, want %q", got, want)
	}
}
