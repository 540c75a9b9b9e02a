"""Only the tamper-evidence figures of run.py, for a quick measurement of the tree's cost.

    python benchmarks/audit.py --sizes 100k --stores sqlite,postgres

Per store and size: the same history recorded with the Merkle tree and without it (a
hundred transactions to each in turn), and a full ``verify`` of the store with the tree;
then the proof sizes of synthetic logs up to 1M events. The full run (run.py) prints the
same tables beside everything else.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))

from run import parse_size, proof_sizes, store_url, tree_cost
from socialaftale import audit, open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k")
    parser.add_argument("--stores", default="sqlite,postgres")
    args = parser.parse_args()
    print("| store | events | with tree ev/s | without ev/s | ratio (target ≥ 0.9) | "
          "verify ev/s |\n|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            for size in map(parse_size, args.sizes.split(",")):
                with_, without = tree_cost(kind, size, tmp, keep=True)
                url, drop = store_url.last  # type: ignore[attr-defined]
                try:
                    with open_store(url, project=False) as store:
                        start = time.perf_counter()
                        result = audit.verify(store, record=False)
                        rate = result.events / (time.perf_counter() - start)
                        assert result.intact
                finally:
                    drop()
                print(f"| {kind} | {result.events:,} | {with_:,.0f} | {without:,.0f} | "
                      f"{with_ / without:.2f} | {rate:,.0f} |", flush=True)
    print("\n| events | inclusion path (hashes) | proof JSON bytes | consistency (hashes) |"
          "\n|---:|---:|---:|---:|")
    for n, path, size, cons in proof_sizes():
        print(f"| {n:,} | {path} | {size:,} | {cons} |")


if __name__ == "__main__":
    main()
