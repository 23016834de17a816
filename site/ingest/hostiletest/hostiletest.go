// Package hostiletest builds a hostile content folder for tests of every stage:
// the small text files checked in under testdata/hostile at the repository root,
// plus what a repository should not hold or cannot hold portably, made fresh in
// a temporary folder: binary files, UTF-16 and Windows-1252 text, a 30 MB page,
// a 2 MB single line, names differing only in case, a symlink loop, links out of
// the folder, broken links and a named pipe.
package hostiletest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Sizes of the generated large files.
const (
	BigPageBytes  = 30 << 20 // over ingest's default 16 MB limit
	LongLineBytes = 2 << 20  // one line, under the limit: must be read
)

// Folder returns a fresh hostile content folder in tb's temporary directory and
// the folder beside it that its outward links point into.
func Folder(tb testing.TB) (content, outside string) {
	tb.Helper()
	base := tb.TempDir()
	content, outside = filepath.Join(base, "content"), filepath.Join(base, "outside")
	require.NoError(tb, os.CopyFS(content, os.DirFS(CheckedIn())))
	require.NoError(tb, os.MkdirAll(outside, 0o755))
	require.NoError(tb, os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("a file outside the content folder\n"), 0o644))
	for name, data := range Generated() {
		require.NoError(tb, os.WriteFile(filepath.Join(content, filepath.FromSlash(name)), data, 0o644))
	}
	makeLinks(tb, content, outside)
	makeFIFO(tb, filepath.Join(content, "named-pipe.txt"))
	return content, outside
}

// CheckedIn is the path of testdata/hostile at the repository root.
func CheckedIn() string {
	_, self, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(self), "..", "..", "..", "testdata", "hostile")
}

// Generated are the hostile files made at test time, by slash path.
func Generated() map[string][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	return map[string][]byte{
		"binary.txt":           append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random...),
		"random.md":            random,
		"photo.jpg":            append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, random[:512]...),
		"stray-nul.txt":        []byte("A page dump with one stray NUL\x00 byte in a long line of otherwise ordinary text.\nIt is text, and the NUL is dropped.\n"),
		"windows-1252.txt":     encode(charmap.Windows1252, " date 2025-07-15 Le Monde\r\n"+frenchArticle),
		"utf16le.txt":          encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "date 2025-07-14\n"+swissArticle),
		"utf16be.md":           encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "+++\ntitle = \"Große Überschrift\"\n+++\nA Markdown file saved as UTF-16 big-endian with a BOM.\n"),
		"latin1-declared.htm":  []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>D\xe9j\xe0 vu</title></head><body><p>Un article fran\xe7ais d\xe9clar\xe9 en ISO-8859-1.</p></body></html>"),
		"deep-front-matter.md": []byte("+++\ntitle = " + strings.Repeat("[", 50_000) + "\n+++\nFront matter nested deep enough to overflow a recursive parser's stack.\n"),
		"big-30mb.txt":         bigPage(),
		"long-line-2mb.txt":    longLine(),
		"Case-Twin.txt":        []byte("Two names that differ only in case map to the same id.\n"),
		"case-twin.txt":        []byte("The second of the case twins gets the suffix -2.\n"),
		"bad-\xff-name.txt":    []byte("A file whose name is not valid UTF-8.\n"),
		"line\nbreak.txt":      []byte("A file whose name holds a line break.\n"),
	}
}

// frenchArticle is written in Windows-1252: accents, curly quotes and the euro
// sign are the bytes a mangled decoder gets wrong.
const frenchArticle = "Caf\u00e9 cr\u00e8me \u201cquoted\u201d costs 3 \u20ac in the caf\u00e9s of Montr\u00e9al.\r\n" +
	"Caf\u00e9 owners across the city raised the price of a caf\u00e9 cr\u00e8me this week, blaming the cost of milk and a rise in rents on the main shopping streets.\r\n" +
	"The owners\u2019 association said prices had been held for three years and that most members could no longer absorb the difference without cutting staff.\r\n" +
	"Customers interviewed on the terraces were resigned rather than angry, and several said they would simply order a smaller coffee in future.\r\n"

// swissArticle is written in UTF-16.
const swissArticle = "Zürich: a page saved as UTF-16 little-endian with a BOM.\n" +
	"The city of Zürich opened its new lakeside swimming area on Monday, the first to be built on the lake in more than forty years.\n" +
	"Planners said the site was chosen because the water there is shallow and warms quickly, making it safer for children and older swimmers.\n" +
	"Entry will be free during the first summer while the city counts visitors and decides whether to charge a small fee from next year.\n"

// encode writes s in e's encoding.
func encode(e encoding.Encoding, s string) []byte {
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// bigPage is a page dump of BigPageBytes, line after ordinary line.
func bigPage() []byte {
	line := []byte("An ordinary line of a very large page dump, repeated until the file passes the limit.\n")
	return bytes.Repeat(line, BigPageBytes/len(line)+1)
}

// longLine is one line of LongLineBytes with no line break.
func longLine() []byte {
	word := []byte("word ")
	return append(bytes.Repeat(word, LongLineBytes/len(word)), '\n')
}

// makeLinks adds the symbolic links: a loop, links out of the folder, a broken
// link, and links inside the folder that must be followed once.
func makeLinks(tb testing.TB, content, outside string) {
	tb.Helper()
	links := map[string]string{
		"loop":               ".",                                  // a folder linking to its own parent
		"nested/up":          "..",                                 // the same, one level down
		"self-link.txt":      "self-link.txt",                      // a link to itself
		"outside.txt":        filepath.Join(outside, "secret.txt"), // a file out of the folder
		"outside-dir":        outside,                              // a folder out of the folder
		"relative-escape.md": filepath.Join("..", "outside", "secret.txt"),
		"broken.txt":         "does-not-exist.txt",
		"alias.txt":          "duplicate-a.txt", // a file link inside: read under its own name
		"nested-alias":       "nested/deeper",   // a folder already walked as itself
		"drafts-link":        "_drafts-target",  // a folder only reachable through the link
	}
	require.NoError(tb, os.MkdirAll(filepath.Join(content, "_drafts-target"), 0o755))
	require.NoError(tb, os.WriteFile(filepath.Join(content, "_drafts-target", "via-link.txt"), []byte("A file in a skipped folder, reached through a link.\n"), 0o644))
	names := make([]string, 0, len(links))
	for n := range links {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		require.NoError(tb, os.Symlink(links[n], filepath.Join(content, filepath.FromSlash(n))))
	}
}

// Snapshot describes every entry under dir (mode, size and SHA-256 of files,
// targets of links) without following links, so a test can check that a
// folder is byte-identical after a build. Named pipes are listed, not opened.
func Snapshot(tb testing.TB, dir string) map[string]string {
	tb.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		desc := info.Mode().String()
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			desc += " -> " + target
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			desc += " " + hex.EncodeToString(sum[:])
		}
		out[filepath.ToSlash(rel)] = desc + " " + info.ModTime().UTC().String()
		return nil
	})
	require.NoError(tb, err)
	return out
}
