"""The FastAPI application: routes, limits, the API key and the one JSON error shape.

Routes (OpenAPI at /openapi.json, docs at /docs):

- ``POST /v1/generate``: a JSON spec -> ``{"seed": 7, "tables": {...}}``, or CSV / a SQL script by ``format``;
- ``POST /v1/values``: ``{"type", "count", "locale", ...arguments}`` -> a flat list of values;
- ``GET /healthz``.

Every error is ``{"ok": false, "errors": [{"code", "message", "hint", "subject"}, ...]}``
(``SeedbedError.to_dict()``, one item per problem): 400 a spec no data can satisfy (a cycle of
NOT NULL foreign keys, an unknown reference or type, bad arguments), 401 a missing or wrong
``X-API-Key`` when ``SEEDBED_API_KEY`` is set, 404/405 unknown routes, 413 past a limit (rows
per request, tables per spec, request bytes, response bytes, seconds of work), 422 malformed
input (unparseable JSON included), 500 a bug.

Bounded work (README "Security"): Faker's size-like arguments are capped where they are
checked (``seedbed.generate.fakerprov``); the response size is estimated before generating and
counted chunk by chunk while generating; each request's work stops itself at its deadline
(``seedbed.limits.deadline``); no lock is held across a request's work.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import APIKeyHeader
from starlette.exceptions import HTTPException as StarletteHTTPException

from seedbed import __version__
from seedbed.api.models import ErrorOut, GenerateOut, GenerateRequest, HealthOut, ValuesOut, ValuesRequest
from seedbed.errors import LimitExceeded, PlanError, SeedbedError, UnknownTableError, UsageError
from seedbed.introspect.spec import SpecIn, SpecProblems
from seedbed.limits import check_deadline, deadline

__all__ = ["Limits", "create_app"]


class Unauthorized(UsageError):
    """No or a wrong ``X-API-Key`` (HTTP 401)."""

    code = "SB131"


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """What one request may ask for; past any of them the answer is 413."""

    max_rows: int = 100_000  # rows generated per request (all tables; values per /v1/values)
    max_tables: int = 50  # tables per spec
    max_body: int = 1_048_576  # request body bytes
    max_response: int = 33_554_432  # bytes of generated text per response (32 MiB)
    timeout: int = 30  # seconds of work per request

    @classmethod
    def from_env(cls, *, max_rows: int | None = None, max_tables: int | None = None,
                 max_body: int | None = None, max_response: int | None = None,
                 timeout: int | None = None) -> Limits:
        """Arguments first, then ``SEEDBED_API_MAX_ROWS`` / ``_MAX_TABLES`` / ``_MAX_BODY`` /
        ``_MAX_RESPONSE`` / ``SEEDBED_API_TIMEOUT``, then defaults."""
        def pick(given: int | None, env: str, default: int) -> int:
            if given is not None:
                return given
            value = os.environ.get(env)
            return int(value) if value and value.isdigit() else default

        base = cls()
        return cls(max_rows=pick(max_rows, "SEEDBED_API_MAX_ROWS", base.max_rows),
                   max_tables=pick(max_tables, "SEEDBED_API_MAX_TABLES", base.max_tables),
                   max_body=pick(max_body, "SEEDBED_API_MAX_BODY", base.max_body),
                   max_response=pick(max_response, "SEEDBED_API_MAX_RESPONSE", base.max_response),
                   timeout=pick(timeout, "SEEDBED_API_TIMEOUT", base.timeout))


ERRORS = {status: {"model": ErrorOut} for status in (400, 401, 413, 422)}


def error_body(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"ok": False, "errors": items}


def status_of(exc: SeedbedError) -> int:
    if isinstance(exc, SpecProblems):
        return 422 if exc.malformed else 400
    if isinstance(exc, LimitExceeded):
        return 413
    if isinstance(exc, Unauthorized):
        return 401
    if isinstance(exc, UsageError | PlanError):
        return 400
    return 500


class BodyLimit:
    """Pure ASGI: refuse a request body past ``max_body`` bytes with 413 before the app reads it."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        too_big = length is not None and length.isdigit() and int(length) > self.max_body
        chunks: list[bytes] = []
        size = 0
        if not too_big:
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    chunks = []
                    break
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > self.max_body:
                    too_big = True
                    break
                if not message.get("more_body", False):
                    break
        if too_big:
            exc = LimitExceeded(f"the request body is larger than {self.max_body} bytes", subject="body",
                                hint="send a smaller spec, or raise the limit (seedbed serve --max-body)")
            await JSONResponse(error_body([exc.to_dict()]), status_code=413)(scope, receive, send)
            return
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _csv_response(files: list[Path], table: str | None) -> Response:
    by_name = {f.stem: f for f in files}
    if table is not None:
        if table not in by_name:
            import difflib

            close = difflib.get_close_matches(table, list(by_name), n=2, cutoff=0.6)
            raise UnknownTableError(f"unknown table {table!r}", subject="table",
                                    hint=f"did you mean {' or '.join(map(repr, close))}?" if close
                                    else f"tables: {', '.join(by_name)}")
        return Response(by_name[table].read_bytes(), media_type="text/csv; charset=utf-8")
    if len(files) == 1:
        return Response(files[0].read_bytes(), media_type="text/csv; charset=utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            info = zipfile.ZipInfo(f.name, date_time=(1980, 1, 1, 0, 0, 0))  # same bytes for the same seed
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, f.read_bytes())
    return Response(buf.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="seedbed-csv.zip"'})


def _too_big(limits: Limits, what: str) -> LimitExceeded:
    return LimitExceeded(f"the response would be larger than {limits.max_response:,} bytes ({what})",
                         subject="response", hint="ask for fewer rows or smaller values, use `seedbed generate` for "
                                                  "large data, or raise the limit (seedbed serve --max-response)")


class ResponseBudget:
    """Counts the text of every chunk before a sink writes it, and the time; stops the work past either.

    ``estimate`` refuses before generating when Faker columns alone (their pools' mean value
    length times the rows) would pass the limit; the count while generating catches the rest.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.used = 0

    def estimate(self, plan: Any, locale: str | None) -> None:
        from seedbed.generate import fakerprov

        total = 0.0
        for tp in plan.tables.values():
            for col in tp.columns:
                spec = col.spec
                provider = getattr(spec, "provider", None) or ""
                if provider.startswith("faker.") and tp.rows:
                    check_deadline()
                    total += tp.rows * (fakerprov.mean_chars(locale, provider.removeprefix("faker."),
                                                             spec.params) + 4)
        if total > self.limits.max_response:
            raise _too_big(self.limits, f"about {int(total):,} bytes of values asked")

    def __call__(self, name: Any, chunk: Any) -> None:
        check_deadline()
        self.used += sum(len(cell) + 4 for cells in chunk.columns.values() for cell in cells)
        if self.used > self.limits.max_response:
            raise _too_big(self.limits, f"{name}")


def run_spec(spec: SpecIn, fmt: str, limits: Limits, *, inserts: bool = False, table: str | None = None) -> Response:
    """Validate, plan, check the limits, generate: the body of ``POST /v1/generate``.

    The work is bounded by ``limits.timeout`` (it stops itself: ``seedbed.limits.deadline``)."""
    with deadline(limits.timeout):
        return _run_spec(spec, fmt, limits, inserts=inserts, table=table)


def _run_spec(spec: SpecIn, fmt: str, limits: Limits, *, inserts: bool = False, table: str | None = None) -> Response:
    from seedbed.generate_files import Source, plan_for, write_plan
    from seedbed.introspect.spec import load_spec
    from seedbed.sinks.files import CsvSink, JsonSink, SqlSink, create_statements

    if len(spec.tables) > limits.max_tables:
        raise LimitExceeded(f"the spec has {len(spec.tables)} tables; at most {limits.max_tables} per request",
                            subject="schema", hint="split the spec, or raise the limit (seedbed serve --max-tables)")
    schema, options = load_spec(spec)
    src = Source(schema=schema, options=options, kind="spec", label="spec", ddl=create_statements(schema))
    plan = plan_for(src)
    if plan.total_rows > limits.max_rows:
        raise LimitExceeded(f"the spec asks for {plan.total_rows} rows; at most {limits.max_rows} per request",
                            subject="count", hint="lower the counts, use `seedbed generate` for large data, "
                                                  "or raise the limit (seedbed serve --max-rows)")
    budget = ResponseBudget(limits)
    budget.estimate(plan, plan.locale)
    if fmt == "csv":
        with tempfile.TemporaryDirectory(prefix="seedbed-api-") as tmp:
            sink = CsvSink(Path(tmp), schema, header={})
            try:
                write_plan(src, plan, sink, on_chunk=budget)
            finally:
                files = sink.close()
            return _csv_response(files, table)
    buf = io.StringIO()
    if fmt == "sql":
        from seedbed.generate_files import reproduce_command

        header = {"generated by": f"seedbed {__version__}", "seed": plan.seed,
                  "reproduce": reproduce_command("SPEC", "sql", plan.seed, rows=None, rows_per_table=None,
                                                 inserts=inserts)}
        sql_sink = SqlSink(None, schema, header=header, ddl=src.ddl, inserts=inserts, stream=buf)
        write_plan(src, plan, sql_sink, on_chunk=budget)
        sql_sink.close(True)
        return Response(buf.getvalue(), media_type="application/sql; charset=utf-8")
    json_sink = JsonSink(None, schema, header={"seed": plan.seed}, stream=buf)
    write_plan(src, plan, json_sink, on_chunk=budget)
    json_sink.close(True)
    return Response(buf.getvalue(), media_type="application/json")


def run_values(req: ValuesRequest, limits: Limits) -> dict[str, Any]:
    """The body of ``POST /v1/values``: a one-column spec, generated, flattened."""
    if req.count > limits.max_rows:
        raise LimitExceeded(f"{req.count} values asked; at most {limits.max_rows} per request", subject="count",
                            hint="ask for fewer, or raise the limit (seedbed serve --max-rows)")
    if req.type == "foreign_key":
        raise UsageError("foreign_key needs a table to refer to", subject="type",
                         hint="use POST /v1/generate with a spec")
    column = {"type": req.type, "unique": req.unique, **(req.model_extra or {})}
    spec = {"count": req.count, "locale": req.locale, "schema": {"values": {"columns": {"value": column}}}}
    if req.seed is not None:
        spec["seed"] = req.seed
    from seedbed.introspect.spec import parse_spec

    doc = json.loads(run_spec(parse_spec(spec), "json", limits).body)
    return {"type": req.type, "seed": doc["seed"], "values": [row["value"] for row in doc["tables"]["values"]]}


def create_app(*, limits: Limits | None = None, api_key: str | None = None) -> Any:
    """The ASGI application. ``api_key`` (else ``SEEDBED_API_KEY``) makes ``X-API-Key`` required on /v1."""
    limits = limits or Limits.from_env()
    key = (api_key if api_key is not None else os.environ.get("SEEDBED_API_KEY")) or None  # "" means no key
    app = FastAPI(title="seedbed", version=__version__,
                  description="Realistic, constraint-valid synthetic data from a JSON spec. "
                              "Deterministic: the same spec and seed give the same bytes.")
    app.state.api_key = key
    app.state.limits = limits
    header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Required when the server has SEEDBED_API_KEY.")

    def check_key(given: str | None = Depends(header)) -> None:
        if key is not None and (given is None or not secrets.compare_digest(given.encode(), key.encode())):
            raise Unauthorized("missing or wrong X-API-Key header", subject="X-API-Key",
                               hint="send the key the server was started with (SEEDBED_API_KEY)")

    @app.exception_handler(SeedbedError)
    async def seedbed_error(request: Request, exc: SeedbedError) -> JSONResponse:
        items = exc.to_dicts() if isinstance(exc, SpecProblems) else [exc.to_dict()]
        return JSONResponse(error_body(items), status_code=status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        items = []
        for e in exc.errors():
            loc = [str(p) for p in e.get("loc", ()) if p != "body"]
            where = ".".join(loc) or "body"
            items.append({"code": "SB120", "message": f"{where}: {e.get('msg', 'invalid')}", "hint": None,
                          "subject": where})
        return JSONResponse(error_body(items or [{"code": "SB120", "message": "malformed request", "hint": None,
                                                  "subject": "body"}]), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, ValueError | RecursionError):
            # FastAPI's "error parsing the body": JSON the decoder gave up on (a 5,000-digit
            # number, nesting past its recursion limit). Malformed input: 422 SB120, as promised.
            reason = "nested too deeply" if isinstance(exc.__cause__, RecursionError) else \
                str(exc.__cause__).split(";")[0][:200]
            return JSONResponse(error_body([{"code": "SB120", "message": f"the body is not valid JSON: {reason}",
                                             "hint": "send a JSON spec (see /docs)", "subject": "body"}]),
                                status_code=422)
        code = {404: "SB132", 405: "SB133"}.get(exc.status_code, "SB100")
        return JSONResponse(error_body([{"code": code, "message": str(exc.detail), "hint": "see /docs",
                                         "subject": request.url.path}]), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(error_body([{"code": "SB000", "message": f"internal error: {type(exc).__name__}",
                                         "hint": "this is a bug in seedbed; please report it with the request",
                                         "subject": request.url.path}]), status_code=500)

    @app.get("/healthz", response_model=HealthOut, tags=["meta"])
    def healthz() -> dict[str, Any]:
        """Liveness: always ``{"ok": true}`` while the server runs."""
        return {"ok": True, "version": __version__}

    @app.post("/v1/generate", tags=["generate"], responses={
        200: {"model": GenerateOut, "content": {"text/csv": {}, "application/zip": {}, "application/sql": {}},
              "description": "json: {seed, tables}; csv: one table (or a zip); sql: a script"}, **ERRORS},
        dependencies=[Depends(check_key)])
    def generate(body: GenerateRequest) -> Response:
        """Generate every table of a JSON spec: foreign keys consistent, constraints held, deterministic."""
        return run_spec(body, body.format, limits, inserts=body.inserts, table=body.table)

    @app.post("/v1/values", response_model=ValuesOut, tags=["generate"], responses=ERRORS,
              dependencies=[Depends(check_key)])
    def values(body: ValuesRequest) -> dict[str, Any]:
        """A flat list of ``count`` values of one type (a semantic type or a Faker method with its arguments)."""
        return run_values(body, limits)

    if limits.max_body:
        app.add_middleware(BodyLimit, max_body=limits.max_body)
    return app
