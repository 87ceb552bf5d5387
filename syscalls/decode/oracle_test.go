//go:build oracle

// Differential tests against strace: testdata/c/oracle.c makes one system
// call with argument memory a test describes, strace decodes it with the
// call's result injected (so the kernel never runs it and the memory is
// exactly what the test gave), and the decoder must print the same line
// from the same bytes. They need gcc (with -m32 support for the i386
// ones), strace 6.1 and ptrace, so they only build with the oracle tag:
//
//	go test -tags oracle -run Oracle ./syscalls/decode/
//	go test -tags oracle -run 'OracleRandom$' ./syscalls/decode/ -args -oracle.n=2000 -oracle.seed=2
//
// TestOracleTable checks every expectation of decode_test.go's tables
// against strace; TestOracleRandom and TestOracleRandom386 make up calls
// of every syscall with a signature or a decoder of its own, with random
// arguments and memory; TestOracleSiginfo sends random siginfo_t contents.
// The random ones find differences; what they found is in the unit
// tests, as fixed expectations. Differences that remain at the time of
// writing come from syscalls/signatures.go and the value tables (argument
// kinds, i386 overrides, MapTypes' MAP_FILE, the errno texts) and from
// address families and socket protocols this package does not decode.
package decode

import (
	"bytes"
	"encoding/hex"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/syscalls/amd64"
	"github.com/gotrace/gotrace/syscalls/i386"
)

var (
	oracleN    = flag.Int("oracle.n", 300, "random cases for TestOracleRandom")
	oracleSeed = flag.Int64("oracle.seed", 1, "seed for TestOracleRandom")
	oracleOnly = flag.String("oracle.only", "", "syscall names (comma-separated) TestOracleRandom is limited to")
)

var (
	oracleMu   sync.Mutex
	oracleBins = map[bool]string{}
)

// buildOracle compiles testdata/c/oracle.c, as an i386 program if m32.
func buildOracle(t testing.TB, m32 ...bool) string {
	t.Helper()
	is32 := len(m32) > 0 && m32[0]
	oracleMu.Lock()
	defer oracleMu.Unlock()
	if bin, ok := oracleBins[is32]; ok {
		return bin
	}
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip(err)
	}
	dir, err := os.MkdirTemp("", "gotrace-oracle-")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "oracle")
	src := filepath.Join("..", "..", "testdata", "c", "oracle.c")
	args := []string{"-O1", "-static", "-nostdlib", "-fno-stack-protector", "-o", bin, src}
	if is32 {
		args = append(args, "-m32")
	}
	if out, err := exec.Command("gcc", args...).CombinedOutput(); err != nil {
		t.Skip(fmt.Sprintf("gcc: %v\n%s", err, out))
	}
	oracleBins[is32] = bin
	return bin
}

// strace runs the case under strace and returns its line for the call.
func (oc *oracleCase) strace(t testing.TB, bin string) string {
	tab := amd64.Table()
	if oc.abi == syscalls.I386 {
		tab = i386.Table()
	}
	sc := tab.ByName(oc.name)
	argv := []string{"-a0", "-qq", "-e", "trace=" + oc.name, "-e", "inject=" + oc.name + ":" + oc.inject + ":when=1"}
	if oc.opts.StringLimit != 32 {
		argv = append(argv, "-s", strconv.Itoa(oc.opts.StringLimit))
	}
	if oc.opts.Verbose {
		argv = append(argv, "-v")
	}
	if oc.opts.Hex == 1 {
		argv = append(argv, "-x")
	} else if oc.opts.Hex >= 2 {
		argv = append(argv, "-xx")
	}
	out := filepath.Join(t.TempDir(), "out")
	argv = append(argv, "-o", out, bin, strconv.Itoa(sc.Nr))
	for _, a := range oc.args {
		argv = append(argv, a.spec())
	}
	cmd := exec.Command("strace", argv...)
	cmd.Env = append(os.Environ(), "TZ=UTC")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("strace %v: %v\n%s", argv, err, msg)
	}
	text, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(text), "\n") {
		if strings.HasPrefix(l, oc.name+"(") && strings.HasSuffix(l, " (INJECTED)") {
			return strings.TrimSuffix(l, " (INJECTED)")
		}
	}
	t.Fatalf("no %s line in:\n%s", oc.name, text)
	return ""
}

func (oc *oracleCase) check(t *testing.T, bin string) bool {
	t.Helper()
	want := oc.strace(t, bin)
	got := oc.decode(t)
	if got != want {
		var specs []string
		for _, a := range oc.args {
			specs = append(specs, a.spec())
		}
		t.Errorf("%s %s %v %+v\n got: %s\nwant: %s", oc.name, oc.inject, specs, oc.opts, got, want)
		return false
	}
	return true
}

// TestOracleRandom feeds every syscall with a signature random arguments
// and random memory, and compares with strace.
func TestOracleRandom(t *testing.T) { oracleRandom(t, syscalls.AMD64) }

// TestOracleRandom386 does the same for i386 programs.
func TestOracleRandom386(t *testing.T) { oracleRandom(t, syscalls.I386) }

func oracleRandom(t *testing.T, abi syscalls.ABI) {
	bin := buildOracle(t, abi == syscalls.I386)
	tab := amd64.Table()
	if abi == syscalls.I386 {
		tab = i386.Table()
	}
	rng := rand.New(rand.NewSource(*oracleSeed))
	var names []string
	only := map[string]bool{}
	for _, n := range strings.Split(*oracleOnly, ",") {
		if n != "" {
			only[n] = true
		}
	}
	for _, sc := range tab.All() {
		_, special := specials.lookup(sc.Name)
		if sc.Sig == nil && !special && !extraOracle[sc.Name] || skipOracle[sc.Name] {
			continue
		}
		if len(only) > 0 && !only[sc.Name] {
			continue
		}
		names = append(names, sc.Name)
	}
	fails := 0
	for i := 0; i < *oracleN && fails < 40; i++ {
		name := names[rng.Intn(len(names))]
		oc := randomCase(rng, tab, name)
		oc.abi = abi
		if !oc.check(t, bin) {
			fails++
		}
	}
}

// skipOracle are the calls strace cannot inject into harmlessly, or whose
// strace output depends on the tracer's host (not the bytes).
var skipOracle = map[string]bool{
	"exit": true, "exit_group": true, "execveat": true,
	"clone3": true, "fork": true, "vfork": true,
	"rt_sigreturn": true, "munmap": true,
}

// extraOracle are calls without a signature whose raw printing is worth
// comparing too.
var extraOracle = map[string]bool{}

// fcntl commands and ioctl requests the decoder knows, for the random
// cases to hit them often.
var (
	oracleFcntlCmds = []int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 36, 37, 38, 1024, 1025, 1026, 1030, 1031, 1032, 1033, 1034, 9999}
	oracleIoctls    = []int64{0x5401, 0x5402, 0x5403, 0x5404, 0x540f, 0x5410, 0x5413, 0x5414, 0x541b, 0x5421, 0x5450, 0x5451, 0x5452, 0x5429, 0x40049409, 0x80089901, 0xc0109902, 0x4004780a, 0x1234}
)

// randomPointers is memory holding an array of n pointers into the same
// region (argument i's), at strings placed after it, with some pointers
// bad and the array NULL-terminated or not.
func randomPointers(rng *rand.Rand, i int) oarg {
	n := rng.Intn(40)
	base := regionAddr(i)
	arr := make([]byte, 0, 8*(n+1))
	var strs []byte
	strOff := uint64(8 * (n + 1))
	for j := 0; j < n; j++ {
		p := base + strOff + uint64(len(strs))
		switch rng.Intn(10) {
		case 0:
			p = uint64(rng.Intn(64))
		case 1:
			p = 0x1000
		}
		arr = append(arr, le(p)...)
		strs = append(strs, randomString(rng)...)
		strs = append(strs, 0)
	}
	arr = append(arr, le(uint64(0))...)
	if rng.Intn(5) == 0 {
		// Cut the array short of its NULL, at the end of the memory.
		return oedge(arr[:len(arr)-8])
	}
	return obytes(append(arr, strs...))
}

// randomCase makes up arguments for a call: numbers of interesting sizes
// for the numeric kinds, memory of random bytes (sometimes truncated) for
// the pointer kinds, and a random result.
func randomCase(rng *rand.Rand, tab *syscalls.Table, name string) *oracleCase {
	sc := tab.ByName(name)
	oc := &oracleCase{name: name, opts: DefaultOptions}
	switch rng.Intn(6) {
	case 0:
		oc.opts.Verbose = true
	case 1:
		oc.opts.StringLimit = rng.Intn(6)
	case 2:
		oc.opts.Hex = 1 + rng.Intn(2)
	}
	switch rng.Intn(4) {
	case 0:
		oc.inject = "error=" + syscalls.ErrnoName(uint64(1+rng.Intn(40)))
	case 1:
		oc.inject = "retval=" + strconv.Itoa(rng.Intn(200))
	default:
		oc.inject = "retval=0"
	}
	if sc.Sig == nil || name == "execve" || name == "mmap" {
		// Six arguments of any kind, the command-like ones from the
		// values the decoders know.
		oc.args = make([]oarg, 6)
		for i := range oc.args {
			if rng.Intn(2) == 0 && name != "mmap" {
				oc.args[i] = randomArg(rng, syscalls.Arg{Kind: syscalls.StructIn})
			} else {
				oc.args[i] = onum(randomNumber(rng))
			}
		}
		switch name {
		case "fcntl":
			oc.args[1] = onum(oracleFcntlCmds[rng.Intn(len(oracleFcntlCmds))])
		case "ioctl":
			oc.args[1] = onum(oracleIoctls[rng.Intn(len(oracleIoctls))])
		case "arch_prctl":
			oc.args[0] = onum(0x1001 + int64(rng.Intn(0x13)))
		case "clone":
			// Never let it run.
			oc.inject = "error=EINVAL"
		case "execve":
			oc.args[0] = obytes(append([]byte(randomString(rng)), 0))
			oc.args[1] = randomPointers(rng, 1)
			oc.args[2] = randomPointers(rng, 2)
			oc.inject = "error=ENOENT"
		}
		return oc
	}
	n := len(sc.Sig.Args)
	oc.args = make([]oarg, n)
	for i, a := range sc.Sig.Args {
		oc.args[i] = randomArg(rng, a)
	}
	// Lengths must fit what the memory holds most of the time.
	for i, a := range sc.Sig.Args {
		if a.Len >= 0 && int(a.Len) < n && a.Kind != syscalls.StructOut && !oc.args[a.Len].ptr && oc.args[i].ptr && rng.Intn(3) > 0 {
			oc.args[a.Len] = onum(int64(rng.Intn(len(oc.args[i].data) + 1)))
		}
	}
	return oc
}

func randomArg(rng *rand.Rand, a syscalls.Arg) oarg {
	switch a.Kind {
	case syscalls.Path, syscalls.Str:
		s := randomString(rng)
		if rng.Intn(8) == 0 {
			return oedge([]byte(s))
		}
		return obytes(append([]byte(s), 0))
	case syscalls.BufIn, syscalls.BufOut, syscalls.StrOut, syscalls.StructIn, syscalls.StructOut, syscalls.StructInOut, syscalls.Custom:
		if a.Kind == syscalls.Custom && rng.Intn(2) == 0 {
			return onum(randomNumber(rng))
		}
		if rng.Intn(10) == 0 {
			return onum(int64(rng.Intn(3)) * 8)
		}
		b := make([]byte, rng.Intn(300))
		for i := range b {
			switch rng.Intn(4) {
			case 0:
				b[i] = byte(rng.Intn(256))
			case 1:
				b[i] = 0
			default:
				b[i] = byte(' ' + rng.Intn(95))
			}
		}
		if rng.Intn(6) == 0 {
			return oedge(b)
		}
		return obytes(b)
	case syscalls.StrArray, syscalls.Envp:
		return onum(0)
	}
	return onum(randomNumber(rng))
}

func randomNumber(rng *rand.Rand) int64 {
	switch rng.Intn(6) {
	case 0:
		return int64(rng.Intn(8))
	case 1:
		return -int64(rng.Intn(200))
	case 2:
		return int64(rng.Uint32())
	case 3:
		return int64(rng.Uint64())
	case 4:
		return int64(1) << uint(rng.Intn(63))
	}
	return int64(rng.Intn(70000))
}

func randomString(rng *rand.Rand) string {
	var b bytes.Buffer
	n := rng.Intn(50)
	for i := 0; i < n; i++ {
		c := byte(1 + rng.Intn(255))
		if rng.Intn(3) > 0 {
			c = byte(' ' + rng.Intn(95))
		}
		b.WriteByte(c)
	}
	return b.String()
}

// TestOracleSiginfo sends the oracle random siginfo_t contents with
// rt_sigqueueinfo (which delivers them as they are to the sender itself)
// and compares strace's "--- SIG... {...} ---" line with AppendSiginfo's.
func TestOracleSiginfo(t *testing.T) {
	bin := buildOracle(t)
	rng := rand.New(rand.NewSource(*oracleSeed))
	// No stop signals (they would leave the oracle stopped), no KILL.
	var sigs []int
	for s := 1; s <= 64; s++ {
		switch s {
		case 9, 19, 20, 21, 22:
			continue
		}
		sigs = append(sigs, s)
	}
	codes := []int32{0, 0x80, -1, -2, -3, -4, -5, -6, -7, -60, -10, 1, 2, 3, 4, 5, 6, 7, 99}
	fails, compared := 0, 0
	defer func() { t.Logf("%d siginfos compared", compared) }()
	for i := 0; i < *oracleN && fails < 20; i++ {
		sig := sigs[rng.Intn(len(sigs))]
		// The kernel keeps 48 bytes of a queued siginfo and refuses
		// (E2BIG) any byte beyond them that is not zero.
		si := make([]byte, 128)
		for j := 4; j < 48; j++ {
			switch rng.Intn(3) {
			case 0:
				si[j] = byte(rng.Intn(256))
			case 1:
				si[j] = byte(rng.Intn(4))
			}
		}
		copy(si[0:], le(int32(sig)))
		copy(si[8:], le(codes[rng.Intn(len(codes))]))
		if rng.Intn(2) == 0 {
			copy(si[4:], le(int32(0)))
		}
		out := filepath.Join(t.TempDir(), "out")
		sc := amd64.Table().ByName("rt_sigqueueinfo")
		cmd := exec.Command("strace", "-a0", "-qq", "-e", "trace=rt_sigqueueinfo", "-o", out, bin,
			strconv.Itoa(sc.Nr), "pid", strconv.Itoa(sig), "@"+hex.EncodeToString(si))
		cmd.Run() // the signal may kill it
		text, _ := os.ReadFile(out)
		var want string
		for _, l := range strings.Split(string(text), "\n") {
			if strings.HasPrefix(l, "--- ") {
				want = l
			}
		}
		if want == "" {
			continue // refused by the kernel
		}
		compared++
		d := NewDecoder(DefaultOptions)
		got := "--- " + string(AppendSignal(nil, sig)) + " " + string(d.AppendSiginfo(nil, si, syscalls.AMD64)) + " ---"
		if got != want {
			t.Errorf("siginfo %x\n got: %s\nwant: %s", si[:48], got, want)
			fails++
		}
	}
}

// TestOracleTable checks the expectations of decode_test.go's tables
// against strace itself.
func TestOracleTable(t *testing.T) {
	bins := map[syscalls.ABI]string{0: buildOracle(t), syscalls.I386: buildOracle(t, true)}
	for _, cases := range allLineCases {
		for _, lc := range cases {
			name := lc.name
			if name == "" {
				name = lc.sys
			}
			t.Run(lc.sys+"/"+name, func(t *testing.T) {
				if lc.noOracle != "" {
					t.Skip(lc.noOracle)
				}
				if got := lc.oracle().strace(t, bins[lc.abi]); got != lc.want {
					t.Errorf("strace disagrees with the expectation\nstrace: %s\n  want: %s", got, lc.want)
				}
			})
		}
	}
}
