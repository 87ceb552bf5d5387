package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer/seccomp"
)

// A policy file is a JSON object:
//
//	{
//	  "default": "kill",                 // action for calls no rule names
//	  "abis": ["x86_64"],                // ABIs allowed (default: the native one)
//	  "bad_abi": "kill",                 // action for other ABIs' calls
//	  "rules": [
//	    {"syscalls": ["read", "write", "%memory"], "action": "allow"},
//	    {"syscalls": ["clone"], "action": "allow",
//	     "args": [{"arg": 0, "op": "&=", "mask": "CLONE_THREAD", "value": "CLONE_THREAD"}]},
//	    {"syscalls": ["socket"], "action": "errno:EACCES"}
//	  ],
//	  "paths": {"read": ["/usr"], "read_exec": ["/usr/bin"], "write": ["/tmp/out"]},
//	  "signals_in_tree": true,
//	  "no_network": true,
//	  "limits": {"cpu": "1s", "wall": "2s", "memory": "256M", "output": "1M", "processes": 4, "open_files": 64},
//	  "user": "nobody"
//	}
//
// Actions: allow, kill, log, errno, errno:NAME. Conditions compare an
// argument register: op is one of == != < <= > >= and &= (the register
// masked with mask equals value); values are numbers or named constants
// (CLONE_THREAD, AF_INET, O_RDONLY...), joined with |. Errors name the
// line and the field.

// node is a JSON value with the line it starts on.
type node struct {
	line  int
	value any // nil, bool, json.Number, string, []*node, map[string]*node
	keys  []string
}

// ParseFile parses a policy file's contents; name is used in errors.
func ParseFile(name string, data []byte) (*Policy, error) {
	root, err := parseTree(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%v", name, err)
	}
	p, err := fromTree(root)
	if err != nil {
		return nil, fmt.Errorf("%s:%v", name, err)
	}
	return p, nil
}

// fieldError is a mistake in a field, with the line it is on.
type fieldError struct {
	line  int
	field string
	msg   string
}

func (e *fieldError) Error() string { return fmt.Sprintf("%d: %s: %s", e.line, e.field, e.msg) }

func errAt(n *node, field, format string, args ...any) error {
	return &fieldError{line: n.line, field: field, msg: fmt.Sprintf(format, args...)}
}

// parseTree reads JSON keeping each value's line.
func parseTree(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	lineAt := func(off int64) int {
		if off > int64(len(data)) {
			off = int64(len(data))
		}
		return 1 + bytes.Count(data[:off], []byte{'\n'})
	}
	var parse func() (*node, error)
	parse = func() (*node, error) {
		// The token starts after whitespace following the offset.
		off := dec.InputOffset()
		for off < int64(len(data)) && strings.ContainsRune(" \t\r\n,:", rune(data[off])) {
			off++
		}
		tok, err := dec.Token()
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("%d: %v", lineAt(se.Offset), err)
			}
			if err == io.EOF {
				return nil, fmt.Errorf("%d: unexpected end of file", lineAt(int64(len(data))))
			}
			return nil, fmt.Errorf("%d: %v", lineAt(off), err)
		}
		n := &node{line: lineAt(off)}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				m := map[string]*node{}
				for dec.More() {
					koff := dec.InputOffset()
					ktok, err := dec.Token()
					if err != nil {
						return nil, fmt.Errorf("%d: %v", lineAt(koff), err)
					}
					key, _ := ktok.(string)
					v, err := parse()
					if err != nil {
						return nil, err
					}
					if _, dup := m[key]; dup {
						return nil, errAt(v, key, "given twice")
					}
					m[key] = v
					n.keys = append(n.keys, key)
				}
				dec.Token() // }
				n.value = m
			case '[':
				var list []*node
				for dec.More() {
					v, err := parse()
					if err != nil {
						return nil, err
					}
					list = append(list, v)
				}
				dec.Token() // ]
				n.value = list
			}
		default:
			n.value = t
		}
		return n, nil
	}
	root, err := parse()
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%d: data after the policy object", lineAt(dec.InputOffset()))
	}
	return root, nil
}

func fromTree(root *node) (*Policy, error) {
	obj, ok := root.value.(map[string]*node)
	if !ok {
		return nil, errAt(root, "policy", "must be a JSON object")
	}
	p := &Policy{Default: Action{Kind: Allow}, BadABI: Action{Kind: Kill}}
	for _, key := range root.keys {
		v := obj[key]
		var err error
		switch key {
		case "default":
			p.Default, err = actionField(v, key)
		case "bad_abi":
			p.BadABI, err = actionField(v, key)
		case "abis":
			p.ABIs, err = abisField(v, key)
		case "rules":
			p.Rules, err = rulesField(v, key)
		case "paths":
			p.Paths, err = pathsField(v, key)
		case "signals_in_tree":
			p.SignalsInTree, err = boolField(v, key)
		case "no_network":
			p.NoNetwork, err = boolField(v, key)
		case "limits":
			p.Limits, err = limitsField(v, key)
		case "user":
			p.User, err = stringField(v, key)
		default:
			err = errAt(v, key, "unknown field (default, abis, bad_abi, rules, paths, signals_in_tree, no_network, limits, user)")
		}
		if err != nil {
			return nil, err
		}
	}
	return p, nil
}

func stringField(n *node, field string) (string, error) {
	s, ok := n.value.(string)
	if !ok {
		return "", errAt(n, field, "must be a string")
	}
	return s, nil
}

func boolField(n *node, field string) (bool, error) {
	b, ok := n.value.(bool)
	if !ok {
		return false, errAt(n, field, "must be true or false")
	}
	return b, nil
}

func listField(n *node, field string) ([]*node, error) {
	l, ok := n.value.([]*node)
	if !ok {
		return nil, errAt(n, field, "must be a list")
	}
	return l, nil
}

func stringsField(n *node, field string) ([]string, error) {
	l, err := listField(n, field)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(l))
	for i, e := range l {
		if out[i], err = stringField(e, fmt.Sprintf("%s[%d]", field, i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func actionField(n *node, field string) (Action, error) {
	s, err := stringField(n, field)
	if err != nil {
		return Action{}, err
	}
	a, err := ParseAction(s)
	if err != nil {
		return Action{}, errAt(n, field, "%v", err)
	}
	return a, nil
}

func abisField(n *node, field string) ([]syscalls.ABI, error) {
	names, err := stringsField(n, field)
	if err != nil {
		return nil, err
	}
	l, _ := n.value.([]*node)
	abis := make([]syscalls.ABI, 0, len(names))
	for i, s := range names {
		abi, ok := syscalls.ParseABI(s)
		if !ok {
			return nil, errAt(l[i], fmt.Sprintf("%s[%d]", field, i), "unknown ABI %q (x86_64, i386, x32, aarch64)", s)
		}
		abis = append(abis, abi)
	}
	return abis, nil
}

func rulesField(n *node, field string) ([]Rule, error) {
	l, err := listField(n, field)
	if err != nil {
		return nil, err
	}
	rules := make([]Rule, 0, len(l))
	for i, rn := range l {
		where := fmt.Sprintf("%s[%d]", field, i)
		obj, ok := rn.value.(map[string]*node)
		if !ok {
			return nil, errAt(rn, where, "must be an object")
		}
		r := Rule{Source: where}
		for _, key := range rn.keys {
			v := obj[key]
			f := where + "." + key
			switch key {
			case "syscalls":
				if r.Syscalls, err = stringsField(v, f); err != nil {
					return nil, err
				}
				vl, _ := v.value.([]*node)
				for k, s := range r.Syscalls {
					if err := checkName(s); err != nil {
						return nil, errAt(vl[k], fmt.Sprintf("%s[%d]", f, k), "%v", err)
					}
				}
			case "action":
				if r.Action, err = actionField(v, f); err != nil {
					return nil, err
				}
			case "args":
				if r.Conds, err = condsField(v, f); err != nil {
					return nil, err
				}
			case "comment":
			default:
				return nil, errAt(v, f, "unknown field (syscalls, action, args, comment)")
			}
		}
		if len(r.Syscalls) == 0 {
			return nil, errAt(rn, where+".syscalls", "missing or empty")
		}
		if _, ok := obj["action"]; !ok {
			return nil, errAt(rn, where+".action", "missing")
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// checkName accepts a syscall name known to some ABI, a %class, or all.
func checkName(s string) error {
	if s == "all" {
		return nil
	}
	if strings.HasPrefix(s, "%") {
		if _, ok := syscalls.ParseClass(s[1:]); !ok {
			return fmt.Errorf("unknown class %q", s)
		}
		return nil
	}
	if knownName(s) {
		return nil
	}
	return fmt.Errorf("unknown syscall %q", s)
}

// KnownNames, if set, says whether a syscall name exists (the tracer's
// tables); policies check names against it.
var KnownNames func(string) bool

func knownName(s string) bool { return KnownNames == nil || KnownNames(s) }

var condOps = map[string]seccomp.CondOp{
	"==": seccomp.Equal, "!=": seccomp.NotEqual, "<": seccomp.Less, "<=": seccomp.LessOrEqual,
	">": seccomp.Greater, ">=": seccomp.GreaterOrEqual, "&=": seccomp.MaskedEqual,
}

func condsField(n *node, field string) ([]Cond, error) {
	l, err := listField(n, field)
	if err != nil {
		return nil, err
	}
	conds := make([]Cond, 0, len(l))
	for i, cn := range l {
		where := fmt.Sprintf("%s[%d]", field, i)
		obj, ok := cn.value.(map[string]*node)
		if !ok {
			return nil, errAt(cn, where, "must be an object")
		}
		var c Cond
		seen := map[string]bool{}
		for _, key := range cn.keys {
			v := obj[key]
			f := where + "." + key
			seen[key] = true
			switch key {
			case "arg":
				num, ok := v.value.(json.Number)
				a, err := num.Int64()
				if !ok || err != nil || a < 0 || a > 5 {
					return nil, errAt(v, f, "must be an argument index, 0 to 5")
				}
				c.Arg = uint(a)
			case "op":
				s, err := stringField(v, f)
				if err != nil {
					return nil, err
				}
				op, ok := condOps[s]
				if !ok {
					return nil, errAt(v, f, "unknown operator %q (== != < <= > >= &=)", s)
				}
				c.Op = op
			case "value", "mask":
				x, err := valueField(v, f)
				if err != nil {
					return nil, err
				}
				if key == "value" {
					c.Value = x
				} else {
					c.Mask = x
				}
			default:
				return nil, errAt(v, f, "unknown field (arg, op, value, mask)")
			}
		}
		for _, need := range []string{"arg", "op", "value"} {
			if !seen[need] {
				return nil, errAt(cn, where+"."+need, "missing")
			}
		}
		if c.Op == seccomp.MaskedEqual && !seen["mask"] {
			return nil, errAt(cn, where+".mask", "missing (needed by &=)")
		}
		conds = append(conds, c)
	}
	return conds, nil
}

// valueField reads a number or named constants joined with |.
func valueField(n *node, field string) (uint64, error) {
	switch v := n.value.(type) {
	case json.Number:
		if x, err := strconv.ParseUint(v.String(), 10, 64); err == nil {
			return x, nil
		}
		if x, err := strconv.ParseInt(v.String(), 10, 64); err == nil {
			return uint64(x), nil
		}
		return 0, errAt(n, field, "not an integer: %s", v)
	case string:
		var total uint64
		for _, part := range strings.Split(v, "|") {
			part = strings.TrimSpace(part)
			if x, err := strconv.ParseUint(part, 0, 64); err == nil {
				total |= x
				continue
			}
			x, ok := constantByName(part)
			if !ok {
				return 0, errAt(n, field, "unknown constant %q", part)
			}
			total |= x
		}
		return total, nil
	}
	return 0, errAt(n, field, "must be a number or constant names")
}

// constantByName finds a named constant in the value tables syscall
// arguments use.
func constantByName(name string) (uint64, bool) {
	for _, vs := range constantTables {
		if v, ok := vs.ByName(name); ok {
			return v, true
		}
	}
	return 0, false
}

// constantTables are where condition values are looked up.
var constantTables = []*syscalls.Values{
	syscalls.CloneFlags, syscalls.AddressFamilies, syscalls.SocketTypes, syscalls.SocketFlags,
	syscalls.IPProtocols, syscalls.OpenFlags, syscalls.OpenAccModes, syscalls.ProtFlags, syscalls.MapFlags,
	syscalls.MapTypes, syscalls.PrctlOptions, syscalls.FcntlCmds, syscalls.SignalNames, syscalls.AtFlags,
}

func pathsField(n *node, field string) (*Paths, error) {
	obj, ok := n.value.(map[string]*node)
	if !ok {
		return nil, errAt(n, field, "must be an object")
	}
	p := &Paths{}
	for _, key := range n.keys {
		v := obj[key]
		f := field + "." + key
		list, err := stringsField(v, f)
		if err != nil {
			return nil, err
		}
		switch key {
		case "read":
			p.Read = list
		case "read_exec":
			p.ReadExec = list
		case "write":
			p.Write = list
		default:
			return nil, errAt(v, f, "unknown field (read, read_exec, write)")
		}
	}
	return p, nil
}

func limitsField(n *node, field string) (Limits, error) {
	obj, ok := n.value.(map[string]*node)
	if !ok {
		return Limits{}, errAt(n, field, "must be an object")
	}
	var l Limits
	for _, key := range n.keys {
		v := obj[key]
		f := field + "." + key
		s := ""
		switch x := v.value.(type) {
		case string:
			s = x
		case json.Number:
			s = x.String()
		default:
			return Limits{}, errAt(v, f, "must be a string or number")
		}
		var err error
		switch key {
		case "cpu":
			l.CPU, err = ParseDuration(s)
		case "wall":
			l.Wall, err = ParseDuration(s)
		case "memory":
			l.Memory, err = ParseSize(s)
		case "output":
			l.Output, err = ParseSize(s)
		case "processes":
			var x int
			x, err = strconv.Atoi(s)
			if err == nil && x < 1 {
				err = fmt.Errorf("must be at least 1")
			}
			l.Processes = x
		case "open_files":
			var x int
			x, err = strconv.Atoi(s)
			if err == nil && x < 3 {
				err = fmt.Errorf("must be at least 3")
			}
			l.OpenFiles = x
		default:
			return Limits{}, errAt(v, f, "unknown field (cpu, wall, memory, output, processes, open_files)")
		}
		if err != nil {
			return Limits{}, errAt(v, f, "%v", err)
		}
	}
	return l, nil
}

// ParseDuration reads a time limit: 1s, 500ms, 1.5s, 2m (a bare number is
// seconds).
func ParseDuration(s string) (time.Duration, error) {
	if x, err := strconv.ParseFloat(s, 64); err == nil {
		if x <= 0 {
			return 0, fmt.Errorf("invalid duration %q", s)
		}
		return time.Duration(x * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("invalid duration %q (as 1s, 500ms)", s)
	}
	return d, nil
}

// ParseSize reads a size: 256M, 64K, 1G, 1048576 (K, M, G are powers of
// 1024; a B suffix is allowed).
func ParseSize(s string) (int64, error) {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B"), "I")
	mult := int64(1)
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, t[:len(t)-1]
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, t[:len(t)-1]
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, t[:len(t)-1]
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || x <= 0 {
		return 0, fmt.Errorf("invalid size %q (as 256M, 64K)", s)
	}
	return int64(x * float64(mult)), nil
}
