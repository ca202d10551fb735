#!/usr/bin/env python3
"""Builds a larger MiniMalloc-format trace by repeating one in time.

Copy k of the input is shifted by k times the input's time span, so the
copies follow one another (no buffer of one copy overlaps another copy's),
and its ids by k times (the largest id + 1). The peak and LOAD of the result
equal the input's; only the number of buffers grows.

    bench/make-scale-traces.py ../shared/bench/production-traces/S_1.csv \\
        /tmp/S_1x36.csv --buffers=1000000

Outputs go wherever the second argument says (/tmp, never the repository).
"""

import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="MiniMalloc CSV: id,lower,upper,size")
    parser.add_argument("output", help="the CSV to write")
    parser.add_argument("--buffers", type=int, required=True,
                        help="buffers in the output (the last copy is cut)")
    args = parser.parse_args()

    with open(args.input, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [row for row in reader if row]
    if not rows:
        sys.exit("error: " + args.input + " has no buffers")
    columns = {name.strip(): i for i, name in enumerate(header)}
    for name in ("id", "lower", "upper", "size"):
        if name not in columns:
            sys.exit("error: " + args.input + " has no column '" + name + "'")
    ident, lower, upper = columns["id"], columns["lower"], columns["upper"]
    first = min(int(row[lower]) for row in rows)
    span = max(int(row[upper]) for row in rows) - first + 1
    id_stride = max(int(row[ident]) for row in rows) + 1

    with open(args.output, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        written = 0
        copy = 0
        while written < args.buffers:
            for row in rows:
                if written == args.buffers:
                    break
                out = list(row)
                out[ident] = str(int(row[ident]) + copy * id_stride)
                out[lower] = str(int(row[lower]) + copy * span)
                out[upper] = str(int(row[upper]) + copy * span)
                writer.writerow(out)
                written += 1
            copy += 1


if __name__ == "__main__":
    main()
