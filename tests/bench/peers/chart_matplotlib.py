#!/usr/bin/python3
"""The dashboard's "Capex by company" chart drawn with matplotlib, the way an analyst would
script it, as a PNG of 1600 x 1000 pixels.

scripts/bench times this whole process against `capexlens chart capex --format png
--width 1600 --height 1000`, which draws the same chart (ui/charts/capexchart.cpp, laid
out by ui/export/chartexporter.cpp) from the same figures: the default companies'
actuals as solid lines with filled markers, estimates and forecasts dashed with hollow
markers, guidance as range bars (earlier revisions fainter, beside the latest), the
dated events as vertical lines with their labels, a legend with the key to the line
styles below the plot, then the sources and a caption.

usage: chart_matplotlib.py OUT.png [zh|en] [DPI]
DPI (default 200, as `capexlens chart`) sets the size of text and lines; the picture is
1600 x 1000 pixels at any DPI. Needs Debian's /usr/bin/python3 with python3-matplotlib
and fonts-noto-cjk (for the Chinese labels, and the Chinese source names in English).
"""
import datetime
import logging
import sys

import matplotlib

matplotlib.use("Agg")
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
from matplotlib.lines import Line2D  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

WIDTH_PX, HEIGHT_PX = 1600, 1000

# The figures of data/observations.json for the dashboard's default selection (ui/settings.cpp),
# in USD billions; ByteDance's CNY 160 B at 7.18 CNY per USD (data/fx.json, 2025). x is where
# the chart puts a period: a calendar year at the year, a fiscal year half a year before the
# middle of the twelve months it covers.
# Guidance: (x, low, high, latest revision of that period?).
COMPANIES = [
    {
        "name": ("Microsoft", "微软"),
        "color": "#0072B2",
        "actual": [(2021.5, 23.9), (2023.5, 55.7), (2024.5, 64.55)],
        "estimate": [(2025, 89.9)],
        "guidance": [],
    },
    {
        "name": ("Alphabet (Google)", "谷歌母公司Alphabet"),
        "color": "#D55E00",
        "actual": [(2023, 32.3), (2024, 52.5)],
        "estimate": [(2025, 62.6)],
        "guidance": [(2025, 75, 75, False), (2025, 85, 85, False), (2025, 91, 93, True), (2026, 175, 185, True)],
    },
    {
        "name": ("Amazon", "亚马逊"),
        "color": "#E69F00",
        "actual": [(2022, 63.6), (2023, 52.7), (2024, 83.0), (2025, 131.8)],
        "estimate": [(2025, 96.4)],
        "guidance": [(2026, 200, 200, True)],
    },
    {
        "name": ("Meta Platforms", "Meta"),
        "color": "#009E73",
        "actual": [(2024, 39.23), (2025, 72.22)],
        "estimate": [(2025, 52.3)],
        "guidance": [(2026, 115, 135, True)],
    },
    {
        "name": ("Oracle", "甲骨文"),
        "color": "#CC79A7",
        "actual": [(2025 + 5 / 12 - 1, 21.2)],
        "estimate": [],
        "guidance": [(2026 + 5 / 12 - 1, 35, 35, True)],
    },
    {
        "name": ("ByteDance", "字节跳动"),
        "color": "#56B4E9",
        "actual": [],
        "estimate": [(2025, 160 / 7.18)],
        "guidance": [],
    },
]

EVENTS = [  # data/events.json
    ("2024-12-26", "DeepSeek-V3 released", "DeepSeek-V3发布"),
    ("2025-01-20", "DeepSeek-R1 released", "DeepSeek-R1发布"),
    ("2025-01-21", "Stargate announced", "“星际之门”项目宣布"),
    ("2025-01-26", "DeepSeek #1 on US App Store", "DeepSeek登顶美国应用商店"),
]

SOURCES = [  # publisher (date) of every figure and event above, from data/sources.json
    "Alphabet Inc. (2025-02-04)", "Alphabet Inc. (2025-07-23)", "Alphabet Inc. (2025-10-29)",
    "Alphabet Inc. (2026-02-04)", "Amazon.com, Inc. (Form 10-K filings, via data aggregators) (2026)",
    "Amazon.com, Inc. (2026-02-05)", "Meta Platforms, Inc. (2025-01-29)", "Meta Platforms, Inc. (2026-01-28)",
    "Microsoft Corporation (2022-07)", "Microsoft Corporation (2024-07)", "Microsoft Corporation (2025-07)",
    "Morgan Stanley (Brian Nowak) (2024-12)", "OpenAI (2025-01-21)", "press reports (Oracle earnings calls) (2025)",
    "经济通 etnet, 方展策 (2025-02-11)", "浙商证券",
]

GREY = "#606060"


def date_position(iso):
    """Where the chart puts a date: the fraction of its year gone, half a year back."""
    day = datetime.date.fromisoformat(iso)
    days_in_year = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
    return day.year + day.timetuple().tm_yday / days_in_year - 0.5


def draw(out, zh, dpi):
    text = (lambda en, cn: cn if zh else en)
    # matplotlib sees only the first face of the Noto CJK collection, named JP; it falls back
    # glyph by glyph through this list.
    cjk, latin = "Noto Sans CJK JP", "DejaVu Sans"
    plt.rcParams["font.family"] = [cjk, latin] if zh else [latin, cjk]
    plt.rcParams["font.size"] = 8.5
    # Chinese readers count money in 亿 (1e8), English readers in billions.
    scale = 10.0 if zh else 1.0

    fig = plt.figure(figsize=(WIDTH_PX / dpi, HEIGHT_PX / dpi), dpi=dpi)
    ax = fig.add_axes((0.08, 0.37, 0.89, 0.56))
    legend_handles = []
    highest = 0.0
    for company in COMPANIES:
        color = company["color"]
        name = text(*company["name"])
        if company["actual"]:
            xs, ys = zip(*company["actual"])
            ax.plot(xs, [y * scale for y in ys], color=color, linewidth=2.5, marker="o", markersize=5,
                    solid_capstyle="round", solid_joinstyle="round")
            highest = max(highest, *ys)
        if company["estimate"]:
            xs, ys = zip(*company["estimate"])
            ys = [y * scale for y in ys]
            ax.plot(xs, ys, color=color, linewidth=1.8, linestyle="--")
            ax.scatter(xs, ys, s=45, facecolors="white", edgecolors=color, linewidths=1.5, zorder=3)
            highest = max(highest, *(y / scale for y in ys))
        earlier = 0
        for x, low, high, latest in company["guidance"]:
            # Revisions of one period stand side by side, the oldest on the left.
            if latest:
                x += 0.12
            else:
                x += -0.12 + 0.06 * earlier
                earlier += 1
            pad = max(high * 0.015, 1e-6) if high - low < 1e-9 else 0.0
            ax.plot([x, x], [(low - pad) * scale, (high + pad) * scale], color=color,
                    linewidth=6 if latest else 3.5, alpha=0.6 if latest else 0.3, solid_capstyle="butt")
            highest = max(highest, high)
        legend_handles.append(Line2D([], [], color=color, linewidth=2.5, marker="o", markersize=5, label=name))

    top = highest * scale * 1.08
    ax.set_xlim(2020.5, 2026.5)
    ax.set_ylim(0, top)
    ax.set_xticks(range(2021, 2027))
    ax.set_xlabel(text("Year", "年份"), fontsize=9.5)
    ax.set_ylabel(text("USD billions", "亿美元"), fontsize=9.5)
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_title(text("Capex by company", "各公司资本开支"), fontsize=12.5, fontweight="bold")

    for row, (date, en, cn) in enumerate(EVENTS):
        x = date_position(date)
        ax.axvline(x, color="#888888", linewidth=1.0, linestyle="-.")
        ax.annotate(text(en, cn), (x, 1.0), xycoords=("data", "axes fraction"), xytext=(3, -11 * (row % 4 + 1)),
                    textcoords="offset points", fontsize=7.5, color="#555555")

    legend_handles += [
        Line2D([], [], color=GREY, linewidth=2.5, marker="o", markersize=5,
               label=text("Actual (solid, filled markers)", "实际值（实线，实心点）")),
        Line2D([], [], color=GREY, linewidth=6, alpha=0.6, label=text("Guidance (range bar)", "指引（区间条）")),
        Line2D([], [], color=GREY, linestyle="none", marker="o", markersize=6, markerfacecolor="white",
               label=text("Estimate / forecast (hollow, dashed)", "估计／预测（空心点，虚线）")),
    ]
    fig.legend(handles=legend_handles, loc="upper left", bbox_to_anchor=(0.01, 0.275), ncol=4, frameon=False,
               fontsize=8, handlelength=2.5, columnspacing=1.5)

    fig.text(0.01, 0.155, text("Sources: ", "来源：") + "; ".join(SOURCES), fontsize=8, color="#444444",
             wrap=True, va="top")
    fig.text(0.01, 0.015, text("matplotlib peer of Capex Lens, dataset version 1 · exported ",
                              "Capex Lens 的 matplotlib 对照 · 数据集版本 1 · 导出于 ")
             + datetime.date.today().isoformat(), fontsize=7.5, color="#777777")
    fig.savefig(out, dpi=dpi, format="png")
    plt.close(fig)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: chart_matplotlib.py OUT.png [zh|en] [DPI]")
    out = sys.argv[1]
    zh = len(sys.argv) > 2 and sys.argv[2] == "zh"
    dpi = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    draw(out, zh, dpi)


if __name__ == "__main__":
    main()
