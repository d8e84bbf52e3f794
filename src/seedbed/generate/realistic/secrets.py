"""Secrets, random and fake (never a real password or key): bcrypt-shaped password hashes, tokens,
API keys with a provider's prefix, hex digests, base64 blobs, one-time codes and their secrets,
PEM blocks. Split from ``codes`` (identifiers with real structure), whose random-text helper
they share.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.codes import _B64, _B32, _digits, _random_text, _ranks, _width
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import cat, load, pick

_BCRYPT = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@register("security.password_hash", unique="native", cut="never")
def _password(call: Call) -> np.ndarray:
    rng, n, lmax = call.rng, call.n, call.lmax
    if lmax is None or lmax >= 60:
        return cat("$2b$12$", _random_text(rng, n, 53, _BCRYPT, _ranks(call, "pw")))
    return _random_text(rng, n, 40 if lmax >= 40 else 32, b"0123456789abcdef", _ranks(call, "pw"))


@register("security.token", unique="native", cut="hard")
def _token(call: Call) -> np.ndarray:
    return _random_text(call.rng, call.n, _width(call, 43), _B64, _ranks(call, "token"))


@register("security.api_key", unique="native", cut="never")
def _api_key(call: Call) -> np.ndarray:
    prefix = pick(call.rng, load("misc")["web"]["api_prefixes"], call.n)
    width = _width(call, 40) - 8
    return cat(prefix, _random_text(call.rng, call.n, max(width, 8), _B64[:62], _ranks(call, "key")))


@register("security.hex", unique="native", cut="hard")
def _hex(call: Call) -> np.ndarray:
    prefix = str(call.p("prefix", ""))
    lmax = call.lmax
    if prefix and lmax is not None and lmax < len(prefix) + int(call.p("bits", 256)) // 4:
        prefix = ""  # no room for 0x: the digits alone
    width = _width(call, int(call.p("bits", 256)) // 4)
    digits = _random_text(call.rng, call.n, width, b"0123456789abcdef", _ranks(call, "hex"))
    return np.array([prefix + d for d in digits.tolist()], dtype=object) if prefix else digits


@register("security.base64", unique="native", cut="never")
def _b64(call: Call) -> np.ndarray:
    nbytes = int(call.p("nbytes", 16))
    chars = 4 * ((nbytes + 2) // 3)
    if call.lmax is not None and chars > call.lmax:
        nbytes = 3 * (call.lmax // 4)
        chars = 4 * ((nbytes + 2) // 3)
    std = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    body = _random_text(call.rng, call.n, chars - (2 if nbytes % 3 == 1 else 1 if nbytes % 3 == 2 else 0), std,
                        _ranks(call, "b64"))
    pad = "==" if nbytes % 3 == 1 else "=" if nbytes % 3 == 2 else ""
    return cat(body, pad)


@register("security.code", cut="never")
def _otp(call: Call) -> np.ndarray:
    width = int(call.p("digits", 6))
    return _digits(call.rng.integers(0, 10**width, size=call.n), _width(call, width))


@register("security.otp_secret", unique="native", cut="never")
def _otp_secret(call: Call) -> np.ndarray:
    return _random_text(call.rng, call.n, _width(call, 32), _B32, _ranks(call, "otp"))


@register("security.pem", unique="native", cut="never")
def _pem(call: Call) -> np.ndarray | None:
    label = "CERTIFICATE" if "cert" in call.req.column.name.lower() else "PUBLIC KEY"
    if "private" in call.req.column.name.lower():
        label = "PRIVATE KEY"
    std = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines = [_random_text(call.rng, call.n, 64, std, _ranks(call, "pem") if j == 3 else None) for j in range(4)]
    body = cat(lines[0], "\n", lines[1], "\n", lines[2], "\n", lines[3])
    return cat(f"-----BEGIN {label}-----\n", body, f"\n-----END {label}-----")
