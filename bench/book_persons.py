"""Persons' names as a customer book holds them: given names (with a middle name or an
initial), one or two family names, patronymics, family-first orders, and the ways records get
typed (upper case, "FAMILY, Given", an initial for the given name). Each style builds one
name from a locale's pools with a seeded random.Random."""

from dataclasses import dataclass

# How often a Latin-script record is typed one of these ways (shares of persons).
UPPER_CASE_SHARE = 0.08
FAMILY_COMMA_GIVEN_SHARE = 0.05
GIVEN_AS_INITIAL_SHARE = 0.02


@dataclass
class PersonName:
    given: list
    family: list
    family_first: bool = False
    joined: bool = False  # Chinese, Japanese, Korean in their script: no space between parts
    latin: bool = True


def _pick_distinct(rng, pool, avoid):
    for _ in range(5):
        value = pool.pick(rng)
        if value not in avoid:
            return value
    return value


@dataclass
class Western:
    """Given name(s) and family name(s), each part from the locale's pools."""
    given_male: object
    given_female: object
    family_male: object
    family_female: object = None
    middle_share: float = 0.15        # a second given name
    middle_initial_share: float = 0.3  # ... of which written as an initial "J."
    two_family_share: float = 0.0     # two family names, space-separated (Spanish)
    hyphen_family_share: float = 0.03
    family_first: bool = False        # Hungarian order
    feminine: object = None           # turns a family name feminine (Polish -ski -> -ska)

    def build(self, rng, female):
        given_pool = self.given_female if female and self.given_female else self.given_male
        family_pool = (self.family_female if female and self.family_female
                       else self.family_male)
        given = [given_pool.pick(rng)]
        # A second given name only where the lists tell men's and women's names apart.
        if self.given_female is not None and rng.random() < self.middle_share:
            middle = _pick_distinct(rng, given_pool, given)
            given.append(middle[0] + "." if rng.random() < self.middle_initial_share else middle)
        family = [family_pool.pick(rng)]
        if rng.random() < self.two_family_share:
            family.append(_pick_distinct(rng, family_pool, family))
        elif rng.random() < self.hyphen_family_share:
            family = [family[0] + "-" + _pick_distinct(rng, family_pool, family)]
        if female and self.feminine:
            family = [self.feminine(f) for f in family]
        return PersonName(given, family, self.family_first)


@dataclass
class Patronymic:
    """Given name, patronymic and family name (Russian); family first in half of the records
    in Cyrillic, as Russian documents write it."""
    western: Western
    patronymic_male: object
    patronymic_female: object
    patronymic_share: float = 0.7

    def build(self, rng, female):
        name = self.western.build(rng, female)
        name.given = name.given[:1]
        if rng.random() < self.patronymic_share:
            pool = self.patronymic_female if female else self.patronymic_male
            name.given.append(pool.pick(rng))
        name.family_first = rng.random() < 0.5
        return name


@dataclass
class FatherChain:
    """Arabic naming: given name, often the father's given name, then the family name."""
    western: Western
    father_pool: object
    father_share: float = 0.45

    def build(self, rng, female):
        name = self.western.build(rng, female)
        if rng.random() < self.father_share:
            name.given = name.given[:1] + [_pick_distinct(rng, self.father_pool, name.given)]
        return name


@dataclass
class EastAsian:
    """Family name and given name; in Han, kana or Hangul written family first without a
    space, in Latin letters in the orders banks record (Wei Zhang, ZHANG Wei, Zhang Wei)."""
    given_male: object
    given_female: object
    family: object
    space_share: float = 0.0  # Japanese records often put a space between the parts

    def build(self, rng, female):
        pool = self.given_female if female and self.given_female else self.given_male
        name = PersonName([pool.pick(rng)], [self.family.pick(rng)])
        name.family_first, name.joined = True, rng.random() >= self.space_share
        name.latin = False
        return name


def latin_east_asian(rng, name):
    """Chooses the order of a romanised East Asian name: given name first, or family name
    first, in capitals or not."""
    draw = rng.random()
    name.family_first = draw >= 0.5
    if 0.5 <= draw < 0.8:
        name.family = [f.upper() for f in name.family]
    return name


@dataclass
class Vietnamese:
    """Family name, middle name and given name: Nguyen Van Anh, or given name first."""
    family: object
    middle_male: object
    middle_female: object
    given_male: object
    given_female: object

    def build(self, rng, female):
        given = [(self.given_female if female else self.given_male).pick(rng)]
        if rng.random() < 0.8:
            given.insert(0, (self.middle_female if female else self.middle_male).pick(rng))
        return PersonName(given, [self.family.pick(rng)], family_first=rng.random() < 0.6)


def render(rng, name):
    """The name as one record's text."""
    if name.joined:
        return "".join(name.family + name.given)
    given, family = list(name.given), list(name.family)
    if name.latin and rng.random() < GIVEN_AS_INITIAL_SHARE and not name.family_first:
        given = [given[0][0] + "."]
    if name.latin and rng.random() < FAMILY_COMMA_GIVEN_SHARE:
        text = " ".join(f.upper() for f in family) + ", " + " ".join(given)
    elif name.family_first:
        text = " ".join(family + given)
    else:
        text = " ".join(given + family)
    if name.latin and rng.random() < UPPER_CASE_SHARE:
        text = text.upper()
    return text


@dataclass
class Romanised:
    """A name in its own script, or in Latin letters for `latin_share` of the records: the
    same kind of name transliterated (`transliterate(token, is_family, rng)`), or a name from
    Latin pools (`latin_style`) where Faker's lists cannot be transliterated faithfully."""
    native: object
    latin_share: float
    transliterate: object = None
    latin_style: object = None
    reorder: object = None  # for East Asian names: chooses the Latin order

    def build(self, rng, female):
        if rng.random() >= self.latin_share:
            name = self.native.build(rng, female)
            name.latin = False
            return name
        if self.latin_style is not None:
            name = self.latin_style.build(rng, female)
        else:
            name = self.native.build(rng, female)
            name.given = [self.transliterate(t, False, rng) for t in name.given]
            name.family = [self.transliterate(t, True, rng) for t in name.family]
        name.latin, name.joined = True, False
        if self.reorder is not None:
            name = self.reorder(rng, name)
        return name
