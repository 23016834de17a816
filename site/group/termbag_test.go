package group

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTFFactorIsTheLogarithm: the table gives math.Log's results to the
// bit, for the halves it holds and the counts past or between them.
func TestTFFactorIsTheLogarithm(t *testing.T) {
	for _, tf := range []float64{0.5, 1, 1.5, 2, 3, 4.5, 17, 31.5, 32, 40, 0.75, 2.25, 1e-3, 1234.5} {
		assert.Equal(t, math.Float64bits(1+math.Log(tf)), math.Float64bits(tfFactor(tf)), "tf %v", tf)
	}
}
