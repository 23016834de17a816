package cache

import (
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// filledArticle sets every field of an article to a value of its own, by
// reflection, so a field added to model.Article is covered without a test edit.
func filledArticle(t *testing.T) model.Article {
	var a model.Article
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		switch {
		case f.Kind() == reflect.String:
			f.SetString(name + " value")
		case f.Kind() == reflect.Bool:
			f.SetBool(true)
		case f.Type() == reflect.TypeOf([]string{}):
			f.Set(reflect.ValueOf([]string{name + " 1", name + " 2"}))
		case f.Type() == reflect.TypeOf(time.Time{}):
			f.Set(reflect.ValueOf(time.Date(2025, 7, 24, 5, 34, 7, 9, time.FixedZone("", 9*3600))))
		default:
			t.Fatalf("model.Article.%s: the article codec and this test do not know its type %s", name, f.Type())
		}
	}
	return a
}

func TestArticlesRoundTripsEveryField(t *testing.T) {
	a := filledArticle(t)
	b, err := Articles{}.Append([]byte("prefix"), a)
	require.NoError(t, err)
	got, err := Articles{}.Decode(string(b[len("prefix"):]))
	require.NoError(t, err)
	assert.Equal(t, a.Date.String(), got.Date.String())
	assert.True(t, a.Date.Equal(got.Date))
	a.Date, got.Date = time.Time{}, time.Time{}
	assert.Empty(t, got.Made, "Made is the entry's key, which the pack holds beside it")
	a.Made = ""
	assert.Equal(t, a, got)
}

func TestArticlesEdgeValues(t *testing.T) {
	tests := []struct {
		name string
		a    model.Article
	}{
		{"zero", model.Article{}},
		{"markdown same as text", model.Article{Text: "body", Markdown: "body", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}},
		{"markdown of its own", model.Article{Text: "body", Markdown: "## body"}},
		{"empty lists are nil", model.Article{Authors: []string{}, Tags: nil}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Articles{}.Append(nil, tc.a)
			require.NoError(t, err)
			got, err := Articles{}.Decode(string(b))
			require.NoError(t, err)
			assert.True(t, tc.a.Date.Equal(got.Date))
			assert.Equal(t, tc.a.Date.Location().String(), got.Date.Location().String())
			assert.Equal(t, tc.a.Text, got.Text)
			assert.Equal(t, tc.a.Markdown, got.Markdown)
			if len(tc.a.Authors) == 0 {
				assert.Nil(t, got.Authors, "an empty list reads back as nil, as gob gave it")
			}
		})
	}
}

func TestArticlesDecodeRejectsDamage(t *testing.T) {
	b, err := Articles{}.Append(nil, filledArticle(t))
	require.NoError(t, err)
	for _, cut := range []int{0, 1, 5, len(b) / 2, len(b) - 1} {
		_, err := Articles{}.Decode(string(b[:cut]))
		assert.Error(t, err, "cut at %d", cut)
	}
	_, err = Articles{}.Decode(string(b) + "x")
	assert.Error(t, err, "trailing bytes")
	_, err = Articles{}.Decode(string(append([]byte{0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, b...)))
	assert.Error(t, err, "a length past the end")
}
