package decode

import (
	"sort"
	"testing"
)

// TestSpecialsUnique: each syscall has one own decoder. (A second
// registration would silently replace the first.)
func TestSpecialsUnique(t *testing.T) {
	names := make([]string, 0, len(specials.entries))
	for _, e := range specials.entries {
		names = append(names, e.name)
	}
	sort.Strings(names)
	for i := 1; i < len(names); i++ {
		if names[i] == names[i-1] {
			t.Errorf("two decoders for %s", names[i])
		}
	}
	if len(names) < 100 {
		t.Fatalf("only %d decoders registered", len(names))
	}
}

// TestSpecialLookup finds every registered decoder by name, and none for
// names around them.
func TestSpecialLookup(t *testing.T) {
	for _, e := range specials.entries {
		fn, ok := specials.lookup(e.name)
		if !ok || fn == nil {
			t.Fatalf("lookup(%q) found nothing", e.name)
		}
		for _, near := range []string{e.name + "_", e.name[:len(e.name)-1], "", "zzzz"} {
			if _, ok := specials.lookup(near); ok {
				if _, registered := registeredName(near); !registered {
					t.Fatalf("lookup(%q) found a decoder", near)
				}
			}
		}
	}
}

func registeredName(name string) (int, bool) {
	for i, e := range specials.entries {
		if e.name == name {
			return i, true
		}
	}
	return 0, false
}
