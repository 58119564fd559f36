package extract_test

import "testing"

// TestBareTitleReferences checks "the <Title>" with no country read as
// the one leader of the article who holds that title, named before it:
// "the Foreign Secretary called on A and B" is two meetings of the
// Foreign Secretary named before; with two holders of the title (he and
// his counterpart) the reference stays unresolved, and "Press Secretary
// to the Prime Minister" is no reference to the Prime Minister.
func TestBareTitleReferences(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"the one Foreign Secretary of the article",
			"date 2024-08-13\n\nVikram Misri, Foreign Secretary of India, made an official visit to Nepal from 11-12 August 2024. On August 11 the Foreign Secretary called on Prime Minister of Nepal K.P. Sharma Oli and President of Nepal Ramchandra Paudel.",
			[]string{
				"meeting 2024-08-11: country:IND country:NPL person:k-p-sharma-oli person:vikram-misri",
				"meeting 2024-08-11: country:IND country:NPL person:ramchandra-paudel person:vikram-misri",
				"visit 2024-08-11: country:IND country:NPL person:vikram-misri",
			}},
		{"two Foreign Secretaries: unresolved",
			"date 2024-08-13\n\nVikram Misri, Foreign Secretary of India, made an official visit to Nepal from 11-12 August 2024 at the invitation of Sewa Lamsal, Foreign Secretary of Nepal. On August 11 the Foreign Secretary called on Prime Minister of Nepal K.P. Sharma Oli and President of Nepal Ramchandra Paudel.",
			[]string{
				"visit 2024-08-11: country:IND country:NPL person:vikram-misri",
			}},
	})
}
