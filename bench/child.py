"""Child-process entry point: runs one in-Python method and prints its result as one JSON line.

The harness runs every method in its own process so that peak RSS is measured alike for all of them.
Usage (internal)::

    python bench/child.py METHOD --dsn DSN --counts '{"users": 1000, ...}'

METHOD is ``ceiling-constrained``, ``ceiling-bare``, ``faker-executemany`` or ``faker-copy``. The last
line on stdout is ``{"seconds": ..., ...}``; a failure exits non-zero with the error on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

METHODS = ("ceiling-constrained", "ceiling-bare", "faker-executemany", "faker-copy")


def run(method: str, dsn: str, counts: dict[str, int]) -> dict[str, float]:
    """Run one method against a prepared database.

    Args:
        method: One of ``METHODS``.
        dsn: The database (its tables already created by the harness).
        counts: Rows per table.

    Returns:
        The method's timings (``seconds`` at least) and, for the ceilings, ``build_seconds`` and
        ``copy_bytes``.

    Raises:
        ValueError: For an unknown method.
    """
    if method.startswith("ceiling-"):
        from bench import ceiling

        t0 = time.perf_counter()
        data = ceiling.build(counts)
        build_seconds = time.perf_counter() - t0
        load = ceiling.load_constrained if method == "ceiling-constrained" else ceiling.load_bare_then_constraints
        result = load(dsn, data)
        return {**result, "build_seconds": build_seconds, "copy_bytes": data.total_bytes}
    if method in ("faker-executemany", "faker-copy"):
        from bench import baselines

        fn = baselines.faker_executemany if method == "faker-executemany" else baselines.faker_copy
        return fn(dsn, counts)
    raise ValueError(f"unknown method {method!r} (one of {', '.join(METHODS)})")


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the method, print the JSON result line.

    Args:
        argv: Command-line arguments (default ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("method", choices=METHODS)
    ap.add_argument("--dsn", required=True)
    ap.add_argument("--counts", required=True, help="JSON object: rows per table")
    args = ap.parse_args(argv)
    result = run(args.method, args.dsn, json.loads(args.counts))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
