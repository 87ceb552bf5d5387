package syscalls

import "testing"

func TestErrno(t *testing.T) {
	for _, tc := range []struct {
		e          uint64
		name, text string
	}{
		{1, "EPERM", "Operation not permitted"},
		{2, "ENOENT", "No such file or directory"},
		{11, "EAGAIN", "Resource temporarily unavailable"},
		{25, "ENOTTY", "Inappropriate ioctl for device"},
		{35, "EDEADLK", "Resource deadlock avoided"},
		{38, "ENOSYS", "Function not implemented"},
		{61, "ENODATA", "No data available"},
		{95, "EOPNOTSUPP", "Operation not supported"},
		{133, "EHWPOISON", "Memory page has hardware error"},
		{512, "ERESTARTSYS", "To be restarted if SA_RESTART is set"},
		{513, "ERESTARTNOINTR", "To be restarted"},
		{516, "ERESTART_RESTARTBLOCK", "Interrupted by signal"},
		{524, "ENOTSUPP", "Operation is not supported"},
		{530, "ERECALLCONFLICT", "conflict with recalled state"},
		// Unused numbers and the aliases' gaps.
		{0, "", ""},
		{41, "", ""},
		{58, "", ""},
		{134, "", ""},
		{520, "", ""},
		{531, "", ""},
		{^uint64(0), "", ""},
	} {
		if got := ErrnoName(tc.e); got != tc.name {
			t.Errorf("ErrnoName(%d) = %q, want %q", tc.e, got, tc.name)
		}
		if got := ErrnoText(tc.e); got != tc.text {
			t.Errorf("ErrnoText(%d) = %q, want %q", tc.e, got, tc.text)
		}
	}
}

func TestErrnoTables(t *testing.T) {
	if len(errnoNames) != len(errnoText) {
		t.Fatalf("%d names, %d texts", len(errnoNames), len(errnoText))
	}
	seen := map[string]int{}
	for e, name := range errnoNames {
		if (name == "") != (errnoText[e] == "") {
			t.Errorf("errno %d: name %q, text %q", e, name, errnoText[e])
		}
		if name == "" {
			continue
		}
		if prev, dup := seen[name]; dup {
			t.Errorf("%s is both %d and %d", name, prev, e)
		}
		seen[name] = e
	}
	for e := 1; e <= 133; e++ {
		if e == 41 || e == 58 {
			continue
		}
		if errnoNames[e] == "" {
			t.Errorf("errno %d has no name", e)
		}
	}
}
