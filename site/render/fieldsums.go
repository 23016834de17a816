package render

import (
	"encoding/binary"
	"fmt"
	"hash"
	"hash/fnv"
	"reflect"
	"sync"
	"unsafe"
)

// An article's outlet name is read by six pages' keys on average (its own
// page, its event's, the timeline and month cards, the related lists), its
// path by four: at 100,000 articles, page keys read 4.5 million short
// strings, each from wherever its view's data lies, and waiting for memory
// was two thirds of their time. So the views that many pages read in part
// carry a hash of each of their fields that holds no link to another view,
// made when the view is, while its data is at hand; a key reads the field's
// hash instead of the field. A key still covers exactly the fields its page
// reads; a field read only in part (a list's length) is now covered whole,
// which errs on the side of a page rendered again.

// fieldSums is embedded in a view whose fields many keys read: sums holds
// the hash of each plain field (see sumLayout) once summed is set by
// sumFields; until then keys read the fields themselves. The sums lie in
// the view, beside the fields a key reads with them.
type fieldSums struct {
	sums   [maxSums]uint64
	summed bool
}

// maxSums is the most plain fields a view may have.
const maxSums = 20

// sumLayout is where a struct type keeps its field sums: the index of its
// fieldSums, and by field index, the field's place in sums, or -1 for a
// field a key does not cover or that can hold a link to a node.
type sumLayout struct {
	at    int
	slots []int
	n     int
}

var fieldSumsType = reflect.TypeFor[fieldSums]()

// layoutOf works out ty's sumLayout, nil when ty embeds no fieldSums (see
// summedLayout for the views' own, worked out once).
func layoutOf(ty reflect.Type) *sumLayout {
	var l *sumLayout
	for i := range ty.NumField() {
		if ty.Field(i).Type == fieldSumsType {
			l = &sumLayout{at: i, slots: make([]int, ty.NumField())}
		}
	}
	if l != nil {
		for i := range l.slots {
			l.slots[i] = -1
		}
		for _, i := range keyFields(ty) {
			if plain(ty.Field(i).Type, map[reflect.Type]bool{}) {
				l.slots[i], l.n = l.n, l.n+1
			}
		}
		if l.n > maxSums {
			panic(fmt.Sprintf("render: %s has %d plain fields, more than maxSums", ty, l.n))
		}
	}
	return l
}

// The layouts of the views with sums, looked up once: a key asks for one
// at every view it reads.
var (
	articleType, eventType, addType       = reflect.TypeFor[articleView](), reflect.TypeFor[eventView](), reflect.TypeFor[addView]()
	articleLayout, eventLayout, addLayout = layoutOf(articleType), layoutOf(eventType), layoutOf(addType)
)

// summedLayout is ty's layout if it is a view with sums, else nil.
func summedLayout(ty reflect.Type) *sumLayout {
	switch ty {
	case articleType:
		return articleLayout
	case eventType:
		return eventLayout
	case addType:
		return addLayout
	}
	return nil
}

var nodeType = reflect.TypeFor[node]()

// plain reports whether every value of ty is data a key hashes as it is:
// no node, no interface (which may hold one) can be reached from it.
func plain(ty reflect.Type, seen map[reflect.Type]bool) bool {
	switch ty.Kind() {
	case reflect.Bool, reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return true
	}
	if ty == timeType {
		return true
	}
	if seen[ty] || ty.Implements(nodeType) {
		return false // a type that holds itself is taken for one that may hold a node
	}
	seen[ty] = true
	defer delete(seen, ty)
	switch ty.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return plain(ty.Elem(), seen)
	case reflect.Struct:
		for _, i := range keyFields(ty) {
			if !plain(ty.Field(i).Type, seen) {
				return false
			}
		}
		return true
	}
	return false
}

// sumWriters are keyWriters whose hash is 64-bit FNV-1a: a field's sum
// stands for one field of one view, where a page key stands for a page.
var sumWriters = sync.Pool{New: func() any { return &keyWriter{h: fnv.New64a(), buf: make([]byte, 0, 512)} }}

// sumFields hashes every plain field of the view v points to into its
// fieldSums. It runs once the view's plain fields are final: a field
// changed afterwards would go unseen by every key.
func sumFields(v any) {
	sv := reflect.ValueOf(v).Elem()
	l := summedLayout(sv.Type())
	fs := sumsOf(sv, l)
	k := sumWriters.Get().(*keyWriter)
	h := k.h.(hash.Hash64)
	for i, slot := range l.slots {
		if slot >= 0 { // the hash of what a key would write of the field
			h.Reset()
			k.buf = k.buf[:0]
			k.value(sv.Field(i), 0)
			k.flush()
			fs.sums[slot] = h.Sum64()
		}
	}
	sumWriters.Put(k)
	fs.summed = true
}

// sumsOf is the fieldSums of sv, a struct with layout l that lies in
// memory (a view reached through its pointer, or an element of a list).
func sumsOf(sv reflect.Value, l *sumLayout) *fieldSums {
	return (*fieldSums)(unsafe.Pointer(sv.Field(l.at).UnsafeAddr()))
}

// readSums writes what r reads of the struct sv: a field sum for each plain
// field once sv has its sums, the field itself otherwise. It reports false
// when sv has no sums, for the caller to read its fields.
func (k *keyWriter) readSums(sv reflect.Value, r *reads) bool {
	l := summedLayout(sv.Type())
	if l == nil || !sv.CanAddr() {
		return false
	}
	fs := sumsOf(sv, l)
	if !fs.summed {
		return false
	}
	for _, f := range r.fields {
		k.int(int64(f.index))
		if slot := l.slots[f.index]; slot >= 0 {
			k.buf = binary.LittleEndian.AppendUint64(k.buf, fs.sums[slot])
			continue
		}
		k.read(sv.Field(f.index), f.r)
	}
	return true
}
