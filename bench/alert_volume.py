#!/usr/bin/env python3
"""Alert volume: how many customers of a generated book `vigil batch` alerts on, at the
default threshold, and what a reviewer would see.

    bench/alert_volume.py --vigil build/apps/vigil/vigil                 # 100,000 rows, seed 1
    bench/alert_volume.py --vigil ... --seed 2 --json
    bench/alert_volume.py --vigil ... --rows 20000 --max-alerting-rate 0.5

Generates the book with customer_book.py (or takes --book), runs `vigil batch`, and prints
rows screened, rows alerting, alerts, alerts per alerting row, parties per alerting row, the
share of alerts that only the name supports, alerting rates per locale and the top alerting
rows. With --max-alerting-rate (percent) or --max-alerts-per-row it exits 1 when the book
exceeds them: the CI gate."""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import faker

import alert_report
import customer_book


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vigil", default="vigil", help="the vigil binary")
    parser.add_argument("--book", help="screen this CSV instead of generating one")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plant", type=int, default=0,
                        help="listed names to plant (counted apart; default 0)")
    parser.add_argument("--threshold", type=float, help="default: vigil's")
    parser.add_argument("--exclude-dataset", action="append", default=[], metavar="ID",
                        help="passed to vigil batch (repeatable)")
    parser.add_argument("--work-dir", help="keep the book and batch output here")
    parser.add_argument("--no-parties", action="store_true",
                        help="do not count parties (saves exporting the lists when the batch "
                             "output has no party field)")
    parser.add_argument("--top", type=int, default=30, help="alerting rows to list")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--max-alerting-rate", type=float, metavar="PCT",
                        help="fail above this percentage of rows alerting")
    parser.add_argument("--max-alerts-per-row", type=float,
                        help="fail above this many alerts per alerting row")
    return parser.parse_args(argv)


def write_book(args, path):
    book_args = customer_book.parse_arguments(
        ["--rows", str(args.rows), "--seed", str(args.seed), "--plant", str(args.plant),
         "--vigil", args.vigil, "--output", path])
    customer_book.main_with(book_args)


def run_batch(args, book, output):
    command = [args.vigil, "batch", book, "--output", output, "--quiet"]
    if args.threshold is not None:
        command += ["--threshold", str(args.threshold)]
    for dataset in args.exclude_dataset:
        command += ["--exclude-dataset", dataset]
    start = time.monotonic()
    subprocess.run(command, check=True)
    return time.monotonic() - start


def listed_birth_dates(vigil, directory):
    """Entity id -> its listed birth dates, from `vigil export --format ftm`."""
    path = os.path.join(directory, "lists.ftm.json")
    subprocess.run([vigil, "export", "--format", "ftm", "--output", path, "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    dates = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            listed = record.get("properties", {}).get("birthDate")
            if listed:
                dates[record["id"].replace("-", ":", 1)] = listed
    os.remove(path)
    return dates


def measure(args, directory):
    book = args.book or os.path.join(directory, f"book-{args.rows}-seed{args.seed}.csv")
    if not args.book:
        write_book(args, book)
    output = os.path.join(directory, os.path.basename(book) + ".jsonl")
    seconds = run_batch(args, book, output)
    with open(book, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(output, encoding="utf-8") as f:
        results = [json.loads(line) for line in f]
    if len(rows) != len(results):
        raise SystemExit(f"{len(rows)} rows but {len(results)} results")
    count_parties = not args.no_parties
    birth_dates = ({} if alert_report.party_field(results) or not count_parties
                   else listed_birth_dates(args.vigil, directory))
    report = alert_report.summarise(rows, results, birth_dates)
    if not count_parties:
        report.update(parties=None, parties_per_alerting_row=None, party_counting="not counted")
    report.update(book=book if args.book else f"generated: {args.rows} rows, seed {args.seed}",
                  threshold=args.threshold if args.threshold is not None else "default",
                  excluded_datasets=args.exclude_dataset, faker_version=faker.VERSION,
                  batch_seconds=round(seconds, 2),
                  planted=alert_report.planted_recall(rows, results),
                  top=alert_report.top_rows(rows, results, args.top))
    return report


def print_tables(report):
    p = lambda label, value: print(f"  {label:<44} {value}")  # noqa: E731
    excluded = ", ".join(report["excluded_datasets"]) or "none"
    print(f"Alert volume — book: {report['book']} (Faker {report['faker_version']}); "
          f"threshold: {report['threshold']}; datasets excluded: {excluded}")
    p("rows screened", f"{report['rows']:,}")
    p("rows with at least one alert",
      f"{report['alerting_rows']:,} ({100 * report['alerting_rate']:.3f}%)")
    p("alerts (records)", f"{report['alerts']:,}")
    p("alerts per alerting row", f"{report['alerts_per_alerting_row']:.2f}")
    if report["parties"] is not None:
        p("parties (what a reviewer opens)", f"{report['parties']:,}")
        p("parties per alerting row", f"{report['parties_per_alerting_row']:.2f}")
    print(f"    parties counted as: {report['party_counting']}")
    p("alerts only the name supports",
      f"{report['name_only_alerts']:,} ({100 * report['name_only_share']:.1f}% of alerts)")
    p("rows with errors", f"{report['rows_with_error']:,}")
    p("vigil batch wall time", f"{report['batch_seconds']:.1f} s")
    planted = report["planted"]
    if planted["planted"]:
        p("planted listed names alerting",
          f"{planted['alerting']} of {planted['planted']} ({100 * planted['recall']:.1f}%)")
    print("\nPer locale (most alerting first):")
    print(f"  {'locale':<8} {'rows':>7} {'alerting':>8} {'rate %':>7} {'alerts':>7}")
    locales = sorted(report["per_locale"].items(),
                     key=lambda item: (-item[1]["alerting_rate"], item[0]))
    for code, c in locales:
        print(f"  {code:<8} {c['rows']:>7,} {c['alerting_rows']:>8} "
              f"{100 * c['alerting_rate']:>7.3f} {c['alerts']:>7}")
    print(f"\nTop {len(report['top'])} alerting rows (highest score first):")
    for row in report["top"]:
        print(f"  {row['id']} {row['name']!r} [{row['type']}, {row['dob'] or 'no dob'}, "
              f"{row['country']}, {row['locale']}]")
        for alert in row["alerts"]:
            support = ",".join(alert["supported_by"]) or "name only"
            print(f"      {alert['score']:.3f} (name {alert['name_score']:.3f}) "
                  f"{alert['matched_name']!r} {alert['entity_id']} {alert['schema']} "
                  f"[{support}; {' '.join(alert['adjustments']) or 'no adjustments'}]")


def gate(args, report):
    """Messages for each ceiling the book exceeds."""
    failures = []
    rate = 100 * report["alerting_rate"]
    if args.max_alerting_rate is not None and rate > args.max_alerting_rate:
        failures.append(f"alerting rows {rate:.3f}% > ceiling {args.max_alerting_rate}%")
    per_row = report["alerts_per_alerting_row"]
    if args.max_alerts_per_row is not None and per_row > args.max_alerts_per_row:
        failures.append(f"alerts per alerting row {per_row:.2f} > ceiling "
                        f"{args.max_alerts_per_row}")
    return failures


def main(argv):
    args = parse_arguments(argv)
    if args.work_dir:
        os.makedirs(args.work_dir, exist_ok=True)
        report = measure(args, args.work_dir)
    else:
        with tempfile.TemporaryDirectory() as directory:
            report = measure(args, directory)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_tables(report)
    failures = gate(args, report)
    for failure in failures:
        print("FAIL: " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
