"""Companies' names as a customer book holds them: Faker's company names where its locale has
a company provider, and names composed the way companies of that country are named (a family
name or a trade word, a line of business, a legal form where the country puts it). Each
variant draws one name with a seeded random.Random."""

import re
from dataclasses import dataclass, field

UPPER_CASE_SHARE = 0.10        # legacy systems type companies in capitals
FAKER_NAME_FORM_SHARE = 0.7    # a Faker name without a legal form gets one this often


@dataclass
class Variant:
    """One script's way of naming companies. `patterns` are (format, weight) pairs over the
    fields {faker} {family} {family2} {form} {sector} {word} {word2} {city}; `family` draws a
    family name (rng -> str). The patterns whose fields can be filled are fixed on first use."""
    patterns: list
    forms: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    words: list = field(default_factory=list)
    cities: list = field(default_factory=list)
    family: object = None
    faker_names: list = field(default_factory=list)
    latin: bool = True

    def _prepare(self):
        # A pattern needing words this variant does not have is left out.
        available = {"{faker}": self.faker_names, "{word": self.words, "{city}": self.cities,
                     "{family": self.family}
        self.patterns = [(p, w) for p, w in self.patterns
                         if all(v for k, v in available.items() if k in p)]
        if not self.patterns:
            raise ValueError("no company pattern can be filled")
        total = sum(w for _, w in self.patterns)
        self._cumulative = []
        running = 0.0
        for pattern, weight in self.patterns:
            running += weight / total
            self._cumulative.append((running, pattern))
        escaped = sorted((re.escape(f) for f in self.forms), key=len, reverse=True)
        self._has_form = re.compile(r"(^|[\s«(])(" + "|".join(escaped) + r")($|[\s»),])",
                                    re.IGNORECASE) if escaped else None

    def _pattern(self, rng):
        if not hasattr(self, "_cumulative"):
            self._prepare()
        draw = rng.random()
        for bound, pattern in self._cumulative:
            if draw < bound:
                return pattern
        return self._cumulative[-1][1]

    def _faker_name(self, rng):
        name = rng.choice(self.faker_names)
        has_form = self._has_form is not None and self._has_form.search(name)
        if has_form or not self.forms or rng.random() >= FAKER_NAME_FORM_SHARE:
            return name
        return name + " " + rng.choice(self.forms)

    def build(self, rng):
        pattern = self._pattern(rng)
        pick = lambda values: rng.choice(values) if values else ""  # noqa: E731
        fields = {
            "form": pick(self.forms), "sector": pick(self.sectors), "city": pick(self.cities),
            "word": pick(self.words), "word2": pick(self.words),
        }
        if "{faker}" in pattern:
            fields["faker"] = self._faker_name(rng)
        if "{family" in pattern:
            fields["family"] = self.family(rng)
            fields["family2"] = self.family(rng)
        text = " ".join(pattern.format(**fields).split())
        if self.latin and rng.random() < UPPER_CASE_SHARE:
            text = text.upper()
        return text


@dataclass
class CompanyStyle:
    """A locale's companies: in its own script, and in Latin letters for `latin_share` of
    them (1.0 for Latin-script locales)."""
    latin: Variant
    native: Variant = None
    latin_share: float = 1.0

    def build(self, rng):
        if self.native is not None and rng.random() >= self.latin_share:
            return self.native.build(rng)
        return self.latin.build(rng)
