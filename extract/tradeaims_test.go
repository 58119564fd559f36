package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestTradeFiguresThatAreNoVolumes checks figures beside trade words that
// are aims, deal values or investment, and years and periods that belong
// to the figure they follow; each case was read wrong on a real article.
func TestTradeFiguresThatAreNoVolumes(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2018-02-09\n\nIndian Prime Minister Narendra Modi met South African President Cyril Ramaphosa in New Delhi on Friday. "
	tests := []struct {
		name, text string
		want       []string // "value year period", sorted
	}{
		{"an aim after 'take it to'", lead + "Trade between India and South Africa is too low, and the two leaders decided to take it to $10 billion.", nil},
		{"an aim after 'taking the turnover to'", lead + "Earlier the two sides had looked at taking the India-South Africa turnover to $500 million.", nil},
		{"an aim named after the figure", lead + "The ministers will work so that trade between India and South Africa rises to 1 billion USD, the goal set by the two leaders.", nil},
		{"an aim striven for", lead + "India and South Africa are striving for US$20 billion trade turnover.", nil},
		{"an expected figure", lead + "Trade between India and South Africa was 1.9 billion euros in 2016, and he expects it to climb to 2.5 billion euros this year.", []string{"1.9e+09 2016 "}},
		{"the value of contracts", lead + "Contracts worth $20.5 million were concluded at the India-South Africa business council on trade.", nil},
		{"an investment named after the figure", lead + "They finalised arrangements for India's $2 billion investment in South Africa and agreed to widen bilateral trade.", nil},
		{"money put into companies", lead + "South Africa's trade ministry has 465 Indian companies registered, into which India has put more than $1 billion.", nil},
		{"a part of last year", lead + "Trade between India and South Africa hit 2.3 billion euros during the first 11 months of last year.", []string{"2.3e+09 2017 the first 11 months of last year"}},
		{"months of last year", lead + "Trade between India and South Africa reached US$12.55 billion during January-November last year.", []string{"1.255e+10 2017 January-November last year"}},
		{"the level now in a relative clause after an aim", lead + "India and South Africa will set up a dialogue aimed at increasing their bilateral trade, which is currently worth USD 1.2 billion.", []string{"1.2e+09 0 "}},
		{"an aim in a relative clause after an aim", lead + "India and South Africa want to increase their bilateral trade, which they hope will reach USD 5 billion.", nil},
		{"a possibility after 'could', then the level now", lead + "Trade between India and South Africa could rise to $1.5 billion a year, up from the current level of almost $1.4 billion.", []string{"1.4e+09 0 "}},
		{"the currency in brackets after the scale; a possibility after it", lead + "Modi put trade between India and South Africa at 1.75 bln (euros) and said the figure could top 2 bln euros within two years.", []string{"1.75e+09 0 "}},
		{"months 'between' with their year", lead + "Trade between India and South Africa grew between January and October 2017 and came to approximately EUR 3 billion.", []string{"3e+09 2017 between January and October 2017"}},
		{"a part of 'the current year'", lead + "Trade between India and South Africa totalled over 5.2 billion euros in the first half of the current year.", []string{"5.2e+09 2018 the first half of the current year"}},
		{"from a figure in one year to another in another", lead + "Trade between India and South Africa has tripled, from US$3.2 billion in 2006 to US$10.3 billion (R43.2 billion) in 2016.", []string{"1.03e+10 2016 ", "3.2e+09 2006 "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tradeFigures(t, x, tc.name, tc.text, func(r graph.Relation) string {
				return fmt.Sprintf("%g %d %s", r.Value, r.Year, r.Period)
			})
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
