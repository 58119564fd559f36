package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestLanguage checks that a non-English article is tagged with its
// language and warned about, and still extracted, while English ones
// (the whole dev set) stay "en" without a warning.
func TestLanguage(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, lang string
	}{
		{"French", "date 2025-03-12\n\nPARIS — Le président français Emmanuel Macron a reçu mardi à l'Élysée le Premier ministre indien Narendra Modi. Les deux dirigeants ont discuté de la coopération dans les domaines de l'énergie, de la défense et de l'espace, et ont salué le partenariat stratégique entre la France et l'Inde.", "fr"},
		{"German", "date 2025-03-12\n\nBERLIN — Bundeskanzler Friedrich Merz hat am Dienstag den polnischen Ministerpräsidenten Donald Tusk in Berlin empfangen. Die beiden Regierungschefs sprachen über die Zusammenarbeit in der Energiepolitik und über die Unterstützung für die Ukraine.", "de"},
		{"Russian", "date 2025-03-12\n\nМОСКВА — Президент России Владимир Путин провёл во вторник переговоры с президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили торгово-экономическое сотрудничество и энергетику.", "ru"},
		{"Spanish", "date 2025-03-12\n\nMADRID — El presidente del Gobierno de España, Pedro Sánchez, recibió el martes al rey de Marruecos en el palacio de la Moncloa. Ambos líderes hablaron sobre la cooperación económica y la migración entre los dos países.", "es"},
		{"English", "date 2025-03-12\n\nPARIS — French President Emmanuel Macron received Indian Prime Minister Narendra Modi at the Élysée on Tuesday. The two leaders discussed cooperation in energy, defence and space.", "en"},
		{"too short to tell", "Macron a reçu Modi.", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tc.name, out)
			if out.Article.Language != tc.lang {
				t.Errorf("language %q, want %q", out.Article.Language, tc.lang)
			}
			warned := false
			for _, w := range out.Warnings {
				warned = warned || strings.Contains(w, "not English")
			}
			if warned != (tc.lang != "en") {
				t.Errorf("warnings %q: want a language warning: %v", out.Warnings, tc.lang != "en")
			}
			if tc.lang == "fr" && out.EntityByKey("country:FRA") == nil {
				t.Errorf("nothing extracted from the French article: %v", out.Entities)
			}
		})
	}
	for _, f := range articleFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, err := x.Extract(extract.Document{Input: f, Text: string(data)})
		if err != nil {
			t.Fatal(err)
		}
		if out.Article.Language != "en" {
			t.Errorf("%s: language %q, want en", f, out.Article.Language)
		}
	}
}
