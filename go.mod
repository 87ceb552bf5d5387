module github.com/gotrace/gotrace

go 1.26.8

require (
	github.com/spf13/pflag v1.0.10
	golang.org/x/sys v0.49.0
)
