"""Issue 10, round 9 (r25): identifiers of a real standard take its shape and its check digit
(``data/vocab/standards.json``, ``intent/standards.py``, ``realistic/standards.py``). Each on small
synthetic schemas of several domains (no database: plan + engine); the check digits are verified
by validators written here from the standards' texts, not by the generator's own functions."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.generate.realistic import checkdigits as cd
from seedbed.model import ColumnType, TypeKind, UniqueKey
from tests.test_realism_units import generate
from tests.test_realism_units import table as _plain


def table(name: str, *cols, fks=()):
    """``tests.test_realism_units.table`` with ``char(n)`` columns too."""
    chars = {c[0]: int(c[1][5:-1]) for c in cols if c[1].startswith("char(")}
    t = _plain(name, *((c[0], "text", *c[2:]) if c[0] in chars else c for c in cols), fks=fks)
    fixed = tuple(replace(c, type=ColumnType(kind=TypeKind.TEXT, sql_name=f"character({chars[c.name]})",
                                             length=chars[c.name], fixed_length=True)) if c.name in chars else c
                  for c in t.columns)
    return replace(t, columns=fixed)


def _vals(values: list[str | None]) -> list[str]:
    return [v.strip() for v in values if v is not None]


def _unique(t, *cols: str):
    return replace(t, uniques=tuple(UniqueKey(name=f"{t.name.name}_{c}_key", columns=(c,)) for c in cols))


# ------------------------------------------------------------------ validators (independent of the generator)
def _num(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def _iso6346_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]{3}[UJZ]\d{7}", v):
        return False
    vals = {}
    n = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        n += n % 11 == 0
        vals[ch] = n
        n += 1
    s = sum((vals[c] if c.isalpha() else int(c)) << i for i, c in enumerate(v[:10]))
    return s % 11 % 10 == int(v[10])


def _imo_ok(v: str) -> bool:
    return len(v) == 7 and v.isdigit() and sum(int(v[i]) * (7 - i) for i in range(6)) % 10 == int(v[6])


def _isin_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", v)) and _luhn_ok("".join(str(_num(c)) for c in v))


def _cusip_ok(v: str) -> bool:
    if not re.fullmatch(r"[0-9A-Z]{8}\d", v):
        return False
    s = sum(sum(divmod(_num(c) * (2 if i % 2 else 1), 10)) for i, c in enumerate(v[:8]))
    return (10 - s % 10) % 10 == int(v[8])


def _sedol_ok(v: str) -> bool:
    ok = re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXYZ]{6}\d", v)
    return bool(ok) and sum(_num(c) * w for c, w in zip(v, (1, 3, 1, 7, 3, 9, 1))) % 10 == 0


def _mod97_ok(v: str) -> bool:  # LEI, IBAN: the whole number modulo 97 is 1
    return int("".join(str(_num(c)) for c in v)) % 97 == 1


def _orcid_ok(v: str) -> bool:
    digits = v.replace("-", "")
    if not re.fullmatch(r"\d{15}[\dX]", digits):
        return False
    t = 0
    for c in digits[:15]:
        t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    return digits[15] == ("X" if r == 10 else str(r))


def _aba_ok(v: str) -> bool:
    return len(v) == 9 and v.isdigit() and sum(int(c) * w for c, w in zip(v, (3, 7, 1) * 3)) % 10 == 0 \
        and (1 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32)


def _dea_ok(v: str) -> bool:
    if not re.fullmatch(r"[ABFGM][A-Z]\d{7}", v):
        return False
    d = [int(c) for c in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _issn_ok(v: str) -> bool:
    total = sum((10 if c == "X" else int(c)) * w for c, w in zip(v, range(8, 0, -1)))
    return len(v) == 8 and total % 11 == 0


def _ups_ok(v: str) -> bool:  # 1Z, six shipper characters, two service digits, seven digits, a check digit
    if not re.fullmatch(r"1Z[0-9A-Z]{6}\d{10}", v):
        return False
    vals = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in v[2:17]]
    return (sum(vals[0::2]) + 2 * sum(vals[1::2]) + int(v[17])) % 10 == 0


# ------------------------------------------------------------------ the check digits themselves
def test_each_check_digit_matches_the_standards_published_examples() -> None:
    """Published identifiers (Apple's ISIN and CUSIP, CSQU3054383, IMO 9074729, the ORCID of the
    ORCID documentation, CMS's NPI example ...) get their own check characters back."""
    assert cd.iso6346("CSQU305438") == "3"
    assert cd.imo("907472") == "9"
    assert cd.isin("US037833100") == "5" and cd.cusip("03783310") == "0"
    assert cd.sedol("B0YBKJ") == "7" and cd.sedol("026349") == "4"
    assert cd.cusip("BBG000BLNNH") == "6"  # IBM's FIGI
    assert cd.orcid("000000021825009") == "7" and cd.orcid("000000021694233") == "X"
    assert cd.issn("0317847") == "1" and cd.issn("2049363") == "0"
    assert cd.npi("123456789") == "3"
    assert cd.aba("01100001") == "5"
    assert cd.dea("AB123456") == "3"
    assert cd.luhn("49015420323751") == "8"  # an IMEI
    assert cd.ups("999AA1012345678") == "4"  # UPS's sample 1Z999AA10123456784
    assert cd.gtin("400638133393") == "1" and cd.gtin("1001234567890") == "2"
    assert _mod97_ok("5493001KJTIIGC8Y1R" + cd.mod97("5493001KJTIIGC8Y1R"))
    assert cd.mod97("5493001KJTIIGC8Y1R") == "12"  # a published LEI


# ------------------------------------------------------------------ the class, over several domains
def test_identifiers_of_a_standard_take_its_shape_and_a_valid_check_digit_in_every_domain() -> None:
    """A terminal's containers and vessels, a custodian's securities, a bank's payees, a pharmacy's
    prescribers, a mobile operator's SIMs: each column named for a standard holds that standard's
    identifier with a check digit that validates (were 11 digits, 'DUN385924', 'Ein 1', 18 digits)."""
    boxes = _unique(table("containers", ("number", "char(11)", False), ("iso_type", "varchar(4)"),
                          ("tare_kg", "int")), "number")
    moves = table("gate_moves", ("container_no", "varchar(15)"), ("moved_at", "ts"))
    ships = table("vessels", ("vessel_name", "varchar(60)"), ("imo", "int"), ("mmsi", "bigint"),
                  ("call_sign", "varchar(8)"))
    got = generate(boxes, moves, ships, rows=60)
    assert all(_iso6346_ok(v) for v in _vals(got["containers"]["number"])), got["containers"]["number"][:5]
    assert len(set(_vals(got["containers"]["number"]))) == len(_vals(got["containers"]["number"]))
    assert all(_iso6346_ok(v) for v in _vals(got["gate_moves"]["container_no"]))
    assert set(_vals(got["containers"]["iso_type"])) <= {"22G1", "42G1", "45G1", "22R1", "45R1", "22U1", "45U1",
                                                         "22T1", "22P1", "42P1", "L5G1", "25G1"}
    assert all(_imo_ok(v) for v in _vals(got["vessels"]["imo"])), got["vessels"]["imo"][:5]
    assert all(re.fullmatch(r"[2-7]\d{8}", v) for v in _vals(got["vessels"]["mmsi"])), got["vessels"]["mmsi"][:5]

    secs = _unique(table("instruments", ("isin", "char(12)", False), ("cusip", "char(9)"), ("sedol", "varchar(7)"),
                         ("figi", "char(12)"), ("ticker", "varchar(8)")), "isin")
    firms = table("counterparties", ("issuer_lei", "char(20)"), ("duns_number", "varchar(11)"), ("ein", "varchar(10)"),
                  ("aba_routing", "char(9)"), ("dea_number", "varchar(9)"), ("npi", "bigint"))
    got = generate(secs, firms, rows=60)
    s = got["instruments"]
    assert all(_isin_ok(v) for v in _vals(s["isin"])) and all(_cusip_ok(v) for v in _vals(s["cusip"]))
    assert all(_sedol_ok(v) for v in _vals(s["sedol"])), s["sedol"][:5]
    assert all(re.fullmatch(r"BBG[0-9BCDFGHJKLMNPQRSTVWXYZ]{8}\d", v) and _cusip_ok(v[3:]) is not None
               for v in _vals(s["figi"]))
    for isin, cusip in zip(s["isin"], s["cusip"]):  # one security per row: a US ISIN wraps the row's CUSIP
        if isin and cusip and isin.startswith("US"):
            assert isin[2:11] == cusip, (isin, cusip)
    f = got["counterparties"]
    assert all(_mod97_ok(v) and re.fullmatch(r"[0-9A-Z]{18}\d\d", v) for v in _vals(f["issuer_lei"]))
    assert all(re.fullmatch(r"\d\d-\d{3}-\d{4}", v) for v in _vals(f["duns_number"])), f["duns_number"][:5]
    assert all(re.fullmatch(r"\d\d-\d{7}", v) for v in _vals(f["ein"])), f["ein"][:5]
    assert all(_aba_ok(v) for v in _vals(f["aba_routing"])) and all(_dea_ok(v) for v in _vals(f["dea_number"]))
    assert all(len(v) == 10 and v[0] in "12" and _luhn_ok("80840" + v) for v in _vals(f["npi"])), f["npi"][:5]

    sims = table("sim_cards", ("iccid", "varchar(20)"), ("imsi", "varchar(15)"), ("handset_imei", "varchar(15)"))
    authors = table("researchers", ("orcid", "char(19)"), ("orcid_id", "varchar(16)"))
    papers = table("papers", ("doi", "varchar(100)"), ("isrc", "char(12)"), ("issn", "char(9)"), ("eissn", "varchar(8)"))
    drugs = table("drug_products", ("ndc", "varchar(13)"), ("atc_code", "varchar(7)"))
    got = generate(sims, authors, papers, drugs, rows=60)
    sim = got["sim_cards"]
    assert all(v.startswith("89") and len(v) == 19 and _luhn_ok(v) for v in _vals(sim["iccid"])), sim["iccid"][:4]
    assert all(len(v) == 15 and _luhn_ok(v) for v in _vals(sim["handset_imei"]))
    assert all(len(v) == 15 and v.isdigit() for v in _vals(sim["imsi"]))
    assert all(re.fullmatch(r"0000-000[1-3]-\d{4}-\d{3}[\dX]", v) and _orcid_ok(v)  # the ranges ORCID issues
               for v in _vals(got["researchers"]["orcid"]))
    assert all(_orcid_ok(v) and len(v) == 16 and v.startswith("0000000") for v in _vals(got["researchers"]["orcid_id"]))
    assert all(re.fullmatch(r"10\.\d{4,5}/\S+", v) for v in _vals(got["papers"]["doi"])), got["papers"]["doi"][:4]
    assert all(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{3}\d{7}", v) for v in _vals(got["papers"]["isrc"]))
    for c in ("issn", "eissn"):
        vals = _vals(got["papers"][c])
        assert all(re.fullmatch(r"\d{4}-?\d{3}[\dX]", v) and _issn_ok(v.replace("-", "")) for v in vals), vals[:4]
    d = got["drug_products"]
    assert all(re.fullmatch(r"\d{5}-\d{4}-\d{2}", v) for v in _vals(d["ndc"])), d["ndc"][:4]
    assert all(re.fullmatch(r"[A-Z]\d\d[A-Z]{1,2}(\d\d)?", v) for v in _vals(d["atc_code"])), d["atc_code"][:4]

    parcels = table("parcels", ("tracking_number", "varchar(30)"), ("waybill", "varchar(12)"), ("mawb_no", "char(11)"))
    p = generate(parcels, rows=60)["parcels"]
    assert all(_ups_ok(v) for v in _vals(p["tracking_number"])), p["tracking_number"][:4]
    assert all(re.fullmatch(r"\d{3}-\d{8}", v) and int(v[4:11]) % 7 == int(v[11]) for v in _vals(p["waybill"]))
    assert all(len(v) == 11 and int(v[3:10]) % 7 == int(v[10]) for v in _vals(p["mawb_no"])), p["mawb_no"][:4]


def test_a_standard_is_used_only_where_the_column_holds_it_and_its_world_calls_for_it() -> None:
    """A column too narrow for the standard, a word of the standard followed by another head
    (``imo_class``: a dangerous-goods class), a size type outside a container's world, a bare
    ``imo`` with no ship in sight: none of them takes the standard's shape."""
    boxes = table("containers", ("imo_class", "varchar(6)"), ("size_type", "varchar(4)"))
    shirts = table("garments", ("size_type", "varchar(4)"), ("isin", "varchar(8)"), ("imo", "varchar(10)"))
    got = generate(boxes, shirts, rows=40)
    assert not any(_imo_ok(v) for v in _vals(got["containers"]["imo_class"]))
    sizes = set(_vals(got["garments"]["size_type"]))
    assert not sizes & {"22G1", "42G1", "45G1"}, sizes
    assert not any(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", v) for v in _vals(got["garments"]["isin"]))
    assert not any(_imo_ok(v) for v in _vals(got["garments"]["imo"]))


# ------------------------------------------------------------------ the fallback: a code no standard claims
def test_a_code_no_standard_claims_fills_its_width_in_one_shape_never_a_short_counter() -> None:
    """A depot's, a kennel's, a well's, a route's code: one shape per column (a prefix from the
    thing's word and digits filling the width), spread over the digit space, distinct when unique;
    never 'KEN-7' (ten values in a char(5)) nor 'ROU-0000', 'ROU-0001' (a counter)."""
    depots = table("depots", ("depot_code", "varchar(6)"), ("region", "varchar(30)"))
    kennels = table("kennels", ("kennel_code", "char(5)"), ("runs", "int"))
    wells = table("wells", ("well_code", "varchar(20)"), ("spud_date", "date"))
    routes = _unique(table("bus_routes", ("route_code", "varchar(8)", False), ("stops", "int")), "route_code")
    got = generate(depots, kennels, wells, routes, rows=80)
    for t, c, width in (("depots", "depot_code", 6), ("kennels", "kennel_code", 5), ("wells", "well_code", 20),
                        ("bus_routes", "route_code", 8)):
        vals = _vals(got[t][c])
        shapes = {re.sub(r"\d", "9", v) for v in vals}
        assert len(shapes) == 1, (c, sorted(shapes)[:5])  # one shape per column
        assert all(len(v) <= width and not re.fullmatch(r"[A-Z]{1,4}-?\d{1,2}", v) for v in vals), (c, vals[:5])
        digits = [int(re.sub(r"\D", "", v)) for v in vals]
        assert len(set(vals)) >= 0.85 * len(vals), (c, len(set(vals)), vals[:8])
        assert max(digits) >= 10 * len(vals), (c, vals[:8])  # spread over the space, not a counter
    assert len(set(_vals(got["bus_routes"]["route_code"]))) == 80


def test_a_word_of_a_standard_in_another_world_keeps_its_own_meaning() -> None:
    """A cluster's ``containers.container_id`` is no ISO 6346 box, an audio rack's ``mic`` no market,
    an airline's ``icao`` no airport: the standard needs a word of its world."""
    pods = table("containers", ("container", "varchar(64)"), ("image", "varchar(120)"), ("restarts", "int"))
    rack = table("audio_channels", ("mic", "varchar(6)"), ("gain_db", "int"))
    carriers = table("airlines", ("icao", "varchar(4)"), ("airline_name", "varchar(60)"))
    got = generate(pods, rack, carriers, rows=30)
    assert not any(_iso6346_ok(v) for v in _vals(got["containers"]["container"]))
    assert not set(_vals(got["audio_channels"]["mic"])) & {"XNYS", "XNAS", "XLON"}
    assert not set(_vals(got["airlines"]["icao"])) & {"KJFK", "EGLL", "EDDF", "LFPG"}


# ------------------------------------------------------------------ a row's rank is no visible counter
def test_unique_barcodes_book_numbers_and_accounts_are_spread_not_a_zero_padded_counter() -> None:
    """A unique ISBN, EAN or account number wrote the row's rank into its last six digits
    (9780300004724, 9781020004063, acct 9233000025): a counter in the middle of every value. The
    rank is now spread over those digits by a keyed bijection (still distinct, check digits kept)."""
    books = _unique(table("titles", ("isbn", "char(13)", False), ("title", "varchar(80)")), "isbn")
    goods = _unique(table("grocery_items", ("ean", "char(13)", False), ("item_name", "varchar(60)")), "ean")
    accts = _unique(table("member_accounts", ("account_number", "varchar(12)", False), ("opened_on", "date")),
                    "account_number")
    got = generate(books, goods, accts, rows=120)
    for t, c in (("titles", "isbn"), ("grocery_items", "ean"), ("member_accounts", "account_number")):
        vals = _vals(got[t][c])
        assert len(set(vals)) == len(vals) == 120, c
        padded = [v for v in vals if "0000" in v]
        assert len(padded) <= 0.2 * len(vals), (c, padded[:5])
    assert all(cd.gtin(v[:12]) == v[12] for v in _vals(got["titles"]["isbn"]) + _vals(got["grocery_items"]["ean"]))


def test_the_chunk_wide_check_digits_equal_the_scalar_definitions() -> None:
    """``append_checks`` computes a chunk's check digits at once; it must agree with the readable
    scalar functions on random bodies of every standard's alphabet."""
    import random

    rnd = random.Random(5)
    alnum, digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
    shapes = {"luhn": lambda: "".join(rnd.choices(digits, k=14)), "npi": lambda: "".join(rnd.choices(digits, k=9)),
              "isin": lambda: rnd.choice(["US", "GB", "CH"]) + "".join(rnd.choices(alnum, k=9)),
              "cusip": lambda: "".join(rnd.choices(alnum, k=8)), "ups": lambda: "".join(rnd.choices(alnum, k=15)),
              "iso6346": lambda: "".join(rnd.choices(alnum[10:], k=3)) + "U" + "".join(rnd.choices(digits, k=6)),
              "gtin": lambda: "".join(rnd.choices(digits, k=13)), "imo": lambda: "".join(rnd.choices(digits, k=6)),
              "sedol": lambda: "".join(rnd.choices("0123456789BCDFGHJKLMNPQRSTVWXYZ", k=6)),
              "seven_three_one": lambda: "".join(rnd.choices(digits, k=8)),
              "dea": lambda: "AB" + "".join(rnd.choices(digits, k=6)), "issn": lambda: "".join(rnd.choices(digits, k=7)),
              "orcid": lambda: "".join(rnd.choices(digits, k=15)), "mod97": lambda: "".join(rnd.choices(alnum, k=18))}
    for name, make in shapes.items():
        fn = getattr(cd, name)
        bodies = [make() for _ in range(500)]
        assert cd.append_checks(fn, bodies) == [b + fn(b) for b in bodies], name
