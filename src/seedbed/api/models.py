"""Request and response bodies of the HTTP API (they make the OpenAPI document at /openapi.json)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from seedbed.introspect.spec_types import SpecIn

__all__ = ["ErrorItem", "ErrorOut", "GenerateOut", "GenerateRequest", "HealthOut", "ValuesOut", "ValuesRequest"]


class GenerateRequest(SpecIn):
    """A JSON spec, plus how to return the data."""

    format: Literal["json", "csv", "sql"] = Field(
        "json", description="json: {tables, seed}; csv: text/csv of one table (or a zip of every table); "
                            "sql: a script that loads into an empty database.")
    table: str | None = Field(None, max_length=200, description="csv: only this table.")
    inserts: bool = Field(False, description="sql: INSERT statements instead of COPY blocks.")


class ValuesRequest(BaseModel):
    """A flat list of values of one type; keys other than these are the type's arguments."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    type: str = Field(min_length=1, max_length=100, description="A semantic type or a Faker method name.")
    count: int = Field(10, ge=0, description="How many values.")
    locale: str = Field("en_US", min_length=2, max_length=20)
    seed: int | None = Field(None, ge=0, le=2**63 - 1)
    unique: bool = False


class GenerateOut(BaseModel):
    seed: int
    tables: dict[str, list[dict[str, Any]]]


class ValuesOut(BaseModel):
    type: str
    seed: int
    values: list[Any]


class HealthOut(BaseModel):
    ok: bool
    version: str


class ErrorItem(BaseModel):
    code: str = Field(description="Stable error code, e.g. SB401.")
    message: str
    hint: str | None = None
    subject: str | None = None


class ErrorOut(BaseModel):
    """The one error shape of the API (and of ``--output json`` and MCP tool errors)."""

    ok: Literal[False] = False
    errors: list[ErrorItem]
