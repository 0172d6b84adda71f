#!/usr/bin/env python3
"""Aggregator of scripts/bench: reads what the benches and size steps left in target/bench/,
applies the budgets of issue 13, prints ONE table and writes target/bench/summary.json.

Inputs (all in the directory given as the only argument):
  lines.jsonl    JSON lines {"figure", "unit", "median", "p99", "floor", "floor_label", "note"}
                 printed by the benches (benches/benches/*.rs, core/benches/{sign,submit}.rs)
  load.log       output of tellsafe-load (backend throughput at 50 clients and its floor)
  web-sizes.log  stderr of scripts/web-build --sizes (shipped .wasm and the empty crate)
  so.json        {"so": bytes, "floor": bytes} written by scripts/bench
  stages.json    {"stage": exit code} of every step (a failed step leaves its figures missing)
Standard library only.
"""

import json
import re
import sys
import time
from pathlib import Path

KIB = 1024
MIB = 1024 * 1024

# id -> (label, unit, kind, limit). kind: what the budget bounds.
#   max_median / max_p99 / min_median: the figure itself; max_ratio / min_ratio: median / floor.
# Every limit is issue 13's (point 2); none has been changed here.
BUDGETS = {
    "wizard_answer": ("wizard answer()", "us", "max_median", 10.0),
    "wizard_cold_start": ("wizard cold start()", "us", "max_median", 2000.0),
    "report_build": ("report build+validate+serialize 2 KiB", "us", "max_median", 30.0),
    "cpu_path": ("CPU path (serialize, seal, digest, sign) / ring sign", "us", "max_ratio", 1.5),
    "submit_durable": ("submit to durable / durable floor (p50)", "us", "max_ratio", 1.3),
    "verify_ed25519": ("verify_request / ring verify (Ed25519)", "us", "max_ratio", 1.3),
    "verify_p256": ("verify_request / ring verify (P-256)", "us", "max_ratio", 1.3),
    # Flat: RSS after draining 10,000 reports within 10% of RSS before. A leak of even 1 KiB per
    # report would add about 10 MiB, several times this margin.
    "drain_rss": ("outbox drain 10k: RSS end / 1st delivery", "MiB", "max_ratio", 1.10),
    "drain_delivered": ("outbox drain 10k: delivered / queued", "reports", "min_ratio", 1.0),
    "backend_throughput": ("backend verified+stored at 50 clients", "reports/s", "min_median", 2000.0),
    "backend_latency": ("backend latency at 50 clients (p99)", "ms", "max_p99", 50.0),
    "wasm_gzip": ("wasm gzip (shipped) vs empty crate", "bytes", "max_median", 350.0 * KIB),
    "so_stripped": ("stripped x86_64 .so, no http", "bytes", "max_median", 1.5 * MIB),
    "peak_heap": ("peak heap: wizard session + submit", "bytes", "max_median", 2.0 * MIB),
}
# Measured too, shown without a budget of their own (context for the rows above).
INFO = {
    "sign_ed25519": "sign_request / ring sign (Ed25519)",
    "sign_p256": "sign_request / ring sign (P-256)",
}


def load_lines(d):
    figures = {}
    path = d / "lines.jsonl"
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line.startswith('{"figure"') or line.startswith("{\"figure\""):
                try:
                    f = json.loads(line)
                except json.JSONDecodeError:
                    continue
                figures[f["figure"]] = f
    return figures


def parse_load(d, figures):
    path = d / "load.log"
    if not path.exists():
        return
    text = path.read_text()
    tput = re.search(r"throughput: ([\d.]+) reports/s over ([\d.]+)s", text)
    lat = re.search(r"latency: p50 ([\d.]+) ms, p99 ([\d.]+) ms", text)
    floor = re.search(r"floor \(.*\): ([\d.]+) reports/s", text)
    stored = re.search(r"reports: (\d+) stored .*?, (\d+) failed", text)
    if not (tput and lat and floor):
        return
    note = f"{stored.group(1)} stored, {stored.group(2)} failed" if stored else ""
    figures["backend_throughput"] = {
        "figure": "backend_throughput", "unit": "reports/s", "median": float(tput.group(1)),
        "p99": None, "floor": float(floor.group(1)),
        "floor_label": "one thread: ring verify + sign + batched SQLite insert",
        "note": f"{note} in {tput.group(2)} s",
    }
    figures["backend_latency"] = {
        "figure": "backend_latency", "unit": "ms", "median": float(lat.group(1)),
        "p99": float(lat.group(2)), "floor": 1000.0 / float(floor.group(1)),
        "floor_label": "floor's per-report time (1 / floor rate)", "note": note,
    }


def parse_web(d, figures):
    path = d / "web-sizes.log"
    if not path.exists():
        return
    text = path.read_text()
    shipped = re.search(r"\(shipped\)\s+(\d+) bytes raw\s+(\d+) bytes gzip", text)
    empty = re.search(r"empty crate, same dependencies\s+(\d+) bytes raw\s+(\d+) bytes gzip", text)
    if not (shipped and empty):
        return
    figures["wasm_gzip"] = {
        "figure": "wasm_gzip", "unit": "bytes", "median": float(shipped.group(2)), "p99": None,
        "floor": float(empty.group(2)), "floor_label": "empty crate, same dependencies (gzip -9)",
        "note": f"raw {int(shipped.group(1))} bytes; empty raw {int(empty.group(1))} bytes",
    }


def parse_so(d, figures):
    path = d / "so.json"
    if not path.exists():
        return
    so = json.loads(path.read_text())
    figures["so_stripped"] = {
        "figure": "so_stripped", "unit": "bytes", "median": float(so["so"]), "p99": None,
        "floor": float(so["floor"]), "floor_label": "empty cdylib, same profile (std only), stripped",
        "note": "profile mobile, std rebuilt (lib.sh MOBILE_TOOLCHAIN), strip --strip-all",
    }


def fmt(value, unit):
    if value is None:
        return "-"
    if unit == "bytes":
        return f"{value / MIB:.2f} MiB" if value >= MIB else f"{value / KIB:.0f} KiB"
    if unit == "us":
        return f"{value / 1000:.2f} ms" if value >= 1000 else f"{value:.2f} us"
    if unit in ("reports/s", "reports"):
        return f"{value:,.0f}"
    return f"{value:.2f} {unit}" if unit not in ("reports/s",) else f"{value:.0f}"


def fmt_budget(unit, kind, limit):
    if kind in ("max_ratio", "min_ratio"):
        return ("<= " if kind == "max_ratio" else ">= ") + f"{limit:g}x"
    sign = ">= " if kind.startswith("min") else "<= "
    what = "p99 " if kind == "max_p99" else ""
    if unit == "reports/s":
        return f"{sign}{limit:,.0f}/s"
    return what + sign + fmt(limit, unit)


def judge(f, kind, limit):
    ratio = f["median"] / f["floor"] if f.get("floor") else None
    if kind == "max_median":
        return f["median"] <= limit
    if kind == "min_median":
        return f["median"] >= limit
    if kind == "max_p99":
        return f.get("p99") is not None and f["p99"] <= limit
    if kind == "max_ratio":
        return ratio is not None and ratio <= limit
    if kind == "min_ratio":
        return ratio is not None and ratio >= limit
    raise ValueError(kind)


def main():
    d = Path(sys.argv[1])
    figures = load_lines(d)
    parse_load(d, figures)
    parse_web(d, figures)
    parse_so(d, figures)
    stages = json.loads((d / "stages.json").read_text()) if (d / "stages.json").exists() else {}

    rows, out = [], []
    for fid, (label, unit, kind, limit) in list(BUDGETS.items()) + [
        (k, (v, "us", None, None)) for k, v in INFO.items()
    ]:
        f = figures.get(fid)
        budget = fmt_budget(unit, kind, limit) if kind else "(info)"
        if f is None:
            rows.append((label, "-", "-", "-", "-", budget, "MISSING" if kind else "-"))
            out.append({"id": fid, "label": label, "budget": budget, "pass": False if kind else None,
                        "measured": False})
            continue
        ratio = f["median"] / f["floor"] if f.get("floor") else None
        ok = judge(f, kind, limit) if kind else None
        rows.append((label, fmt(f["median"], f["unit"]), fmt(f.get("p99"), f["unit"]),
                     fmt(f.get("floor"), f["unit"]), f"{ratio:.2f}" if ratio is not None else "-",
                     budget, "-" if ok is None else ("pass" if ok else "FAIL")))
        out.append({"id": fid, "label": label, "unit": f["unit"], "median": f["median"],
                    "p99": f.get("p99"), "floor": f.get("floor"), "floor_label": f.get("floor_label"),
                    "ratio": ratio, "budget": budget, "budget_kind": kind, "budget_limit": limit,
                    "pass": ok, "measured": True, "note": f.get("note", "")})

    head = ("figure", "median", "p99", "same-run floor", "ratio", "budget", "result")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print()
    for o in out:
        if o.get("measured") and o.get("floor_label"):
            print(f"  {o['id']}: floor = {o['floor_label']}; {o.get('note', '')}")
    failed_stages = {k: v for k, v in stages.items() if v != 0}
    if failed_stages:
        print(f"\nsteps that failed (their figures are missing): {failed_stages}")

    failed = [o["id"] for o in out if o["pass"] is False]
    summary = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "load_average": Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else None,
        "figures": out,
        "stages": stages,
        "failed": failed,
    }
    (d / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"\n{len(out) - len(failed)} of {len(out)} rows pass or are info; failed: {', '.join(failed) or 'none'}")
    print(f"written: {d / 'summary.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
