package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestNameLine(t *testing.T) {
	tests := []struct {
		text string
		name bool
	}{
		{"Thomas Hanke", true},
		{"Michael L. Anderson", true},
		{"Dr. Rainer Quitzow", true},
		{"Klaus Quibeldey-Cirkel", true},
		{"Daniel O'Mahony", true},
		{"Alexa von Heyden", true},
		{"Jan Koch", true},          // "Jan" is a month's abbreviation, and a name
		{"Thomas", false},           // one word may be anything
		{"Abril de", false},         // a month
		{"Global News Desk", false}, // an outlet
		{"Ort Saarbrücken", false},  // a label
		{"Forum Moderator", false},
		{"Read more", false},
		{"Tanja Karrasch3.11.2023", false},
		{"The plan was approved.", false},
		{"Home | News | World", false},
		{"SPORT NEWS", false},
	}
	for _, tt := range tests {
		l := newLine(tt.text)
		l.setLanguage(langIndex("en"))
		assert.Equal(t, tt.name, nameLine(&l), tt.text)
	}
}

func TestCleanDumpSplitBylines(t *testing.T) {
	tests := []struct {
		name    string
		header  []string // between the headline and the body
		footer  []string // after the body
		authors []string
	}{
		{"label above the name", []string{"Von", "Simon Braasch", "19.10.19, 08:16 Uhr"}, nil, []string{"Simon Braasch"}},
		{"name above the date", []string{"Thomas Hanke", "27.04.2020 - 18:50 Uhr"}, nil, []string{"Thomas Hanke"}},
		{"labelled, after the body", nil, []string{"Über den Autor", "Markus Reuter"}, []string{"Markus Reuter"}},
		{"name after the date", []string{"25.10.2022 - Reiner Nagel"}, nil, []string{"Reiner Nagel"}},
		{"name after the date and time", []string{"21. Jan 2022 // Dominik Ricker"}, nil, []string{"Dominik Ricker"}},
		{"a place after the date is no name", []string{"25.10.2022 - Berlin"}, nil, nil},
		{"byline label with a colon", []string{"by: Cora Neas", "Nov 8, 2023"}, nil, []string{"Cora Neas"}},
		{"a section above the date is no name", []string{"Climate", "March 3, 2024"}, nil, nil},
		{"a name under the date is no byline", []string{"March 3, 2024", "Jane Doe"}, nil, nil},
		{"a date is no name", []string{"Jueves 28 de Abril de 2022"}, nil, nil},
	}
	for _, tt := range tests {
		lines := []string{"Home", "News", "City unveils plan for new river park"}
		lines = append(lines, tt.header...)
		lines = append(lines, para("The mayor"), para("A spokesman"), para("The council"))
		lines = append(lines, tt.footer...)
		lines = append(lines, "Privacy Policy", "Terms of Use")
		a, err := Clean(model.Document{Format: model.FormatText, Body: strings.Join(lines, "\n")}, Options{Now: testNow})
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.authors, a.Authors, tt.name)
		assert.Equal(t, "City unveils plan for new river park", a.Title, tt.name)
	}
}
