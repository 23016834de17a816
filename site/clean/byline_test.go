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
		// a blog's user name
		{"Veröffentlicht am 12. Juni 2017 von gizzmo", []string{"gizzmo"}, nil, ""},
		{"Posted on 2015-04-05 by marc | Leave a comment", []string{"marc"}, nil, ""},
		{"by oz on December 4, 2006", []string{"oz"}, nil, ""},
		{"von eseppelt · 31. Oktober 2023", []string{"eseppelt"}, nil, ""},
		{"von freeman1984 · in Uncategorized", []string{"freeman1984"}, nil, ""},
		// a labelled field of a line of post metadata
		{"Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie", []string{"gnaddrig"}, nil, ""},
		{"22. Januar 2020 @ 18:13 // Autor: c1ph4 // ~ Lesezeit: 1 Minute", []string{"c1ph4"}, nil, ""},
		{"责任编辑：孔德明", []string{"孔德明"}, nil, ""},
		{"Blog Beitrag von Margarita Koreneva", []string{"Margarita Koreneva"}, nil, ""},
		{"February 1, 2019 | BY: Ilana Muhlstein, MS, RDN", []string{"Ilana Muhlstein"}, nil, ""},
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
		"von künstler:innen",            // no user name: a word and its gender ending
		"Posted on 2015-04-05 by admin", // the system's account
		"von wordpressadmin | Eingetragen bei: politics",
		"Posted on 2015-04-05 by -_TheLordHelix_-",
		"Mehr Bilder von unten im Text", // a word more after the name: prose
	} {
		assert.False(t, isByline(s), s)
	}
}
