"""A measurement read against its reference (issue 10, round 6).

A lab result's ``value`` beside its ``ref_low`` / ``ref_high``, a QC run's ``measured_value`` beside its
``target_mean`` and ``target_sd``, an ``abnormal_flag`` beside them: drawn independently, a result of 904
sat over a range of 202-915 flagged ``LL`` and a control's standard deviation was larger than its mean.

* ``within``: a measured value (``value``, ``result``, ``measured_*``, ``reading``, ``observed_*``,
  ``concentration``; a ``level`` is too often a code) beside a row's low/high pair (``ref_low`` / ``ref_high``,
  ``normal_min`` / ``normal_max``, ``lower_limit`` / ``upper_limit``) lies mostly inside it, some rows a
  little below or above (``seedbed.generate.ranges``);
* ``spread``: a standard deviation (``*_sd``, ``stdev``, ``std_dev``, ``sigma``) is a few per cent of its
  row's mean (``target_mean`` / ``target_sd``, ``avg_x`` / ``x_stddev``);
* ``near``: a measured value beside a mean and its standard deviation lies around the mean, most within
  two deviations;
* ``range_flag``: a flag column (``abnormal_flag``, ``hl_flag``, ``interpretation``) says where the value
  fell: normal inside the range, low or high outside, critical far outside, in the column's own labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, TypeKind

__all__ = ["range_derivations"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT)
_LOW = frozenset("low lower min minimum lo floor".split())
_HIGH = frozenset("high upper max maximum hi ceiling".split())
_VALUE = frozenset("value result measured measurement reading observed concentration obs".split())
_NOT_VALUE = frozenset("target expected mean avg average sd stdev stddev std sigma deviation cv id count "
                       "price cost amount fee total".split())
_MEAN = frozenset("mean avg average target expected nominal".split())
_SD = frozenset("sd stdev stddev std sigma deviation".split())
_FLAG = frozenset("flag abnormal interpretation".split())


def _pair(numeric: Mapping[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """The row's (low, high) columns: two numeric names one word apart, that word low and high."""
    for lo, ltoks in sorted(numeric.items()):
        for hi, htoks in sorted(numeric.items()):
            if lo == hi or len(ltoks) != len(htoks):
                continue
            diff = [(a, b) for a, b in zip(ltoks, htoks, strict=True) if a != b]
            if len(diff) == 1 and diff[0][0] in _LOW and diff[0][1] in _HIGH:
                return lo, hi
    return None


def _values(numeric: Mapping[str, tuple[str, ...]], skip: set[str]) -> list[str]:
    return [n for n, t in sorted(numeric.items()) if n not in skip and set(t) & _VALUE
            and not set(t) & (_NOT_VALUE | _LOW | _HIGH)]


def range_derivations(cols: Mapping[str, Column], usable: Mapping[str, bool], sources: frozenset[str],
                      taken: set[str]) -> list:
    """The ``within`` / ``spread`` / ``near`` / ``range_flag`` derivations of one table's columns."""
    from seedbed.planning.derived import Derived

    numeric = {n: tokens(n) for n, c in cols.items() if c.type.kind in _NUMERIC and n in sources}
    out: list[Derived] = []
    done = set(taken)
    pair = _pair(numeric)
    means = [n for n, t in sorted(numeric.items()) if set(t) & _MEAN and not set(t) & _SD]
    sds = {n: t for n, t in sorted(numeric.items()) if set(t) & _SD and n not in done and usable.get(n)}
    mean_sd: tuple[str, str] | None = None
    for sd, stoks in sds.items():
        rest = set(stoks) - _SD
        mean = next((m for m in means if set(numeric[m]) - _MEAN - _SD == rest - _MEAN), None)
        if mean:  # a control's sd is a few per cent of its mean
            out.append(Derived(column=sd, source=mean, op="part_of:0.02:0.08"))
            done.add(sd)
            mean_sd = mean_sd or (mean, sd)
    value = None
    if pair or mean_sd:
        skip = done | set(pair or ()) | set(mean_sd or ())
        value = next((v for v in _values(numeric, skip) if usable.get(v)), None)
    if value and pair:
        out.append(Derived(column=value, source=pair[0], op="within", other=pair[1]))
    elif value and mean_sd:
        out.append(Derived(column=value, source=mean_sd[0], op="near", other=mean_sd[1]))
    if value and pair:
        for name, c in sorted(cols.items()):
            if name in done or not usable.get(name) or c.type.kind not in (TypeKind.TEXT, TypeKind.ENUM) \
                    or not set(tokens(name)) & _FLAG:
                continue
            out.append(Derived(column=name, source=value, op="range_flag", other=pair[0], terms=("+" + pair[1],)))
            break
    return out
