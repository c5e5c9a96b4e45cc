"""Read a news-analytics warehouse's Delta tables into pandas, without a JVM (delta-rs).

The table names are the contracts in
common/src/main/java/org/newsanalytics/common/table/Tables.java; this module only reads them.
The warehouse is $NEWS_ANALYTICS_WAREHOUSE, else the demo's ./warehouse beside notebooks/.
"""
from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd
import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
from deltalake import DeltaTable
from deltalake.exceptions import TableNotFoundError

# Tables.all(), in the same order.
TABLES = (
    "articles", "rejects", "runs", "entities", "quotes", "event_mentions", "extracted", "events",
    "attack_frequency", "talk_rounds", "sanction_mentions", "entity_trends", "quote_trends",
)
GRANULARITIES = ("day", "week", "month")
# The value trend tables use for "every value of this dimension" (the total row).
ALL = "all"


def warehouse() -> Path:
    """The warehouse directory: $NEWS_ANALYTICS_WAREHOUSE, else ../warehouse relative to this file."""
    env = os.environ.get("NEWS_ANALYTICS_WAREHOUSE")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "warehouse"


def exists(table: str) -> bool:
    _check(table)
    return (warehouse() / table / "_delta_log").is_dir()


def load(table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """The table as a DataFrame; DATE and TIMESTAMP columns become pandas datetimes.

    A table not written yet (extraction not run) loads as an empty DataFrame, so a notebook
    can say "no data yet" instead of failing.
    """
    _check(table)
    try:
        dt = DeltaTable(str(warehouse() / table))
    except TableNotFoundError:
        return pd.DataFrame(columns=columns or [])
    arrow = dt.to_pyarrow_table(columns=columns)
    df = arrow.to_pandas()
    for field in arrow.schema:
        if pa.types.is_date(field.type) or pa.types.is_timestamp(field.type):
            df[field.name] = pd.to_datetime(df[field.name], utc=pa.types.is_timestamp(field.type))
    return df


def row_count(table: str) -> int:
    """Rows in a table, from the Delta log's file statistics when every file has them (no data read)."""
    if not exists(table):
        return 0
    dt = DeltaTable(str(warehouse() / table))
    records = pa.table(dt.get_add_actions(flatten=True)).column("num_records")
    if records.null_count == 0:
        return int(pa.compute.sum(records).as_py() or 0)
    return dt.to_pyarrow_table(columns=[dt.schema().to_arrow()[0].name]).num_rows


def trend(table: str, granularity: str = "week", **dimensions: str) -> pd.DataFrame:
    """Rows of a trend table at one granularity, with dimension columns fixed (e.g. event_mode="all"),
    sorted by period_start."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"Cannot use granularity {granularity!r}: expected one of {', '.join(GRANULARITIES)}")
    df = load(table)
    if df.empty:
        return df
    df = df[df["granularity"] == granularity]
    for column, value in dimensions.items():
        df = df[df[column] == value]
    return df.sort_values("period_start").reset_index(drop=True)


def publication_range(granularity: str = "week"):
    """The first and last period starts (pandas Timestamps) of the articles' publication dates, or None."""
    articles = load("articles", ["published_date"])
    if articles.empty:
        return None
    dates = pd.to_datetime(articles["published_date"])
    freq = {"day": "D", "week": "W-MON", "month": "MS"}[granularity]
    first, last = dates.min(), dates.max()
    if granularity == "week":
        first, last = first - pd.Timedelta(days=first.weekday()), last - pd.Timedelta(days=last.weekday())
    elif granularity == "month":
        first, last = first.replace(day=1), last.replace(day=1)
    return first.normalize(), last.normalize()


def within_publication(df: pd.DataFrame, granularity: str = "week", what: str = "attacks",
                       count: str = "distinct_attacks") -> pd.DataFrame:
    """The rows whose period lies in the articles' publication range; what lies outside (history dated
    years back, a misread date) is counted in one printed line, not plotted, so it cannot squeeze the news."""
    rng = publication_range(granularity)
    if df.empty or rng is None:
        return df
    inside = df["period_start"].between(rng[0], rng[1])
    outside = df[~inside]
    if not outside.empty:
        killed = int(outside["killed"].fillna(0).sum()) if "killed" in outside else 0
        print(f"{int(outside[count].sum())} {what} ({killed} killed) dated outside the articles' publication range "
              f"{rng[0].date()} to {rng[1].date()}: counted here, not plotted.")
    return df[inside].reset_index(drop=True)


def no_data(df: pd.DataFrame, what: str) -> bool:
    """True, after saying so, when df is empty: the cell then skips its chart."""
    if df.empty:
        print(f"No {what} yet in {warehouse()}: run `bin/news-analytics run` (extract and trends) on it.")
        return True
    return False


def line_chart(df: pd.DataFrame, x: str, ys: list[str], title: str, ylabel: str = "count", ax=None):
    """One line per column in ys over x, with markers when the points are few."""
    ax = ax or plt.subplots(figsize=(10, 4))[1]
    for y in ys:
        ax.plot(df[x], df[y], marker="o" if len(df) <= 60 else None, label=y)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    ax.legend()
    # counts are whole: no 2.4 attacks on the axis
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.figure.autofmt_xdate()
    return ax


def fill_periods(wide: pd.DataFrame, granularity: str) -> pd.DataFrame:
    """A frame indexed by period_start, with every period from the first to the last (missing ones 0),
    so a quiet week shows as an empty bar instead of vanishing from the axis."""
    if wide.empty:
        return wide
    freq = {"day": "D", "week": "W-MON", "month": "MS"}[granularity]
    full = pd.date_range(wide.index.min(), wide.index.max(), freq=freq, name=wide.index.name)
    return wide.reindex(full, fill_value=0)


def stacked_bars(wide: pd.DataFrame, title: str, ylabel: str = "count"):
    """Stacked bars per period (index) and column, dates as labels."""
    plotted = wide.copy()
    plotted.index = plotted.index.strftime("%Y-%m-%d")
    ax = plotted.plot(kind="bar", stacked=True, figsize=(10, 4), title=title, rot=45)
    ax.set_xlabel("")
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def _check(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"Cannot read table {table!r}: expected one of {', '.join(TABLES)}")
