"""A trend and a diffusion as a person reads them: a table, CSV, JSON, or a chart (matplotlib, the ``chart``
extra). A year without a document is no data: an empty cell, ``null``, a gap in the line.

>>> from kg.ask.trends import By, Trend, TrendRow, Within
>>> t = Trend("数字经济", By.YEAR, Within.NATIONAL, "政府工作报告",
...           (TrendRow("national", 2021, 1, 0.5, 1), TrendRow("national", 2022, None, None, None)))
>>> print(as_csv(t), end="")
scope,year,count,per_10k,statements,documents
national,2021,1,0.5,1,
national,2022,,,,
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kg.ask.trends import By, First, Trend, Wording
from kg.errors import InputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["as_csv", "as_json", "as_table", "chart", "diffusion_table", "wording_table"]

# Fonts with Chinese glyphs, looked for in this order (Debian's fonts-noto-cjk, fonts-wqy-microhei; Windows, macOS).
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
             "Source Han Sans SC", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")


def as_json(found: Trend) -> str:
    """The trend as ``policykg trend --format json`` prints it.

    >>> from kg.ask.trends import TrendRow, Within
    >>> t = Trend("数字经济", By.YEAR, Within.NATIONAL, "政府工作报告", (TrendRow("national", 2021, 1, 0.5, 1),))
    >>> json.loads(as_json(t))["rows"][0]["count"]
    1
    """
    return json.dumps(found.data(), ensure_ascii=False, indent=1) + "\n"


def as_csv(found: Trend) -> str:
    """The trend as CSV: one line per year of each series, empty cells for a year without a document.

    >>> from kg.ask.trends import TrendRow, Within
    >>> t = Trend("数字经济", By.YEAR, Within.NATIONAL, "政府工作报告", (TrendRow("national", 2022, None, None, None),))
    >>> as_csv(t).splitlines()[1]
    'national,2022,,,,'
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["scope", "year", "count", "per_10k", "statements", "documents"])
    for r in found.rows:
        writer.writerow([r.scope, r.year, _cell(r.count), _cell(r.per_10k), _cell(r.statements),
                         "；".join(f"{d.name}×{d.count}" for d in r.documents)])
    return out.getvalue()


def as_table(found: Trend) -> str:
    """One line per year of each series; years without a document say so.

    >>> from kg.ask.trends import TrendRow, Within
    >>> t = Trend("数字经济", By.YEAR, Within.NATIONAL, "政府工作报告",
    ...           (TrendRow("national", 2021, 1, 0.5, 1), TrendRow("national", 2022, None, None, None)))
    >>> for line in as_table(t).splitlines():
    ...     print(line.rstrip())
    「数字经济」 by year, national, 政府工作报告
    series        year   count   per 10k  stmts  documents
    national      2021       1     0.500      1
    national      2022       —                   （无文件 no document）
    """
    head = f"「{found.term}」 by {found.by.value}, {found.within.value}" + (f", {found.kind}" if found.kind else "")
    lines = [head, f"{'series':<12}{'year':>6}{'count':>8}{'per 10k':>10}{'stmts':>7}  documents"]
    for r in found.rows:
        if r.count is None:
            lines.append(f"{r.scope:<12}{r.year:>6}{'—':>8}{'':>10}{'':>7}  （无文件 no document）")
            continue
        docs = "；".join(f"{d.name}×{d.count}" for d in r.documents)
        lines.append(f"{r.scope:<12}{r.year:>6}{r.count:>8}{r.per_10k or 0:>10.3f}{r.statements or 0:>7}  {docs}")
    return "\n".join(lines) + "\n"


def _cell(value: int | float | None) -> str:
    return "" if value is None else str(value)


def chart(found: Trend, target: Path) -> None:
    """A PNG (or SVG, by the suffix) chart: lines over the years for a trend by year or genre (a year without a
    document breaks the line), grouped bars per region and year for a trend by region; both per 10,000
    characters.

    >>> import tempfile, warnings
    >>> from kg.ask.trends import TrendRow, Within
    >>> t = Trend("数字经济", By.REGION, Within.PROVINCIAL, "", (TrendRow("广东省", 2023, 2, 0.5, 1),))
    >>> target = Path(tempfile.mkdtemp()) / "数字经济.svg"
    >>> with warnings.catch_warnings():  # a machine without a Chinese font warns of every missing glyph
    ...     warnings.simplefilter("ignore")
    ...     chart(t, target)
    >>> target.read_text(encoding="utf-8").startswith("<?xml")
    True
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise InputError("charts need matplotlib: pip install 'policykg[chart]'") from None
    _font()
    fig = _bars(found) if found.by is By.REGION else _lines(found)
    fig.savefig(target, dpi=110, metadata={"Software": None} if target.suffix != ".svg" else {"Date": None})
    plt.close(fig)


def _font() -> None:
    import matplotlib
    from matplotlib import font_manager

    chosen = _cjk_fonts(font_manager)
    matplotlib.rcParams["font.sans-serif"] = [*chosen, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "policykg"


def _cjk_fonts(font_manager: ModuleType) -> list[str]:
    """The Chinese fonts matplotlib can use, in the order of CJK_FONTS.

    matplotlib lists the system's fonts once, in a cache it keeps; a font installed after that first run is not in
    the list, so when no Chinese font is listed the system's font files are added once.
    """
    names = {f.name for f in font_manager.fontManager.ttflist}
    if not names & set(CJK_FONTS):
        listed = {f.fname for f in font_manager.fontManager.ttflist}
        for path in sorted(set(font_manager.findSystemFonts()) - listed):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a file FreeType cannot read is no font to use
        names = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in CJK_FONTS if name in names]


def _lines(found: Trend) -> Figure:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4.5))
    for scope in dict.fromkeys(r.scope for r in found.rows):
        rows = [r for r in found.rows if r.scope == scope]
        ax.plot([r.year for r in rows], [float("nan") if r.per_10k is None else r.per_10k for r in rows],
                marker="o", markersize=3, label=scope)
    ax.set_xlabel("年份 year")
    ax.set_ylabel("每万字次数 per 10,000 characters")
    ax.set_title(f"「{found.term}」" + (f"（{found.kind}）" if found.kind else "") + "；空缺 = 该年无文件")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def _bars(found: Trend) -> Figure:
    import matplotlib.pyplot as plt

    years = _bar_years(found)
    scopes = list(dict.fromkeys(r.scope for r in found.rows if r.year in years))
    value = {(r.scope, r.year): r.per_10k for r in found.rows}
    fig, ax = plt.subplots(figsize=(10, max(4.0, 0.32 * len(scopes) + 1.5)))
    height = 0.8 / max(len(years), 1)
    for i, year in enumerate(years):
        _year_bars(ax, [n + i * height for n in range(len(scopes))], [value.get((s, year)) for s in scopes],
                   height=height, label=str(year))
    ax.set_yticks([n + height * (len(years) - 1) / 2 for n in range(len(scopes))],
                  ["全国" if s == "national" else s for s in scopes])
    ax.invert_yaxis()
    ax.set_xlabel("每万字次数 per 10,000 characters（0 = 文件未提到；无文件 = 该年没有文件）")
    ax.set_title(f"「{found.term}」各地区" + (f"（{found.kind}）" if found.kind else ""))
    ax.legend(title="年份")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def _bar_years(found: Trend) -> list[int]:
    """The years with a document of a region, else the last two years with a national one."""
    regional = {r.year for r in found.rows if r.count is not None and r.scope != "national"}
    return sorted(regional) or sorted({r.year for r in found.rows if r.count is not None})[-2:]


def _year_bars(ax: Axes, ys: list[float], xs: list[float | None], *, height: float, label: str) -> None:
    """One year's bars at ``ys``; a zero is said, and so is a region without a document that year."""
    bars = ax.barh([y for y, x in zip(ys, xs, strict=True) if x is not None],
                   [x for x in xs if x is not None], height=height, label=label)
    for y, x in zip(ys, xs, strict=True):
        if not x:
            ax.text(0, y, " 0" if x == 0 else " 无文件", va="center", fontsize=7,
                    color=bars.patches[0].get_facecolor() if x == 0 and bars.patches else "#888")


def diffusion_table(firsts: list[First], term: str) -> str:
    """The first year nationally, then each province's first year, with the sentence.

    >>> print(diffusion_table([First("national", 2023, "《政府工作报告》", "发展新质生产力。", (2023,)),
    ...                        First("广东省", None, years=(2023,))], "新质生产力"), end="")
    「新质生产力」首次出现 first appearance
    全国：2023年 《政府工作报告》
        “发展新质生产力。”
    广东省：未出现（读了 2023–2023 年的文件）
    """
    national = next((f for f in firsts if f.scope == "national"), None)
    lines = [f"「{term}」首次出现 first appearance"]
    for f in firsts:
        where = "全国" if f.scope == "national" else f.scope
        if f.year is None:
            read = f"{min(f.years)}–{max(f.years)}" if f.years else "—"
            lines.append(f"{where}：未出现（读了 {read} 年的文件）")
            continue
        lag = ""
        if national and national.year and f.scope != "national":
            lag = f"（比全国{'晚' if f.year >= national.year else '早'} {abs(f.year - national.year)} 年）"
        if f.years and f.year == min(f.years) and f.scope != "national":
            lag = lag[:-1] + "；已是该地最早的文件，更早无数据）" if lag else "（已是该地最早的文件，更早无数据）"
        lines.append(f"{where}：{f.year}年{lag} {f.document}\n    “{f.quote}”")
    return "\n".join(lines) + "\n"


def wording_table(words: list[Wording], term: str, *, shown: int = 3) -> str:
    """Per year, the words before the term in its goals and measures (the most used first).

    >>> print(wording_table([Wording("national", 2023, "加快发展", 2, "加快发展新质生产力。")], "新质生产力"), end="")
    「新质生产力」前的措辞 wording before it, per year (goals and measures that name it)
    全国 2023：加快发展…×2
        “加快发展新质生产力。”
    """
    lines = [f"「{term}」前的措辞 wording before it, per year (goals and measures that name it)"]
    by_year: dict[tuple[str, int], list[Wording]] = {}
    for w in words:
        by_year.setdefault((w.scope, w.year), []).append(w)
    for (scope, year), found in by_year.items():
        leads = "；".join(f"{w.lead}…×{w.count}" for w in found[:shown])
        lines.append(f"{'全国' if scope == 'national' else scope} {year}：{leads}\n    “{found[0].quote}”")
    return "\n".join(lines) + "\n"
