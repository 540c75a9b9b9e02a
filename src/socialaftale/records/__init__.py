"""Meeting records: one YAML file per meeting, checked and loaded all or nothing.

See docs/records.md for the format and :mod:`socialaftale.records.schema` for its
JSON Schema.
"""

from .files import open_regular_file, read_record_files, read_regular_file
from .format import (
    FACT_TYPES,
    FRIST_FORMS,
    Frist,
    Moedeoptegnelse,
    RecordError,
    Unit,
    fact_command,
    fact_fields,
    fact_from_text,
    read_frist,
)
from .load import Difference, LoadResult, check_record, load_record, load_records, read_units

__all__ = [
    "FACT_TYPES",
    "FRIST_FORMS",
    "Difference",
    "Frist",
    "LoadResult",
    "Moedeoptegnelse",
    "RecordError",
    "Unit",
    "check_record",
    "fact_command",
    "fact_fields",
    "fact_from_text",
    "load_record",
    "load_records",
    "open_regular_file",
    "read_frist",
    "read_record_files",
    "read_regular_file",
    "read_units",
]
