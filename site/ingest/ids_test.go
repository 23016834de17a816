package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFileID(t *testing.T) {
	tests := []struct{ file, want string }{
		{"000_c12818764e0f8c6d.txt", "000_c12818764e0f8c6d"},
		{"News/Big Story!.md", "news/big-story"},
		{"a..b .. c.txt", "a-b-c"},
		{"--- a -- b ---.txt", "a-b"},
		{"Ünïcödé Ñame.md", "unicode-name"},
		{"日本語.txt", "ri-ben-yu"},
		{"sub/../x.txt", "sub/x"},
		{"./x.txt", "x"},
		{"/abs/x.txt", "abs/x"},
		{"....txt", "x-f6a4a5a4"},
		{"🙂.txt", "x-7b0d4d8f"},
		{"a/🙂/b.txt", "a/x-7b0d4d8f/b"},
		{"file.tar.gz.txt", "file-tar-gz"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := fileID(tt.file)
			if strings.HasPrefix(tt.want, "x-") || strings.Contains(tt.want, "/x-") {
				assert.Regexp(t, `^(.*/)?x-[0-9a-f]{8}(/.*)?$`, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFileIDIsBoundedAndSafe(t *testing.T) {
	long := fileID(strings.Repeat("語", 200) + ".txt")
	assert.LessOrEqual(t, len(long), maxSegment)
	assert.True(t, safeID(long))
	assert.NotEqual(t, fileID("🙂.txt"), fileID("🙃.txt"), "names with nothing to keep stay apart")
}

func TestLineID(t *testing.T) {
	assert.Equal(t, "feeds/wire/12", lineID("feeds/wire.jsonl", "12"))
	assert.Equal(t, "wire/etc-passwd", lineID("wire.jsonl", "../../etc/passwd"))
}

func TestAssignIDs(t *testing.T) {
	tests := []struct {
		name    string
		in, out []string
	}{
		{"unique ids are kept", []string{"a", "b"}, []string{"a", "b"}},
		{"later duplicates get suffixes", []string{"a", "a", "a"}, []string{"a", "a-2", "a-3"}},
		{"a suffix never takes a natural id", []string{"a", "a", "a-2"}, []string{"a", "a-3", "a-2"}},
		{"suffixes skip used ones", []string{"a-2", "a", "a", "a-2"}, []string{"a-2", "a", "a-3", "a-2-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.out, assignIDs(tt.in))
		})
	}
}
