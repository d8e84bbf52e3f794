"""Values of software systems' columns (``seedbed.generate.intent.computing``): a request's URL path,
a feature flag's key, the visible start of an API key."""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load

_RESOURCES = ("users", "orders", "products", "invoices", "sessions", "projects", "teams", "reports", "payments",
              "comments", "files", "accounts", "events", "customers", "settings", "notifications", "search")
_SUBS = ("items", "members", "comments", "history", "status", "export", "settings", "attachments")
_PAGES = ("/", "/login", "/logout", "/signup", "/health", "/healthz", "/metrics", "/pricing", "/dashboard",
          "/oauth/callback", "/webhooks/stripe", "/favicon.ico", "/robots.txt")
_B62 = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


@register("internet.path", cut="never")
def _path(call: Call) -> np.ndarray:
    """Mostly API calls (``/api/v1/orders/48213``), some pages and static assets."""
    rng, n = call.rng, call.n
    kind = rng.random(n)
    res = np.array(_RESOURCES, dtype=object)[rng.integers(0, len(_RESOURCES), size=n)].tolist()
    sub = np.array(_SUBS, dtype=object)[rng.integers(0, len(_SUBS), size=n)].tolist()
    page = np.array(_PAGES, dtype=object)[rng.integers(0, len(_PAGES), size=n)].tolist()
    ids = np.exp(rng.uniform(0, np.log(200_000), size=n)).astype(np.int64).tolist()
    version = rng.integers(1, 3, size=n).tolist()
    asset = rng.integers(0, 16**8, size=n).tolist()
    out = []
    for i in range(n):
        k = kind[i]
        if k < 0.25:
            out.append(f"/api/v{version[i]}/{res[i]}")
        elif k < 0.6:
            out.append(f"/api/v{version[i]}/{res[i]}/{ids[i]}")
        elif k < 0.72:
            out.append(f"/api/v{version[i]}/{res[i]}/{ids[i]}/{sub[i]}")
        elif k < 0.88:
            out.append(page[i])
        elif k < 0.95:
            out.append(f"/{res[i]}/{ids[i]}")
        else:
            out.append(f"/static/js/app.{asset[i]:08x}.js")
    lmax = call.lmax
    if lmax is not None:
        out = [p if len(p) <= lmax else p[:lmax].rsplit("/", 1)[0] or "/" for p in out]
    return np.array(out, dtype=object)


@register("tech.flag_key", unique="native", cut="never")
def _flag_key(call: Call) -> np.ndarray:
    """``new_checkout_flow``, ``enable_sso``, ``v2_dashboard``: a modifier and a feature (distinct
    rows take distinct pairs, then a numbered second version)."""
    vocab = load("computing")
    mods, feats = vocab["flag_modifiers"], vocab["flag_features"]
    space = len(mods) * len(feats)
    x = call.ranks("flag", card=space) if call.unique else call.rng.integers(0, space, size=call.n)
    out = []
    for r in x.tolist():
        pair, turn = r % space, r // space
        text = f"{mods[pair // len(feats)]}_{feats[pair % len(feats)]}"
        out.append(text if turn == 0 else f"{text}_{turn + 1}")
    if call.lmax is not None and any(len(v) > call.lmax for v in out):
        raise GiveUp("flag keys longer than the column")
    return np.array(out, dtype=object)


@register("security.key_prefix", cut="never")
def _key_prefix(call: Call) -> np.ndarray:
    """The part of a key shown to its owner: ``sk_live_4Fq9`` (a prefix), ``x7Qa`` (its last four)."""
    rng, n = call.rng, call.n
    width = min(call.lmax or 12, 12)
    sym = np.frombuffer(_B62, dtype=np.uint8)
    if call.p("head") in ("last4", "hint", "masked"):
        m = sym[rng.integers(0, len(sym), size=(n, min(width, 4)))]
        return np.array([bytes(r).decode() for r in m], dtype=object)
    heads = [h for h in load("computing")["key_prefixes"] if len(h) < width] or [""]
    pick = rng.integers(0, len(heads), size=n).tolist()
    tail = sym[rng.integers(0, len(sym), size=(n, width))]
    return np.array([heads[p] + bytes(t[: width - len(heads[p])]).decode() for p, t in zip(pick, tail, strict=True)],
                    dtype=object)
