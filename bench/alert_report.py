"""The figures of the alert-volume benchmark, from a customer book and the JSON lines `vigil
batch` wrote for it: how many rows alert, how many alerts, how many parties a reviewer
would look at, and how many alerts nothing but the name supports."""

import collections
import re
import unicodedata

# Fields a match may carry that name the party (one party's records on several lists); the
# first present is used.
PARTY_FIELDS = ("party_id", "group_id", "party", "group")
SUPPORTING_FEATURES = ("birth_date", "country")


def normalise(name):
    """Case, accents, punctuation and token order removed: "AL-ALI, Mohammed" is
    "al ali mohammed"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(sorted(re.sub(r"[\W_]+", " ", plain).split()))


def alerts_of(result):
    return [m for m in result.get("matches", []) if m.get("match")]


def supported_by(match):
    """The attributes that raised this match's score: birth_date, country, identifier."""
    explanation = match.get("explanation", {})
    features = [a["feature"] for a in explanation.get("adjustments", [])
                if a["feature"] in SUPPORTING_FEATURES and a["delta"] > 0]
    if explanation.get("identifier_hits"):
        features.append("identifier")
    return features


def party_field(results):
    """The party field the batch output carries, or None."""
    for result in results:
        for match in alerts_of(result):
            for field in PARTY_FIELDS:
                if field in match:
                    return field
    return None


def party_key(match, field, birth_dates):
    if field is not None:
        return match.get(field)
    dates = tuple(sorted(birth_dates.get(match["entity_id"], ())))
    return normalise(match["matched_name"]), dates


def summarise(book_rows, results, birth_dates):
    """Figures over the rows not planted. `results` are the batch lines in book order;
    `birth_dates` maps entity id -> listed birth dates, used to collapse records into
    parties when the output has no party field."""
    field = party_field(results)
    rows = alerting = alerts = parties = name_only = errors = 0
    per_locale = collections.defaultdict(lambda: [0, 0, 0])
    for row, result in zip(book_rows, results):
        if row.get("planted") == "1":
            continue
        rows += 1
        errors += 1 if "error" in result else 0
        found = alerts_of(result)
        counts = per_locale[row.get("locale", "")]
        counts[0] += 1
        if not found:
            continue
        alerting += 1
        alerts += len(found)
        counts[1] += 1
        counts[2] += len(found)
        parties += len({party_key(m, field, birth_dates) for m in found})
        name_only += sum(1 for m in found if not supported_by(m))
    return {
        "rows": rows, "rows_with_error": errors,
        "alerting_rows": alerting, "alerting_rate": alerting / rows if rows else 0.0,
        "alerts": alerts, "alerts_per_alerting_row": alerts / alerting if alerting else 0.0,
        "parties": parties,
        "parties_per_alerting_row": parties / alerting if alerting else 0.0,
        "party_counting": (f"the batch output's '{field}' field" if field else
                           "records collapsed by normalised matched name and listed birth "
                           "dates (the batch output has no party field)"),
        "name_only_alerts": name_only,
        "name_only_share": name_only / alerts if alerts else 0.0,
        "per_locale": {code: {"rows": c[0], "alerting_rows": c[1], "alerts": c[2],
                              "alerting_rate": c[1] / c[0] if c[0] else 0.0}
                       for code, c in sorted(per_locale.items())},
    }


def planted_recall(book_rows, results):
    """For planted rows (listed names put in the book): how many alerted at all."""
    planted = [(row, result) for row, result in zip(book_rows, results)
               if row.get("planted") == "1"]
    found = sum(1 for _, result in planted if alerts_of(result))
    return {"planted": len(planted), "alerting": found,
            "recall": found / len(planted) if planted else 0.0}


def top_rows(book_rows, results, count):
    """The `count` alerting rows with the highest best score (ties by id), not planted."""
    alerting = []
    for row, result in zip(book_rows, results):
        found = alerts_of(result)
        if found and row.get("planted") != "1":
            alerting.append((-max(m["score"] for m in found), row["id"], row, found))
    alerting.sort(key=lambda item: item[:2])
    return [{"id": row["id"], "name": row["name"], "type": row.get("type", ""),
             "dob": row.get("dob", ""), "country": row.get("country", ""),
             "locale": row.get("locale", ""),
             "alerts": [{"entity_id": m["entity_id"], "matched_name": m["matched_name"],
                         "name": m["name"], "schema": m["schema"], "score": m["score"],
                         "name_score": m["name_score"], "supported_by": supported_by(m),
                         "adjustments": [f"{a['feature']} {a['delta']:+.2f}" for a in
                                         m["explanation"]["adjustments"]]}
                        for m in sorted(found, key=lambda m: -m["score"])]}
            for _, _, row, found in alerting[:count]]
