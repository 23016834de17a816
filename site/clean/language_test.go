package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDetectLanguage(t *testing.T) {
	tests := map[string]string{
		"en": "The government said on Thursday that it would not change the plan, and the opposition was angry.",
		"de": "Die Regierung hat am Donnerstag gesagt, dass sie den Plan nicht ändern wird, und die Opposition ist wütend.",
		"fr": "Le gouvernement a dit jeudi qu'il ne changerait pas le plan, et l'opposition est en colère contre lui.",
		"es": "El gobierno dijo el jueves que no cambiaría el plan, y la oposición está enojada con la decisión.",
		"it": "Il governo ha detto giovedì che non cambierà il piano, e l'opposizione è arrabbiata per la decisione.",
		"pt": "O governo disse na quinta-feira que não vai mudar o plano, e a oposição está irritada com a decisão.",
		"nl": "De regering zei donderdag dat zij het plan niet zal veranderen, en de oppositie is daar boos over.",
		"ja": "政府は木曜日、計画を変更しないと述べた。野党は怒っている。",
		"ru": "Правительство заявило в четверг, что не изменит план.",
		"":   "Kim Jong Un",
	}
	for want, text := range tests {
		assert.Equal(t, want, DetectLanguage(text), text)
	}
}
