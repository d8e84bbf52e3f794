"""Columns of the software a schema runs on, whatever its domain (issue 10, software and developer
tools): request logs (HTTP method, status code, URL path), processes (exit code), machines
(instance type, availability zone, cloud region, kernel, operating system, memory, disk, cores),
background jobs (the job's class), services, feature-flag keys, API-key prefixes, and the people
behind an action (``created_by``, ``approved_by``, ``assigned_to``: a login, not 'Created by 3').

Each rule reads the column's words and its table's (a ``method`` is an HTTP method in a table of
requests, a payment method elsewhere; a ``service`` is a micro-service in a table of deployments,
a haircut in a salon's). Values are data: ``data/vocab/computing.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from seedbed.generate.intent.agents import done_by
from seedbed.generate.intent.attributes import fitting_labels
from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.heads import hands_on
from seedbed.generate.intent.nouns import by_role
from seedbed.generate.intent.resolvers import cands
from seedbed.generate.intent.sectors import fits

__all__ = ["by_rule", "computing_number", "computing_rule"]

Cand = tuple[str, dict, str]

#: Tables of requests and calls (a ``method`` there is GET or POST, a ``status_code`` 200 or 404).
_REQUEST_TABLES = frozenset("""request http access api webhook endpoint hit call trace span delivery
callback""".split())
_REQUEST_SIBLINGS = frozenset("path url uri endpoint route latency response duration".split())
#: Tables of machines and what runs on them.
_MACHINE_TABLES = frozenset("""host server instance machine node vm cluster container pod worker runner agent
droplet device_host fleet compute box""".split())
#: Tables of software delivery and operations.
_OPS_TABLES = frozenset("""deployment deploy release build pipeline incident alert outage trace span metric log
monitor uptime check healthcheck service job run rollout migration backup error exception event""".split())
_JOB_TABLES = frozenset("job task queue worker background delayed cron schedule".split())
_FLAG_TABLES = frozenset("feature flag toggle experiment rollout".split())
_KEY_TABLES = frozenset("key token credential secret apikey".split())
#: Verbs of the person who did something to the row (``approved_by``).
_IRREGULAR = frozenset("""built made sent run done written set paid held taken given brought chosen drawn sold bought
kept led met shot spent told understood won""".split())
_PARTICLES = frozenset("off up out in over down back through on".split())
_NOT_PEOPLE = frozenset("""sorted ordered grouped partitioned indexed keyed filtered limited followed caused replaced
superseded powered backed covered funded""".split())


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    from seedbed.generate.realistic.vocab import load

    return load("computing")


def _labels(ctx: Ctx, key: str, why: str) -> list[Cand]:
    return fitting_labels(ctx, _vocab()[key], why)


def _in_requests(ctx: Ctx) -> bool:
    return bool(set(ctx.table_toks) & _REQUEST_TABLES) or (
        bool(ctx.sibling_words & _REQUEST_SIBLINGS) and ctx.has_sibling("method", "status", "verb"))


def by_rule(ctx: Ctx) -> list[Cand]:
    """``created_by`` / ``approved_by`` / ``assigned_to`` kept as text: the login of a person."""
    toks = ctx.toks
    if not ctx.is_text or len(toks) < 2:
        return []
    words = [t for t in toks[:-1] if t not in _PARTICLES]  # signed_off_by, picked_up_by
    verb = words[-1] if words else ""
    if verb in _NOT_PEOPLE or not (verb.endswith("ed") or verb in _IRREGULAR):
        return []
    if toks[-1] == "to" and verb not in ("assigned", "reassigned", "delegated", "escalated", "allocated", "routed"):
        return []
    role = by_role(ctx)  # supplied_by: a company; made_by: a maker's name (r28)
    if role:
        return role
    if toks[-1] == "by" and hands_on(verb) and not ctx.code_context:  # fitted_by, signed_by: who did it by hand
        return cands("person.full_name", f"the name of who {verb} it")
    return done_by(ctx, verb) or cands("person.username", f"the login of who {verb} the row")


def computing_rule(ctx: Ctx) -> list[Cand]:
    """Text columns of software systems (see the module docstring); [] when the table says otherwise."""
    if not ctx.is_text:
        return []
    toks, table = ctx.toks, set(ctx.table_toks)
    head = toks[-1]
    if head in ("method", "verb") and (("http" in toks) or _in_requests(ctx)):
        return _labels(ctx, "http_methods", "an HTTP method of a request")
    if head in ("path", "uri", "endpoint", "route") or toks[-2:] == ("end", "point"):
        if _in_requests(ctx) or {"request", "url", "http", "api"} & set(toks):
            return [("internet.path", {}, "the path of a request")]
    if toks[-2:] == ("machine", "type") and not fits(ctx, "software"):
        return []  # a farm's or a forest's machines are no cloud instances
    if toks[-2:] == ("instance", "type") or toks[-2:] == ("machine", "type") or toks[-2:] == ("vm", "size") \
            or toks[-2:] == ("node", "type") or (head in ("flavor", "flavour", "sku", "size") and table & _MACHINE_TABLES):
        return _labels(ctx, "instance_types", "a cloud instance type")
    if head == "az" or toks[-2:] == ("availability", "zone") or (head == "zone" and table & _MACHINE_TABLES):
        return _labels(ctx, "zones", "an availability zone")
    if head == "region" and table & (_MACHINE_TABLES | {"bucket", "database", "deployment", "cloud", "datacenter"}):
        return _labels(ctx, "cloud_regions", "a cloud region")
    if head == "kernel" or toks[-2:] == ("kernel", "version"):
        return _labels(ctx, "kernels", "a Linux kernel release")
    if table & _MACHINE_TABLES and (head in ("os", "distro", "distribution", "platform") or toks[-2:] in (
            ("os", "version"), ("os", "name"), ("operating", "system"))):
        return _labels(ctx, "server_os", "a server's operating system")
    if table & _JOB_TABLES and head in ("class", "handler", "worker", "classname") or toks[-2:] in (
            ("job", "class"), ("job", "name"), ("task", "name"), ("worker", "class"), ("handler", "class")):
        return _labels(ctx, "job_classes", "a background job's class")
    if head in ("service", "app", "application", "component") and table & _OPS_TABLES or toks[-2:] == ("service", "name") \
            and table & _OPS_TABLES:
        return _labels(ctx, "services", "a service of the system")
    if table & _FLAG_TABLES and head in ("key", "name", "slug", "flag", "identifier"):
        return [("tech.flag_key", {}, "a feature flag's key")]
    if table & _KEY_TABLES and head in ("prefix", "hint", "preview", "last4", "masked"):
        return [("security.key_prefix", {"head": head}, "the visible start of a key")]
    return []


def computing_number(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Numbers of software systems: exit codes, HTTP status codes, memory, disk, cores."""
    toks, head = ctx.toks, ctx.toks[-1]
    v = _vocab()
    if toks[-2:] in (("exit", "code"), ("exit", "status"), ("return", "code"), ("exit",)) or head == "exitcode":
        return "number.measure", {"values": v["exit_codes"], "zero": 0.85}, "a process's exit code: mostly 0"
    http = "http" in toks or _in_requests(ctx) or set(ctx.table_toks) & {"response"}
    if http and (toks[-2:] in (("status", "code"), ("response", "code"), ("http", "status"), ("response", "status"))
                 or head in ("status", "statuscode")):
        return "number.measure", {"values": v["http_status"]}, "an HTTP status code: mostly 200"
    units = {"mb": "memory_mb", "mib": "memory_mb", "gb": "memory_gb", "gib": "memory_gb"}
    if head in units and set(toks) & {"memory", "ram", "mem", "heap"}:
        return "number.measure", {"values": v[units[head]]}, f"memory in {head.upper()}"
    if head in ("gb", "gib", "tb") and set(toks) & {"disk", "storage", "volume", "ssd", "hdd", "drive"}:
        return "number.measure", {"values": v["disk_tb" if head == "tb" else "disk_gb"]}, f"disk in {head.upper()}"
    if head in ("vcpus", "vcpu", "cpus", "cores") or toks[-2:] in (("cpu", "count"), ("cpu", "core"), ("cpu", "cores"),
                                                                   ("core", "count"), ("num", "core")):
        return "number.measure", {"values": v["cores"]}, "a machine's CPU cores"
    return None
