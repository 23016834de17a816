package render

import (
	"reflect"
	"slices"
)

// What a page's key covers is what its templates read of it. Before any page
// is rendered, the template of each kind of page is walked once, with the
// types of what it will receive (see readsOf): every field a pipeline names,
// every list it ranges over, every value it prints or hands to a function is
// recorded in a tree of reads rooted at the page. A page's key then hashes
// exactly that of its page (see keyWriter.read). So a month page's key
// covers its events' headlines and sources' names, which it shows, and not
// the related events of those events or the events of the month before,
// which the old three-links-away rule took in: adding an article to one
// event used to re-render every month page that showed an event related to
// it (23 of them, 650 KB each, at 100,000 articles). And a template that
// reads further than three links is now covered too.
//
// Where the walk cannot follow a value (a map, an interface, a method, a
// variable assigned to again, a template calling itself too deep), the
// value is read whole: hashed with all it links to, up to keyReach links
// away, as every page was before. That is the only approximation, and it
// errs on the side of a page rendered again.

// reads is what the templates read of one value: all of it (whole), some of
// its fields, and of a list, what they read of every element. A reads that
// exists but names nothing records that a list's length or a pointer's being
// nil was looked at; every other kind of value is then read whole.
type reads struct {
	whole  bool
	fields []fieldReads // in field order once the walk is done (see sortFields)
	elem   *reads
}

// fieldReads is the reads of one field of a struct, by index.
type fieldReads struct {
	index int
	name  string
	r     *reads
}

// field is the reads of the struct field at index, made on first use.
func (r *reads) field(index int, name string) *reads {
	for _, f := range r.fields {
		if f.index == index {
			return f.r
		}
	}
	f := fieldReads{index: index, name: name, r: &reads{}}
	r.fields = append(r.fields, f)
	return f.r
}

// element is the reads of every element of a list, made on first use.
func (r *reads) element() *reads {
	if r.elem == nil {
		r.elem = &reads{}
	}
	return r.elem
}

// sortFields puts every struct's fields in index order, for hashing.
func (r *reads) sortFields() {
	slices.SortFunc(r.fields, func(a, b fieldReads) int { return a.index - b.index })
	for _, f := range r.fields {
		f.r.sortFields()
	}
	if r.elem != nil {
		r.elem.sortFields()
	}
}

// value is what the walk knows of a value a pipeline holds: its type and
// where reads of it are recorded. A value made in the template (a ctx pair)
// has its fields given in made; a value that is one of several (what `or`
// returns) lists them in alts. The zero value is a value with no data
// behind it: a constant, a function's result.
type value struct {
	t    reflect.Type
	r    *reads
	made map[string]value
	alts []value
}

// readWhole records that v is read whole.
func readWhole(v value) {
	if v.r != nil {
		v.r.whole = true
	}
	for _, m := range v.made {
		readWhole(m)
	}
	for _, a := range v.alts {
		readWhole(a)
	}
}

// readTruth records that v's truth (or length) is looked at: a list's
// length and a pointer's nil-ness are hashed whenever the value is reached,
// so only a scalar or interface needs more.
func readTruth(v value) {
	for _, a := range v.alts {
		readTruth(a)
	}
	if v.r == nil {
		return
	}
	switch deref(v.t).Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array:
	default:
		v.r.whole = true
	}
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// fieldOf is what v.name reads, as text/template resolves it: a method
// first, then a struct field.
func fieldOf(v value, name string) value {
	if v.alts != nil {
		out := value{alts: make([]value, len(v.alts))}
		for i, a := range v.alts {
			out.alts[i] = fieldOf(a, name)
		}
		return out
	}
	if v.made != nil {
		if m, ok := v.made[name]; ok {
			return m
		}
		readWhole(v)
		return value{}
	}
	if v.r == nil {
		return value{}
	}
	t := deref(v.t)
	if _, ok := reflect.PointerTo(t).MethodByName(name); ok {
		readByMethod(v, t)
		return value{}
	}
	if t.Kind() == reflect.Struct {
		if f, ok := t.FieldByName(name); ok && f.IsExported() && len(f.Index) == 1 {
			return value{t: f.Type, r: v.r.field(f.Index[0], name)}
		}
	}
	readWhole(v)
	return value{}
}

// readByMethod records what a method of a view reads: its stand-in fields,
// which name what the method shows (see keyFields); on a type with none,
// the whole value.
func readByMethod(v value, t reflect.Type) {
	found := false
	if t.Kind() == reflect.Struct {
		for i := range t.NumField() {
			if isStandIn(t.Field(i)) {
				v.r.field(i, t.Field(i).Name)
				found = true
			}
		}
	}
	if !found {
		readWhole(v)
	}
}

// elemOf is what ranging over v gives each time.
func elemOf(v value) value {
	if v.alts != nil {
		out := value{alts: make([]value, len(v.alts))}
		for i, a := range v.alts {
			out.alts[i] = elemOf(a)
		}
		return out
	}
	if v.r == nil {
		readWhole(v)
		return value{}
	}
	switch t := deref(v.t); t.Kind() {
	case reflect.Slice, reflect.Array:
		return value{t: t.Elem(), r: v.r.element()}
	}
	readWhole(v)
	return value{}
}

// ctxType is the type of what the ctx function makes, a root and a value.
var ctxType = reflect.TypeFor[ctx]()

// chain is what a chain of field names (.A.B, $x.A, (pipe).A) reads from v.
func chain(v value, names []string) value {
	for _, name := range names {
		v = fieldOf(v, name)
	}
	return v
}

// call is what a function makes of its arguments: ctx pairs them, index
// and slice keep them, or, and and not look at their truth, and every other
// function (link, date, eq, print, the escapers...) reads them whole.
func call(name string, args []value) value {
	switch name {
	case "ctx":
		if len(args) == 2 {
			return value{t: ctxType, made: map[string]value{"Root": args[0], "V": args[1]}}
		}
	case "len", "not":
		for _, a := range args {
			readTruth(a)
		}
		return value{}
	case "and", "or":
		for _, a := range args {
			readTruth(a)
		}
		return value{alts: args}
	case "index":
		if len(args) > 0 {
			v := args[0]
			for _, k := range args[1:] {
				readWhole(k)
				v = elemOf(v)
			}
			return v
		}
	case "slice":
		if len(args) > 0 {
			for _, k := range args[1:] {
				readWhole(k)
			}
			return args[0]
		}
	}
	for _, a := range args {
		readWhole(a)
	}
	return value{}
}

// fieldNamed is the reads of the field called name, nil if none is read.
func (r *reads) fieldNamed(name string) *reads {
	for _, f := range r.fields {
		if f.name == name {
			return f.r
		}
	}
	return nil
}
