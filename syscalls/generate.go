package syscalls

// The per-ABI number tables (amd64/zsysnum.go, i386/zsysnum.go,
// arm64/zsysnum.go) and the errno table (zerrno.go) are generated from the
// installed kernel UAPI headers; see gen/README.md.
//go:generate go run ./gen
