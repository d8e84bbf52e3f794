"""The frozen model: schema objects and the column domains folded from constraints."""

from seedbed.model.domain import Bound, CaseGroup, ColumnDomain, ColumnOrder, RowCase, TableDomains
from seedbed.model.schema import (
    Check,
    Column,
    ColumnType,
    DomainType,
    Exclusion,
    ExclusionElement,
    ForeignKey,
    Identity,
    Partition,
    QualifiedName,
    Schema,
    Table,
    Trigger,
    TypeKind,
    UniqueKey,
)

__all__ = [
    "Bound", "CaseGroup", "Check", "Column", "ColumnDomain", "ColumnOrder", "ColumnType", "DomainType",
    "Exclusion", "ExclusionElement", "ForeignKey", "Identity", "Partition", "QualifiedName", "Schema", "Table",
    "RowCase", "TableDomains", "Trigger", "TypeKind", "UniqueKey",
]
