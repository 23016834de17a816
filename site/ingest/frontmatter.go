package ingest

import (
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
	yaml "go.yaml.in/yaml/v3"
)

// frontMatter is the block at the top of a Markdown file, split from the body.
type frontMatter struct {
	kind string // "TOML" or "YAML"; empty when the file has none
	text string // the block between the delimiter lines
	body string // everything after the closing delimiter
}

// splitFrontMatter separates TOML (+++) or YAML (---) front matter from the body.
// A file opening with a delimiter that is never closed has no front matter:
// problem says so and the whole text is the body.
func splitFrontMatter(s string) (fm frontMatter, problem string) {
	first, rest, ok := strings.Cut(s, "\n")
	if !ok {
		return frontMatter{body: s}, ""
	}
	var kind string
	var closers []string
	switch strings.TrimRight(first, " \t") {
	case "+++":
		kind, closers = "TOML", []string{"+++"}
	case "---":
		kind, closers = "YAML", []string{"---", "..."}
	default:
		return frontMatter{body: s}, ""
	}
	block, body, found := cutAtLine(rest, closers)
	if !found {
		return frontMatter{body: s}, fmt.Sprintf("front matter opened with %s is never closed; read as body", first)
	}
	return frontMatter{kind: kind, text: block, body: strings.TrimLeft(body, "\n")}, ""
}

// cutAtLine splits s at the first line that is exactly one of closers (trailing
// blanks allowed).
func cutAtLine(s string, closers []string) (before, after string, found bool) {
	for off := 0; off <= len(s); {
		end := strings.IndexByte(s[off:], '\n')
		line, next := s[off:], len(s)+1
		if end >= 0 {
			line, next = s[off:off+end], off+end+1
		}
		trimmed := strings.TrimRight(line, " \t")
		for _, c := range closers {
			if trimmed == c {
				if next > len(s) {
					return s[:off], "", true
				}
				return s[:off], s[next:], true
			}
		}
		off = next
	}
	return s, "", false
}

// Front matter is a handful of keys. These bounds are far above any real use
// and keep hostile input away from the parsers, which recurse once per level
// of nesting (TOML without limit: deep enough nesting overflows the stack and
// kills the process, which no recover catches) and slow down on deep YAML.
const (
	maxFrontMatterBytes = 64 << 10
	maxFrontMatterDepth = 32
)

// checkFrontMatterShape refuses front matter too large or too deeply nested to
// be metadata, before any parser sees it.
func checkFrontMatterShape(text string) error {
	if len(text) > maxFrontMatterBytes {
		return fmt.Errorf("over %d KiB, not read", maxFrontMatterBytes>>10)
	}
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '[', '{':
			if depth++; depth > maxFrontMatterDepth {
				return fmt.Errorf("nested more than %d levels deep, not read", maxFrontMatterDepth)
			}
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return nil
}

// parseFrontMatter decodes the block into a map; the error carries the parser's
// own reason, which is what an editor needs to fix the file.
func parseFrontMatter(fm frontMatter) (map[string]any, error) {
	if err := checkFrontMatterShape(fm.text); err != nil {
		return nil, fmt.Errorf("invalid front matter (%s): %w", fm.kind, err)
	}
	m := map[string]any{}
	switch fm.kind {
	case "TOML":
		if _, err := toml.Decode(fm.text, &m); err != nil {
			return nil, fmt.Errorf("invalid front matter (TOML): %v", err)
		}
	case "YAML":
		var v any
		if err := yaml.Unmarshal([]byte(fm.text), &v); err != nil {
			return nil, fmt.Errorf("invalid front matter (YAML): %v", err)
		}
		switch x := v.(type) {
		case nil:
		case map[string]any:
			m = x
		default:
			return nil, fmt.Errorf("invalid front matter (YAML): want key: value pairs, got %s", typeName(v))
		}
	}
	return m, nil
}
