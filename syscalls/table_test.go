package syscalls_test

import (
	"testing"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/i386"
)

// TestByName looks every name up many more times than ByName scans
// before it builds its index, so that both ways answer: each must give
// the entry with the lowest number of that name, and nil for a name the
// table does not have.
func TestByName(t *testing.T) {
	for _, tab := range []*syscalls.Table{
		syscalls.NewTable(syscalls.AMD64, amd64.Names[:], nil),
		syscalls.NewTable(syscalls.X32, amd64.X32Names[:], nil),
		syscalls.NewTable(syscalls.I386, i386.Names[:], nil),
	} {
		lowest := map[string]int{}
		for _, sc := range tab.All() {
			if _, ok := lowest[sc.Name]; !ok {
				lowest[sc.Name] = sc.Nr
			}
		}
		if len(lowest) < 300 {
			t.Fatalf("%v: only %d names", tab.ABI, len(lowest))
		}
		for round := 0; round < 3; round++ {
			for name, nr := range lowest {
				sc := tab.ByName(name)
				if sc == nil || sc.Nr != nr || sc.Name != name {
					t.Fatalf("%v round %d: ByName(%q) = %+v, want nr %d", tab.ABI, round, name, sc, nr)
				}
			}
			if sc := tab.ByName("no_such_call"); sc != nil {
				t.Fatalf("%v round %d: ByName(no_such_call) = %+v", tab.ABI, round, sc)
			}
		}
	}
}
