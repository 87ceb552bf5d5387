package main

import "testing"

// TestPairedRatio: the median of per-round ratios, over the rounds both
// commands ran in.
func TestPairedRatio(t *testing.T) {
	for _, c := range []struct {
		a, b []float64
		want float64
	}{
		// Drift: both slow down together; the ratio stays 1.1 while
		// the ratio of medians would not.
		{[]float64{1.1, 2.2, 3.3}, []float64{1, 2, 3}, 1.1},
		{[]float64{2, 0, 6, 1}, []float64{1, 5, 3, 1}, 2}, // round 2 missing in a
		{[]float64{1, 3}, []float64{1, 1}, 2},             // even count: mean of the middle two
		{[]float64{0, 0}, []float64{1, 1}, 0},             // nothing to pair
	} {
		got := pairedRatio(&result{rounds: c.a}, &result{rounds: c.b})
		if d := got - c.want; d > 1e-9 || d < -1e-9 {
			t.Errorf("pairedRatio(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
