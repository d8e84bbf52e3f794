"""``seedbed plan|seed|verify --workspace seedbed.toml``: the text and JSON of a workspace run."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from seedbed import errors
from seedbed.cli.render import escape, progress

__all__ = ["alone", "plan_cmd", "seed_cmd", "verify_cmd"]


def alone(**given: object) -> None:
    """``--workspace`` takes its counts and scopes from the file: other selection flags are refused,
    not ignored."""
    used = [f"--{k.replace('_', '-')}" for k, v in given.items() if v]
    if used:
        raise errors.UsageError(f"--workspace does not take {', '.join(used)}", subject=", ".join(used),
                                hint="counts, scopes and references come from the workspace file: use [profiles.NAME] "
                                     "and --profile, or [databases.ALIAS.scope]")


def _phases(console: Console, wp: Any) -> None:
    for i, phase in enumerate(wp.phases, 1):
        console.print(f"phase {i}: {', '.join(phase)}" + (" (in parallel)" if len(phase) > 1 else ""))


def plan_cmd(out: Console, emit_json, path: str, profile: str | None, seed: int | None, output: str) -> int:
    from seedbed.workspace import plan_workspace

    wp = plan_workspace(path, profile, seed)
    if output == "json":
        emit_json(wp.to_dict())
        return errors.EXIT_OK
    data = wp.to_dict()
    _phases(out, wp)
    for alias, db in data["databases"].items():
        out.print(f"[bold]{escape(alias)}[/] ({db['rows']:,} rows)")
        for table, rows in db["tables"].items():
            out.print(f"  {escape(table)}: {rows:,}")
    out.print("references:")
    for ref in data["references"]:
        out.print(f"  {escape(ref['reference'])}: {escape(ref['kept'])}")
    for note in data["notes"]:
        out.print(f"[yellow]note[/]: {escape(note)}")
    out.print(f"{data['total_rows']:,} rows in all (seed {data['seed']}); nothing written")
    return errors.EXIT_OK


def _report(console: Console, result: Any) -> None:
    for ref, orphans in result.references.items():
        console.print(f"  reference {escape(ref)}: {orphans:,} orphan row{'' if orphans == 1 else 's'}")
    if result.ok:
        console.print(f"[bold green]verified[/]: every database and every declared reference ({result.seconds:.2f}s)")
        return
    console.print(f"[bold red]verification found {len(result.problems)} problem(s)[/]:")
    for p in result.problems:
        console.print(f"  [red]{p.kind}[/] {escape(p.message)}")


def seed_cmd(err: Console, emit_json, path: str, profile: str | None, seed: int | None, output: str,
             verify: bool, max_rows: int | None) -> int:
    from seedbed.workspace import seed_workspace

    with progress(err, enabled=output == "text" and err.is_terminal) as bar:
        result = seed_workspace(path, profile, seed, verify=verify, progress=bar, max_rows=max_rows)
    if output == "json":
        emit_json(result.to_dict())
    else:
        _phases(err, result.plan)
        for alias, db in result.databases.items():
            err.print(f"[bold]{escape(alias)}[/]: {db['rows']:,} rows in {len(db.get('tables', {}))} tables")
        for note in result.notes:
            err.print(f"[yellow]note[/]: {escape(note)}")
        err.print(f"[bold green]seeded[/] {result.plan.plan.total_rows:,} rows in {len(result.databases)} databases "
                  f"in {result.seconds:.2f}s (seed {result.seed})")
        err.print(f"[dim]reproduce: {escape(result.reproduce)}[/]")
        if verify:
            _report(err, result)
    return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY


def verify_cmd(err: Console, emit_json, path: str, output: str) -> int:
    from seedbed.workspace import verify_workspace

    result = verify_workspace(path)
    if output == "json":
        emit_json(result.to_dict())
    else:
        _report(err, result)
    return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY
