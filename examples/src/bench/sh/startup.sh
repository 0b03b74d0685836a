#!/bin/sh
# Start-up of the chipgate launcher: the median wall-clock and CPU time of N runs of each command, the commands
# interleaved (A B A B ...) so that a change in the machine's load affects both alike.
# Usage: examples/src/bench/sh/startup.sh [N] (after 'mvn -B -ntp -DskipTests package'); prints one line per command.
n=${1:-10}
dir=$(cd "$(dirname "$0")/../../../target" && pwd) || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
    /usr/bin/time -f "%e %U %S" -a -o "$tmp/version" "$dir/chipgate" --version >/dev/null
    /usr/bin/time -f "%e %U %S" -a -o "$tmp/classify" "$dir/chipgate" classify h100 >/dev/null
    /usr/bin/time -f "%e %U %S" -a -o "$tmp/license" "$dir/chipgate" license h100 --to AE --on 2026-08-01 >/dev/null
    i=$((i + 1))
done
for c in version classify license; do
    wall=$(cut -d' ' -f1 "$tmp/$c" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    cpu=$(awk '{print $2+$3}' "$tmp/$c" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    echo "$c: median wall ${wall} s, median cpu ${cpu} s ($n runs)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
