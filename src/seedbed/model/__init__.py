"""The frozen model: schema objects and the column domains folded from constraints."""

from seedbed.model.domain import Bound, ColumnDomain, ColumnOrder, TableDomains
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
    TypeKind,
    UniqueKey,
)

__all__ = [
    "Bound", "Check", "Column", "ColumnDomain", "ColumnOrder", "ColumnType", "DomainType",
    "Exclusion", "ExclusionElement", "ForeignKey", "Identity", "Partition", "QualifiedName", "Schema", "Table",
    "TableDomains", "TypeKind", "UniqueKey",
]
