"""The lead's classes of session 13 (issue 10), on synthetic schemas: no database.

* a remark told from its row's values reads back only words a person says: a clipped column name (``arr_draft_m``,
  ``pilot_req``, ``wo_type``, ``itm_wgt``) is not said, nor the row's own timestamps ("Opened at 2025-12-11 22:56"
  beside ``opened_at``), nor a flag that is not set ("not pilot req"); blind reviews of sessions 11 and 12 scored
  such remarks 0 ("column names read back as prose").
"""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table


def _said(t, col: str, *others, rows: int = 200) -> list[str]:
    return [v for v in generate(t, *others, rows=rows)[t.name.name][col] if v is not None]


def test_a_remark_says_no_clipped_column_name_no_own_moment_and_no_unset_flag() -> None:
    visits = table("port_calls", ("wo_type", "varchar(20)"), ("arr_draft_m", "numeric(4,1)"), ("pilot_req", "bool"),
                   ("opened_at", "ts"), ("condition", "varchar(20)"), ("crew_on_duty", "smallint"),
                   ("is_hazardous", "bool"), ("details", "text"))
    said = _said(visits, "details")
    assert said
    low = [s.lower() for s in said]
    assert not any(re.search(r"\b(wo|arr|req)\b", s) for s in low), said[:8]
    assert not any(re.search(r"\bopened at\b|\d{4}-\d\d-\d\d", s) for s in low), said[:8]
    assert not any(re.search(r"\bnot hazardous\b", s) for s in low), said[:8]
    assert any("condition" in s or "crew" in s for s in low), said[:8]  # the spoken columns are still told


def test_a_movements_five_character_location_is_a_un_locode_and_a_stores_is_a_bin() -> None:
    """A leg's ``from_loc char(5)`` and a tracking event's ``location char(5)`` are places (a UN/LOCODE), not a
    warehouse's bins ('Aisle', 'R45-S' in a freight forwarder's schema, session 12's blind review); the locations of
    stock stay bins."""
    shipments = table("shipments", ("house_ref", "varchar(20)"), ("gross_kg", "numeric(10,1)"))
    legs = table("legs", ("seq", "smallint"), ("from_loc", "varchar(5)"), ("to_loc", "varchar(5)"),
                 fks=(("shipment_id", "shipments"),))
    events = table("tracking_events", ("location", "varchar(5)"), ("event_code", "varchar(10)"),
                   fks=(("shipment_id", "shipments"),))
    stock = table("inventory_balances", ("location", "varchar(20)"), ("qty_on_hand", "int"),
                  fks=(("shipment_id", "shipments"),))
    got = generate(shipments, legs, events, stock, rows=80)
    codes = [v for t, c in (("legs", "from_loc"), ("legs", "to_loc"), ("tracking_events", "location"))
             for v in got[t][c] if v is not None]
    assert codes and all(re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", v) for v in codes), codes[:8]
    bins = [v for v in got["inventory_balances"]["location"] if v is not None]
    assert bins and not any(re.fullmatch(r"[A-Z]{5}", v) for v in bins), bins[:8]


def test_a_carrier_or_a_haulier_is_a_firm_not_a_person() -> None:
    """A trade's party named by its role (a carrier, a haulier, a forwarder, a vendor) is an organisation; a carrier's
    name was a person's ('Benjamin Castro') in session 12's blind review."""
    for noun in ("carrier", "haulier", "forwarder"):
        t = table(f"{noun}s", (f"{noun}_name", "varchar(120)"), ("mode", "varchar(10)"))
        names = _said(t, f"{noun}_name", rows=60)
        assert names and sum(len(n.split()) == 2 and n.split()[0].istitle() and n.split()[1].istitle()
                             and not n.split()[1] in ("Ltd", "Inc", "Group", "Lines", "Logistics") for n in names) \
            < len(names) // 2, (noun, names[:8])


def test_the_identifiers_of_trade_and_transport_are_real_standards() -> None:
    """A class of standards no pack had (session 12's blind review of a port and a freight forwarder scored each 0):
    a carrier's SCAC (letters only, not '0MYH'), a party's EORI (a country's code first), a customs entry's MRN (18
    characters, its check character), a dangerous good's IMDG class and UN number, a vessel's flag state (not 'A'),
    a goods line's HS code."""
    carriers = table("carriers", ("carrier_name", "varchar(80)"), ("scac", "varchar(4)"), ("mode", "varchar(10)"))
    parties = table("parties", ("party_name", "varchar(80)"), ("eori_no", "varchar(17)"))
    entries = table("customs_entries", ("mrn", "varchar(18)"), ("procedure", "varchar(10)"), ("duty_eur", "numeric(10,2)"),
                    fks=(("party_id", "parties"),))
    cargo = table("cargo_lines", ("descr", "varchar(80)"), ("hs_code", "varchar(10)"), ("un_no", "varchar(4)"),
                  ("imdg_class", "varchar(4)"), ("packing_group", "varchar(3)"), fks=(("entry_id", "customs_entries"),))
    vessels = table("vessels", ("vessel_name", "varchar(60)"), ("imo_no", "varchar(7)"), ("flag", "varchar(2)"),
                    ("gt", "int"))
    got = generate(carriers, parties, entries, cargo, vessels, rows=60)

    def vals(t: str, c: str) -> list[str]:
        return [v for v in got[t][c] if v is not None]

    assert all(re.fullmatch(r"[A-Z]{4}", v) for v in vals("carriers", "scac")), vals("carriers", "scac")[:8]
    assert all(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{7,12}", v) for v in vals("parties", "eori_no")), vals("parties", "eori_no")[:8]
    mrns = vals("customs_entries", "mrn")
    assert mrns and all(re.fullmatch(r"2[2-5][A-Z]{2}[A-Z0-9]{13}\d", v) for v in mrns), mrns[:8]
    assert all(re.fullmatch(r"\d{4}\.\d\d|\d{6}", v) for v in vals("cargo_lines", "hs_code")), vals("cargo_lines", "hs_code")[:8]
    assert all(re.fullmatch(r"\d{4}", v) for v in vals("cargo_lines", "un_no")), vals("cargo_lines", "un_no")[:8]
    assert all(re.fullmatch(r"[1-9](\.[1-6])?", v) for v in vals("cargo_lines", "imdg_class")), vals("cargo_lines", "imdg_class")[:8]
    flags = vals("vessels", "flag")
    assert flags and all(re.fullmatch(r"[A-Z]{2}", v) for v in flags) and len(set(flags)) >= 5, flags[:8]
    pets = table("pets", ("pet_name", "varchar(40)"), ("flag", "varchar(2)"))  # no ship: no flag state
    assert not {"PA", "LR", "MH"} & set(_said(pets, "flag", rows=60))


def test_the_one_number_of_a_key_beside_its_parent_numbers_the_parents_rows() -> None:
    """``PRIMARY KEY (rcpt_id, ln_no)``: the number of a key beside its parent's FK counts that parent's rows, 1, 2, 3,
    whatever the clipped word before ``no`` (line numbers were 163-995 in session 13's blind review)."""
    from dataclasses import replace

    from seedbed.model import UniqueKey

    receipts = table("rcpt_hdr", ("rcpt_ref", "varchar(20)"))
    lines = table("rcpt_dtl", ("ln_no", "smallint", False), ("qty_exp", "int"), fks=(("rcpt_id", "rcpt_hdr"),))
    lines = replace(lines, columns=tuple(c for c in lines.columns if c.name != "id"),
                    primary_key=UniqueKey(name="rcpt_dtl_pkey", columns=("rcpt_id", "ln_no")))
    got = generate(receipts, lines, rows=120)["rcpt_dtl"]
    by_parent: dict[str, list[int]] = {}
    for parent, n in zip(got["rcpt_id"], got["ln_no"], strict=True):
        by_parent.setdefault(parent, []).append(int(n))
    assert max(max(v) for v in by_parent.values()) <= 12, sorted(by_parent.items())[:5]
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in by_parent.values()), sorted(by_parent.items())[:5]


def test_a_quantity_said_by_a_clipped_verb_is_a_part_of_its_whole() -> None:
    """``qty_dmg`` is damaged of ``qty_rcv`` received, ``qty_pck`` picked and ``qty_shp`` shipped of ``qty_ord``
    ordered: parts at most their whole (damaged 1058 of 247 received, picked 68 of 5 ordered in the blind review)."""
    receipt = table("receipt_lines", ("qty_exp", "int"), ("qty_rcv", "int"), ("qty_dmg", "int"))
    order = table("order_lines", ("qty_ord", "int"), ("qty_pck", "int"), ("qty_shp", "int"))
    got = generate(receipt, order, rows=150)
    r, o = got["receipt_lines"], got["order_lines"]
    pairs = [(d, v) for d, v in zip(r["qty_dmg"], r["qty_rcv"], strict=True) if d and v]
    assert pairs and all(int(d) <= int(v) for d, v in pairs), pairs[:5]
    for part in ("qty_pck", "qty_shp"):
        pairs = [(p, w) for p, w in zip(o[part], o["qty_ord"], strict=True) if p and w]
        assert pairs and all(int(p) <= int(w) for p, w in pairs), (part, pairs[:5])


def test_a_year_said_with_a_qualifier_is_a_year_and_pairs_keep_their_order() -> None:
    """``yearFrom`` / ``yearTo`` and ``birthYearEst`` / ``deathYearEst`` are years (were counts 1-14, and births in
    2088 after deaths in 1968: session 13's blind review), a range's start before its end, a birth before a death;
    an estimate's year is a birth year like any other."""
    people = table("persons", ("given_name", "varchar(40)"), ("birthYearEst", "smallint"), ("deathYearEst", "smallint"))
    sources = table("sources", ("title", "varchar(80)"), ("yearFrom", "smallint"), ("yearTo", "smallint"))
    got = generate(people, sources, rows=120)
    for t, a, b in (("persons", "birthYearEst", "deathYearEst"), ("sources", "yearFrom", "yearTo")):
        pairs = [(int(x), int(y)) for x, y in zip(got[t][a], got[t][b], strict=True) if x and y]
        assert pairs and all(1800 <= x <= y <= 2026 for x, y in pairs), (t, pairs[:6])
    births = [int(x) for x in got["persons"]["birthYearEst"] if x]
    assert sum(x <= 2008 for x in births) >= 0.9 * len(births), sorted(births)[-10:]


def test_a_remark_still_says_a_trades_own_words() -> None:
    """A word of the trade WordNet does not know (a nikah's ``mahr``) is no clipped name: a remark may say it (the
    first cut left the nikah register's remarks generic filler, a blind reviewer's 0 where the row's own had been 1)."""
    register = table("nikah_register", ("groom_name", "varchar(80)"), ("mahr_amount", "numeric(10,2)"),
                     ("witness_count", "smallint"), ("mahr_desc", "text"))
    said = _said(register, "mahr_desc")
    assert sum("mahr" in s.lower() for s in said) >= len(said) // 4, said[:8]


def _hours(start: str, end: str) -> float:
    (h1, m1), (h2, m2) = (map(int, start.split(":")[:2]), map(int, end.split(":")[:2]))
    return (h2 * 60 + m2 - h1 * 60 - m1) / 60


def test_a_sessions_times_of_day_last_an_hour_or_two_and_a_shifts_a_working_day() -> None:
    """Session 14: a class's ``start_time`` / ``end_time`` lasted 5 to 11 hours (the blind review of session 13 scored
    it 0); a pair of times of day is a session of 30 minutes to 3 hours unless its words or its table's say a working
    day (a shift, opening hours)."""
    classes = table("classes", ("start_time", "time", False), ("end_time", "time", False))
    shifts = table("shifts", ("start_time", "time", False), ("end_time", "time", False))
    for t, low, high in ((classes, 0.5, 3.0), (shifts, 4.0, 12.0)):
        got = generate(t, rows=200)[t.name.name]
        lengths = [_hours(a, b) for a, b in zip(got["start_time"], got["end_time"])]
        assert all(low <= h <= high for h in lengths), (t.name.name, sorted(lengths)[:3], sorted(lengths)[-3:])


def test_stock_on_hand_is_no_outcome_of_what_is_allocated_of_it() -> None:
    """Session 14: ``qty_oh`` was drawn as 85-103% of ``qty_alloc`` (an actual near its plan: "allocated" is a plan's
    word), below it in some rows, and the blind schema's CHECK (qty_alloc <= qty_oh) rejected the seed. Stock held is
    not the outcome of a plan."""
    bal = table("inv_bal", ("qty_oh", "int", False), ("qty_alloc", "int", False))
    got = generate(bal, rows=300)["inv_bal"]
    ratios = [int(a) / int(o) for o, a in zip(got["qty_oh"], got["qty_alloc"]) if int(o)]
    assert sum(r > 0.85 for r in ratios) < len(ratios) / 2, sorted(ratios)[len(ratios) // 2]
