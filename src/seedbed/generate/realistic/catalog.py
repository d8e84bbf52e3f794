"""The product space: every (category, brand, line, model, product) combination, numbered.

A product is a function of its row index: the index is scrambled by a keyed bijection of a
window ``W`` and split into a category (``r % C``, so categories are equally common) and a
rank inside the category, decoded in mixed radix into one combination. A row's name, category,
description, price and attributes all come from that combination, and distinct rows get
distinct names: once a category's combinations are used up, later ranks repeat them with an
edition suffix (``"... (2)"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.vocab import affine, cat, digits, load

__all__ = ["Category", "Products", "categories", "decode"]


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


def decode(index: np.ndarray, key: int) -> Products:
    """The products of row indexes ``index`` (distinct indexes, distinct names)."""
    cats = categories()
    ncat = len(cats)
    window = WINDOW - WINDOW % ncat
    block, local = np.divmod(index.astype(np.int64), window)
    r = permute(local, window, key) + block * window
    which, rank = r % ncat, r // ncat
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
