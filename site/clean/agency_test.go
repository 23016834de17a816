package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAgencyName(t *testing.T) {
	tests := map[string]string{
		"AFP": "AFP", "Agence France-Presse": "AFP", "The Associated Press": "AP", "dpa": "dpa",
		"UPI": "UPI", "(EFE)": "EFE", "ap": "", "pa": "", "KCNA": "", "Global Watch": "",
	}
	for in, want := range tests {
		assert.Equal(t, want, AgencyName(in), in)
	}
}

func TestDatelineAgency(t *testing.T) {
	tests := map[string]string{
		"SEOUL, July 24 (UPI) -- North Korean leader Kim Jong Un called": "UPI",
		"Berlin (dpa) - Die Bundesregierung hat":                         "dpa",
		"MADRID (EFE).- El Gobierno español":                             "EFE",
		"WASHINGTON (AP) — President":                                    "AP",
		"Kim said, according to KCNA (Korean Central News Agency).":      "",
		"The contest (held on Wednesday) was broadcast":                  "",
	}
	for in, want := range tests {
		assert.Equal(t, want, datelineAgency(in), in)
	}
}

func TestCreditAgency(t *testing.T) {
	tests := map[string]string{
		"© 2025 AFP": "AFP", "Copyright 2025 The Associated Press. All rights reserved.": "AP",
		"(dpa)": "dpa", "©2025 GPlusMedia Inc.": "", "Photo by KCNA/EPA": "",
	}
	for in, want := range tests {
		assert.Equal(t, want, creditAgency(in), in)
	}
}
