// Package summary is the tracer handler behind -c and -C: it counts calls,
// errors and time per syscall, and prints strace's summary table, one per
// ABI that was used.
package summary

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/olekukonko/tablewriter"

	"github.com/gotrace/gotrace/syscalls"
	"github.com/gotrace/gotrace/tracer"
)

// Column is one column of the table (-U).
type Column uint8

// The columns, as strace names them.
const (
	ColTimePercent Column = iota + 1 // % time
	ColTotalTime                     // seconds
	ColMinTime                       // shortest
	ColMaxTime                       // longest
	ColAvgTime                       // usecs/call
	ColCalls                         // calls
	ColErrors                        // errors
	ColName                          // syscall
)

// DefaultColumns are strace's.
var DefaultColumns = []Column{ColTimePercent, ColTotalTime, ColAvgTime, ColCalls, ColErrors, ColName}

// columnNames are the names -U and -S accept.
var columnNames = map[string]Column{
	"time": ColTimePercent, "time_percent": ColTimePercent, "time-percent": ColTimePercent,
	"time_total": ColTotalTime, "time-total": ColTotalTime, "total_time": ColTotalTime, "total-time": ColTotalTime,
	"min_time": ColMinTime, "min-time": ColMinTime, "shortest": ColMinTime, "time_min": ColMinTime, "time-min": ColMinTime,
	"longest": ColMaxTime, "max_time": ColMaxTime, "max-time": ColMaxTime, "time_max": ColMaxTime, "time-max": ColMaxTime,
	"avg_time": ColAvgTime, "avg-time": ColAvgTime, "time_avg": ColAvgTime, "time-avg": ColAvgTime,
	"calls": ColCalls, "count": ColCalls,
	"error": ColErrors, "errors": ColErrors,
	"name": ColName, "syscall": ColName, "syscall_name": ColName, "syscall-name": ColName,
	"none": 0, "nothing": 0,
}

// ParseColumns parses -U's comma-separated column list. The syscall name
// column is added at the end when missing, as strace does.
func ParseColumns(s string) ([]Column, error) {
	var cols []Column
	seen := map[Column]bool{}
	for _, name := range strings.Split(s, ",") {
		c, ok := columnNames[name]
		if !ok || c == 0 {
			return nil, fmt.Errorf("unknown column name: '%s'", name)
		}
		if seen[c] {
			return nil, fmt.Errorf("call summary column has been provided more than once: '%s'", name)
		}
		seen[c] = true
		cols = append(cols, c)
	}
	if !seen[ColName] {
		cols = append(cols, ColName)
	}
	return cols, nil
}

// ParseSortBy parses -S: a column name, or "nothing" for number order.
func ParseSortBy(s string) (Column, error) {
	c, ok := columnNames[s]
	if !ok {
		return 0, fmt.Errorf("invalid sortby: '%s'", s)
	}
	return c, nil
}

// Options configure a Summary.
type Options struct {
	// Columns are -U's (DefaultColumns if nil).
	Columns []Column
	// SortBy is -S (ColTimePercent by default; 0 for number order).
	SortBy Column
	// WallClock is -w: count the wall time between entry and exit
	// rather than the system CPU time the call used.
	WallClock bool
	// Sorted means SortBy was given (so 0 means number order).
	Sorted bool
}

// counts are one syscall's.
type counts struct {
	calls, errors uint64
	time          time.Duration
	min, max      time.Duration
}

// Summary is a tracer.Handler counting syscalls. The tracer must be asked
// for resource usage (system time) or, with WallClock, timestamps.
type Summary struct {
	opts Options
	by   [syscalls.NumABIs]map[uint64]*counts
	// tables name the numbers.
	tables [syscalls.NumABIs]*syscalls.Table
}

// New returns a Summary naming calls with tables.
func New(opts Options, tables [syscalls.NumABIs]*syscalls.Table) *Summary {
	if opts.Columns == nil {
		opts.Columns = DefaultColumns
	}
	if !opts.Sorted {
		opts.SortBy = ColTimePercent
	}
	s := &Summary{opts: opts, tables: tables}
	for i := range s.by {
		s.by[i] = map[uint64]*counts{}
	}
	return s
}

// Handle implements tracer.Handler: it counts each syscall at its exit.
func (s *Summary) Handle(ev *tracer.Event) tracer.Action {
	if ev.Kind != tracer.SyscallExit {
		return tracer.Continue
	}
	c := ev.Call
	if c.Sys == nil {
		// strace counts only calls it has a table entry for.
		return tracer.Continue
	}
	m := s.by[c.ABI]
	cc := m[c.Nr]
	if cc == nil {
		cc = &counts{min: math.MaxInt64}
		m[c.Nr] = cc
	}
	cc.calls++
	if c.Failed {
		cc.errors++
	}
	var d time.Duration
	if s.opts.WallClock {
		d = c.ExitTime.Sub(c.EnterTime)
	} else {
		d = c.ExitStime - c.EnterStime
	}
	if d < 0 {
		d = 0
	}
	cc.time += d
	cc.min = min(cc.min, d)
	cc.max = max(cc.max, d)
	return tracer.Continue
}

// personalityNames are strace's names of the ABIs in table headers.
var personalityNames = [syscalls.NumABIs]string{syscalls.I386: "32 bit", syscalls.X32: "x32"}

// Write prints the tables: the native ABI's first, then each other ABI
// that was used, under "System call usage summary for 32 bit mode:".
func (s *Summary) Write(w io.Writer, native syscalls.ABI) error {
	order := []syscalls.ABI{native}
	for abi := syscalls.ABI(0); int(abi) < syscalls.NumABIs; abi++ {
		if abi != native {
			order = append(order, abi)
		}
	}
	first := true
	for _, abi := range order {
		if len(s.by[abi]) == 0 {
			continue
		}
		if abi != native || !first {
			if _, err := fmt.Fprintf(w, "System call usage summary for %s mode:\n", personalityNames[abi]); err != nil {
				return err
			}
		}
		first = false
		if err := s.writeTable(w, abi); err != nil {
			return err
		}
	}
	return nil
}

// row is one syscall's line.
type row struct {
	nr   uint64
	name string
	c    *counts
	avg  time.Duration
}

func (s *Summary) writeTable(w io.Writer, abi syscalls.ABI) error {
	var rows []row
	var total counts
	total.min = math.MaxInt64
	var avgMax time.Duration
	nameMax := 0
	for nr, c := range s.by[abi] {
		name := strconv.FormatUint(nr, 10)
		if t := s.tables[abi]; t != nil {
			if sc := t.Lookup(nr); sc != nil {
				name = sc.Name
			}
		}
		r := row{nr: nr, name: name, c: c, avg: c.time / time.Duration(c.calls)}
		rows = append(rows, r)
		total.calls += c.calls
		total.errors += c.errors
		total.time += c.time
		total.min = min(total.min, c.min)
		total.max = max(total.max, c.max)
		avgMax = max(avgMax, r.avg)
		nameMax = max(nameMax, len(name))
	}
	// Number order first: strace's sort is stable over it.
	sort.Slice(rows, func(i, j int) bool { return rows[i].nr < rows[j].nr })
	less := s.less()
	if less != nil {
		sort.SliceStable(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
	}

	// Column widths as strace computes them: at least the historical
	// sizes, wider for the values there are.
	minMax := time.Duration(0)
	for _, r := range rows {
		minMax = max(minMax, r.c.min)
	}
	widths := map[Column]int{
		ColTimePercent: 6,
		ColTotalTime:   max(11, len(seconds(total.time))),
		ColMinTime:     max(8, len(strconv.FormatInt(int64(minMax/time.Second), 10))+7),
		ColMaxTime:     max(7, len(strconv.FormatInt(int64(total.max/time.Second), 10))+7),
		ColAvgTime:     max(11, len(strconv.FormatInt(int64(avgMax/time.Microsecond), 10))),
		ColCalls:       max(9, len(strconv.FormatUint(total.calls, 10))),
		ColErrors:      max(9, len(strconv.FormatUint(total.errors, 10))),
		ColName:        max(16, nameMax+1),
	}
	headers := map[Column]string{
		ColTimePercent: "% time", ColTotalTime: "seconds", ColMinTime: "shortest", ColMaxTime: "longest",
		ColAvgTime: "usecs/call", ColCalls: "calls", ColErrors: "errors", ColName: "syscall",
	}
	cols := s.opts.Columns
	last := len(cols) - 1
	cell := func(i int, c Column, text string) string {
		if c == ColName {
			if i == last {
				return text
			}
			return text + strings.Repeat(" ", max(0, widths[c]-len(text)))
		}
		return strings.Repeat(" ", max(0, widths[c]-len(text))) + text
	}
	line := func(values func(c Column) string) []string {
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = cell(i, c, values(c))
		}
		return out
	}

	var buf bytes.Buffer
	table := newTable(&buf)
	table.SetHeader(line(func(c Column) string { return headers[c] }))
	for _, r := range rows {
		table.Append(line(func(c Column) string { return r.value(c, total.time) }))
	}
	if total.min == math.MaxInt64 {
		total.min = 0
	}
	totalRow := row{name: "total", c: &total}
	if total.calls > 0 {
		totalRow.avg = total.time / time.Duration(total.calls)
	}
	table.Append(line(func(c Column) string {
		if c == ColTimePercent {
			return "100.00"
		}
		return totalRow.value(c, total.time)
	}))
	table.Render()
	// The name column, last, is left-aligned without padding in strace:
	// drop what the table padded it with; the rules are exactly as wide
	// as the columns, and one more goes over the totals, the last line.
	rule := make([]string, len(cols))
	for i, c := range cols {
		rule[i] = strings.Repeat("-", widths[c])
	}
	ruleLine := strings.Join(rule, " ")
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if strings.Trim(l, "- ") == "" {
			l = ruleLine
		}
		if i == len(lines)-1 {
			l = ruleLine + "\n" + l
		}
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// newTable is a tablewriter table in strace's layout: cells joined by one
// space, no borders or padding, a rule of dashes under the header. (The
// rule over the totals is writeTable's: tablewriter's footer would pad
// its cells.)
func newTable(w io.Writer) *tablewriter.Table {
	t := tablewriter.NewWriter(w)
	t.SetAutoFormatHeaders(false)
	t.SetAutoWrapText(false)
	t.SetBorder(false)
	t.SetHeaderLine(true)
	t.SetRowSeparator("-")
	t.SetColumnSeparator(" ")
	t.SetCenterSeparator(" ")
	// The cells come padded to strace's widths: no padding of
	// tablewriter's own, one space between columns.
	t.SetNoWhiteSpace(true)
	t.SetTablePadding(" ")
	t.SetAlignment(tablewriter.ALIGN_LEFT)
	t.SetHeaderAlignment(tablewriter.ALIGN_LEFT)
	return t
}

// value is the text of a column for the row, strace's formats.
func (r row) value(c Column, total time.Duration) string {
	switch c {
	case ColTimePercent:
		pct := 100 * r.c.time.Seconds()
		if pct != 0 {
			pct /= total.Seconds()
		}
		return strconv.FormatFloat(pct, 'f', 2, 64)
	case ColTotalTime:
		return seconds(r.c.time)
	case ColMinTime:
		return seconds(r.c.min)
	case ColMaxTime:
		return seconds(r.c.max)
	case ColAvgTime:
		return strconv.FormatInt(int64(r.avg/time.Microsecond), 10)
	case ColCalls:
		return strconv.FormatUint(r.c.calls, 10)
	case ColErrors:
		if r.c.errors == 0 {
			return ""
		}
		return strconv.FormatUint(r.c.errors, 10)
	case ColName:
		return r.name
	}
	return ""
}

// seconds formats a duration as strace's %.6f seconds.
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 6, 64)
}

// less returns the -S order (descending for numbers), or nil for number
// order.
func (s *Summary) less() func(a, b row) bool {
	switch s.opts.SortBy {
	case ColTimePercent, ColTotalTime:
		return func(a, b row) bool { return a.c.time > b.c.time }
	case ColMinTime:
		return func(a, b row) bool { return a.c.min > b.c.min }
	case ColMaxTime:
		return func(a, b row) bool { return a.c.max > b.c.max }
	case ColAvgTime:
		return func(a, b row) bool { return a.avg > b.avg }
	case ColCalls:
		return func(a, b row) bool { return a.c.calls > b.c.calls }
	case ColErrors:
		return func(a, b row) bool { return a.c.errors > b.c.errors }
	case ColName:
		return func(a, b row) bool { return a.name < b.name }
	}
	return nil
}
