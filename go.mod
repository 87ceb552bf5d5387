module github.com/gotrace/gotrace

go 1.26.8

require (
	github.com/olekukonko/tablewriter v0.0.5
	github.com/seccomp/libseccomp-golang v0.11.1
	github.com/spf13/pflag v1.0.10
	golang.org/x/sys v0.49.0
)

require (
	github.com/clipperhouse/uax29/v2 v2.6.0 // indirect
	github.com/mattn/go-runewidth v0.0.31 // indirect
)
