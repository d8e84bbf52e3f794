"""seedbed benchmark harness (issue 6).

Run it with ``make bench`` or ``.venv/bin/python bench/run.py [--quick]``. Nothing here is imported by
the seedbed package or its tests; the harness drives ``seedbed`` as a user would, through its CLI.
"""
