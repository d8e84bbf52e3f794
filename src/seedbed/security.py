"""What seedbed keeps to itself and where it refuses to go: secrets out of every message, and
whether a database connection is on this machine.

- :func:`scrub` masks passwords in any text (a DSN, a libpq message quoting a DSN, a hint), in
  both conninfo forms (``password=...`` and ``scheme://user:pass@host``), malformed or not. Every
  :class:`seedbed.errors.SeedbedError` scrubs its message, hint and subject when it is made, so
  no interface (CLI text, ``--output json``, HTTP, MCP) can show a password it was handed.
- :func:`redact_dsn` is how a DSN is shown: ``key=value`` pairs without the secrets, or the
  scrubbed text when libpq cannot parse it.
- :func:`connection_is_local` decides on the connection libpq actually made (after service
  files, ``PG*`` variables, multi-host lists and DNS), not on the DSN text: a Unix-domain socket
  or a TCP peer on a loopback address is local, anything else is not. The server's own view
  (``inet_server_addr()``) is not used: a database in a container on this machine answers with
  the container's address, and a tunnel ends on the server's loopback either way.

This module imports nothing of seedbed (``errors`` imports it).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

__all__ = ["SECRET_KEYS", "connection_is_local", "dsn_names_local_hosts", "dsn_secrets", "redact_dsn", "scrub"]

#: conninfo keys whose values are never shown.
SECRET_KEYS = ("password", "sslpassword")
MASK = "***"

# key=value form (also URI query parameters): password='it''s' / password=abc / ?password=abc&...
_KEYWORD = re.compile(r"(?i)\b(ssl)?password(\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&'\"]*)")
# URI form: scheme://user:secret@host — the secret runs to the last '@' of the token (a raw '@'
# or '/' in a malformed password must not end it early).
_USERINFO = re.compile(r"(?i)([a-z][a-z0-9+.\-]*://[^\s:/@'\"]*):([^\s'\"]*)@")


def dsn_secrets(dsn: str) -> tuple[str, ...]:
    """The secrets a DSN carries, parsed by libpq when it can, else by pattern."""
    found: list[str] = []
    try:
        import psycopg

        params = psycopg.conninfo.conninfo_to_dict(dsn)
        found += [str(params[k]) for k in SECRET_KEYS if params.get(k)]
    except Exception:  # noqa: BLE001 - malformed: fall back to the patterns below
        pass
    found += [m.group(3).strip("'") for m in _KEYWORD.finditer(dsn)]
    for m in _USERINFO.finditer(dsn):
        # libpq may read a malformed userinfo differently (``u:pw/x@...`` makes ``pw`` the port):
        # every piece of it is masked too.
        found += [m.group(2), *re.split(r"[/?#@:\[\]]", m.group(2))]
    try:
        from urllib.parse import unquote

        found += [unquote(s) for s in list(found)]
    except Exception:  # noqa: BLE001
        pass
    return tuple(sorted({s for s in found if len(s) >= 3}, key=len, reverse=True))


def scrub(text: Any, secrets: tuple[str, ...] = ()) -> Any:
    """``text`` with every password masked; anything but a string is returned as it is.

    Patterns catch both conninfo forms; ``secrets`` (e.g. :func:`dsn_secrets` of the DSN in
    use) are masked wherever they occur, which covers a message that quotes a DSN so broken
    the patterns cannot find its parts.
    """
    if not isinstance(text, str) or not text:
        return text
    secrets = secrets + dsn_secrets(text) if ("password" in text.lower() or "://" in text) else secrets
    for secret in secrets:
        text = text.replace(secret, MASK)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}:{MASK}@", text)
    return _KEYWORD.sub(lambda m: f"{m.group(1) or ''}password{m.group(2)}{MASK}", text)


def redact_dsn(dsn: str) -> str:
    """How a DSN is shown: ``key=value`` pairs without secrets, or scrubbed text if unparseable."""
    try:
        import psycopg

        params = psycopg.conninfo.conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - psycopg.ProgrammingError, or worse on hostile input
        return scrub(dsn)
    for key in SECRET_KEYS:
        params.pop(key, None)
    return scrub(" ".join(f"{k}={v}" for k, v in params.items()), dsn_secrets(dsn))


def _loopback(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def dsn_names_local_hosts(dsn: str) -> bool:
    """Whether every host the DSN *text* names is this machine (no host named counts as local).

    Only a first, cheap refusal before connecting (no credentials sent to a host the DSN names
    as remote); :func:`connection_is_local` is the decision.
    """
    from seedbed.engines import scheme_of

    if scheme_of(dsn) == "sqlite":
        return True  # a file on this machine
    try:
        import psycopg

        params = psycopg.conninfo.conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001
        return False
    values = [str(params.get("hostaddr") or ""), str(params.get("host") or "")]
    for host in (h.strip() for v in values for h in v.split(",")):
        if host == "" or host.startswith(("/", "@")) or host.lower() == "localhost" or _loopback(host):
            continue
        return False
    return True


def connection_is_local(conn: Any) -> bool:
    """Whether an open psycopg connection reached a server on this machine.

    ``conn.info.hostaddr`` is the numeric address libpq connected to (empty for a Unix-domain
    socket, whose ``host`` is the socket directory, or ``@name`` for an abstract socket).
    """
    from seedbed.engines import engine_of

    try:
        if engine_of(conn).name == "sqlite":
            return True  # a file on this machine
    except TypeError:
        pass  # not a connection of an engine: judged below like a psycopg one
    info = conn.info
    try:
        address = info.hostaddr
    except Exception:  # noqa: BLE001 - libpq < 12 cannot say: not provably local
        return False
    if address:
        return _loopback(address)
    host = info.host or ""
    return host.startswith(("/", "@"))
