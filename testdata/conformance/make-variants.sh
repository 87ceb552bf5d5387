#!/bin/sh
# Derives wide-y.txt and wide-v.txt from wide.txt: the same commands with
# -y and -v added to each case's tracer flags.
set -eu
cd "$(dirname "$0")"
for flag in y v; do
	awk -v f="-$flag" -F'|' 'BEGIN{OFS="|"} /^#/ || NF < 3 {print; next} {gsub(/ +$/, "", $1); $1 = $1 "-" substr(f,2) " "; $2 = " " f " " $2; print}' wide.txt > "wide-$flag.txt"
done
