package render

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"reflect"
	"sync"
	"time"
	"unsafe"
)

// A page's key is a hash of everything its template reads of it, so a later
// build may reuse the page's file whenever the key is unchanged (see
// Options.Reuse); what the template reads is found by walking it (see
// readsOf). A value the walk cannot follow is read whole: the views form a
// graph (an article links to its event, the event to its sources and related
// events, and so on), and hashing all of it would make the page depend on
// every other, so a value read whole covers its own fields and the views up
// to keyReach links away from it. Views that others link to are nodes: each
// node's content is hashed once, with the nodes it links to standing in by
// their identity, and its hash at each reach is memoised. Exported fields
// only, as unexported ones are out of a template's reach, and the stand-ins
// for what a method shows (see keyFields).
const keyReach = 3

// keyVersion changes when the key's definition does, so old manifests miss.
const keyVersion = "page-key 6"

// node is a view that other views link to.
type node interface {
	identity() string
	memo() *keyMemo
}

// keyMemo holds a node's hashes, each computed at most once.
type keyMemo struct {
	links []node // the nodes it links to, in field order, once its reach-1 hash is made
	deep  [keyReach]struct {
		once sync.Once
		sum  [sha256.Size]byte
	}
	mu    sync.Mutex
	reads map[*reads][sha256.Size]byte // what each way of reading it hashes to (see readSum)
}

func (m *keyMemo) memo() *keyMemo { return m }

func (e *eventView) identity() string   { return e.Path }
func (a *articleView) identity() string { return a.Path }
func (m *month) identity() string       { return m.Path }
func (d *digest) identity() string      { return "" }
func (c *chrome) identity() string      { return "" }
func (l *siteLinks) identity() string   { return l.Root }

var timeType = reflect.TypeFor[time.Time]()

// pageKey is p's key: what r says its templates read of it (see readsOf);
// salt stands for what the views do not hold: the program, the templates
// and the options of the build.
func pageKey(p *page, salt string, r *reads) string {
	k := newKeyWriter()
	k.string(keyVersion)
	k.string(salt)
	k.read(reflect.ValueOf(p), r)
	sum := k.sum()
	return hex.EncodeToString(sum[:16])
}

// read writes what r says is read of v: a list's length and a pointer's
// nil-ness whenever they are reached, the fields and elements r names,
// and a value read whole (or a map) with all it links to, up to keyReach.
func (k *keyWriter) read(v reflect.Value, r *reads) {
	switch {
	case r == nil:
		return
	case r.whole:
		k.value(v, keyReach)
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			k.int(-1)
			return
		}
		k.int(1)
		if n, ok := sharedNode(v); ok {
			sum := readSum(n, v.Elem(), r)
			k.buf = append(k.buf, sum[:]...)
			return
		}
		k.read(v.Elem(), r)
	case reflect.Struct:
		if v.Type() == timeType {
			k.structure(v, 0)
			return
		}
		if k.readSums(v, r) {
			return
		}
		for _, f := range r.fields {
			k.int(int64(f.index))
			k.read(v.Field(f.index), f.r)
		}
	case reflect.Slice, reflect.Array:
		k.int(int64(v.Len()))
		if r.elem != nil {
			for i := range v.Len() {
				k.read(v.Index(i), r.elem)
			}
		}
	default:
		k.value(v, keyReach)
	}
}

// nodeSum is n's hash at reach r (1 to keyReach): at 1 its own content, the
// nodes it links to by identity; above, that and its links' hashes at r-1.
func nodeSum(n node, r int) []byte {
	m := n.memo()
	d := &m.deep[r-1]
	d.once.Do(func() {
		k := newKeyWriter()
		if r == 1 {
			k.links = &m.links
			k.value(reflect.ValueOf(n).Elem(), 0)
		} else {
			k.buf = append(k.buf, nodeSum(n, 1)...)
			for _, l := range m.links {
				k.buf = append(k.buf, nodeSum(l, r-1)...)
			}
		}
		d.sum = k.sum()
	})
	return d.sum[:]
}

// sharedNode is the node v points to if most pages show it: the site, its
// links and the chrome (a kilobyte of HTML), which are worth hashing once.
// Events and articles are shown by a few pages each, and read there in
// different ways; hashing them in place costs less than remembering them.
func sharedNode(v reflect.Value) (node, bool) {
	switch n := v.Interface().(type) {
	case *chrome:
		return n, true
	case *siteLinks:
		return n, true
	case *digest:
		return n, true
	}
	return nil, false
}

// readSum is what r reads of the node n (whose value is v), hashed once per
// node and way of reading it.
func readSum(n node, v reflect.Value, r *reads) [sha256.Size]byte {
	m := n.memo()
	m.mu.Lock()
	sum, ok := m.reads[r]
	m.mu.Unlock()
	if ok {
		return sum
	}
	k := newKeyWriter()
	k.read(v, r)
	sum = k.sum()
	m.mu.Lock()
	if m.reads == nil {
		m.reads = map[*reads][sha256.Size]byte{}
	}
	m.reads[r] = sum
	m.mu.Unlock()
	return sum
}

// keyWriter hashes the bytes of a key as they come: small values gather in
// buf, long strings (an article's whole Markdown) go to the hash as they are,
// not copied first.
type keyWriter struct {
	h     hash.Hash
	buf   []byte
	links *[]node // when set, the nodes met at reach 0 are appended to it
}

// longString is the length from which a string is hashed where it lies
// rather than copied into the buffer first.
const longString = 128

// keyWriters keeps writers, their hash and buffer, between keys.
var keyWriters = sync.Pool{New: func() any { return &keyWriter{h: sha256.New(), buf: make([]byte, 0, 4096)} }}

func newKeyWriter() *keyWriter {
	k := keyWriters.Get().(*keyWriter)
	k.h.Reset()
	k.buf, k.links = k.buf[:0], nil
	return k
}

// sum hashes what k was given and gives k back for another key.
func (k *keyWriter) sum() [sha256.Size]byte {
	k.flush()
	var s [sha256.Size]byte
	k.h.Sum(s[:0])
	k.links = nil
	keyWriters.Put(k)
	return s
}

// flush hashes the small values gathered so far.
func (k *keyWriter) flush() {
	k.h.Write(k.buf)
	k.buf = k.buf[:0]
}

// value writes v. A node met with reach left writes its hash at that reach;
// at reach 0, its identity.
func (k *keyWriter) value(v reflect.Value, reach int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		k.ref(v, reach)
	case reflect.Struct:
		k.structure(v, reach)
	case reflect.Slice, reflect.Array:
		k.int(int64(v.Len()))
		for i := range v.Len() {
			k.value(v.Index(i), reach)
		}
	case reflect.String:
		k.string(v.String())
	case reflect.Bool:
		k.int(int64(boolInt(v.Bool())))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		k.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		k.int(int64(v.Uint()))
	case reflect.Float32, reflect.Float64:
		k.int(int64(math.Float64bits(v.Float())))
	default:
		panic(fmt.Sprintf("render: page key cannot hash a %s (%s)", v.Kind(), v.Type()))
	}
}

// ref writes what a pointer or interface holds: a node by hash or identity,
// anything else as if it were inline.
func (k *keyWriter) ref(v reflect.Value, reach int) {
	if v.IsNil() {
		k.int(-1)
		return
	}
	n, ok := v.Interface().(node)
	switch {
	case !ok:
		k.value(v.Elem(), reach)
	case reach == 0:
		k.string(n.identity())
		if k.links != nil {
			*k.links = append(*k.links, n)
		}
	default:
		k.buf = append(k.buf, nodeSum(n, reach)...)
	}
}

// structure writes a struct's exported fields in order; a time.Time by its
// instant and zone, which is all a template can print of it.
func (k *keyWriter) structure(v reflect.Value, reach int) {
	ty := v.Type()
	if ty == timeType {
		k.time(v.Interface().(time.Time))
		return
	}
	for _, i := range keyFields(ty) {
		k.value(v.Field(i), reach)
	}
}

var fieldCache sync.Map // reflect.Type -> []int

// keyFields lists the indexes of ty's fields a key covers, once per type:
// the exported ones, which a template can see, and the unexported strings
// tagged `key:"stand-in"`, which stand for what a method shows (a view's
// Markdown method cleans a body that a short key names).
func keyFields(ty reflect.Type) []int {
	if f, ok := fieldCache.Load(ty); ok {
		return f.([]int)
	}
	var out []int
	for i := range ty.NumField() {
		f := ty.Field(i)
		if f.IsExported() || isStandIn(f) {
			out = append(out, i)
		}
	}
	fieldCache.Store(ty, out)
	return out
}

// isStandIn reports whether f is an unexported string that stands in keys
// for what a method of its struct shows.
func isStandIn(f reflect.StructField) bool {
	return f.Tag.Get("key") == "stand-in" && f.Type.Kind() == reflect.String
}

// int writes n as a varint: most numbers in a key are field indexes and
// lengths below 128, and eight bytes each made them two thirds of what
// the hash read.
func (k *keyWriter) int(n int64) { k.buf = binary.AppendVarint(k.buf, n) }

// time writes t as a template can print it: its instant, and its zone's
// name and offset at that instant, and the location's name. Formatting it
// as text first cost more than the hashing.
func (k *keyWriter) time(t time.Time) {
	name, offset := t.Zone()
	k.int(t.Unix())
	k.int(int64(t.Nanosecond()))
	k.int(int64(offset))
	k.string(name)
	k.string(t.Location().String())
}

func (k *keyWriter) string(s string) {
	k.int(int64(len(s)))
	if len(s) < longString {
		k.buf = append(k.buf, s...)
		return
	}
	k.flush()
	// The hash only reads its input, so it may read the string's own bytes.
	k.h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
