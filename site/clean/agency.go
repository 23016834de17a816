package clean

import (
	"strings"
	"unicode"
)

// agencyAliases maps the lower-case ways wire agencies are written to their
// usual short name. State agencies that are quoted rather than syndicated
// (KCNA) are deliberately absent: "KCNA reported" is a source, not the copy's origin.
var agencyAliases = map[string]string{
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"ap": "AP", "associated press": "AP", "the associated press": "AP",
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"upi": "UPI", "united press international": "UPI",
	"dpa": "dpa", "deutsche presse-agentur": "dpa",
	"efe": "EFE", "agencia efe": "EFE",
	"ansa": "ANSA", "yonhap": "Yonhap", "yonhap news agency": "Yonhap",
	"kyodo": "Kyodo", "kyodo news": "Kyodo", "xinhua": "Xinhua",
	"aap": "AAP", "australian associated press": "AAP",
	"pa": "PA", "pa media": "PA", "press association": "PA",
	"anp": "ANP", "apa": "APA", "sda": "SDA", "keystone-sda": "SDA", "ats": "ATS", "kna": "KNA",
	"epd": "epd", "lusa": "Lusa", "europa press": "Europa Press", "tass": "TASS", "ria novosti": "RIA Novosti",
	"anadolu": "Anadolu", "anadolu agency": "Anadolu", "pti": "PTI", "ians": "IANS", "bernama": "Bernama",
	"antara": "Antara", "belga": "Belga", "ctk": "ČTK", "čtk": "ČTK", "tt": "TT", "ntb": "NTB",
	"ritzau": "Ritzau", "agi": "AGI", "adnkronos": "Adnkronos", "notimex": "Notimex", "telam": "Télam",
	"agência brasil": "Agência Brasil", "bloomberg": "Bloomberg",
}

// AgencyName returns the short name of the wire agency s names ("Agence
// France-Presse" -> "AFP"), or "" when s is not an agency. Short all-lower
// aliases only count when written in capitals, so "pa" or "ap" in prose do not.
func AgencyName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " .,;:()[]-–—/|"))
	name, ok := agencyAliases[strings.ToLower(s)]
	if !ok {
		return ""
	}
	if len(s) <= 3 && name != "dpa" && name != "epd" && strings.ToUpper(s) != s {
		return ""
	}
	return name
}

// datelineAgency reads the agency of a lead paragraph's dateline:
// "SEOUL, July 24 (UPI) --", "Berlin (dpa) -", "(EFE).-".
func datelineAgency(p string) string {
	head := p
	if len(head) > 120 {
		head = head[:120]
	}
	for {
		i := strings.IndexByte(head, '(')
		if i < 0 {
			return ""
		}
		j := strings.IndexByte(head[i:], ')')
		if j < 0 {
			return ""
		}
		inner := head[i+1 : i+j]
		for _, part := range strings.FieldsFunc(inner, func(r rune) bool { return r == '/' || r == ',' }) {
			if a := AgencyName(part); a != "" {
				return a
			}
		}
		head = head[i+j+1:]
	}
}

// creditAgency reads an agency credit line such as "© 2025 AFP", "Copyright
// 2025 The Associated Press. All rights reserved." or a closing "(dpa)".
func creditAgency(s string) string {
	if len(s) > 120 {
		return ""
	}
	lower := strings.ToLower(s)
	for _, cut := range []string{"all rights reserved", "alle rechte vorbehalten", "tous droits réservés"} {
		if i := strings.Index(lower, cut); i >= 0 {
			s = s[:i]
			lower = lower[:i]
		}
	}
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return r == '©' || unicode.IsDigit(r) || unicode.IsSpace(r) || r == '(' || r == ')' || r == '-' || r == '—' || r == '–'
	})
	if strings.HasPrefix(strings.ToLower(s), "copyright") {
		s = strings.TrimLeftFunc(s[len("copyright"):], func(r rune) bool {
			return r == '©' || unicode.IsDigit(r) || unicode.IsSpace(r) || r == '(' || r == ')' || r == 'c'
		})
	}
	return AgencyName(strings.TrimRight(s, " .,"))
}
