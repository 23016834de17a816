package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in      string
		authors []string
		orgs    []string
		agency  string
	}{
		{"By Thomas Maresca", []string{"Thomas Maresca"}, nil, ""},
		{"By AFP and Global Watch |", nil, []string{"Global Watch"}, "AFP"},
		{"By Jane Doe and John Roe | July 24, 2025", []string{"Jane Doe", "John Roe"}, nil, ""},
		{"Tom Krisher, Ap Auto Writer", []string{"Tom Krisher"}, nil, "AP"},
		{"Geschrieben von Cooper am 25.08.2015 22:30", []string{"Cooper"}, nil, ""},
		{"Accueil | Par Loïc Le Clerc | 30 septembre 2018", []string{"Loïc Le Clerc"}, nil, ""},
		{"ByAlex Bozarjian", []string{"Alex Bozarjian"}, nil, ""},
		{"By Reuters", nil, nil, "Reuters"},
	}
	for _, tt := range tests {
		assert.True(t, isByline(tt.in), tt.in)
		b := ParseByline(tt.in)
		assert.Equal(t, tt.authors, b.Authors, tt.in)
		assert.Equal(t, tt.orgs, b.Orgs, tt.in)
		assert.Equal(t, tt.agency, b.Agency, tt.in)
	}
}

func TestIsBylineRejectsProse(t *testing.T) {
	for _, s := range []string{
		"North Korean leader Kim Jong Un called on the military to ramp up combat training.",
		"Kim oversaw a similar firing contest in May.",
		"by the way",
	} {
		assert.False(t, isByline(s), s)
	}
}
