#!/usr/bin/env python3
"""Why rows of a customer book alert: each alert of a `vigil batch` output put in one cause
by the explanation the batch wrote (aligned tokens, leftover tokens, adjustments), with
counts and examples, and flags that cut across causes. For the engineer tuning the scorer.

    bench/alert_causes.py BOOK.csv BOOK.csv.jsonl [--examples 4] [--json]

BOOK.csv.jsonl is what alert_volume.py --work-dir DIR leaves in DIR. The causes are rules of
thumb over the explanation, not the scorer's own reasons: see CAUSES for each."""

import argparse
import collections
import csv
import json
import sys
import unicodedata

import alert_report

# A token weighing this little is a legal form, particle or honorific (docs/matching.md: a
# legal form weighs 0.12, a particle about 0.2, a name token 0.3 to 1.0).
GENERIC_WEIGHT = 0.25
SAME_TOKEN = 0.95  # at or above: the same token (exact, equivalent, phonetic 1.0)

CAUSES = {
    "one_token": "the match rests on one distinctive token (the rest legal forms, particles)",
    "same_name_dob_conflict": "a person with the same name; the listed birth date conflicts "
                              "(1.00 - 0.15 = 0.85, the threshold)",
    "same_name_no_dob": "a person with the same name; no listed birth date to compare",
    "same_name_dob_agrees": "a person with the same name; the birth year agrees too",
    "same_name_organisation": "an organisation with the same name (legal forms aside)",
    "query_inside_list_name": "every distinctive query token matches; the list name has more",
    "list_name_inside_query": "every distinctive list token matches; the query has more",
    "fuzzy_tokens": "all tokens align, one or more only approximately (< 0.95)",
    "partial_both_sides": "tokens left over on both sides",
}


def distinctive(alignments):
    return [a for a in alignments if a["weight"] > GENERIC_WEIGHT]


def leftovers(tokens, masses):
    return [t for t, mass in zip(tokens, masses) if mass > GENERIC_WEIGHT]


def birth_date_delta(match):
    deltas = [a["delta"] for a in match["explanation"]["adjustments"]
              if a["feature"] == "birth_date"]
    return deltas[0] if deltas else None


def same_name_cause(row, match):
    if row.get("type") != "person":
        return "same_name_organisation"
    delta = birth_date_delta(match)
    if delta is None:
        return "same_name_no_dob"
    return "same_name_dob_conflict" if delta < 0 else "same_name_dob_agrees"


def cause_of(row, match):
    e = match["explanation"]
    tokens = distinctive(e["alignments"])
    query_left = leftovers(e["unmatched_query_tokens"], e["unmatched_query_mass"])
    list_left = leftovers(e["unmatched_list_tokens"], e["unmatched_list_mass"])
    if len(tokens) <= 1:
        return "one_token"
    if query_left and list_left:
        return "partial_both_sides"
    if list_left:
        return "query_inside_list_name"
    if query_left:
        return "list_name_inside_query"
    if any(a["similarity"] < SAME_TOKEN for a in tokens):
        return "fuzzy_tokens"
    return same_name_cause(row, match)


def in_latin_letters(name):
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def flags_of(row, match):
    """Facts that cut across causes."""
    adjustments = {a["feature"]: a["delta"] for a in match["explanation"]["adjustments"]}
    flags = []
    if not alert_report.supported_by(match):
        flags.append("name only (no birth date, country or identifier support)")
    if adjustments.get("birth_date", 0) < 0:
        flags.append("alerts despite a conflicting birth date")
    if adjustments.get("country", 0) < 0:
        flags.append("alerts despite a conflicting country")
    if match["schema"] == "unknown":
        flags.append("list entry of unknown type (no type check)")
    if row.get("type") == "person" and match["schema"] not in ("person", "unknown"):
        flags.append("person query, non-person entry")
    if row.get("type") == "organization" and match["schema"] == "person":
        flags.append("organisation query, person entry")
    if any(a["how"] == "phonetic" for a in distinctive(match["explanation"]["alignments"])):
        flags.append("a distinctive token aligned by its phonetic key")
    if match["matched_name_kind"] != "primary":
        flags.append(f"matched a {match['matched_name_kind']} name")
    if not in_latin_letters(row["name"]):
        flags.append("query not in Latin letters")
    return flags


def example(row, match):
    adjustments = " ".join(f"{a['feature']} {a['delta']:+.2f}"
                           for a in match["explanation"]["adjustments"])
    return (f"{row['name']!r} ({row.get('type', '')}, {row.get('dob') or 'no dob'}, "
            f"{row.get('country', '')}) -> {match['matched_name']!r} {match['entity_id']} "
            f"{match['schema']}: {match['score']:.3f} (name {match['name_score']:.3f}"
            f"{'; ' + adjustments if adjustments else ''})")


def analyse(rows, results, examples):
    alerts = collections.Counter()
    best = collections.Counter()
    flags = collections.Counter()
    samples = collections.defaultdict(list)
    for row, result in zip(rows, results):
        found = alert_report.alerts_of(result)
        if not found or row.get("planted") == "1":
            continue
        for match in found:
            cause = cause_of(row, match)
            alerts[cause] += 1
            flags.update(flags_of(row, match))
        top = max(found, key=lambda m: m["score"])
        cause = cause_of(row, top)
        best[cause] += 1
        seen = {s[0] for s in samples[cause]}
        if len(samples[cause]) < examples and row["name"] not in seen:
            samples[cause].append((row["name"], example(row, top)))
    return {"causes": [{"cause": c, "meaning": CAUSES[c], "alerts": alerts[c],
                        "rows_by_best_alert": best[c],
                        "examples": [text for _, text in samples[c]]}
                       for c in sorted(CAUSES, key=lambda c: -alerts[c]) if alerts[c]],
            "flags": dict(flags.most_common()), "alerts": sum(alerts.values()),
            "alerting_rows": sum(best.values())}


def print_report(report):
    print(f"{report['alerts']} alerts on {report['alerting_rows']} rows, by cause:")
    print(f"  {'cause':<26} {'alerts':>6} {'rows':>5}")
    for c in report["causes"]:
        print(f"  {c['cause']:<26} {c['alerts']:>6} {c['rows_by_best_alert']:>5}  {c['meaning']}")
        for text in c["examples"]:
            print(f"      {text}")
    print("\nFlags (alerts; one alert can have several):")
    for flag, count in report["flags"].items():
        print(f"  {count:>6}  {flag}")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("book")
    parser.add_argument("results")
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with open(args.book, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(args.results, encoding="utf-8") as f:
        results = [json.loads(line) for line in f]
    report = analyse(rows, results, args.examples)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
