package extract

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestDaysOfSpansAndSequels checks the days read for a span of weekdays
// and for "the next day" or "two days later": one week for both days of a span, this week's
// for an occasion told going on, the day after the last one told.
func TestDaysOfSpansAndSequels(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, date, text string
		want             []string
	}{
		{"a span told going on is this week's", "2023-05-20",
			"With the summit being held from Thursday to Friday, the city is set to see the old route come alive again.",
			[]string{"2023-05-18", "2023-05-19"}},
		{"a span whose second day reads another tense keeps one week", "2023-05-17",
			"The summit runs from Monday to Friday, officials will say.",
			[]string{"2023-05-22", "2023-05-26"}},
		{"two days listed apart keep their own weeks", "2023-05-17",
			"He met her on Monday and on Friday.",
			[]string{"2023-05-15", "2023-05-12"}},
		{"the next day after a weekday", "2019-06-11",
			"She is to receive him on Wednesday and the premier the next day.",
			[]string{"2019-06-12", "2019-06-13"}},
		{"earlier in the day, two sentences after the day", "2017-07-06",
			"He went further on Wednesday. The line drew a laugh. The two spoke at a press conference, having held discussions earlier in the day.",
			[]string{"2017-07-05", "2017-07-05"}},
		{"days later count from the day before, and the next day from them", "2023-04-25",
			"Today he makes his first stop in Lima. He will meet the president two days later. The next day, he will see the premier, and a day later the mayor.",
			[]string{"2023-04-25", "2023-04-27", "2023-04-28", "2023-04-29"}},
		{"days later with no day before them are no date", "2023-04-25",
			"He will meet the president two days later.",
			nil},
		{"a day of the month in brackets after a weekday says which", "2024-02-03",
			"He arrives on Saturday (03). The minister is coming to the island to take part in the ceremony on Sunday (04). Talks were held last Sunday.",
			[]string{"2024-02-03", "2024-02-04", "2024-01-28"}},
		{"today under a publication line, a paragraph apart, is the day", "2018-10-18",
			"Thursday, October 18, 2018\n\nToday the consultations were led by the two vice-ministers.",
			[]string{"2018-10-18"}}, // (the publication line's own date is no event's)
		{"the following day with no day before it is no date", "2019-06-11",
			"She will receive the premier the following day.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art := graph.Article{Date: tc.date}
			a := x.readTokens(tc.text, &art, &builder{})
			var got []string
			for _, d := range a.dates {
				got = append(got, d.iso)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("days %q, want %q", got, tc.want)
			}
		})
	}
}
