"""How a scope was understood, phrase by phrase: as text for people and as JSON for tools."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seedbed.scope.model import Scope
from seedbed.scope.resolve import Resolution, Understood

__all__ = ["Explanation", "explain", "explain_lines", "print_explanation", "print_warnings"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """The structured scope, what each of its items became, warnings and flag conflicts."""

    scope: Scope
    understood: tuple[Understood, ...] = ()
    warnings: tuple[str, ...] = ()  # unplaced fragments and what is not applied yet
    notes: tuple[str, ...] = ()  # decisions worth saying; flags that won over the scope

    @property
    def unplaced(self) -> tuple[str, ...]:
        return self.scope.unplaced

    def phrases(self) -> list[tuple[str, list[Understood]]]:
        """Items grouped by the phrase they came from, in the order they were said."""
        out: dict[str, list[Understood]] = {}
        for u in self.understood:
            out.setdefault(u.phrase, []).append(u)
        return list(out.items())

    def to_dict(self) -> dict[str, Any]:
        """The ``scope`` object of ``seedbed plan --output json``."""
        return {
            "text": self.scope.text,
            "structured": self.scope.to_dict(),
            "phrases": [{"phrase": phrase, "understood": [
                {"item": u.item, "meaning": u.meaning, "applied": u.applied} for u in items]}
                for phrase, items in self.phrases()],
            "unplaced": list(self.scope.unplaced),
            "aside": list(self.scope.aside),
            "read_as": [{"said": a, "read": b} for a, b in self.scope.read_as],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


def explain(scope: Scope, resolution: Resolution, notes: list[str] | tuple[str, ...] = ()) -> Explanation:
    return Explanation(scope=scope, understood=resolution.understood, warnings=resolution.warnings,
                       notes=resolution.notes + tuple(notes))


def explain_lines(expl: Explanation) -> list[str]:
    """Plain lines (no markup): each phrase in quotes, then what it became."""
    lines = ["scope: how each phrase was understood"]
    read_as = dict(expl.scope.read_as)
    for phrase, items in expl.phrases():
        lines.append(f'  "{phrase}"')
        if phrase in read_as:  # what "they", "each of them", "those X" were read as
            lines.append(f'    read as "{read_as[phrase]}"')
        for u in items:
            mark = "->" if u.applied else "!!"
            lines.append(f"    {mark} {u.meaning}" + ("" if u.applied else " (not applied yet)"))
    if not expl.understood:
        lines.append("  (nothing understood)")
    if expl.scope.aside:  # a filler is shown as one: never silently dropped
        lines.append("  set aside (about the request, not the data): " + ", ".join(f'"{a}"' for a in expl.scope.aside))
    for w in expl.warnings:
        if not w.startswith("not applied yet:"):  # already marked under its phrase
            lines.append(f"  warning: {w}")
    for n in expl.notes:
        lines.append(f"  note: {n}")
    return lines


def print_warnings(console: Any, expl: Explanation) -> None:
    """Every part of the scope not placed or not applied, one line each (for stderr: a reading is
    never silently partial, whatever goes to stdout)."""
    from rich.markup import escape

    for w in expl.warnings:
        console.print(f"[yellow]scope warning: {escape(w)}[/]")


def print_explanation(console: Any, expl: Explanation) -> None:
    """The explanation on a rich console: warnings in yellow, what is not applied marked."""
    from rich.markup import escape

    for line in explain_lines(expl):
        text = escape(line)
        if line.startswith("  warning:"):
            text = f"[yellow]{text}[/]"
        elif line.startswith("    !!"):
            text = f"[yellow]{text}[/]"
        elif line.startswith("scope:"):
            text = f"[bold]{text}[/]"
        console.print(text)
