module github.com/gotrace/gotrace

go 1.26.8

require (
	github.com/seccomp/libseccomp-golang v0.11.1
	github.com/spf13/pflag v1.0.10
	golang.org/x/sys v0.49.0
)
