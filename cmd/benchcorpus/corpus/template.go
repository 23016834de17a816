package corpus

import (
	"fmt"
	"strings"
)

// pattern is a sentence template compiled once into literal and slot segments,
// so filling it at 100,000 articles is a loop of appends rather than a scan.
type pattern struct {
	lits  []string // lits[i] precedes slots[i]; the last literal follows the last slot
	slots []string
}

// compile splits "text {slot} text" into segments; a slot name is any run of
// characters between braces.
func compile(s string) pattern {
	var p pattern
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			p.lits = append(p.lits, s)
			return p
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic(fmt.Sprintf("corpus: unclosed slot in %q", s))
		}
		p.lits = append(p.lits, s[:i])
		p.slots = append(p.slots, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// compileAll compiles a list of templates.
func compileAll(ss []string) []pattern {
	ps := make([]pattern, len(ss))
	for i, s := range ss {
		ps[i] = compile(s)
	}
	return ps
}

// facts maps slot names to the values of one event (or one article).
type facts map[string]string

// fill appends the pattern with its slots replaced by f's values to b. Every
// pattern is a sentence or a headline, so a value that opens it is capitalised
// ("the Red Cross said" becomes "The Red Cross said"). A slot missing from f is a
// bug in the tables, so it panics rather than write "{x}".
func (p pattern) fill(b *strings.Builder, f facts) {
	for i, lit := range p.lits {
		b.WriteString(lit)
		if i == len(p.slots) {
			break
		}
		v, ok := f[p.slots[i]]
		if !ok {
			panic(fmt.Sprintf("corpus: no value for slot {%s}", p.slots[i]))
		}
		if i == 0 && lit == "" && v != "" && v[0] >= 'a' && v[0] <= 'z' {
			b.WriteByte(v[0] - 'a' + 'A')
			v = v[1:]
		}
		b.WriteString(v)
	}
}

// String fills the pattern into a new string.
func (p pattern) String(f facts) string {
	var b strings.Builder
	p.fill(&b, f)
	return b.String()
}
