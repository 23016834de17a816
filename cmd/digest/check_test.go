package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/topicdigest/digest/site"
	"github.com/topicdigest/digest/site/model"
)

// longText is a few hundred distinct words, so shingle sets are large enough for
// the near-duplicate estimate to be stable.
func longText(seed int) string {
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "word%d_%d ", seed, i)
		if i%40 == 39 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func article(id, title, text, source string, date time.Time) *model.Article {
	return &model.Article{ID: id, Path: "content/" + id + ".txt", Title: title, Text: text, Source: source, Date: date}
}

func TestCheckDigestFindsProblemsPerFile(t *testing.T) {
	day := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	near := strings.Replace(longText(1), "word1_150 ", "changed ", 1)
	d := &site.Digest{
		Articles: []*model.Article{
			article("a", "Good", longText(0), "UPI", day),
			article("b", "", longText(2), "UPI", day),
			article("c", "Empty", " ", "UPI", day),
			article("d", "Undated", longText(3), "", time.Time{}),
			article("e", "Original", longText(1), "AFP", day),
			article("f", "Copy", near, "AFP", day),
		},
		Warnings: []model.Warning{
			{File: "content/g.txt", Reason: "binary file"},
			{File: "content/h.png", Reason: "skipped: unknown file type"},
			{File: "content/a.txt", Reason: "date in the future"},
		},
	}
	var got []string
	for _, p := range checkDigest(d) {
		got = append(got, fmt.Sprintf("%s %s %s", p.file, p.severity, p.reason))
	}
	assert.Equal(t, []string{
		"content/a.txt warning date in the future",
		"content/b.txt error no title",
		"content/c.txt error empty after cleaning",
		"content/d.txt warning no date",
		"content/d.txt warning unknown source",
		"content/f.txt warning possible duplicate of content/e.txt (98% same text)",
		"content/g.txt error binary file",
		"content/h.png warning skipped: unknown file type",
	}, got)
}

func TestFindDuplicates(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int
	}{
		{"identical", []string{longText(1), longText(1)}, 1},
		{"one word changed", []string{longText(1), strings.Replace(longText(1), "word1_7 ", "x ", 1)}, 1},
		{"different", []string{longText(1), longText(2)}, 0},
		{"half shared", []string{longText(1), longText(1)[:len(longText(1))/2] + longText(2)}, 0},
		{"empty texts are not duplicates", []string{"", ""}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*model.Article
			for i, s := range tt.texts {
				arts = append(arts, article(fmt.Sprint(i), "t", s, "s", time.Time{}))
			}
			assert.Len(t, findDuplicates(arts), tt.want)
		})
	}
}

func TestDuplicatesAreReportedOncePerArticle(t *testing.T) {
	var arts []*model.Article
	for _, id := range []string{"a", "b", "c"} {
		arts = append(arts, article(id, "t", longText(4), "s", time.Time{}))
	}
	var got []string
	for _, p := range duplicateProblems(findDuplicates(arts)) {
		got = append(got, p.file+": "+p.reason)
	}
	assert.Equal(t, []string{
		"content/b.txt: possible duplicate of content/a.txt (100% same text)",
		"content/c.txt: possible duplicate of content/a.txt (100% same text) and of 1 other file",
	}, got)
}

func TestCheckExitCode(t *testing.T) {
	good := "+++\ntitle = \"A good article\"\ndate = 2025-07-24\nsource = \"UPI\"\n+++\n\n" + longText(5)
	tests := []struct {
		name  string
		files map[string]string
		want  int
	}{
		{"good folder", map[string]string{"good.md": good}, 0},
		{"empty file is an error", map[string]string{"good.md": good, "empty.txt": ""}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTestFiles(t, dir, tt.files)
			var out, errOut bytes.Buffer
			code := run([]string{"check", "-content", dir}, &out, &errOut)
			assert.Equal(t, tt.want, code, "stdout:\n%s\nstderr:\n%s", out.String(), errOut.String())
			assert.Contains(t, out.String(), "checked:")
		})
	}
}
