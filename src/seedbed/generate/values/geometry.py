"""Geometric types: point, line, lseg, box, path, polygon, circle (values: ``str``).

Coordinates have two decimals in ``[-1000, 1000]``; a line ``{A,B,C}`` always has ``A != 0``
(Postgres refuses ``A = B = 0``); circles have a positive radius; paths alternate open
``[...]`` and closed ``(...)``; polygons are triangles or quadrilaterals. These types have no
btree equality, so UNIQUE never applies; a unique request still gets an index-derived first
coordinate.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.values.data import GenRequest
from seedbed.model import TypeKind

__all__ = ["GENERATORS"]


def _coords(rng: np.random.Generator, n: int) -> np.ndarray:
    return (rng.integers(-100_000, 100_001, size=n) / 100).astype(str)


def _cat(*parts: np.ndarray | str) -> np.ndarray:
    out = parts[0]
    for p in parts[1:]:
        out = np.strings.add(out, p)
    return out


def _point(rng: np.random.Generator, n: int, first: np.ndarray | None = None) -> np.ndarray:
    x = first if first is not None else _coords(rng, n)
    return _cat("(", x, ",", _coords(rng, n), ")")


def _first(req: GenRequest) -> np.ndarray | None:
    return req.index.astype(str) if req.unique else None


def _points(req: GenRequest, rng: np.random.Generator, k: int) -> list[np.ndarray]:
    return [_point(rng, req.n, _first(req) if i == 0 else None) for i in range(k)]


def _gen_point(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    return _points(req, rng, 1)[0]


def _gen_line(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n = req.n
    a = rng.integers(1, 10, size=n) * np.where(rng.random(n) < 0.5, -1, 1)
    b = rng.integers(-9, 10, size=n)
    c = _first(req) if req.unique else rng.integers(-100, 101, size=n).astype(str)
    return _cat("{", a.astype(str), ",", b.astype(str), ",", c, "}")


def _gen_lseg(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    p, q = _points(req, rng, 2)
    return _cat("[", p, ",", q, "]")


def _gen_box(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    p, q = _points(req, rng, 2)
    return _cat(p, ",", q)


def _gen_path(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    pts = _points(req, rng, 3)
    body = _cat(pts[0], ",", pts[1], ",", pts[2])
    return np.where(rng.random(req.n) < 0.5, _cat("[", body, "]"), _cat("(", body, ")"))


def _gen_polygon(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    pts = _points(req, rng, 4)
    three = _cat(pts[0], ",", pts[1], ",", pts[2])
    four = _cat(three, ",", pts[3])
    return _cat("(", np.where(rng.random(req.n) < 0.5, three, four), ")")


def _gen_circle(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    center = _points(req, rng, 1)[0]
    radius = (rng.integers(1, 50_001, size=req.n) / 100).astype(str)
    return _cat("<", center, ",", radius, ">")


def _obj(fn):  # type: ignore[no-untyped-def]
    def run(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
        return fn(req, rng).astype(object)
    run.__doc__ = fn.__doc__
    return run


GENERATORS = {
    TypeKind.POINT: _obj(_gen_point), TypeKind.LINE: _obj(_gen_line), TypeKind.LSEG: _obj(_gen_lseg),
    TypeKind.BOX: _obj(_gen_box), TypeKind.PATH: _obj(_gen_path), TypeKind.POLYGON: _obj(_gen_polygon),
    TypeKind.CIRCLE: _obj(_gen_circle),
}
