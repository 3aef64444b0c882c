#!/usr/bin/env python3
"""Generated cases for the robustness of name parts (docs/matching.md, "Name-part tables").

  vigil export --format ftm --output lists.json
  scripts/name_robustness.py generate lists.json CASES_DIR
  vigil compare --quiet --pairs CASES_DIR/particles.tsv > particles.out
  scripts/name_robustness.py summarise CASES_DIR/particles.tsv particles.out

Each case is a real list name (query side changed, candidate side as listed), so a case is
recalled when `compare` scores it at the threshold or above. A case's split is fixed by a hash
of its entity id: "tune" (70%) and "held-out" (30%, not looked at while tuning). Fixed seed.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 20260207
PARTICLES = {"al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "abou", "umm", "ould",
             "abd", "abdul", "abdel", "abdol", "abdal", "abdur", "abdoul", "abdil"}
ABD = re.compile(r"^(abdul|abdel|abdol|abdal|abdur|abdoul|abd)(?=[a-z]{3,})")
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8"}
NICKNAMES = {"robert": ["bob", "rob"], "william": ["bill"], "james": ["jim"],
             "michael": ["mike"], "thomas": ["tom"], "richard": ["dick", "rick"],
             "john": ["jack"], "joseph": ["joe"], "jose": ["pepe"], "francisco": ["paco"],
             "ignacio": ["nacho"], "aleksandr": ["sasha"], "alexander": ["alex", "sasha"],
             "vladimir": ["volodya"], "dmitry": ["dima"], "dmitriy": ["dima"],
             "sergey": ["seryozha"], "sergei": ["seryozha"], "mikhail": ["misha"],
             "nikolay": ["kolya"], "nikolai": ["kolya"], "yevgeniy": ["zhenya"],
             "evgeny": ["zhenya"], "petr": ["petya"], "pyotr": ["petya"], "georgy": ["zhora"],
             "giuseppe": ["beppe"], "antonio": ["tono"], "manuel": ["manolo"],
             "fernando": ["nando"], "alberto": ["beto"], "guadalupe": ["lupe"],
             "eduardo": ["lalo"], "jesus": ["chuy"], "rafael": ["rafa"]}
TITLES = ["President", "General", "Colonel", "Sheikh", "Haji", "Al-Hajj", "Dr", "Prof",
          "Eng.", "Mr", "Mrs", "Herr", "Sr.", "Oberst", "Presidente", "Minister", "Senator",
          "Imam", "Mullah", "Ayatollah", "Captain", "Kapitan", "Doktor", "Ing."]


def words(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text.replace("'", "")).split()


def split_of(entity_id):
    digest = hashlib.sha256(entity_id.encode()).digest()
    return "held-out" if digest[0] % 10 < 3 else "tune"


def typo(word, kind, rng):
    """One typo in `word`: swap two adjacent letters, drop one, change one, double one."""
    at = rng.randrange(len(word))
    if kind == "swap" and len(word) >= 2:
        at = min(at, len(word) - 2)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == "drop" and len(word) >= 3:
        return word[:at] + word[at + 1:]
    if kind == "double":
        return word[:at + 1] + word[at] + word[at + 1:]
    if kind == "change":
        letter = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != word[at]])
        return word[:at] + letter + word[at + 1:]
    return None


def number_words(n):
    if n < 20:
        return NUMBER_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + ("" if unit == 0 else "-" + NUMBER_WORDS[unit])


def read_names(path):
    for line in open(path, encoding="utf-8"):
        entity = json.loads(line)
        props = entity.get("properties", {})
        for name in props.get("name", []) + props.get("alias", []):
            yield entity["id"], entity.get("schema", ""), name


def kind_of(schema):
    return {"Person": "person", "Vessel": "vessel", "Airplane": "aircraft"}.get(schema,
                                                                                "organization")


def particle_cases(names, rng):
    for entity_id, schema, name in names:
        tokens = words(name)
        if schema != "Person" or len(tokens) < 2 or len(tokens) > 6:
            continue
        for i, token in enumerate(tokens[:-1]):
            joined = ABD.match(token)
            if token not in PARTICLES and not joined:
                continue
            part = token if not joined else joined.group(1)
            kind = rng.choice(["swap", "drop", "change", "double"])
            changed = typo(part, kind, rng)
            if not changed or changed == part:
                continue
            what = "particle" if not joined else "compound"
            query = tokens[:i] + [changed + token[len(part):]] + tokens[i + 1:]
            yield entity_id, [" ".join(query), name, "person", f"{what}-{kind}"]
            # The same typo in an ordinary token of the same name, for comparison.
            others = [k for k, t in enumerate(tokens) if t not in PARTICLES and len(t) >= 4
                      and not ABD.match(t)]
            if others:
                k = rng.choice(others)
                ordinary = typo(tokens[k], kind, rng)
                if ordinary and ordinary != tokens[k]:
                    query = tokens[:k] + [ordinary] + tokens[k + 1:]
                    yield entity_id, [" ".join(query), name, "person", f"ordinary-{kind}"]
            break


def number_cases(names, rng):
    for entity_id, schema, name in names:
        if schema == "Person":
            continue
        tokens = name.split()
        for i, token in enumerate(tokens):
            plain = re.fullmatch(r"(\d{1,2})", token)
            ordinal = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", token, re.I)
            if plain and 0 < int(plain.group(1)) < 100:
                spelled = number_words(int(plain.group(1)))
                kind = "digits-to-words"
            elif ordinal and int(ordinal.group(1)) in ORDINALS:
                spelled = ORDINALS[int(ordinal.group(1))]
                kind = "ordinal-to-words"
            else:
                continue
            query = tokens[:i] + [spelled] + tokens[i + 1:]
            yield entity_id, [" ".join(query), name, kind_of(schema), kind]
            break


def leet_cases(names, rng):
    for entity_id, schema, name in names:
        tokens = words(name)
        candidates = [k for k, t in enumerate(tokens)
                      if len(t) >= 4 and t.isalpha() and any(c in LEET for c in t[:-1])]
        if not candidates or rng.random() > 0.15:
            continue
        k = rng.choice(candidates)
        token = tokens[k]
        places = [p for p, c in enumerate(token[:-1]) if c in LEET]
        p = rng.choice(places)
        query = tokens[:k] + [token[:p] + LEET[token[p]] + token[p + 1:]] + tokens[k + 1:]
        yield entity_id, [" ".join(query), name, kind_of(schema), "letter-as-digit"]


def nickname_cases(names, rng):
    for entity_id, schema, name in names:
        tokens = words(name)
        if schema != "Person" or len(tokens) < 2 or tokens[0] not in NICKNAMES:
            continue
        nick = rng.choice(NICKNAMES[tokens[0]])
        yield entity_id, [" ".join([nick] + tokens[1:]), name, "person", "nickname"]


def title_cases(names, rng):
    for entity_id, schema, name in names:
        tokens = words(name)
        if schema != "Person" or len(tokens) < 2 or rng.random() > 0.05:
            continue
        title = rng.choice(TITLES)
        yield entity_id, [f"{title} {name}", name, "person", "title"]


FAMILIES = {"particles": particle_cases, "numbers": number_cases, "digits": leet_cases,
            "nicknames": nickname_cases, "titles": title_cases}


def generate(lists_path, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    names = list(read_names(lists_path))
    for family, make in FAMILIES.items():
        rng = random.Random(SEED)
        seen = set()
        with open(f"{out_dir}/{family}.tsv", "w", encoding="utf-8") as out:
            out.write("query\tcandidate\ttype\tkind\tsplit\n")
            for entity_id, row in make(names, rng):
                # Each list name once unchanged ("control"): a case whose list name does not
                # match even unchanged (a kunya alone, a weak alias) measures another rule.
                control = [" ".join(words(row[1])), row[1], row[2], "control"]
                for case in (control, row):
                    if (case[0], case[1]) in seen or "\t" in case[0] + case[1]:
                        continue
                    seen.add((case[0], case[1]))
                    out.write("\t".join(case + [split_of(entity_id)]) + "\n")


def summarise(cases_path, scores_path):
    """Recall per kind and split; "recall where the list name matches" counts only the cases
    whose list name, unchanged, matches itself (its control case)."""
    cases = [line.rstrip("\n").split("\t") for line in open(cases_path, encoding="utf-8")][1:]
    scores = [line.rstrip("\n").split("\t") for line in open(scores_path, encoding="utf-8")][1:]
    if len(cases) != len(scores):
        sys.exit(f"{len(cases)} cases but {len(scores)} scores")
    control = {case[1]: score[3] == "true" for case, score in zip(cases, scores)
               if case[3] == "control"}
    recalled = defaultdict(Counter)
    for case, score in zip(cases, scores):
        if case[3] == "control":
            continue
        for key in (case[3], "all"):
            count = recalled[(key, case[4])]
            count["cases"] += 1
            count["recalled"] += score[3] == "true"
            if control.get(case[1], True):
                count["controlled"] += 1
                count["controlled_recalled"] += score[3] == "true"
    print("kind\tsplit\tcases\trecalled\trecall\tcases where the list name matches\trecall there")
    for (kind, split), count in sorted(recalled.items()):
        controlled = max(count["controlled"], 1)
        print(f"{kind}\t{split}\t{count['cases']}\t{count['recalled']}\t"
              f"{count['recalled'] / count['cases']:.3f}\t{count['controlled']}\t"
              f"{count['controlled_recalled'] / controlled:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "generate":
        generate(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "summarise":
        summarise(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
