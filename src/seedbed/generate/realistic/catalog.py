"""The product space: every (category, brand, line, model, product) combination, numbered.

A product is a function of its row index: the index is scrambled by a keyed bijection of a
window ``W`` and split into a category (``r % C``, so categories are equally common) and a
rank inside the category, decoded in mixed radix into one combination. A row's name, category,
description, price and attributes all come from that combination, and distinct rows get
distinct names: once a category's combinations are used up, later ranks repeat them with an
edition suffix (``"... (2)"``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.vocab import affine, cat, digits, load

__all__ = ["Category", "Products", "categories", "decode", "medians", "subcategories", "theme_indexes"]


@dataclass(frozen=True)
class Category:
    """One category's vocabulary, with the radices of its name slots."""

    key: str
    label: str
    sku: str
    sigma: float
    brands: np.ndarray
    lines: np.ndarray  # model lines, or materials, or book title patterns
    models: np.ndarray  # expanded model codes ("" when the category has none)
    variants: np.ndarray  # colour / pack / edition suffixes ("" for none)
    products: np.ndarray
    prices: np.ndarray
    fmt: str  # "blmp": brand line model product; "bmp": brand material product; "book"

    @property
    def size(self) -> int:
        """Distinct names (a book's publisher is not part of its name, so it does not count)."""
        brands = 1 if self.fmt == "book" else len(self.brands)
        return brands * len(self.lines) * len(self.models) * len(self.products) * len(self.variants)


def _expand(models: list[str]) -> list[str]:
    out: list[str] = []
    for m in models:
        out.extend(m.replace("{n}", str(d)) for d in range(1, 10)) if "{n}" in m else out.append(m)
    return out


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """Every product category of ``commerce.json``, in file order."""
    out = []
    for key, c in load("commerce")["categories"].items():
        if key == "books":
            lines, models, fmt = _book_titles(c), [""], "book"
        elif "materials" in c and "lines" in c and "models" not in c and key == "home":
            lines = [f"{li} {m}" for li in c["lines"] for m in c["materials"]]
            models, fmt = [""], "bmp"
        elif "materials" in c:
            lines, models, fmt = c["materials"], c.get("models", [""]), "bmp"
        else:
            lines, models, fmt = c["lines"], _expand(c.get("models", [""])), "blmp"
        obj = lambda items: np.array(items, dtype=object)  # noqa: E731
        out.append(Category(key=key, label=c["label"], sku=c["sku"], sigma=float(c["sigma"]),
                            brands=obj(c["brands"]), lines=obj(lines), models=obj(models),
                            products=obj([p[0] for p in c["products"]]),
                            prices=np.array([float(p[1]) for p in c["products"]]), fmt=fmt,
                            variants=obj(list(dict.fromkeys(c.get("variants", [""]))))))
    return tuple(out)


#: Row indexes scrambled together (a multiple of the category count); beyond it, shifted copies.
WINDOW = 7 * 512


def space() -> int:
    """How many distinct products exist before edition suffixes."""
    return sum(c.size for c in categories())


@dataclass(frozen=True)
class Products:
    """Decoded products of a chunk (arrays of the chunk's length)."""

    category: np.ndarray  # int: index into ``categories()``
    brand: np.ndarray
    name: np.ndarray
    noun: np.ndarray
    median: np.ndarray  # typical price of the product noun
    edition: np.ndarray  # 0 inside the space, k for the k-th repeat
    variant: np.ndarray  # colour / pack size ("" for none)
    base: np.ndarray  # the name without its variant and edition ("Kallio Linen Oxford Shirt")


def _book_titles(c: dict) -> list[str]:
    """Every distinct title the book patterns make (each pattern filled with the slots it uses)."""
    fills = {"adj": c["adj"], "noun": c["noun"], "noun2": c["noun"], "place": c["place"]}
    titles: list[str] = []
    for pattern in c["title_patterns"]:
        out = [pattern]
        for slot, words in fills.items():
            if "{" + slot + "}" in pattern:
                out = [t.replace("{" + slot + "}", w) for t in out for w in words]
        titles.extend(t for t in out if "{" not in t)
    return [t for t in dict.fromkeys(titles) if " and " not in t or t.split(" and ")[0] != t.split(" and ")[1]]


def theme_indexes(theme: tuple[str, ...] | list[str] = ()) -> tuple[int, ...]:
    """Indexes into ``categories()`` of the category keys of a product theme (``("electronics",)``);
    every category when ``theme`` is empty. An unknown key is a ``KeyError`` naming the known ones."""
    keys = [c.key for c in categories()]
    if not theme:
        return tuple(range(len(keys)))
    unknown = [t for t in theme if t not in keys]
    if unknown:
        raise KeyError(f"no product category {', '.join(map(repr, unknown))}; categories: {', '.join(keys)}")
    return tuple(i for i, k in enumerate(keys) if k in theme)


def subcategories(theme: tuple[str, ...] | list[str] = ()) -> tuple[str, ...]:
    """Category names for a categories table: every category label and the product nouns of the
    categories (books: their genres); with a theme, only the theme's labels and sub-categories."""
    from seedbed.generate.realistic.vocab import load

    names: list[str] = []
    chosen = [categories()[i] for i in theme_indexes(theme)]
    if not theme:
        names += [c.label for c in chosen]
    for c in chosen:
        if theme:
            names.append(c.label)
        if c.key == "books":
            if theme:  # genres, title-cased ("Literary Novel")
                names += [g[:1].upper() + g[1:] for g in load("commerce")["categories"]["books"].get("genres", [])]
            continue
        names += [str(p).split(" (")[0] for p in c.products]
    return tuple(dict.fromkeys(names))


def _window(allowed: np.ndarray, themed: bool) -> int:
    """The scrambled window for these categories: a multiple of their count and, for a theme, no
    wider than the smallest category holds names (so editions start only once it is used up)."""
    ncat = len(allowed)
    window = WINDOW - WINDOW % ncat
    if themed:
        window = min(window, ncat * min(categories()[i].size for i in allowed.tolist()))
    return max(window, ncat)


def _slots(index: np.ndarray, key: int, only: tuple[int, ...] | None) -> tuple[np.ndarray, np.ndarray]:
    """(category, rank within it) of each row index: scrambled in windows, categories in turn."""
    allowed = np.array(sorted(set(only)) if only else range(len(categories())), dtype=np.int64)
    window = _window(allowed, bool(only))
    block, local = np.divmod(index.astype(np.int64), window)
    r = permute(local, window, key) + block * window
    return allowed[r % len(allowed)], r // len(allowed)


def decode(index: np.ndarray, key: int, only: tuple[int, ...] | None = None) -> Products:
    """The products of row indexes ``index`` (distinct indexes, distinct names).

    ``only``: indexes into ``categories()`` the products come from (a product theme); None or
    empty: every category (the same products as without it).
    """
    cats = categories()
    which, rank = _slots(index, key, only)
    n = len(index)
    brand, name, noun, variant, base = (np.empty(n, dtype=object) for _ in range(5))
    median = np.empty(n, dtype=float)
    edition = np.zeros(n, dtype=np.int64)
    for ci, c in enumerate(cats):
        rows = np.flatnonzero(which == ci)
        if not rows.size:
            continue
        ed, q = np.divmod(rank[rows], c.size)
        edition[rows] = ed
        q = affine(q, c.size, key ^ (ci + 1) * 0x9E3779B97F4A7C15 % (1 << 63))
        v, q = q % len(c.variants), q // len(c.variants)
        p, q = q % len(c.products), q // len(c.products)
        m, q = q % len(c.models), q // len(c.models)
        ln, q = q % len(c.lines), q // len(c.lines)
        b = (ln * 7 + p) % len(c.brands) if c.fmt == "book" else q % len(c.brands)
        pn, br, li, mo, var = (c.products[p].tolist(), c.brands[b].tolist(), c.lines[ln].tolist(),
                               c.models[m].tolist(), c.variants[v].tolist())
        if c.fmt == "book":
            full = [f"{t} ({f})" for t, f in zip(li, pn, strict=True)]
            nn = ["book"] * len(rows)
            base[rows] = li
        else:
            sep = ", " if c.key == "fashion" else " "
            plain = [f"{a} {b_} {m_} {p_}" if m_ else f"{a} {b_} {p_}"
                     for a, b_, m_, p_ in zip(br, li, mo, pn, strict=True)]
            full = [t + (sep + v_ if v_ else "") for t, v_ in zip(plain, var, strict=True)]
            nn = pn
            base[rows] = plain
        brand[rows], name[rows], noun[rows], variant[rows] = br, full, nn, var
        median[rows] = c.prices[p]
    later = edition > 0
    if later.any():
        name = np.where(later, cat(name, " (", digits(edition + 1), ")"), name)
    return Products(category=which, brand=brand, name=name, noun=noun, median=median, edition=edition,
                    variant=variant, base=base)


@lru_cache(maxsize=1)
def _radices() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per category: name-space size, variant and product-noun counts, offset of its nouns in
    ``_prices``; and every category's noun prices end to end (for ``medians``)."""
    cats = categories()
    sizes = np.array([c.size for c in cats], dtype=np.int64)
    variants = np.array([len(c.variants) for c in cats], dtype=np.int64)
    products = np.array([len(c.products) for c in cats], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(products)[:-1]]).astype(np.int64)
    prices = np.concatenate([c.prices for c in cats]).astype(float)
    return sizes, variants, products, offsets, prices


def medians(index: np.ndarray, key: int, only: tuple[int, ...] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(category, median)`` of ``decode(index, key, only)`` without building any name.

    The same arithmetic as ``decode`` (scramble, category, affine shuffle, mixed radix down to the
    product noun), vectorised over all categories at once: a price column needs only the noun's
    typical price, and names cost most of a decode.
    """
    cats = categories()
    which, rank = _slots(index, key, only)
    sizes, variants, products, offsets, prices = _radices()
    mult = np.zeros(len(cats), dtype=np.int64)
    shift = np.zeros(len(cats), dtype=np.int64)
    for ci in np.unique(which).tolist():  # ``affine``'s constants for each category present
        n, k = int(sizes[ci]), key ^ (ci + 1) * 0x9E3779B97F4A7C15 % (1 << 63)
        if n > 1:
            a = 1 + (k >> 7) % (n - 1)
            while math.gcd(a, n) != 1:
                a += 1
            mult[ci], shift[ci] = a, k % n
    size = sizes[which]
    q = rank % size  # the edition (rank // size) does not change the noun
    q = (q % size * mult[which] + shift[which]) % size
    p = q // variants[which] % products[which]
    return which, prices[offsets[which] + p]
