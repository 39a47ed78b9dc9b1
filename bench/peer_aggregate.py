#!/usr/bin/env python3
"""Times the read + aggregate part of two peers of ../../shared/bench, without their XLSX writing.

    python peer_aggregate.py pure|polars LOG.csv [--quarter all]

pure:   peer_pure.main() with XlsxWriter's cell writes and close() replaced by no-ops, so what is
        left is its csv read, date parsing and the four summaries.
polars: agg_polars.compute(), read + aggregate phases (its own timers).
Prints one line: peer, seconds.
"""
import os
import sys
import time

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench")
sys.path.insert(0, BENCH)


def main():
    peer, path = sys.argv[1], sys.argv[2]
    quarter = sys.argv[sys.argv.index("--quarter") + 1] if "--quarter" in sys.argv else "all"
    t0 = time.perf_counter()
    if peer == "pure":
        import xlsxwriter.worksheet
        import xlsxwriter.workbook
        for name in ("write_number", "write_string", "write_row"):
            setattr(xlsxwriter.worksheet.Worksheet, name, lambda *a, **k: 0)
        xlsxwriter.workbook.Workbook.close = lambda self: None
        import peer_pure
        sys.argv = ["peer_pure.py", path, os.devnull, "--quarter", quarter]
        peer_pure.main()
        seconds = time.perf_counter() - t0
    elif peer == "polars":
        from agg_polars import compute
        _, _, (read, agg, _) = compute(path, quarter)
        seconds = read + agg
    else:
        sys.exit(f"unknown peer {peer}")
    print(f"{peer} {seconds:.2f}")


if __name__ == "__main__":
    main()
