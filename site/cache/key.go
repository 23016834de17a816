package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"sync"
)

// Key hashes the parts that produced a value into one cache key. The parts are
// length-prefixed, so ("ab", "c") and ("a", "bc") give different keys.
func Key(parts ...string) string {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		l := uint64(len(p))
		for i := range n {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write(readOnly(p))
	}
	return hex.EncodeToString(h.Sum(nil))
}

var (
	codeOnce sync.Once
	codeHash string
)

// CodeVersion identifies the running program by a hash of its executable, so any
// change to the code (a cleaner fix, a new template) invalidates what an older
// build cached, without anyone remembering to bump a version constant. It is
// empty when the executable cannot be read; then nothing may be cached.
func CodeVersion() string {
	codeOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err == nil {
			codeHash = hex.EncodeToString(h.Sum(nil))
		}
	})
	return codeHash
}
