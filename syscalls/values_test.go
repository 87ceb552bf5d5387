package syscalls

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// valueTable describes one named-constant table for the tests; the list,
// valueTables, is in values_index_test.go.
type valueTable struct {
	name string
	vs   *Values
	// flags marks a flag set (printed as NAME|NAME); the others are enums.
	flags bool
	// headers are the C headers that define the names; nil means the
	// table is not checked against C (cskip says why).
	headers []string
	// enums says the names are C enum constants, not macros, so they are
	// used without an #ifdef guard (a missing one fails to compile).
	enums bool
	// hiword says the names are bits of the high 32-bit word: the C value
	// is shifted right by 32 before comparing.
	hiword bool
	cskip  string
}

// notInHeaders lists, as "Table.NAME", the names that the installed C
// headers (Debian 12: glibc 2.36, Linux 6.1 uapi) do not define, or define
// with another meaning, so they cannot be checked against them. Their
// values are those of strace 6.1's xlat tables.
var notInHeaders = func() map[string]string {
	m := map[string]string{}
	for _, g := range []struct {
		reason string
		names  []string
	}{
		// asm-generic/fcntl.h defines them only #ifndef __LP64__; glibc's
		// x86_64 F_GETLK64 is 5, strace's table has the 32-bit numbers.
		{"32-bit ABIs only", []string{
			"FcntlCmds.F_GETLK64", "FcntlCmds.F_SETLK64", "FcntlCmds.F_SETLKW64"}},
		// The kernel spells them PTRACE_PEEKUSR and PTRACE_POKEUSR; glibc
		// has strace's spelling only as enum constants of sys/ptrace.h,
		// which cannot be included with linux/ptrace.h.
		{"strace's spelling of PTRACE_PEEKUSR/POKEUSR", []string{
			"PtraceRequests.PTRACE_PEEKUSER", "PtraceRequests.PTRACE_POKEUSER"}},
		// Kernel-internal (include/linux/socket.h, not uapi).
		{"kernel-internal", []string{
			"MsgFlags.MSG_CMSG_COMPAT", "MsgFlags.MSG_NO_SHARED_FRAGS",
			"MsgFlags.MSG_PROBE", "MsgFlags.MSG_SENDPAGE_NOTLAST",
			"ScmTypes.SCM_SECURITY",
			"SocketLevels.SOL_ATALK", "SocketLevels.SOL_AX25",
			"SocketLevels.SOL_IPX", "SocketLevels.SOL_NETROM",
			"SocketLevels.SOL_ROSE", "SocketLevels.SOL_SCTP",
			"SocketLevels.SOL_UDPLITE"}},
		// Gone from the uapi headers (strace keeps the old names).
		{"removed from the kernel headers", []string{
			"FanEventFlags.FAN_DIR_MODIFY",
			"TCPOptions.TCP_COOKIE_TRANSACTIONS",
			"IPv6Options.IPV6_USE_MIN_MTU",
			// glibc's signal.h has it, but not with asm/signal.h.
			"SigactionFlags.SA_INTERRUPT"}},
		// Defined for powerpc only.
		{"other architectures only", []string{
			"PkeyAccessRights.PKEY_DISABLE_EXECUTE"}},
		// The kernel's statfs flags; glibc 2.36's sys/statvfs.h has
		// neither.
		{"not in glibc 2.36", []string{
			"StatfsFlags.ST_NOSYMFOLLOW", "StatfsFlags.ST_VALID"}},
		// strace's list of file system magic numbers is wider than
		// linux/magic.h's.
		{"not in linux/magic.h", []string{
			"FsMagics.AUFS_SUPER_MAGIC", "FsMagics.BALLOON_KVM_MAGIC",
			"FsMagics.BEFS_SUPER_MAGIC", "FsMagics.BFS_MAGIC",
			"FsMagics.COH_SUPER_MAGIC", "FsMagics.CONFIGFS_MAGIC",
			"FsMagics.DEVFS_SUPER_MAGIC", "FsMagics.EXOFS_SUPER_MAGIC",
			"FsMagics.EXT2_OLD_SUPER_MAGIC", "FsMagics.EXT_SUPER_MAGIC",
			"FsMagics.FUSE_CTL_SUPER_MAGIC", "FsMagics.GFS2_MAGIC",
			"FsMagics.GPFS_SUPER_MAGIC", "FsMagics.HFSPLUS_SUPER_MAGIC",
			"FsMagics.HFS_SUPER_MAGIC", "FsMagics.JFS_SUPER_MAGIC",
			"FsMagics.LOGFS_MAGIC", "FsMagics.NTFS_SB_MAGIC",
			"FsMagics.PPC_CMM_MAGIC", "FsMagics.ROMFS_MAGIC",
			"FsMagics.SHMFS_SUPER_MAGIC", "FsMagics.SYSV2_SUPER_MAGIC",
			"FsMagics.SYSV4_SUPER_MAGIC", "FsMagics.UBIFS_SUPER_MAGIC",
			"FsMagics.UFS_CIGAM", "FsMagics.UFS_MAGIC",
			"FsMagics.VXFS_SUPER_MAGIC", "FsMagics.VZFS_SUPER_MAGIC",
			"FsMagics.XENIX_SUPER_MAGIC", "FsMagics.XIAFS_SUPER_MAGIC",
			"FsMagics.Z3FOLD_MAGIC", "FsMagics.ZFS_SUPER_MAGIC",
			"FsMagics.ZSMALLOC_MAGIC"}},
	} {
		for _, n := range g.names {
			m[n] = g.reason
		}
	}
	return m
}()

func TestValuesNamesUnique(t *testing.T) {
	seen := map[*Values]string{}
	for _, tb := range valueTables {
		if tb.vs == nil {
			t.Errorf("%s: nil table", tb.name)
			continue
		}
		if prev, ok := seen[tb.vs]; ok {
			t.Errorf("%s: same table as %s", tb.name, prev)
		}
		seen[tb.vs] = tb.name
		if tb.vs.Name == "" {
			t.Errorf("%s: empty Name", tb.name)
		}
		if len(tb.vs.Vals) == 0 {
			t.Errorf("%s: no values", tb.name)
		}
		names := map[string]bool{}
		for _, v := range tb.vs.Vals {
			if v.Name == "" {
				t.Errorf("%s: empty name for %#x", tb.name, v.Val)
			}
			if names[v.Name] {
				t.Errorf("%s: duplicate name %s", tb.name, v.Name)
			}
			names[v.Name] = true
		}
		if tb.vs.Zero != "" && names[tb.vs.Zero] {
			t.Errorf("%s: Zero %s is also in Vals", tb.name, tb.vs.Zero)
		}
		if tb.headers == nil && tb.cskip == "" {
			t.Errorf("%s: no headers and no reason to skip the C check", tb.name)
		}
	}
}

func TestValuesFlagsNonZero(t *testing.T) {
	for _, tb := range valueTables {
		if !tb.flags {
			if tb.vs.Zero != "" {
				t.Errorf("%s: Zero set on an enum", tb.name)
			}
			continue
		}
		for _, v := range tb.vs.Vals {
			if v.Val == 0 {
				t.Errorf("%s: flag %s is 0 (put it in Zero)", tb.name, v.Name)
			}
		}
	}
}

// TestValuesIndexed checks that every table declared in values_*.go is in
// valueTables, so the other tests see it.
func TestValuesIndexed(t *testing.T) {
	files, err := filepath.Glob("values_*.go")
	if err != nil {
		t.Fatal(err)
	}
	indexed := map[string]bool{}
	for _, tb := range valueTables {
		indexed[tb.name] = true
	}
	fset := token.NewFileSet()
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					u, ok := vs.Values[i].(*ast.UnaryExpr)
					if !ok {
						continue // an alias of another table
					}
					cl, ok := u.X.(*ast.CompositeLit)
					if !ok {
						continue
					}
					if id, ok := cl.Type.(*ast.Ident); !ok || id.Name != "Values" {
						continue
					}
					n++
					if !indexed[name.Name] {
						t.Errorf("%s (%s) is not in valueTables", name.Name, f)
					}
				}
			}
		}
	}
	if n != len(valueTables) {
		t.Errorf("%d tables declared, %d indexed", n, len(valueTables))
	}
}

var cIdent = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// cProgram returns a C program that prints "NAME VALUE" for each name of
// tb, or "NAME ?" for names the headers do not define.
func cProgram(tb valueTable) string {
	var b strings.Builder
	b.WriteString("#define _GNU_SOURCE\n#include <stdio.h>\n")
	for _, h := range tb.headers {
		fmt.Fprintf(&b, "#include <%s>\n", h)
	}
	b.WriteString("int main(void)\n{\n")
	for _, v := range tb.vs.Vals {
		if _, ok := notInHeaders[tb.name+"."+v.Name]; ok {
			continue
		}
		expr := strings.ReplaceAll(v.Name, "1<<", "1ULL<<")
		var guard []string
		for _, id := range cIdent.FindAllString(v.Name, -1) {
			if id != "ULL" {
				guard = append(guard, "defined("+id+")")
			}
		}
		if !tb.enums {
			fmt.Fprintf(&b, "#if %s\n", strings.Join(guard, " && "))
		}
		fmt.Fprintf(&b, "\tprintf(\"%%s %%llu\\n\", %q, (unsigned long long)(%s));\n", v.Name, expr)
		if !tb.enums {
			fmt.Fprintf(&b, "#else\n\tprintf(\"%%s ?\\n\", %q);\n#endif\n", v.Name)
		}
	}
	b.WriteString("\treturn 0;\n}\n")
	return b.String()
}

// TestValuesAgainstCHeaders compiles, for each table, a C program that
// prints the values the installed headers give its names, and compares.
func TestValuesAgainstCHeaders(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the tables hold x86_64 values; headers here are " + runtime.GOARCH + "'s")
	}
	cc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc not found")
	}
	dir := t.TempDir()
	used := map[string]bool{}
	var missing []string
	results := make([][]string, len(valueTables))
	t.Run("tables", func(t *testing.T) {
		for i, tb := range valueTables {
			i, tb := i, tb
			if tb.headers == nil {
				continue
			}
			t.Run(tb.name, func(t *testing.T) {
				t.Parallel()
				results[i] = checkTable(t, cc, dir, tb)
			})
		}
	})
	for i, tb := range valueTables {
		for _, v := range tb.vs.Vals {
			if _, ok := notInHeaders[tb.name+"."+v.Name]; ok {
				used[tb.name+"."+v.Name] = true
			}
		}
		missing = append(missing, results[i]...)
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		t.Errorf("names the C headers do not define (add them to notInHeaders with a reason, or fix the table):\n\t%s",
			strings.Join(missing, "\n\t"))
	}
	for k := range notInHeaders {
		if !used[k] {
			t.Errorf("notInHeaders has %s, which no table has", k)
		}
	}
}

func checkTable(t *testing.T, cc, dir string, tb valueTable) (missing []string) {
	src := filepath.Join(dir, tb.name+".c")
	bin := filepath.Join(dir, tb.name)
	if err := os.WriteFile(src, []byte(cProgram(tb)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(cc, "-w", "-o", bin, src).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatalf("%s: %v", bin, err)
	}
	got := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 {
			got[f[0]] = f[1]
		}
	}
	for _, v := range tb.vs.Vals {
		key := tb.name + "." + v.Name
		if _, ok := notInHeaders[key]; ok {
			continue
		}
		s, ok := got[v.Name]
		if !ok {
			t.Errorf("%s: no output", key)
			continue
		}
		if s == "?" {
			missing = append(missing, key)
			continue
		}
		c, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Errorf("%s: bad output %q", key, s)
			continue
		}
		if tb.hiword {
			c >>= 32
		}
		// strace keeps most values as unsigned int: a negative C
		// constant is its 32-bit two's complement there.
		if c != v.Val && !(v.Val <= 0xffffffff && uint32(c) == uint32(v.Val)) {
			t.Errorf("%s = %#x, C headers say %#x", key, v.Val, c)
		}
	}
	return missing
}
