"""The locales of the generated customer book: for each, its share of the book, its
countries, how its persons and companies are named. Faker supplies the name lists (the
Debian 12 version, 0.9.3: locales it lacks, such as vi_VN, use the hand-written lists of
book_latin_pools.py)."""

import zlib
from dataclasses import dataclass

from faker import Faker

from book_companies import CompanyStyle, Variant
from book_company_words import CITIES, FORMS, SECTORS, WORDS
from book_persons import Western
from book_pools import faker_pool

FAKER_COMPANY_POOL = 400  # Faker company names drawn per locale (Faker is slow; pooled)
# A customer of a foreign locale often lives in the bank's country: the country column then
# says so (shares of persons and companies of the non-host locales).
HOST_COUNTRY_SHARE = 0.2
HOST_COUNTRIES = [("US", 30), ("GB", 25), ("DE", 20), ("FR", 15), ("NL", 5), ("SE", 5)]
HOST_LOCALES = {"en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "sv_SE"}


@dataclass
class LocaleSpec:
    code: str
    weight: float        # share of the book, in percent
    countries: list      # (ISO alpha-2, weight)
    person: object       # .build(rng, female) -> PersonName
    company: CompanyStyle
    has_gender: bool     # whether its given names are told apart by gender


def western_from_faker(locale, **options):
    pool = lambda attribute: faker_pool(locale, attribute)  # noqa: E731
    return Western(given_male=pool("first_names_male") or pool("first_names"),
                   given_female=pool("first_names_female"),
                   family_male=pool("last_names_male") or pool("last_names"),
                   family_female=pool("last_names_female"), **options)


def faker_companies(locale, seed):
    fake = Faker(locale)
    fake.seed_instance(seed * 1000003 + zlib.crc32(locale.encode()))
    return [fake.company() for _ in range(FAKER_COMPANY_POOL)]


def family_of(person, transform=None):
    pool = person.family_male
    return (lambda rng: transform(pool.pick(rng))) if transform else pool.pick


def latin_companies(lang, forms, person=None, faker_names=(), patterns=None, transform=None,
                     sectors=None, words=None, cities=None):
    default = [("{family} {sector} {form}", 4), ("{word} {sector} {form}", 2),
               ("{family} & {family2} {form}", 1)]
    if faker_names:
        default = [("{faker}", 4), ("{family} {sector} {form}", 3)]
    return Variant(patterns=patterns or default, forms=FORMS[forms],
                   sectors=SECTORS.get(sectors or lang, []),
                   words=WORDS.get(words or lang, []), cities=CITIES.get(cities or "", []),
                   family=family_of(person, transform) if person else None,
                   faker_names=list(faker_names))


def _european(code, weight, country, lang, seed, faker_company=True, person_options=None,
              patterns=None, words=None):
    person = western_from_faker(code, **(person_options or {}))
    names = faker_companies(code, seed) if faker_company else ()
    company = CompanyStyle(latin_companies(lang, code, person, names, patterns, words=words))
    return LocaleSpec(code, weight, [(country, 1)], person, company,
                      person.given_female is not None)


def _polish_feminine(family):
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if family.endswith(male):
            return family[: -len(male)] + female
    return family


def european_locales(seed):
    return [
        _european("en_US", 12, "US", "en", seed, person_options={"middle_share": 0.3,
                                                                  "middle_initial_share": 0.6}),
        _european("en_GB", 8, "GB", "en", seed, faker_company=False,
                  person_options={"middle_share": 0.2}),
        _european("de_DE", 7, "DE", "de", seed, person_options={"middle_share": 0.12}),
        _european("de_AT", 1, "AT", "de", seed, faker_company=False),
        _european("de_CH", 1, "CH", "de", seed, faker_company=False),
        _european("fr_FR", 6, "FR", "fr", seed,
                  patterns=[("{faker}", 3), ("{sector} {family} {form}", 3),
                            ("{form} {family}", 1)]),
        _european("fr_CH", 0.5, "CH", "fr", seed),
        _european("es_ES", 3, "ES", "es", seed, faker_company=False,
                  person_options={"two_family_share": 0.85, "middle_share": 0.15},
                  patterns=[("{sector} {family} {form}", 4), ("{family} y {family2} {form}", 1),
                            ("{word} {sector} {form}", 1)]),
        _european("es_MX", 3, "MX", "es", seed,
                  person_options={"two_family_share": 0.8, "middle_share": 0.2}),
        _european("it_IT", 4, "IT", "it", seed),
        _european("pt_BR", 3, "BR", "pt", seed,
                  person_options={"two_family_share": 0.5, "middle_share": 0.3}),
        _european("pt_PT", 1, "PT", "pt", seed,
                  person_options={"two_family_share": 0.6, "middle_share": 0.2}),
        _polish(seed),
        _european("nl_NL", 3, "NL", "nl", seed, faker_company=False, words="nl",
                  person_options={"middle_share": 0.1}),
        _european("sv_SE", 1.5, "SE", "sv", seed, person_options={"middle_share": 0.2}),
        _european("no_NO", 0.7, "NO", "no", seed),
        _european("dk_DK", 0.7, "DK", "da", seed, faker_company=False),
        _european("fi_FI", 0.7, "FI", "fi", seed),
        _european("cs_CZ", 1, "CZ", "cs", seed),
        _european("ro_RO", 1.5, "RO", "ro", seed, faker_company=False),
        _european("hu_HU", 1, "HU", "hu", seed, person_options={"family_first": True}),
        _european("hr_HR", 0.7, "HR", "hr", seed),
        _european("tr_TR", 3, "TR", "tr", seed, faker_company=False, words="tr",
                  person_options={"middle_share": 0.15, "middle_initial_share": 0.0},
                  patterns=[("{family} {sector} {form}", 4),
                            ("{family} {family2} {sector} {form}", 1),
                            ("{word} {sector} {form}", 2)]),
        _european("tw_GH", 0.7, "GH", "gh_latin", seed, faker_company=False, words="gh_latin"),
    ]


def _polish(seed):
    male = faker_pool("pl_PL", "male_last_names") + faker_pool("pl_PL", "unisex_last_names")
    person = Western(faker_pool("pl_PL", "first_names_male"),
                     faker_pool("pl_PL", "first_names_female"), male,
                     hyphen_family_share=0.05, feminine=_polish_feminine)
    names = faker_companies("pl_PL", seed)
    company = CompanyStyle(latin_companies("pl", "pl_PL", person, names))
    return LocaleSpec("pl_PL", 3, [("PL", 1)], person, company, True)
