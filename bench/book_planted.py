"""Listed parties to plant in a customer book as true positives: persons and organisations of
a FollowTheMoney export (`vigil export --format ftm`), each with its primary name, first
listed birth date and first country."""

import json
import os
import subprocess
import sys
import tempfile

PARTY_SCHEMAS = {"Person": "person", "Organization": "organization",
                 "Company": "organization", "LegalEntity": "organization"}


def _export(vigil):
    """The embedded (or in-service) lists as FtM JSON lines, from the vigil binary."""
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "lists.ftm.json")
        subprocess.run([vigil, "export", "--format", "ftm", "--output", path, "--quiet"],
                       check=True, stdout=subprocess.DEVNULL, stderr=sys.stderr)
        with open(path, encoding="utf-8") as lines:
            return list(lines)


def _first(properties, *keys):
    for key in keys:
        if properties.get(key):
            return properties[key][0]
    return ""


def _party(line):
    record = json.loads(line)
    kind = PARTY_SCHEMAS.get(record.get("schema"))
    properties = record.get("properties", {})
    if kind is None or not properties.get("name") or record.get("target") is False:
        return None
    row = {"name": properties["name"][0], "type": kind,
           "country": _first(properties, "nationality", "citizenship", "country").upper(),
           "dob": _first(properties, "birthDate") if kind == "person" else ""}
    return record["id"], row


def planted_rows(args, rng):
    """args.plant rows drawn with rng from args.planted_from, or from the export of
    args.vigil's lists."""
    if args.planted_from:
        with open(args.planted_from, encoding="utf-8") as lines:
            lines = list(lines)
    else:
        lines = _export(args.vigil)
    parties = sorted(filter(None, (_party(line) for line in lines if line.strip())))
    if len(parties) < args.plant:
        raise SystemExit(f"only {len(parties)} listed parties to plant, {args.plant} asked")
    return [row for _, row in rng.sample(parties, args.plant)]
