#!/usr/bin/env python3
"""A reproducible customer book for `vigil batch`: persons and companies of about forty
locales, in their own scripts and in Latin letters, with birth dates and countries.

    bench/customer_book.py --rows 100000 --seed 1 --output book.csv
    bench/customer_book.py --rows 20000 --plant 50 --vigil build/apps/vigil/vigil --output b.csv

Columns: id,name,type,dob,country (what `vigil batch` reads), then locale and planted (which
it ignores; the alert-volume benchmark reads them), and gender with --gender. The same seed
and options give the same bytes (with the same Faker version: Debian 12's 0.9.3).
--plant K puts K names of listed parties (their primary names, with their birth date and
country where listed) in place of K generated rows, marked planted=1: true positives the
benchmark can count apart. Rows that are not planted do not change with K."""

import argparse
import csv
import datetime
import random
import sys

from book_locales import HOST_COUNTRIES, HOST_COUNTRY_SHARE, HOST_LOCALES, european_locales
from book_locales_scripts import (cyrillic_greek_georgian_locales, east_asia_locales,
                                  middle_east_and_south_asia_locales)
from book_persons import render
from book_planted import planted_rows
from book_pools import Pool

COMPANY_SHARE = 0.25
MISSING_DOB_SHARE = 0.03  # persons whose record has no birth date
# Ages of adult customers on the reference date: (from, to, share of persons).
AGE_BANDS = [(18, 30, 0.20), (30, 45, 0.30), (45, 60, 0.27), (60, 75, 0.17), (75, 90, 0.06)]
# A fixed date, not today: the same seed gives the same birth dates in any year.
REFERENCE_DATE = datetime.date(2025, 1, 1)
COLUMNS = ["id", "name", "type", "dob", "country", "locale", "planted"]


def all_locales(seed):
    return (european_locales(seed) + cyrillic_greek_georgian_locales(seed) +
            middle_east_and_south_asia_locales(seed) + east_asia_locales(seed))


def birth_date(rng):
    band = rng.random()
    for low, high, share in AGE_BANDS:
        if band < share:
            break
        band -= share
    age_days = int((low + rng.random() * (high - low)) * 365.25)
    return (REFERENCE_DATE - datetime.timedelta(days=age_days)).isoformat()


class BookWriter:
    """Draws rows: a locale by weight, then a person or a company of it."""

    def __init__(self, seed, with_gender):
        self.rng = random.Random(seed)
        self.locales = all_locales(seed)
        self.locale_pool = Pool(range(len(self.locales)), [s.weight for s in self.locales])
        self.country_pools = [Pool([c for c, _ in s.countries], [w for _, w in s.countries])
                              for s in self.locales]
        self.host_pool = Pool([c for c, _ in HOST_COUNTRIES], [w for _, w in HOST_COUNTRIES])
        self.with_gender = with_gender

    def _country(self, index):
        spec = self.locales[index]
        if spec.code not in HOST_LOCALES and self.rng.random() < HOST_COUNTRY_SHARE:
            return self.host_pool.pick(self.rng)
        return self.country_pools[index].pick(self.rng)

    def row(self, number):
        rng = self.rng
        index = self.locale_pool.pick(rng)
        spec = self.locales[index]
        row = {"id": f"C{number:07d}", "locale": spec.code, "planted": "0"}
        if rng.random() < COMPANY_SHARE:
            row.update(name=spec.company.build(rng), type="organization", dob="")
        else:
            female = rng.random() < 0.5
            row.update(name=render(rng, spec.person.build(rng, female)), type="person",
                       dob="" if rng.random() < MISSING_DOB_SHARE else birth_date(rng))
            if self.with_gender and spec.has_gender:
                row["gender"] = "female" if female else "male"
        row["country"] = self._country(index)
        return row


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", default="-", help="CSV file; - for stdout")
    parser.add_argument("--plant", type=int, default=0, metavar="K",
                        help="put K listed parties' names in the book (planted=1)")
    parser.add_argument("--planted-from", metavar="FILE",
                        help="FollowTheMoney JSON lines to take them from (vigil export "
                             "--format ftm); default: export the embedded lists with --vigil")
    parser.add_argument("--vigil", default="vigil", help="the vigil binary, for --plant")
    parser.add_argument("--gender", action="store_true",
                        help="add a gender column for persons of locales whose given names "
                             "tell gender apart")
    args = parser.parse_args(argv)
    if args.plant > args.rows:
        parser.error("--plant cannot exceed --rows")
    return args


def generate(args):
    """The rows of the book, in order."""
    writer = BookWriter(args.seed, args.gender)
    rows = [writer.row(number) for number in range(1, args.rows + 1)]
    if args.plant:
        rng = random.Random(args.seed * 7919 + 17)
        positions = sorted(rng.sample(range(args.rows), args.plant))
        for position, planted in zip(positions, planted_rows(args, rng)):
            planted.update(id=rows[position]["id"], planted="1", locale="planted")
            rows[position] = planted
    return rows


def main_with(args):
    rows = generate(args)
    columns = COLUMNS + (["gender"] if args.gender else [])
    out = sys.stdout if args.output == "-" else open(args.output, "w", newline="",
                                                     encoding="utf-8")
    with out:
        writer = csv.DictWriter(out, fieldnames=columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


def main(argv):
    return main_with(parse_arguments(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
