package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEventsExplain(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		out  []string
	}{
		{"seeds together", []string{"-content", "../../content", "-explain", "000_c12818764e0f8c6d", "001_7d9e376d08f24ce1"}, 0,
			[]string{"000_c12818764e0f8c6d and 001_7d9e376d08f24ce1: together", "similarity", "threshold", "top shared terms"}},
		{"flags after the ids", []string{"-explain", "000_c12818764e0f8c6d", "002_f9a04d4363cf929c", "-content", "../../content"}, 0,
			[]string{"days apart"}},
		{"second id missing", []string{"-content", "../../content", "-explain", "000_c12818764e0f8c6d"}, 2, nil},
		{"unknown id", []string{"-content", "../../content", "-explain", "000_c12818764e0f8c6d", "nope"}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, tt.code, runEvents(tt.args, &out, &errOut), errOut.String())
			for _, s := range tt.out {
				assert.Contains(t, out.String(), s)
			}
		})
	}
}
