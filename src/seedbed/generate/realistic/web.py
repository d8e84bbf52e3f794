"""Web and technical strings: URLs, domains, hosts, IP and MAC addresses, user agents, slugs,
file names and paths, MIME types, versions, class names, configuration keys and values.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, ascii_slug, cat, compose, digits, lengths, load, pick
from seedbed.generate.values.data import column_key
from seedbed.generate.values.strings import ascii_rows, hex_matrix

__all__ = ["slugify"]

_IMAGE = re.compile(r"image|photo|avatar|logo|thumb|picture|header|banner|icon|cover|emoji|poster|portrait",
                    re.IGNORECASE)


def _web() -> dict:
    return load("misc")["web"]


def _hex(rng: np.random.Generator, n: int, nbytes: int) -> np.ndarray:
    return np.array(ascii_rows(hex_matrix(rng.integers(0, 256, size=(n, nbytes), dtype=np.uint8))))


def _domains(call: Call, n: int) -> np.ndarray:
    w = _web()
    rng = call.rng
    word = pick(rng, w["domain_words"], n)
    suffix = np.where(rng.random(n) < 0.5, pick(rng, w["domain_suffixes"], n), "")
    return cat(word, suffix, ".", pick(rng, w["tlds"], n))


def _tail(call: Call) -> np.ndarray | None:
    return digits(call.ranks("web") + 1) if call.unique else None


@register("internet.domain", unique="native", cut="never")
def _domain(call: Call) -> np.ndarray:
    tail = _tail(call)
    d = _domains(call, call.n)
    if tail is None:
        return d
    split = [x.rsplit(".", 1) for x in d.tolist()]
    return np.array([f"{a}{t}.{b}" for (a, b), t in zip(split, tail.tolist(), strict=True)], dtype=object)


@register("internet.hostname", unique="native", cut="never")
def _hostname(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    num = (call.ranks("host") + 1) if call.unique else rng.integers(1, 40, size=n)
    role = pick(rng, load("misc")["host_roles"], n)
    return cat(role, "-", apply("{:02d}".format, num.tolist()), ".", _domains(call, n))


#: Social networks and how a profile's address is written on each.
_NETWORKS = {"twitter": "https://x.com/", "x": "https://x.com/", "instagram": "https://www.instagram.com/",
             "facebook": "https://www.facebook.com/", "linkedin": "https://www.linkedin.com/company/",
             "youtube": "https://www.youtube.com/@", "tiktok": "https://www.tiktok.com/@", "github": "https://github.com/",
             "mastodon": "https://mastodon.social/@"}
_SOCIAL = ("https://x.com/", "https://www.instagram.com/", "https://www.facebook.com/", "https://www.linkedin.com/company/",
           "https://www.youtube.com/@", "https://www.tiktok.com/@")


def _social(call: Call, network: str | None) -> np.ndarray:
    """A profile's address on one network (``twitter_url``) or on any (``social_links``): the handle
    is a name-like word, ``https://www.instagram.com/bluthhq``."""
    rng, n = call.rng, call.n
    w = _web()
    handle = cat(pick(rng, w["domain_words"], n), np.where(rng.random(n) < 0.5, pick(rng, w["domain_suffixes"], n), ""))
    site = np.full(n, _NETWORKS[network], dtype=object) if network else pick(rng, _SOCIAL, n)
    from seedbed.generate.intent.tokens import tokens
    from seedbed.generate.realistic.jsondocs import PERSON_TABLES

    if set(tokens(call.row.table.name)) & PERSON_TABLES:  # a person's page: linkedin.com/in/, not /company/
        site = np.where(site == _NETWORKS["linkedin"], "https://www.linkedin.com/in/", site)
    if call.unique:
        handle = cat(handle, digits(call.ranks("social") + 1))
    return cat(site, handle)


@register("internet.url", unique="native", cut="never")
def _url(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    noun = str(call.p("noun") or "")
    if noun in _NETWORKS or noun == "social":
        return _social(call, noun if noun in _NETWORKS else None)
    paths = _web()["paths"]
    base = cat("https://", np.where(rng.random(n) < 0.5, "www.", ""), _domains(call, n))
    tail = _tail(call)
    resource = call.p("resource")
    if resource:  # the row's resource: /statuses/104, /accounts/7/inbox
        number = tail if tail is not None else digits(rng.integers(1, 10**6, size=n))
        what = str(call.p("noun") or "")
        url = cat(base, "/", str(resource).lower(), "/", number, f"/{what}" if what else "")
    else:
        path = np.where(rng.random(n) < 0.8, cat("/", pick(rng, paths, n)), "")
        url = cat(base, path) if tail is None else cat(base, "/r/", tail)
    if call.lmax is not None and (lengths(url) > call.lmax).any():
        url = cat("https://", _domains(call, n)) if tail is None else cat("https://x.io/", tail)
    return url


@register("internet.image_url", unique="native", cut="never")
def _image_url(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    token = cat(_hex(rng, n, 4), digits(call.ranks("img") + 1)) if call.unique else _hex(rng, n, 8)
    ext = pick(rng, ["jpg", "jpg", "png", "webp"], n)
    size = pick(rng, ["200x200", "400x400", "800x600", "1200x800"], n)
    return cat("https://cdn.", _domains(call, n), "/images/", size, "/", token, ".", ext)


@register("internet.ipv4", unique="native", cut="never")
def _ipv4(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    first = np.array(load("misc")["ip_first_octets"])
    if call.unique:
        r = call.ranks("ip")
        low = permute(r % (1 << 24), 1 << 24, column_key(call.req, "ipv4"))
        a = first[(r >> 24) % len(first)]
    else:
        low = rng.integers(0, 1 << 24, size=n)
        a = first[rng.integers(0, len(first), size=n)]
    b, c, d = (low >> 16) & 255, (low >> 8) & 255, np.maximum(low & 255, 1)
    return cat(digits(a), ".", digits(b), ".", digits(c), ".", digits(d))


@register("internet.ipv6", unique="native", cut="never")
def _ipv6(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    groups = rng.integers(0, 1 << 16, size=(n, 6))
    if call.unique:
        r = call.ranks("ip6")
        groups[:, 4], groups[:, 5] = (r >> 16) & 0xFFFF, r & 0xFFFF
    parts = [apply("{:x}".format, groups[:, j].tolist()) for j in range(6)]
    return cat("2001:db8:", parts[0], ":", parts[1], ":", parts[2], ":", parts[3], ":", parts[4], ":", parts[5])


@register("internet.mac", unique="native", cut="never")
def _mac(call: Call) -> np.ndarray:
    raw = call.rng.integers(0, 256, size=(call.n, 6), dtype=np.uint8)
    if call.unique:
        # distinct ranks through a bijection of 32 bits: no run of zero bytes in the middle (02:1a:00:00:01:c5)
        r = (call.ranks("mac").astype(np.uint64) * np.uint64(0x9E3779B1) & np.uint64(0xFFFFFFFF)).astype(np.int64)
        for j in range(4):
            raw[:, 5 - j] = (r >> (8 * j)) & 255
    raw[:, 0] = (raw[:, 0] & 0xFC) | 0x02  # locally administered, unicast: never a vendor's
    h = hex_matrix(raw)
    out = np.full((call.n, 17), ord(":"), dtype=np.uint8)
    for j in range(6):
        out[:, 3 * j:3 * j + 2] = h[:, 2 * j:2 * j + 2]
    return np.array(ascii_rows(out))


@register("internet.user_agent", cut="never")
def _user_agent(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    w = _web()
    versions = {"v1": digits(rng.integers(118, 131, size=n)), "v2": digits(rng.integers(115, 131, size=n)),
                "v3": digits(rng.integers(5000, 6800, size=n)), "v4": digits(rng.integers(10, 200, size=n))}
    browser = compose(w["browsers"], lambda k: None, rng, n)
    browser = np.array([b.format(v1=a, v2=b2, v3=c, v4=d) for b, a, b2, c, d in
                        zip(browser.tolist(), *(versions[k].tolist() for k in ("v1", "v2", "v3", "v4")), strict=True)],
                       dtype=object)
    gecko = np.where(apply(lambda b: b.startswith("Firefox"), browser).astype(bool), "Gecko/20100101 ",
                     "AppleWebKit/537.36 (KHTML, like Gecko) ")
    return cat("Mozilla/5.0 (", pick(rng, w["os"], n), ") ", gecko.astype(object), browser)


def slugify(values: np.ndarray) -> np.ndarray:
    """URL slugs: ASCII, lower case, words joined by hyphens."""
    return apply(_slug_one, values)


@lru_cache(maxsize=65536)
def _slug_one(text: str) -> str:
    return ascii_slug(text, "-") or "item"


@register("internet.slug", unique="native", cut="never")
def _slug(call: Call) -> np.ndarray:
    from seedbed.generate.realistic import prose

    noun = str(call.p("noun") or call.row.table.name)
    if "categor" in noun or call.row.table.name.startswith("categor"):
        source = prose.category_names_for(call)
    elif "product" in noun or "product" in call.row.table.name:
        source = call.row.product()["name"]
    else:
        source = compose(load("packs")["packs"].get(call.pack, {}).get("title") or ["{adj} {noun}"],
                         prose.row_slots(call), call.rng, call.n)
    slug = slugify(source)
    if call.lmax is not None:
        room = max(call.lmax - (8 if call.unique else 0), 1)
        slug = apply(lambda v: v[:room].rstrip("-") or v[:room], slug)
    if call.unique and not ("categor" in noun or call.row.table.name.startswith("categor")):
        slug = cat(slug, "-", digits(call.ranks("slug") + 1))
    return slug


# ------------------------------------------------------------------------------ files


def _file_types(call: Call, image: bool) -> tuple[np.ndarray, np.ndarray]:
    f = load("misc")["files"]
    table = f["image_types"] if image else f["types"]
    w = np.array([t[2] for t in table], dtype=float)
    which = np.searchsorted(np.cumsum(w) / w.sum(), call.rng.random(call.n), side="right").clip(0, len(table) - 1)
    return np.array([t[0] for t in table], dtype=object)[which], np.array([t[1] for t in table], dtype=object)[which]


def _file_names(call: Call, image: bool) -> np.ndarray:
    f = load("misc")["files"]
    rng, n = call.rng, call.n
    ext, _ = _file_types(call, image)
    stem = pick(rng, f["image_stems"] if image else f["stems"], n)  # an avatar is photo_2.jpg, not invoice.jpg
    qual = np.where(rng.random(n) < 0.5, cat("_", pick(rng, f["qualifiers"], n)), "")
    if call.unique:
        qual = cat(qual, "_", digits(call.ranks("file") + 1))
    else:
        qual = np.where(rng.random(n) < 0.3, cat(qual, "_", digits(rng.integers(1, 999, size=n))), qual)
    return cat(stem, qual, ".", ext)


@register("file.name", unique="native", cut="never")
def _file_name(call: Call) -> np.ndarray:
    image = bool(call.p("image") or _IMAGE.search(call.req.column.name))
    return _file_names(call, image)


@register("file.path", unique="native", cut="never")
def _file_path(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    dirs = load("misc")["files"]["dirs"]
    year = digits(rng.integers(2021, 2026, size=n))
    month = apply("{:02d}".format, rng.integers(1, 13, size=n).tolist())
    return cat("/", pick(rng, dirs, n), "/", year, "/", month, "/", _file_names(call, False))


@register("file.mime_type", cut="never")
def _mime(call: Call) -> np.ndarray:
    return _file_types(call, bool(_IMAGE.search(call.req.column.name)))[1]  # avatar_content_type: an image type


@register("file.extension", cut="never")
def _extension(call: Call) -> np.ndarray:
    ext = _file_types(call, False)[0]
    return cat(".", ext) if call.lmax is None or call.lmax > 5 else ext


# ------------------------------------------------------------------------------ technical strings


@register("tech.version", unique="native", cut="never")
def _version(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    major = np.minimum(rng.geometric(0.45, size=n) - 1, 12)
    minor, patch = rng.integers(0, 20, size=n), np.minimum(rng.geometric(0.3, size=n) - 1, 30)
    if call.unique:
        r = call.ranks("version")
        major, minor, patch = r // 10_000, (r // 100) % 100, r % 100
    out = cat(digits(major), ".", digits(minor), ".", digits(patch))
    lmax = call.lmax
    if lmax is not None and lmax < 8 and not call.unique:  # a revision char(5): 2.14, 1.3, 4
        if lmax >= 5:
            out = cat(digits(major), ".", digits(minor))
        elif lmax >= 3:
            out = cat(digits(np.minimum(major, 9)), ".", digits(minor % 10))
        else:
            out = digits(np.minimum(major, 9))
    return out


@register("tech.class_name", cut="never")
def _class_name(call: Call) -> np.ndarray:
    names = np.array(call.p("classes") or _web()["class_names"], dtype=object)  # the schema's models first
    w = 1.0 / np.arange(1, len(names) + 1)
    return names[np.searchsorted(np.cumsum(w) / w.sum(), call.rng.random(call.n), side="right").clip(0, len(names) - 1)]


@register("tech.event_name", cut="never")
def _event_name(call: Call) -> np.ndarray:
    return pick(call.rng, _web()["event_names"], call.n)


@register("tech.config_key", unique="native", cut="never")
def _config_key(call: Call) -> np.ndarray:
    w = _web()
    sections, keys = np.array(w["config_sections"], dtype=object), np.array(w["config_keys"], dtype=object)
    if call.unique:
        space = len(sections) * len(keys)
        r = call.ranks("config", card=space)
        base = cat(sections[(r % space) // len(keys)], ".", keys[r % len(keys)])
        return np.where(r >= space, cat(base, "_", digits(r // space + 1)), base)
    return cat(pick(call.rng, sections, call.n), ".", pick(call.rng, keys, call.n))


@register("tech.config_value", cut="hard")
def _config_value(call: Call) -> np.ndarray:
    return pick(call.rng, _web()["config_values"], call.n)


@register("tech.identifier", unique="suffix", cut="hard")
def _identifier(call: Call) -> np.ndarray:
    shared = load("packs")["shared"]
    rng, n = call.rng, call.n
    adj, noun = [w.lower() for w in shared["adj"]], [w.lower() for w in shared["noun"]]
    one = cat(pick(rng, adj, n), "_", pick(rng, noun, n))
    if call.p("list"):
        two = pick(rng, noun, n)
        return np.where(rng.random(n) < 0.5, cat(one, ",", two), one)
    return one


@register("tech.branch", unique="suffix", cut="hard")
def _branch(call: Call) -> np.ndarray:
    misc = load("misc")
    slot = {"slug": misc["branch_slugs"], "v": ["1.0", "1.1", "2.0", "2.3", "3.0"]}.get
    return compose(misc["branches"], slot, call.rng, call.n)


@register("tech.cron", cut="never")
def _cron(call: Call) -> np.ndarray:
    return pick(call.rng, load("misc")["crons"], call.n)


@register("tech.command", cut="never")
def _command(call: Call) -> np.ndarray:
    misc = load("misc")
    return pick(call.rng, misc["queries"] if call.p("noun") == "query" else misc["commands"], call.n)


@register("tech.regex", cut="never")
def _regex(call: Call) -> np.ndarray:
    return pick(call.rng, load("misc")["regexes"], call.n)


@register("tech.arn", unique="native", cut="never")
def _arn(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    region = pick(rng, ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1"], n)
    account = digits(rng.integers(10**11, 10**12, size=n))
    name = cat(pick(rng, [w.lower() for w in load("packs")["shared"]["codename"]], n), "-",
               digits(call.ranks("arn") + 1) if call.unique else pick(rng, ["events", "alerts", "jobs"], n))
    return cat("arn:aws:sns:", region, ":", account, ":", name)


@register("tech.dsn", cut="never")
def _dsn(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    return cat("https://", _hex(rng, n, 16), "@o", digits(rng.integers(100000, 999999, size=n)),
               ".ingest.sentry.example.com/", digits(rng.integers(1000000, 9999999, size=n)))
