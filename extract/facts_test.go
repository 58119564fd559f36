package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

func TestCooperatesInUnorderedPairs(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "from partner" for sector energy, sorted
	}{
		{"pair", "date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Beijing on Monday. The two presidents discussed cooperation in energy.",
			[]string{"CHN KAZ"}},
		{"three countries", "date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev, Chinese President Xi Jinping and Russian President Vladimir Putin held a summit in Beijing on Monday. The three presidents discussed cooperation in energy.",
			[]string{"CHN KAZ", "CHN RUS", "KAZ RUS"}},
		{"the two countries among three: the pair most named",
			"date 2025-03-12\n\nKenyan President Ruth Wanjiku will visit Ghana and Togo next week. Kenya and Ghana have long ties, and Kenyan firms trade with Ghana. The two countries are widening cooperation in energy.",
			[]string{"GHA KEN"}},
		{"the two countries among three named equally often: every pair",
			"date 2025-03-12\n\nKenyan President Ruth Wanjiku will visit Ghana and Togo next week. The two countries are widening cooperation in energy.",
			[]string{"GHA KEN", "GHA TGO", "KEN TGO"}},
		{"the leaders of one summit of all three",
			"date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev, Chinese President Xi Jinping and Russian President Vladimir Putin held a summit in Beijing on Monday. The leaders agreed to expand cooperation in energy.",
			[]string{"CHN KAZ", "CHN RUS", "KAZ RUS"}},
		{"a tour's third country is no side of a sector named with no occasion or pair",
			"date 2025-03-12\n\nKenyan President Ruth Wanjiku held talks with Ghanaian President John Mahama in Accra on Monday. Kenya and Ghana signed three agreements, and Kenya will open a trade office in Ghana. Wanjiku flies on to Lomé on Tuesday to meet Togolese President Faure Gnassingbé. Energy is high on the agenda.",
			[]string{"GHA KEN"}},
		{"a minister's portfolio in parentheses is no sector",
			"date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Beijing on Monday, with a delegation that would include Nurlan Sauranbayev (Energy), among other ministers.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			var got []string
			for _, r := range out.Relations {
				if r.Type == graph.RelCooperatesIn && r.To == "sector:energy" {
					if r.From[len("country:"):] >= r.Partner {
						t.Errorf("from %s, partner %s: want from the smaller code", r.From, r.Partner)
					}
					got = append(got, r.From[len("country:"):]+" "+r.Partner)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("COOPERATES_IN energy %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTradeFigures checks that a trade figure keeps its amount and
// currency as stated, gives a US-dollar value only for US dollars (never
// 0 dollars), and names a period that is not a calendar year.
func TestTradeFigures(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2025-08-30\n\nIndian Prime Minister Narendra Modi met South African President Cyril Ramaphosa in New Delhi on Friday. "
	tests := []struct {
		name, text string
		want       string // "value currency valueUsd year period"
	}{
		{"US dollars", lead + "Trade between India and South Africa reached $20 billion in 2024.", "2e+10 USD 2e+10 2024 "},
		{"rupees in crore, fiscal year", lead + "Bilateral trade reached Rs 3,400 crore in 2022/23.", "3.4e+10 INR 0 0 2022/23"},
		{"rand", lead + "Trade between the two countries reached R12 billion in 2024.", "1.2e+10 ZAR 0 2024 "},
		{"euros, part of a year", lead + "Trade between India and South Africa hit €17.5bn in January-September 2019.", "1.75e+10 EUR 0 2019 January-September 2019"},
		{"between two months of this year", lead + "Trade between India and South Africa reached $9 billion between January and April.", "9e+09 USD 9e+09 2025 between January and April"},
		{"first half", lead + "Trade between India and South Africa rose to $9 billion in the first half of 2024.", "9e+09 USD 9e+09 2024 the first half of 2024"},
		{"dollars stated beside another currency", lead + "Trade between India and South Africa rose in 2024 to R150 billion (about US$8.2 billion).", "1.5e+11 ZAR 8.2e+09 2024 "},
		{"months between, the article's year", lead + "Trade between India and South Africa came to $4.1 billion between February and May.", "4.1e+09 USD 4.1e+09 2025 between February and May"},
		{"an amount in parts", lead + "Trade between India and South Africa grew in 2024 to 9 billion 250 million US dollars.", "9.25e+09 USD 9.25e+09 2024 "},
		{"a wish for more is no figure, the figure it starts from is", lead + "South Africa wants trade between India and South Africa to rise to $12 billion (about US$9 billion), from $8 billion in 2024.", "8e+09 USD 8e+09 2024 "},
		{"a rise to reach a figure is the figure", lead + "Trade between India and South Africa rose sharply in 2024 to reach $8 billion.", "8e+09 USD 8e+09 2024 "},
		{"a dollar of another country by its prefix", lead + "Trade between India and South Africa reached TT$1.6 billion in 2024.", "1.6e+09 TTD 0 2024 "},
		{"Namibian dollars with their US gloss in brackets", lead + "Trade between India and South Africa generated only N$24 million (about US$1.7 million) in 2016.", "2.4e+07 NAD 1.7e+06 2016 "},
		{"a gloss after 'that is about', and a year that is no calendar year", lead + "In the year to July 2018, trade between India and South Africa came to more than 2 billion Fijian dollars, that is about 92.99 million US dollars.", "2e+09 FJD 9.299e+07 0 the year to July 2018"},
		{"a gloss after the figure's year", lead + "Trade between India and South Africa recorded over 992.2 million Fijian dollars in 2017, or about 466.7 million US dollars.", "9.922e+08 FJD 4.667e+08 2017 "},
		{"a year nearer than a period after it", lead + "Trade between India and South Africa rose by 12% in 2024 to $9 billion, and by a further 5% in the first quarter of this year.", "9e+09 USD 9e+09 2024 "},
		{"the combined value of projects is no trade", lead + "Trade between India and South Africa came to $9 billion in 2024. As of September 2024, South Africa had 438 active projects in India, with a combined value of US$8.5 billion.", "9e+09 USD 9e+09 2024 "},
		{"dollars glossed after 'or' with no comma", lead + "Bilateral trade between India and South Africa last year exceeded 20 billion New Zealand dollars or 14 billion US dollars.", "2e+10 NZD 1.4e+10 2024 "},
		{"an aim with 'should reach' is no figure, the level is", lead + "Trade between India and South Africa came to $313.7 million in 2024. He said this figure should reach $1 billion in 2026.", "3.137e+08 USD 3.137e+08 2024 "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tradeFigures(t, x, tc.name, tc.text, func(r graph.Relation) string {
				return fmt.Sprintf("%g %s %g %d %s", r.Value, r.Currency, r.ValueUSD, r.Year, r.Period)
			})
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q, want [%q]", got, tc.want)
			}
		})
	}
}

// tradeFigures extracts text and returns its trade figures, each as
// show writes it.
func tradeFigures(t *testing.T, x *extract.Extractor, name, text string, show func(graph.Relation) string) []string {
	t.Helper()
	out, err := x.Extract(extract.Document{Input: name, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, name, out)
	var got []string
	for _, r := range out.Relations {
		if r.Type == graph.RelTradeVolume {
			got = append(got, show(r))
		}
	}
	return got
}

// TestTradeFigureYears checks which year each of several figures in one
// sentence takes.
func TestTradeFigureYears(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2025-08-30\n\nIndian Prime Minister Narendra Modi met South African President Cyril Ramaphosa in New Delhi on Friday. "
	tests := []struct {
		name, text string
		want       []string // "value year", sorted
	}{
		{"since a year, when", lead + "Trade between India and South Africa, which has grown every year since 2016, when it stood at $3.2 billion, reached $8.4 billion in 2024.",
			[]string{"3.2e+09 2016", "8.4e+09 2024"}},
		{"since a year, no clause on it", lead + "Trade between India and South Africa has doubled since 2016 and reached $8.4 billion in 2024.",
			[]string{"8.4e+09 2024"}},
		{"two years, two figures", lead + "Trade between India and South Africa was $6 billion in 2023 and $8.4 billion in 2024.",
			[]string{"6e+09 2023", "8.4e+09 2024"}},
		{"an aim from one figure to another", lead + "The ministers agreed to work on raising trade between India and South Africa from $13 billion to $20 billion over the next five years.",
			nil},
		{"an aim to grow, in euros", lead + "He wants trade between India and South Africa to grow from 700 million euros to 1 billion euros.",
			nil},
		{"since early in a year, and a partner after", lead + "Trade between South Africa and India had reached $4.5 billion since early 2024, 6 percent more than in the same period of 2023. Trade between South Africa and Kenya rose by 20 percent to $1.9 billion.",
			[]string{"1.9e+09 2024", "4.5e+09 2024"}},
		{"investment after trade", lead + "Trade between India and South Africa reached $8.4 billion in 2024. India was also the top investor, with 20% of the $30 billion of investments approved in 2024.",
			[]string{"8.4e+09 2024"}},
		{"decimal commas, and a difference", lead + "Trade between India and South Africa came to $612,87 million in 2024, which is 16,6%, or $87,133 million, more than in 2023, when it totalled $525,737 million.",
			[]string{"5.25737e+08 2023", "6.1287e+08 2024"}},
		{"thousands commas", lead + "Trade between India and South Africa came to $1,250 million in 2024.",
			[]string{"1.25e+09 2024"}},
		{"the base of a comparison, in the same period last year", lead + "Trade between India and South Africa reached $543.1 million in January-March 2025, up 46.1 percent on the $371.8 million recorded in the same period last year.",
			[]string{"3.718e+08 2024", "5.431e+08 2025"}},
		{"a rise on the same period, no figure of it", lead + "Trade between India and South Africa came to $798.8 million in January-September 2024, up 60.4% on the same period of 2023.",
			[]string{"7.988e+08 2024"}},
		{"a surplus is not a volume", lead + "Trade between India and South Africa hit a record $15.7 billion in 2024. India's trade surplus of $5.1 billion with South Africa in 2024 was its largest in Africa.",
			[]string{"1.57e+10 2024"}},
		{"a dated figure of the same pair goes on", lead + "South Africa's trade turnover with India came to $5.8 billion from January through June 2025. That is 9.4 percent more than a year earlier ($5.3 billion in January-June 2024), according to South Africa's statistics agency. Indian companies also put USD 170 million into South Africa over the past six months.",
			[]string{"5.3e+09 2024", "5.8e+09 2025"}},
		{"commercial exchange, a semester", lead + "Commercial exchange between India and South Africa reached US$9.5 billion in the first semester of 2025.",
			[]string{"9.5e+09 2025"}},
		{"a bloc's figure is not the pair's", lead + "Trade in goods between the European Union and South Africa amounted to €50 billion in 2024.",
			nil},
		{"a change over a span of years, the years first", lead + "Over the period 2012 to 2021, trade between India and South Africa grew from approximately R56.3 billion to approximately R148.5 billion.",
			[]string{"1.485e+11 2021", "5.63e+10 2012"}},
		{"a change between two years", lead + "Between 2012 and 2021, trade between India and South Africa grew from R56.3 billion to R148.5 billion.",
			[]string{"1.485e+11 2021", "5.63e+10 2012"}},
		{"a change from one year to another", lead + "Trade between India and South Africa climbed from $6 billion in 2023 to $8.4 billion in 2024.",
			[]string{"6e+09 2023", "8.4e+09 2024"}},
		{"a scale written against a one-letter sign", lead + "Trade between India and South Africa came to R119.4bn in 2024, compared to R114bn in 2023.",
			[]string{"1.14e+11 2023", "1.194e+11 2024"}},
		{"a year after the next figure is that figure's", lead + "Trade between India and South Africa grew in 2024 to $8.4 billion, up from 6 billion in 2023 ($6 billion).",
			[]string{"6e+09 2023", "8.4e+09 2024"}},
		{"up from: the new level, not a difference", lead + "Trade between India and South Africa grew in 2024 to $8.4 billion, up from 2023.",
			[]string{"8.4e+09 2024"}},
		{"traded as the verb of a figure", lead + "He said India and South Africa traded around $6 billion in 2023.",
			[]string{"6e+09 2023"}},
		{"a weekday gives no figure its year", "date 2025-08-30\n\nOn Monday the chairman said trade between India and South Africa had risen by 88% since 2020, reaching QAR 7.79 billion (approx. $2.1 billion).",
			[]string{"7.79e+09 0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tradeFigures(t, x, tc.name, tc.text, func(r graph.Relation) string {
				return fmt.Sprintf("%g %d", r.Value, r.Year)
			})
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
