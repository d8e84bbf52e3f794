"""What a table's timeline does to each of its columns, in words (``seedbed plan --explain``): the
parent rows its anchor follows, the orders of its moments, status gates, inherited countries and
products, and every derived column (``seedbed.planning.derived``) by its operation."""

from __future__ import annotations

from seedbed.planning.timeline import Timeline

__all__ = ["timeline_reasons"]


def timeline_reasons(tl: Timeline) -> dict[str, str]:
    """Per column, what ``tl`` does to it."""
    out: dict[str, list[str]] = {}
    for link in tl.links:
        out.setdefault(tl.anchor or "", []).append(
            f"{'before' if link.before else 'after'} {link.parent.name}.{link.parent_anchor} of its "
            f"{link.parent.name} row" + (" (shortly)" if link.near else "")
            + (f", before its {link.parent.name}.{link.until}" if link.until else ""))
    for a in tl.after:
        if a.before:
            out.setdefault(a.column, []).append(f"before {a.right} (a day to a month)")
            continue
        out.setdefault(a.column, []).append(f"after {a.right}" + (
            f" (within {a.within_us / 3_600_000_000:g} hours)" if a.within_us
            else f" ({a.span_us[0] // 60_000_000}-{a.span_us[1] // 60_000_000} minutes)" if a.span_us
            else " (shortly)" if a.near else ""))
    for g in tl.gates:
        by = g.source or tl.status
        out.setdefault(g.column, []).append(f"set only when {by} is {'/'.join(sorted(g.labels))}" if g.labels
                                            else f"set only when {by} is set")
    for c, fk, pcol in tl.needs_parent:
        out.setdefault(c, []).append(f"set only where its parent row's {pcol} is ({fk})")
    for c, planned in tl.clocks:
        out.setdefault(c, []).append("at a minute of a working day" if planned == "act" else
                                     "at a quarter hour of the working day" if planned else "in the daytime")
    if tl.inherit:
        i = tl.inherit
        out.setdefault(i.column, []).append(f"the country of its {i.parent.name} row ({i.parent.name}.{i.parent_column})")
    if tl.product:
        for c in tl.product.columns:
            out.setdefault(c, []).append(f"about the product of its {tl.product.parent.name} row")
    what = {"copy": "lower({})", "holding": "holding {}", "extension": "the extension of {}", "mime": "the media type of {}",
            "dated": "numbered in the year of {}",
            **{f"dated_span:{m}": "the span of two years {} falls in" for m in range(1, 13)},
            "codepoints": "the code points of {}", "discount": "{} less a usual discount (10% to half off)",
            "country_name": "the country named by {}", "country_alpha_2": "the ISO-2 code of {}",
            "country_alpha_3": "the ISO-3 code of {}", "country_flag": "the flag of {}",
            "country_continent": "the continent of {}", "country_region": "the world region of {}",
            "country_currency": "the currency of {}", "country_official_name": "the official name of {}",
            "country_capital": "the capital of {}", "country_language": "the main language of {}",
            "country_language_code": "the main language of {}", "country_calling": "the calling code of {}",
            "at_least": "at least {}", "at_most": "at most {}", "slug": "the slug of {}",
            "reading_after": "a later reading than {}", "words": "the words of {}",
            "chars": "the characters of {}", "ext_by_kind": "a file of the kind {} says",
            "lifted_by": "lifted when {} goes out, or shortly before", "page_url": "the page of {}", "reading": "the minutes it takes to read {}",
            "same": "the same as {}", "website": "a website named after {}",
            "slug_numbered": "the slug of {} and the row number", "date_of": "the day of {}",
            "set_if": "true where {} is set", "unset_if": "true where {} is NULL or ahead of now",
            "null_if_set": "NULL where {} is set", "unit": "the unit of what {} measures",
            "when_positive": "set only where {} is above zero",
            "running": "{} added up along its parent's rows in their order"}
    for d in tl.derived:
        if d.budget is not None:  # a column's room in a linear CHECK (planning.budgets)
            out.setdefault(d.column, []).append(f"inside what CHECK {d.budget.check} leaves it")
            continue
        text = f"the {d.op[5:]} of {{}}" if d.op.startswith("part:") \
            else "the abbreviation of {}" if d.op.startswith("abbrev:") \
            else "the letters of {} and a number" if d.op.startswith("code_of:") \
            else "{} shortened" if d.op.startswith("shorten:") \
            else f"the {d.op[6:]} name of the taxon {{}} names" if d.op.startswith("taxon:") \
            else "the symbol of the element {}" if d.op.startswith("element:") \
            else "the symbol of the currency {}" if d.op.startswith("currency:") \
            else "a model of the make {} names" if d.op.startswith("model_of:") \
            else f"set only where {{}} is {d.op[8:]}" if d.op.startswith("only_if:") \
            else f"the time from {d.other} to {{}}" if d.op.startswith("span:") \
            else f"{{}} plus {d.other} days" if d.op == "due_by_terms" \
            else "{} times " + " to ".join(d.op.split(":")[1:]) if d.op.startswith("part_of:") \
            else "none where {} passed, some where it failed" if d.op.startswith("problems:") \
            else "agrees with the outcome {} says" if d.op.startswith("agree:") \
            else "true where {} is " + d.op[9:] if d.op.startswith("is_label:") \
            else "0 where {} is " + d.op[8:] if d.op.startswith("zero_on:") \
            else "holds the year of {} (a CHECK)" if d.op.startswith("year_code:") \
            else "in the year its code {} says (a CHECK)" if d.op.startswith("code_year:") \
            else "a share of {}" if d.op.startswith("share:") \
            else f"a reading of {d.op[11:]} that grows with {{}}" if d.op.startswith("cumulative:") \
            else "the day its readings start from" if d.op == "in_service" \
            else f"{{}} x {d.other}" if d.op == "times" \
            else f"mostly between {{}} and {d.other}" if d.op == "within" \
            else "on the grid of {} minutes" if d.op == "grid" \
            else f"around {{}}, give or take {d.other}" if d.op == "near" \
            else f"where {{}} fell against {d.other} and {d.terms[0][1:]}" if d.op == "range_flag" \
            else "{} " + " ".join(f"{t[0]} {t[1:]}" for t in d.terms) if d.op in ("sum", "sum_known") \
            else f"{{}} x {d.other} %" if d.op == "pct_of" \
            else "all of {}, a part or none" + (f" by {d.other}" if d.other else "") if d.op.startswith("paid_of:") \
            else "a tax rate of {}" if d.op == "rate" else "a share of {} (its margin)" if d.op == "margin" \
            else f"the {d.op[8:]} of the airport {{}} names" if d.op.startswith("airport_") \
            else f"the {d.op.split('_', 1)[1]} of the {d.op.split('_', 1)[0]} {{}} codes" \
            if d.op.startswith(("language_", "currency_")) \
            else "true where {} is before now" + "".join(f" and {t[1:]} is NULL" for t in d.terms) \
            if d.op == "passed" else "ahead of now where {} holds, behind it where it ran out" \
            if d.op.startswith("by_now:") else "true where {} gives an age " + d.op[4:].replace(":", " ") \
            if d.op.startswith("age_") \
            else "true where {} is NULL or ahead of now" + "".join(f", and {t[1:]}" for t in d.terms) \
            if d.op == "unset_if" else "remarks told from {} and its row's other values" \
            if d.op.startswith("remark:") else what[d.op]
        out.setdefault(d.column, []).append(text.format(d.source))
    return {k: "; ".join(v) for k, v in out.items()}
