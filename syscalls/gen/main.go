// Command gen generates gotrace's per-ABI system call number tables and its
// errno table from the Linux UAPI headers installed on the build machine,
// plus newer.txt for the calls added to Linux after those headers.
//
// It is run by "go generate ./syscalls/" (see syscalls/generate.go) and
// writes, relative to the syscalls directory:
//
//	amd64/zsysnum.go  x86_64 and x32 names by number (asm/unistd_64.h, asm/unistd_x32.h)
//	i386/zsysnum.go   i386 names by number (asm/unistd_32.h)
//	arm64/zsysnum.go  aarch64 names by number (asm-generic/unistd.h evaluated for arm64)
//	zerrno.go         errno names and glibc strerror texts, plus the
//	                  kernel-internal codes strace knows
//
// The errno texts come from a small C program compiled with $CC (default
// gcc) and run under LC_ALL=C during generation. See README.md.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed newer.txt
var newerTxt string

// x32SyscallBit is __X32_SYSCALL_BIT, which the generator also reads from
// asm/unistd.h to check.
const x32SyscallBit = 0x40000000

// ABI names as syscalls.ABI.String() spells them (the generator cannot
// import package syscalls, which it generates into).
const (
	abiAMD64 = "x86_64"
	abiX32   = "x32"
	abiI386  = "i386"
	abiARM64 = "aarch64"
)

var knownABIs = []string{abiAMD64, abiX32, abiI386, abiARM64}

// arm64Defines are the macros arch/arm64/include/uapi/asm/unistd.h and
// asm/bitsperlong.h define before including asm-generic/unistd.h.
// __ARCH_WANT_TIME32_SYSCALLS only matters when __BITS_PER_LONG is 32,
// and __SYSCALL_COMPAT is for the kernel's compat (AArch32) table.
var arm64Defines = map[string]string{
	"__BITS_PER_LONG":            "64",
	"__ARCH_WANT_RENAMEAT":       "",
	"__ARCH_WANT_NEW_STAT":       "",
	"__ARCH_WANT_SET_GET_RLIMIT": "",
	"__ARCH_WANT_SYS_CLONE3":     "",
	"__ARCH_WANT_MEMFD_SECRET":   "",
}

// internalErrnos are the kernel-internal error codes (include/linux/errno.h)
// that can reach a tracer in a syscall-exit stop, with the texts strace
// prints for them.
var internalErrnos = []struct {
	nr         int
	name, text string
}{
	{512, "ERESTARTSYS", "To be restarted if SA_RESTART is set"},
	{513, "ERESTARTNOINTR", "To be restarted"},
	{514, "ERESTARTNOHAND", "To be restarted if no handler"},
	{515, "ENOIOCTLCMD", "No ioctl command"},
	{516, "ERESTART_RESTARTBLOCK", "Interrupted by signal"},
	{517, "EPROBE_DEFER", "Driver probe deferral"},
	{518, "EOPENSTALE", "Open found a stale dentry"},
	{519, "ENOPARAM", "Parameter not supported"},
	{521, "EBADHANDLE", "Illegal NFS file handle"},
	{522, "ENOTSYNC", "Update synchronization mismatch"},
	{523, "EBADCOOKIE", "Cookie is stale"},
	{524, "ENOTSUPP", "Operation is not supported"},
	{525, "ETOOSMALL", "Buffer or request is too small"},
	{526, "ESERVERFAULT", "An untranslatable error occurred"},
	{527, "EBADTYPE", "Type not supported by server"},
	{528, "EJUKEBOX", "Request initiated, but will not complete before timeout"},
	{529, "EIOCBQUEUED", "iocb queued, will get completion event"},
	{530, "ERECALLCONFLICT", "conflict with recalled state"},
}

// config says where the generator reads and writes.
type config struct {
	include string // the system include directory
	archInc string // the x86_64 multiarch asm directory's parent
	out     string // the syscalls directory
	cc      string // the C compiler for the errno texts
}

func main() {
	var cfg config
	flag.StringVar(&cfg.include, "include", "/usr/include", "system include `dir`")
	flag.StringVar(&cfg.archInc, "archinclude", "", "x86_64 include `dir` holding asm/ (default: <include>/x86_64-linux-gnu)")
	flag.StringVar(&cfg.out, "out", ".", "the syscalls package `dir` to write into")
	flag.StringVar(&cfg.cc, "cc", "", "C compiler (default: $CC or gcc)")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	if _, err := os.Stat(filepath.Join(cfg.out, "abi.go")); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %s is not the syscalls package directory (run via go generate ./syscalls/ or pass -out)\n", cfg.out)
		os.Exit(1)
	}
	files, err := generate(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, f := range files {
		path := filepath.Join(cfg.out, f.path)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// outFile is one generated file, its path relative to the syscalls
// directory.
type outFile struct {
	path string
	data []byte
}

// generate reads the headers and returns the generated files.
func generate(cfg config) ([]outFile, error) {
	if cfg.archInc == "" {
		cfg.archInc = filepath.Join(cfg.include, "x86_64-linux-gnu")
	}
	if cfg.cc == "" {
		cfg.cc = os.Getenv("CC")
	}
	if cfg.cc == "" {
		cfg.cc = "gcc"
	}
	version, err := headerVersion(cfg.include)
	if err != nil {
		return nil, err
	}
	tables, err := readTables(cfg)
	if err != nil {
		return nil, err
	}
	newer, err := parseNewer(newerTxt)
	if err != nil {
		return nil, fmt.Errorf("newer.txt: %v", err)
	}
	if err := applyNewer(tables, newer); err != nil {
		return nil, err
	}
	errnos, err := readErrnos(cfg)
	if err != nil {
		return nil, err
	}

	var files []outFile
	add := func(path string, src []byte) error {
		out, err := format.Source(src)
		if err != nil {
			return fmt.Errorf("formatting %s: %v\n%s", path, err, src)
		}
		files = append(files, outFile{path, out})
		return nil
	}
	src := header("amd64", fmt.Sprintf("x86_64: asm/unistd_64.h; x32: asm/unistd_x32.h (numbers without\n// __X32_SYSCALL_BIT); from the UAPI headers of Linux %s, and gen/newer.txt.", version))
	src += writeNames("Names", "the x86_64 system calls", "", tables[abiAMD64])
	src += writeNames("X32Names", "the x32 system calls, without __X32_SYSCALL_BIT,", "512..547 are x32's own numbers for the calls whose arguments\n// differ from x86_64's.", tables[abiX32])
	if err := add("amd64/zsysnum.go", []byte(src)); err != nil {
		return nil, err
	}
	src = header("i386", fmt.Sprintf("asm/unistd_32.h from the UAPI headers of Linux %s, and gen/newer.txt.", version))
	src += writeNames("Names", "the i386 system calls", "", tables[abiI386])
	if err := add("i386/zsysnum.go", []byte(src)); err != nil {
		return nil, err
	}
	src = header("arm64", fmt.Sprintf("asm-generic/unistd.h from the UAPI headers of Linux %s, evaluated as\n// arm64's asm/unistd.h includes it, and gen/newer.txt.", version))
	src += writeNames("Names", "the aarch64 system calls", "", tables[abiARM64])
	if err := add("arm64/zsysnum.go", []byte(src)); err != nil {
		return nil, err
	}
	if err := add("zerrno.go", []byte(writeErrnos(errnos))); err != nil {
		return nil, err
	}
	return files, nil
}

// entry is one generated table row.
type entry struct {
	name    string
	comment string // where a row not from the headers comes from
}

// table maps a syscall number to its row.
type table map[int]entry

func header(pkg, source string) string {
	return fmt.Sprintf("// Code generated by syscalls/gen; DO NOT EDIT.\n\n// Source: %s\n\npackage %s\n", source, pkg)
}

// writeNames writes a table as a Go array of names indexed by number;
// note, if not empty, is a further paragraph line for its doc comment.
func writeNames(varName, what, note string, t table) string {
	nrs := make([]int, 0, len(t))
	for nr := range t {
		nrs = append(nrs, nr)
	}
	sort.Ints(nrs)
	var b strings.Builder
	fmt.Fprintf(&b, "\n// %s holds %s by number (%d of them, the highest %d);\n// \"\" marks an unused number.", varName, what, len(nrs), nrs[len(nrs)-1])
	if note != "" {
		b.WriteString("\n// " + note)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "var %s = [...]string{\n", varName)
	for _, nr := range nrs {
		e := t[nr]
		fmt.Fprintf(&b, "\t%d: %q,", nr, e.name)
		if e.comment != "" {
			fmt.Fprintf(&b, " // %s", e.comment)
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return b.String()
}

var versionRE = regexp.MustCompile(`(?m)^#define\s+LINUX_VERSION_(MAJOR|PATCHLEVEL)\s+(\d+)`)

// headerVersion returns the major.minor release of the UAPI headers, from
// linux/version.h.
func headerVersion(include string) (string, error) {
	b, err := os.ReadFile(filepath.Join(include, "linux", "version.h"))
	if err != nil {
		return "", err
	}
	v := map[string]string{}
	for _, m := range versionRE.FindAllStringSubmatch(string(b), -1) {
		v[m[1]] = m[2]
	}
	if v["MAJOR"] == "" || v["PATCHLEVEL"] == "" {
		// Older headers only have LINUX_VERSION_CODE.
		m := regexp.MustCompile(`(?m)^#define\s+LINUX_VERSION_CODE\s+(\d+)`).FindStringSubmatch(string(b))
		if m == nil {
			return "", fmt.Errorf("linux/version.h: no version")
		}
		code, _ := strconv.Atoi(m[1])
		return fmt.Sprintf("%d.%d", code>>16, code>>8&0xff), nil
	}
	return v["MAJOR"] + "." + v["PATCHLEVEL"], nil
}

// readTables reads the four ABIs' tables from the headers.
func readTables(cfg config) (map[string]table, error) {
	asm := filepath.Join(cfg.archInc, "asm")
	bit, err := readX32Bit(filepath.Join(asm, "unistd.h"))
	if err != nil {
		return nil, err
	}
	if bit != x32SyscallBit {
		return nil, fmt.Errorf("asm/unistd.h: __X32_SYSCALL_BIT is %#x, want %#x", bit, x32SyscallBit)
	}
	tables := map[string]table{}
	for _, h := range []struct {
		abi, file string
		defs      map[string]string
		sub       int64
	}{
		{abiAMD64, "unistd_64.h", nil, 0},
		{abiX32, "unistd_x32.h", map[string]string{"__X32_SYSCALL_BIT": strconv.FormatInt(bit, 10)}, bit},
		{abiI386, "unistd_32.h", nil, 0},
	} {
		p := newCPP(h.defs)
		path := filepath.Join(asm, h.file)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if err := p.process(path, string(src)); err != nil {
			return nil, err
		}
		if len(p.calls) != 0 {
			return nil, fmt.Errorf("%s: unexpected macro call %s", path, p.calls[0].Name)
		}
		t, err := nrTable(p, path, func(nr int64) (int64, error) {
			if h.sub != 0 {
				if nr&h.sub == 0 {
					return 0, fmt.Errorf("number %d without __X32_SYSCALL_BIT", nr)
				}
				nr &^= h.sub
			}
			return nr, nil
		})
		if err != nil {
			return nil, err
		}
		tables[h.abi] = t
	}
	t, err := readGeneric(filepath.Join(cfg.include, "asm-generic", "unistd.h"), arm64Defines)
	if err != nil {
		return nil, err
	}
	tables[abiARM64] = t
	return tables, nil
}

func readX32Bit(path string) (int64, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	p := newCPP(nil)
	// Only the define matters; the #include lines are ignored.
	if err := p.process(path, string(src)); err != nil {
		return 0, err
	}
	v, ok := p.macroValue("__X32_SYSCALL_BIT")
	if !ok {
		return 0, fmt.Errorf("%s: no __X32_SYSCALL_BIT", path)
	}
	return v, nil
}

// nrTable collects the __NR_ macros of a preprocessed header into a table,
// mapping each value through fix.
func nrTable(p *cpp, path string, fix func(int64) (int64, error)) (table, error) {
	t := table{}
	names := make([]string, 0, len(p.defines))
	for name := range p.defines {
		if strings.HasPrefix(name, "__NR_") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		v, ok := p.macroValue(name)
		if !ok {
			return nil, fmt.Errorf("%s: %s = %q is not a constant", path, name, p.defines[name])
		}
		nr, err := fix(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", path, name, err)
		}
		if err := t.add(int(nr), entry{name: strings.TrimPrefix(name, "__NR_")}); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
	}
	return t, nil
}

func (t table) add(nr int, e entry) error {
	if nr < 0 || nr >= 4096 {
		return fmt.Errorf("%s: number %d out of range", e.name, nr)
	}
	if old, ok := t[nr]; ok && old.name != e.name {
		return fmt.Errorf("number %d is both %s and %s", nr, old.name, e.name)
	}
	t[nr] = e
	return nil
}

// syscallMacros are asm-generic/unistd.h's table-row macros; each takes
// the number macro as its first argument.
var syscallMacros = map[string]bool{
	"__SYSCALL": true, "__SC_3264": true, "__SC_COMP": true, "__SC_COMP_3264": true,
}

// readGeneric evaluates asm-generic/unistd.h with the architecture's
// defines. A name is a system call if its __NR_ macro has a number and a
// table row (__SYSCALL and friends) in an active region has that number:
// that leaves out __NR_syscalls and __NR_arch_specific_syscall, and
// resolves the __NR3264_ numbers through the __NR_ aliases at the end of
// the header (__NR_fcntl or __NR_fcntl64, as __BITS_PER_LONG says).
func readGeneric(path string, defs map[string]string) (table, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p := newCPP(defs)
	if err := p.process(path, string(src)); err != nil {
		return nil, err
	}
	rows := map[int64]string{} // number -> the macro its row names
	for _, c := range p.calls {
		if !syscallMacros[c.Name] {
			return nil, fmt.Errorf("%s:%d: unexpected macro call %s", path, c.Line, c.Name)
		}
		if len(c.Args) < 2 {
			return nil, fmt.Errorf("%s:%d: %s with %d arguments", path, c.Line, c.Name, len(c.Args))
		}
		nr, ok := p.macroValue(c.Args[0])
		if !ok {
			return nil, fmt.Errorf("%s:%d: %s is not a number", path, c.Line, c.Args[0])
		}
		if prev, dup := rows[nr]; dup {
			return nil, fmt.Errorf("%s:%d: number %d has rows for %s and %s", path, c.Line, nr, prev, c.Args[0])
		}
		rows[nr] = c.Args[0]
	}
	all, err := nrTable(p, path, func(nr int64) (int64, error) { return nr, nil })
	if err != nil {
		return nil, err
	}
	t := table{}
	for nr, e := range all {
		if _, ok := rows[int64(nr)]; ok {
			t[nr] = e
		}
	}
	for nr, macro := range rows {
		if _, ok := t[int(nr)]; !ok {
			return nil, fmt.Errorf("%s: row %d (%s) has no __NR_ name", path, nr, macro)
		}
	}
	return t, nil
}

// newerEntry is one line of newer.txt.
type newerEntry struct {
	line    int
	nr      int
	name    string
	abis    []string
	version string
}

var versionFieldRE = regexp.MustCompile(`^\d+\.\d+$`)

// parseNewer parses newer.txt: "number name abi,abi,... version" per line,
// '#' comments and blank lines ignored.
func parseNewer(text string) ([]newerEntry, error) {
	var out []newerEntry
	for i, line := range strings.Split(text, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want 4 fields, have %d", i+1, len(f))
		}
		nr, err := strconv.Atoi(f[0])
		if err != nil || nr < 0 {
			return nil, fmt.Errorf("line %d: bad number %q", i+1, f[0])
		}
		if !identRE.MatchString(f[1]) || identRE.FindString(f[1]) != f[1] {
			return nil, fmt.Errorf("line %d: bad name %q", i+1, f[1])
		}
		abis := strings.Split(f[2], ",")
		for _, a := range abis {
			if !contains(knownABIs, a) {
				return nil, fmt.Errorf("line %d: unknown ABI %q (want %s)", i+1, a, strings.Join(knownABIs, ", "))
			}
		}
		if !versionFieldRE.MatchString(f[3]) {
			return nil, fmt.Errorf("line %d: bad version %q", i+1, f[3])
		}
		out = append(out, newerEntry{line: i + 1, nr: nr, name: f[1], abis: abis, version: f[3]})
	}
	return out, nil
}

// applyNewer adds newer.txt's calls to the tables. A call the headers
// already have under the same number and name is left as it is; a number
// the headers give another name is an error.
func applyNewer(tables map[string]table, newer []newerEntry) error {
	for _, n := range newer {
		for _, abi := range n.abis {
			t := tables[abi]
			if old, ok := t[n.nr]; ok {
				if old.name != n.name {
					return fmt.Errorf("newer.txt:%d: %s %d is %s in the headers, not %s", n.line, abi, n.nr, old.name, n.name)
				}
				continue
			}
			if err := t.add(n.nr, entry{name: n.name, comment: "Linux " + n.version + ", gen/newer.txt"}); err != nil {
				return fmt.Errorf("newer.txt:%d: %v", n.line, err)
			}
		}
	}
	return nil
}

// errnoInfo is one errno's name and text.
type errnoInfo struct {
	name, text string
}

var errnoDefineRE = regexp.MustCompile(`^E[A-Z0-9]+$`)

// readErrnos reads the errno names from asm-generic/errno-base.h and
// errno.h (leaving out the aliases, whose value is another name) and their
// texts from glibc's strerror, and adds the kernel-internal codes.
func readErrnos(cfg config) (map[int]errnoInfo, error) {
	p := newCPP(nil)
	for _, f := range []string{"errno-base.h", "errno.h"} {
		path := filepath.Join(cfg.include, "asm-generic", f)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if err := p.process(path, string(src)); err != nil {
			return nil, err
		}
	}
	errnos := map[int]errnoInfo{}
	for name, body := range p.defines {
		if !errnoDefineRE.MatchString(name) {
			continue
		}
		v, err := strconv.Atoi(body)
		if err != nil {
			continue // an alias: EWOULDBLOCK, EDEADLOCK
		}
		if old, dup := errnos[v]; dup {
			return nil, fmt.Errorf("errno %d is both %s and %s", v, old.name, name)
		}
		errnos[v] = errnoInfo{name: name}
	}
	if len(errnos) == 0 {
		return nil, fmt.Errorf("no errno values in %s", filepath.Join(cfg.include, "asm-generic"))
	}
	nrs := make([]int, 0, len(errnos))
	for nr := range errnos {
		nrs = append(nrs, nr)
	}
	sort.Ints(nrs)
	texts, err := strerrors(cfg.cc, nrs)
	if err != nil {
		return nil, err
	}
	for _, nr := range nrs {
		e := errnos[nr]
		e.text = texts[nr]
		if e.text == "" || strings.HasPrefix(e.text, "Unknown error") {
			return nil, fmt.Errorf("strerror(%d) (%s) = %q", nr, e.name, e.text)
		}
		errnos[nr] = e
	}
	for _, ie := range internalErrnos {
		if old, dup := errnos[ie.nr]; dup {
			return nil, fmt.Errorf("errno %d is both %s and %s", ie.nr, old.name, ie.name)
		}
		errnos[ie.nr] = errnoInfo{name: ie.name, text: ie.text}
	}
	return errnos, nil
}

// strerrors compiles and runs a C program printing strerror of each
// number, in the C locale.
func strerrors(cc string, nrs []int) (map[int]string, error) {
	dir, err := os.MkdirTemp("", "gotrace-gen-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	var src strings.Builder
	src.WriteString("#include <stdio.h>\n#include <string.h>\n#include <locale.h>\n\nstatic const int nrs[] = {")
	for i, nr := range nrs {
		if i > 0 {
			src.WriteString(", ")
		}
		src.WriteString(strconv.Itoa(nr))
	}
	src.WriteString("};\n\nint main(void) {\n\tsetlocale(LC_ALL, \"C\");\n" +
		"\tfor (unsigned i = 0; i < sizeof nrs / sizeof nrs[0]; i++)\n" +
		"\t\tprintf(\"%d\\t%s\\n\", nrs[i], strerror(nrs[i]));\n\treturn 0;\n}\n")
	cfile := filepath.Join(dir, "strerror.c")
	if err := os.WriteFile(cfile, []byte(src.String()), 0o644); err != nil {
		return nil, err
	}
	bin := filepath.Join(dir, "strerror")
	cmd := exec.Command(cc, "-o", bin, cfile)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", cc, err, out)
	}
	cmd = exec.Command(bin)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C", "LANGUAGE=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("running strerror program: %v\n%s", err, stderr.Bytes())
	}
	texts := map[int]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		nrStr, text, ok := strings.Cut(line, "\t")
		nr, err := strconv.Atoi(nrStr)
		if !ok || err != nil {
			return nil, fmt.Errorf("strerror program: bad line %q", line)
		}
		texts[nr] = text
	}
	return texts, nil
}

func writeErrnos(errnos map[int]errnoInfo) string {
	nrs := make([]int, 0, len(errnos))
	for nr := range errnos {
		nrs = append(nrs, nr)
	}
	sort.Ints(nrs)
	var b strings.Builder
	b.WriteString("// Code generated by syscalls/gen; DO NOT EDIT.\n\n")
	b.WriteString("// Source: asm-generic/errno-base.h and asm-generic/errno.h for the names,\n")
	b.WriteString("// glibc's strerror in the C locale for the texts; 512 and up are the\n")
	b.WriteString("// kernel-internal codes (include/linux/errno.h) with strace's texts.\n\n")
	b.WriteString("package syscalls\n\n")
	b.WriteString("// errnoNames holds the errno names by value; \"\" marks an unused value.\n")
	b.WriteString("var errnoNames = [...]string{\n")
	for _, nr := range nrs {
		fmt.Fprintf(&b, "\t%d: %q,\n", nr, errnos[nr].name)
	}
	b.WriteString("}\n\n")
	b.WriteString("// errnoText holds the errno messages by value; \"\" marks an unused value.\n")
	b.WriteString("var errnoText = [...]string{\n")
	for _, nr := range nrs {
		fmt.Fprintf(&b, "\t%d: %q,\n", nr, errnos[nr].text)
	}
	b.WriteString("}\n")
	return b.String()
}
