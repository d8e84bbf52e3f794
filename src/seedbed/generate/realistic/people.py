"""People and organisations: names, usernames, emails, companies, departments and job titles.

Names come from the row's person (``RowContext.person``), so the first name, last name, full
name, email and username of one row belong to the same person of the same country. Emails
use reserved domains (``example.com``/``.net``/``.org``) so that no seeded address can reach
a real mailbox; unique emails carry the row number in the local part.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.geo import POOL, names, pool_format
from seedbed.generate.realistic.persons import gender, who as _who
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, cat, digits, lengths, load, pick, strings

__all__ = ["email_locals"]


def _misc() -> dict:
    return load("misc")


@register("person.first_name", unique="suffix", cut="hard")
def _first(call: Call) -> np.ndarray:
    return names().first[_who(call)]


@register("person.last_name", unique="suffix", cut="hard")
def _last(call: Call) -> np.ndarray:
    return names().last[_who(call)]


@register("person.middle_name", cut="hard")
def _middle(call: Call) -> np.ndarray:
    middle = names().middle[_who(call)]
    lmax = call.lmax
    if lmax is not None and lmax <= 2:
        return apply(lambda m: m[:1], middle)
    return apply(lambda m: m.split(" ", 1)[0], middle)


@register("person.full_name", unique="suffix", cut="words")
def _full(call: Call) -> np.ndarray:
    who = _who(call)
    if call.p("other") and call.p("person") is None:  # someone else of the row's country (an emergency contact)
        shift = call.rng.integers(1, POOL, size=call.n)
        who = who - who % POOL + (who % POOL + shift) % POOL
    return names().full[who]  # as the country writes it: "佐藤 明美", "김민준"


@register("person.byline", cut="words")
def _byline(call: Call) -> np.ndarray:
    """How a writer is credited under a headline: ``By Ana Ruiz``."""
    return cat("By ", names().full[_who(call)])


@register("media.credit", cut="words")
def _credit(call: Call) -> np.ndarray:
    """Who made a picture and for whom: ``Photograph: Ana Ruiz/Reuters``, ``AP``, ``Courtesy of Li Wei``."""
    m = _misc()
    who = names().full[_who(call)]
    agency = pick(call.rng, m["photo_agencies"], call.n)
    forms = pick(call.rng, m["credit_forms"], call.n)
    return np.fromiter((f.replace("{name}", w).replace("{agency}", a) for f, w, a in
                        zip(forms.tolist(), who.tolist(), agency.tolist(), strict=True)), dtype=object, count=call.n)


@register("person.sortable_name", unique="suffix", cut="words")
def _sortable(call: Call) -> np.ndarray:
    return pool_format("{last}, {first}")[_who(call)]


@register("person.initials", cut="hard")
def _initials(call: Call) -> np.ndarray:
    return apply(str.upper, pool_format("{i}{l1}")[_who(call)])


@register("person.prefix", cut="never")
def _prefix(call: Call) -> np.ndarray:
    p = call.row.person()
    table = _misc()["prefixes"]
    sexes = gender(call)
    out = np.empty(call.n, dtype=object)
    lang = p["language"]
    for code in np.unique(lang).tolist():
        rows = np.flatnonzero(lang == code)
        female, male = table.get(code, table["en"])
        doctor = [t for t in female + male if t.startswith(("Dr", "Dott"))]
        female = [t for t in female if t not in doctor] or female
        male = [t for t in male if t not in doctor] or male
        g = sexes[rows]
        title = np.where(g == "F", pick(call.rng, female, len(rows)), pick(call.rng, male, len(rows)))
        if doctor:  # about one person in thirty is addressed as a doctor
            dr = np.where(g == "F", doctor[0], doctor[-1])
            title = np.where(call.rng.random(len(rows)) < 0.035, dr, title)
        out[rows] = title.tolist()
    return out


@register("person.suffix", cut="never")
def _suffix(call: Call) -> np.ndarray:
    return pick(call.rng, _misc()["suffixes"], call.n)


@register("person.pronouns", cut="never")
def _pronouns(call: Call) -> np.ndarray:
    g = gender(call)
    out = np.where(g == "F", "she/her", "he/him").astype(object)
    return np.where(call.rng.random(call.n) < 0.04, "they/them", out)


@register("person.gender", cut="never")
def _gender(call: Call) -> np.ndarray:
    g = gender(call)
    labels = call.p("labels")
    if labels:  # a CHECK's labels that read as sexes (intent.sexes): the person's, a label of no sex in a few rows
        return _sex_labels(call, g, labels, call.p("neutral") or {})
    lmax = call.lmax
    if call.kind.value == "char" or (lmax is not None and lmax < 6):
        return g
    words = np.where(g == "F", "female", "male").astype(object)
    if lmax is None or lmax >= 10:
        words = np.where(call.rng.random(call.n) < 0.02, "non-binary", words)
    return words


def _sex_labels(call: Call, g: np.ndarray, labels: dict, neutral: dict) -> np.ndarray:
    """Per row a label of the person's sex (one of several at random: Mrs, Ms, Miss), else a label of no sex
    at its share of rows (``neutral``: label -> share)."""
    out = np.empty(call.n, dtype=object)
    for sex in ("F", "M"):
        own = [k for k, s in labels.items() if s == sex]
        rows = np.flatnonzero(g == sex)
        out[rows] = pick(call.rng, own, len(rows))
    if neutral:
        keys = list(neutral)
        edges = np.cumsum([float(neutral[k]) for k in keys])
        r = call.rng.random(call.n)
        at = np.searchsorted(edges, r, side="right")
        hit = at < len(keys)
        out[hit] = np.array(keys, dtype=object)[at[hit]]
    return out


@register("person.role_label", cut="never")
def _role_label(call: Call) -> np.ndarray:
    """A listed label of the row's person's sex or of none (``intent.sexes.label_roles``): never an imam for a
    woman; uniform over the labels that fit."""
    labels = call.p("labels") or {}
    if not labels:
        raise GiveUp("no labels to choose from")
    g = gender(call)
    out = np.empty(call.n, dtype=object)
    for sex in ("F", "M"):
        fit = [k for k, s in labels.items() if s in ("", sex)] or list(labels)
        rows = np.flatnonzero(g == sex)
        out[rows] = pick(call.rng, fit, len(rows))
    return out


#: Local-part styles, most common first; every one contains the last name.
_LOCAL_STYLES = ("{f}.{l}", "{f}.{l}", "{f}.{l}", "{f}{l}", "{i}{l}", "{i}{l}", "{f}_{l}", "{l}.{f}")


def _by_style(call: Call, styles: tuple[str, ...], who: np.ndarray, k: int | None = None) -> np.ndarray:
    """Each row's ``styles[s]`` of its pooled person, ``s`` drawn per row (one gather per style)."""
    style = call.rng.integers(0, k or len(styles), size=call.n)
    out = np.empty(call.n, dtype=object)
    for s in np.unique(style).tolist():
        rows = np.flatnonzero(style == s)
        out[rows] = pool_format(styles[s])[who[rows]]
    return out


def email_locals(call: Call) -> np.ndarray:
    """The local part of each row's email, from the row's name (ASCII, lower case)."""
    who = _who(call)
    if call.unique:
        return cat(pool_format("{f}.{l}")[who], digits(call.req.index + 1))
    local = _by_style(call, _LOCAL_STYLES, who)
    numbered = call.rng.random(call.n) < 0.2
    if numbered.any():
        local[numbered] = cat(local[numbered], _TWO[call.rng.integers(1, 100, size=int(numbered.sum()))])
    return local


_TWO = np.array([str(i) for i in range(100)], dtype=object)


@register("internet.email", unique="native", cut="never")
def _email(call: Call) -> np.ndarray | None:
    local = email_locals(call)
    domain = pick(call.rng, _misc()["web"]["email_domains"], call.n)
    out = cat(local, "@", domain)
    lmax = call.lmax
    if lmax is None or len(out) == 0 or int(lengths(out).max()) <= lmax:
        return out
    local, domain = local.tolist(), domain.tolist()
    index = call.req.index.tolist()
    for i in np.flatnonzero(lengths(out) > lmax).tolist():
        room = lmax - 1 - len(domain[i])
        if room < 6:
            return None
        if call.unique:  # keep the row number, shorten the name part
            tail = str(index[i] + 1)
            lp = (local[i][: len(local[i]) - len(tail)][: max(room - len(tail), 1)]).rstrip("._") + tail
        else:
            lp = local[i][:room].rstrip("._")
        out[i] = f"{lp}@{domain[i]}"
    return out


_USER_STYLES = ("{f}{l1}", "{i}{l}", "{f}_{l}", "{f}.{l}", "{f}", "{l5}")


@register("person.username", unique="native", cut="never")
def _username(call: Call) -> np.ndarray:
    who = _who(call)
    rng = call.rng
    base = _by_style(call, _USER_STYLES, who, 4 if call.unique else None)
    lmax = call.lmax or 32
    if call.unique:
        token = digits(call.ranks("username") + 1)
        out = cat(base, token)
        long = np.flatnonzero(lengths(out) > lmax)
        if long.size:
            out[long] = [b[: max(lmax - len(t), 1)].rstrip("._") + t
                         for b, t in zip(base[long], token[long], strict=True)]
        return out
    short = (lengths(base) <= 6)
    if short.any():  # "anna" -> "anna84", "sunnyanna313": short handles get a number or a word
        k = int(short.sum())
        words = pick(rng, _misc()["username_words"], k)
        base[short] = np.where(rng.random(k) < 0.5, cat(base[short], digits(rng.integers(1, 1000, size=k))),
                               cat(words, base[short]))
    long = np.flatnonzero(lengths(base) > lmax)
    if long.size:
        base[long] = apply(lambda b: b[:lmax].rstrip("._"), base[long])
    return base


# ------------------------------------------------------------------------------ organisations


@register("company.name", unique="native", cut="words")
def _company(call: Call) -> np.ndarray:
    return call.row.company()["name"]


#: How a company of a trade is named: a word or a family name, then the trade ('Harris Freight').
_TRADE_FORMS = ("{first} {trade}", "{surname} {trade}", "{surname} & {surname} {trade}", "{first} {trade}",
                "{surname} {trade} Ltd")


def _own_surnames(call: Call) -> list[str]:
    """The family names of the rows' own country where the dataset has one, written in Latin letters (a
    British firm is 'Hughes & Ward', a Zimbabwean 'Moyo & Dube', not 'Ortiz Electrical' in Leeds); [] else."""
    p = call.row.person()
    if len(set(p["country"].tolist())) != 1:
        return []
    names = sorted({str(x) for x in p["last"].tolist() if str(x).replace("-", "").replace("'", "").isalpha()
                    and all(ord(ch) < 0x250 for ch in str(x))})
    return names if len(names) >= 8 else []


@register("company.trade", unique="suffix", cut="words")
def _trade(call: Call) -> np.ndarray:
    """A company named for its trade (param ``trades``: the words its names end in): 'Keystone
    Mutual' for an insurer, 'Hughes & Ward Building Services' for a contractor, never 'Insurer 10'."""
    from seedbed.generate.realistic.entities import surnames
    from seedbed.generate.realistic.vocab import compose

    trades = [str(t) for t in call.p("trades") or ["Services"]]
    firsts = _misc()["company"]["first"]
    slots = {"first": firsts, "surname": _own_surnames(call) or surnames(), "trade": trades}
    return compose(list(_TRADE_FORMS), slots.get, call.rng, call.n)


@register("company.legal_name", unique="native", cut="never")
def _legal(call: Call) -> np.ndarray:
    return call.row.company()["legal_name"]


@register("company.employees", out="number")
def _employees(call: Call) -> np.ndarray:
    """Head counts, log-uniform inside the column's bounds (1-10,000 when open): many companies
    near the low end, a long tail of big ones ("enterprise companies": 1,000-50,000)."""
    from seedbed.generate.realistic.quantities import bounds

    lo, hi = bounds(call)
    lo = max(lo if lo is not None else 1.0, 1.0)
    hi = hi if hi is not None else max(lo * 10, 10_000.0)
    x = np.floor(np.exp(call.rng.uniform(np.log(lo), np.log(hi + 1), size=call.n)))
    return np.clip(x, np.ceil(lo), np.floor(hi))


@register("company.department", unique="suffix", cut="words")
def _department(call: Call) -> np.ndarray:
    return pick(call.rng, _misc()["company"]["departments"], call.n)


@register("company.industry", cut="words")
def _industry(call: Call) -> np.ndarray:
    return pick(call.rng, _misc()["company"]["industries"], call.n)


@register("company.job_title", unique="suffix", cut="words")
def _job_title(call: Call) -> np.ndarray:
    from seedbed.generate.realistic.prose import _pack, staff_table

    c = _misc()["company"]
    rng, n = call.rng, call.n
    if staff_table(call):  # a newsroom's staff: Political Editor, Chief Reporter
        return pick(rng, _pack(call.pack)["job_title"], n)
    level = pick(rng, c["seniority"], n)
    composed = cat(level, pick(rng, c["functions"], n), " ", pick(rng, c["roles"], n))
    composed = np.where(level == "Head of ", cat("Head of ", pick(rng, c["functions"], n)), composed)
    chiefs = ["Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
              "Chief Technology Officer"]
    composed = np.where(level == "Chief ", pick(rng, chiefs, n), composed)
    standalone = pick(rng, strings(c["standalone_titles"]), n)
    return np.where(rng.random(n) < 0.3, standalone, composed)
