package clean

import (
	"strings"

	"github.com/topicdigest/digest/site/clean/htmlextract"
)

// trimTail drops the blocks that close an HTML article but are not part of it,
// which sites put inside the article's own container: section heads left
// without their section ("You may also like..."), promos, calls to subscribe
// and rights notices. It reads them with the page-dump cleaner's vocabulary.
func trimTail(blocks []htmlextract.Block) []htmlextract.Block {
	end := len(blocks)
	for end > 1 && isTailFurniture(blocks[end-1].Text) {
		end--
	}
	return blocks[:end]
}

// isTailFurniture reports whether a closing block is furniture rather than the
// article's last words.
func isTailFurniture(text string) bool {
	lower := strings.ToLower(text)
	words := len(strings.Fields(text))
	return isSectionHead(lower) || isPromo(lower, words) || words < 30 && containsAny(lower, copyrightMarks)
}
