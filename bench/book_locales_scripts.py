"""The locales of the customer book whose names Faker gives in their own scripts: Cyrillic,
Greek, Georgian, Arabic, Persian, Hebrew, Devanagari, Thai, Han, kana and Hangul; and
Vietnamese, which Faker 0.9.3 lacks. A share of each locale's records is in Latin letters,
transliterated or, where that cannot be done faithfully from Faker's lists, drawn from the
hand-written Latin lists of book_latin_pools.py."""

import itertools

import book_latin_pools as latin
import book_romanise as romanise
from book_companies import CompanyStyle, Variant
from book_company_words import CITIES, FORMS, SECTORS, WORDS, compounds
from book_locales import (LocaleSpec, faker_companies, family_of, latin_companies,
                          western_from_faker)
from book_persons import (EastAsian, FatherChain, Patronymic, Romanised, Vietnamese, Western,
                          latin_east_asian)
from book_pools import Pool, by_rank, faker_pool

ARAB_COUNTRIES = [("EG", 30), ("MA", 12), ("DZ", 10), ("IQ", 8), ("JO", 6), ("LB", 6), ("TN", 6),
                  ("SY", 6), ("AE", 5), ("SD", 4), ("YE", 3), ("KW", 2), ("QA", 1), ("OM", 1)]
GULF_COUNTRIES = [("SA", 80), ("AE", 10), ("KW", 5), ("BH", 5)]
# Shares of people with the most common family names (national statistics, rounded).
CHINESE_FAMILY_SHARES = {"王": 0.071, "李": 0.070, "张": 0.067, "刘": 0.054, "陈": 0.045,
                         "杨": 0.031, "黄": 0.019, "赵": 0.020, "吴": 0.020, "周": 0.019}
TAIWANESE_FAMILY_SHARES = {"陳": 0.11, "林": 0.083, "黃": 0.06, "張": 0.053, "李": 0.051,
                           "王": 0.041, "吳": 0.04, "劉": 0.032, "蔡": 0.029, "楊": 0.026}


def _transliterated(function):
    return lambda token, is_family, rng: function(token)


def cyrillic_greek_georgian_locales(seed):
    russian = Patronymic(western_from_faker("ru_RU"), faker_pool("ru_RU", "middle_names_male"),
                         faker_pool("ru_RU", "middle_names_female"))
    russian_latin = lambda token, is_family, rng: romanise.russian(  # noqa: E731
        token, english=rng.random() < 0.4)
    ukrainian = western_from_faker("uk_UA")
    bulgarian = western_from_faker("bg_BG")
    greek = western_from_faker("el_GR")
    georgian = western_from_faker("ka_GE")

    def company(native_forms, lang, person, transform, latin_patterns=None, names=(),
                native_patterns=None):
        sectors = compounds(lang) if lang in ("ru", "uk") else SECTORS.get(lang, [])
        native = Variant(patterns=native_patterns or [("{form} «{sector}»", 2),
                                                      ("{form} «{family}»", 1)],
                         forms=FORMS[native_forms], sectors=sectors,
                         family=family_of(person), faker_names=list(names), latin=False)
        latin_variant = latin_companies(lang + "_latin", lang + "_latin", person,
                                        transform=transform, patterns=latin_patterns or
                                        [("{form} {sector}", 2), ("{sector} {form}", 2),
                                         ("{family} {form}", 1)])
        if lang in ("ru", "uk"):
            latin_variant.sectors = [transform(c) for c in sectors]
        return CompanyStyle(latin_variant, native, latin_share=0.5)

    ru_names = faker_companies("ru_RU", seed)
    family_latin = [("{family} {sector} {form}", 3), ("{family} {form}", 2)]
    family_native = [("{family} {sector} {form}", 2), ("{family} {form}", 1)]
    return [
        LocaleSpec("ru_RU", 3, [("RU", 1)],
                   Romanised(russian, 0.5, transliterate=russian_latin),
                   company("ru_RU", "ru", russian.western, romanise.russian, names=ru_names,
                           native_patterns=[("{faker}", 3), ("{form} «{sector}»", 2)]),
                   True),
        LocaleSpec("uk_UA", 2, [("UA", 1)],
                   Romanised(ukrainian, 0.5, _transliterated(romanise.ukrainian)),
                   company("uk_UA", "uk", ukrainian, romanise.ukrainian), True),
        LocaleSpec("bg_BG", 0.7, [("BG", 1)],
                   Romanised(bulgarian, 0.5, _transliterated(romanise.bulgarian)),
                   company("bg_BG", "bg", bulgarian, romanise.bulgarian,
                           latin_patterns=family_latin, native_patterns=family_native), True),
        LocaleSpec("el_GR", 1, [("GR", 1)],
                   Romanised(greek, 0.4, _transliterated(romanise.greek)),
                   company("el_GR", "el", greek, romanise.greek, latin_patterns=family_latin,
                           native_patterns=family_native), True),
        LocaleSpec("ka_GE", 0.5, [("GE", 1)],
                   Romanised(georgian, 0.4, _transliterated(romanise.georgian)),
                   company("ka_GE", "ka", georgian, romanise.georgian,
                           latin_patterns=[("{family} {form}", 2), ("{form} {family}", 1)],
                           native_patterns=[("{form} {family}", 1)]), True),
    ]


def _arabic(code, weight, countries, seed):
    native = FatherChain(western_from_faker(code, middle_share=0.0, hyphen_family_share=0.0),
                         faker_pool(code, "first_names_male"))
    latin_style = FatherChain(
        Western(by_rank(latin.ARABIC_GIVEN_MALE), by_rank(latin.ARABIC_GIVEN_FEMALE),
                by_rank(latin.ARABIC_FAMILY), middle_share=0.0, hyphen_family_share=0.0),
        by_rank(latin.ARABIC_GIVEN_MALE))
    native_company = Variant(
        patterns=[("شركة {family} {sector}", 3), ("مؤسسة {family} {sector}", 2),
                  ("{family} {sector} ذ.م.م", 1)],
        sectors=SECTORS["ar"], family=family_of(native.western), latin=False)
    latin_company = latin_companies(
        "ar_latin", "ar_latin", latin_style.western,
        patterns=[("{family} {sector} {form}", 3), ("Al {word} {sector} {form}", 2),
                  ("{family} & Sons {sector} {form}", 1)])
    return LocaleSpec(code, weight, countries, Romanised(native, 0.6, latin_style=latin_style),
                      CompanyStyle(latin_company, native_company, 0.6), True)


def _native_and_latin(code, weight, country, latin_style, latin_share, native_company,
                      latin_company, has_gender=True):
    native = western_from_faker(code, middle_share=0.0, hyphen_family_share=0.0)
    native_company.family = native_company.family or family_of(native)
    return LocaleSpec(code, weight, [(country, 1)],
                      Romanised(native, latin_share, latin_style=latin_style),
                      CompanyStyle(latin_company, native_company, latin_share), has_gender)


def middle_east_and_south_asia_locales(seed):
    persian = Western(by_rank(latin.PERSIAN_GIVEN_MALE), by_rank(latin.PERSIAN_GIVEN_FEMALE),
                      by_rank(latin.PERSIAN_FAMILY), middle_share=0.0, hyphen_family_share=0.0)
    hebrew = Western(by_rank(latin.HEBREW_GIVEN_MALE), by_rank(latin.HEBREW_GIVEN_FEMALE),
                     by_rank(latin.HEBREW_FAMILY), middle_share=0.05)
    indian = Western(by_rank(latin.INDIAN_GIVEN_MALE), by_rank(latin.INDIAN_GIVEN_FEMALE),
                     by_rank(latin.INDIAN_FAMILY), middle_share=0.2, hyphen_family_share=0.0)
    thai = western_from_faker("en_TH", middle_share=0.0, hyphen_family_share=0.0)
    return [
        _arabic("ar_AA", 3.5, ARAB_COUNTRIES, seed),
        _arabic("ar_SA", 1, GULF_COUNTRIES, seed),
        _native_and_latin(
            "fa_IR", 1.5, "IR", persian, 0.5,
            # Not Faker's fa_IR companies: they are real Iranian companies, some listed.
            Variant(patterns=[("شرکت {sector} {family}", 3), ("{sector} {family}", 1)],
                    sectors=SECTORS["fa"], latin=False),
            latin_companies("fa_latin", "fa_latin", persian,
                            patterns=[("{word} {sector} {form}", 3),
                                      ("{family} {sector} {form}", 1)])),
        _native_and_latin(
            "he_IL", 1, "IL", hebrew, 0.5,
            Variant(patterns=[('{family} {sector} בע"מ', 1)], sectors=SECTORS["he"],
                    latin=False),
            latin_companies("he_latin", "he_latin", hebrew)),
        _native_and_latin(
            "hi_IN", 3, "IN", indian, 0.85,
            Variant(patterns=[("{family} {sector} {form}", 1)], forms=FORMS["hi_latin"],
                    sectors=SECTORS["hi_latin"], family=indian.family_male.pick),
            latin_companies("hi_latin", "hi_latin", indian,
                            patterns=[("{family} {sector} {form}", 3),
                                      ("{word} {sector} {form}", 2)]),
            has_gender=False),
        _native_and_latin(
            "th_TH", 0.7, "TH", thai, 0.4,
            Variant(patterns=[("บริษัท {family} จำกัด", 3), ("บริษัท {family} จำกัด (มหาชน)", 0.3),
                              ("ห้างหุ้นส่วนจำกัด {family}", 1)], latin=False),
            latin_companies("th_latin", "th_latin", thai,
                            patterns=[("{family} {sector} {form}", 1)]),
            has_gender=False),
    ]


def _pinyin_given():
    """Faker's one-syllable pinyin given names and two-syllable ones (Xiaoming), 3:7."""
    single = faker_pool("zh_CN", "first_romanized_names")
    pairs = [a.capitalize() + b for a, b in itertools.product(latin.CHINESE_GIVEN_SYLLABLES,
                                                              repeat=2) if a != b]
    return Pool(single.values + pairs,
                [0.3 / len(single.values)] * len(single.values) + [0.7 / len(pairs)] * len(pairs))


def _chinese(code, weight, country, shares, cities, seed):
    native = EastAsian(faker_pool(code, "first_names"), None,
                       faker_pool(code, "last_names").boosted(shares))
    pinyin_shares = {latin.CHINESE_COMMON_FAMILY.get(k, ""): v
                     for k, v in CHINESE_FAMILY_SHARES.items()}
    latin_style = EastAsian(_pinyin_given(), None,
                            faker_pool(code, "last_romanized_names").boosted(pinyin_shares))
    native_company = Variant(patterns=[("{faker}", 1)], faker_names=faker_companies(code, seed),
                             latin=False)
    latin_company = Variant(patterns=[("{city} {word} {sector} {form}", 4),
                                      ("{word} {sector} {form}", 1)],
                            forms=FORMS[cities], sectors=SECTORS["zh_latin"],
                            words=WORDS["zh_latin"], cities=CITIES[cities])
    return LocaleSpec(code, weight, [(country, 1)],
                      Romanised(native, 0.5, latin_style=latin_style, reorder=latin_east_asian),
                      CompanyStyle(latin_company, native_company, 0.5), False)


def _japanese(seed):
    pool = lambda attribute: faker_pool("ja_JP", attribute)  # noqa: E731
    native = EastAsian(pool("first_names_male"), pool("first_names_female"), pool("last_names"),
                       space_share=0.5)
    latin_style = EastAsian(pool("first_romanized_names_male"),
                            pool("first_romanized_names_female"), pool("last_romanized_names"))
    native_company = Variant(patterns=[("{faker}", 1)],
                             faker_names=faker_companies("ja_JP", seed), latin=False)
    latin_company = Variant(patterns=[("{family} {sector} {form}", 1)], forms=FORMS["ja_latin"],
                            sectors=SECTORS["ja_latin"], family=latin_style.family.pick)
    return LocaleSpec("ja_JP", 1.5, [("JP", 1)],
                      Romanised(native, 0.4, latin_style=latin_style, reorder=latin_east_asian),
                      CompanyStyle(latin_company, native_company, 0.4), True)


def _korean_token(token, is_family, rng):
    if is_family:
        return romanise.korean_family(token)
    return romanise.korean_given(token, hyphen=rng.random() < 0.5)


def _korean(seed):
    pool = lambda attribute: faker_pool("ko_KR", attribute)  # noqa: E731
    native = EastAsian(pool("first_names_male"), pool("first_names_female"), pool("last_names"))
    native_company = Variant(patterns=[("{faker}", 1)], forms=FORMS["ko_KR"],
                             faker_names=faker_companies("ko_KR", seed), latin=False)
    latin_company = Variant(patterns=[("{word} {sector} {form}", 3),
                                      ("{family} {sector} {form}", 1)],
                            forms=FORMS["ko_latin"], sectors=SECTORS["ko_latin"],
                            words=WORDS["ko_latin"],
                            family=lambda rng: romanise.korean_family(native.family.pick(rng)))
    return LocaleSpec("ko_KR", 1.5, [("KR", 1)],
                      Romanised(native, 0.5, transliterate=_korean_token,
                                reorder=latin_east_asian),
                      CompanyStyle(latin_company, native_company, 0.5), True)


def _vietnamese():
    person = Vietnamese(by_rank(latin.VIETNAMESE_FAMILY, 1.2),
                        by_rank(latin.VIETNAMESE_MIDDLE_MALE),
                        by_rank(latin.VIETNAMESE_MIDDLE_FEMALE),
                        by_rank(latin.VIETNAMESE_GIVEN_MALE),
                        by_rank(latin.VIETNAMESE_GIVEN_FEMALE))
    company = latin_companies("vi_latin", "vi_latin",
                              patterns=[("{word} {word2} {sector} {form}", 2),
                                        ("Cong ty TNHH {word} {word2}", 1),
                                        ("Cong ty Co phan {word} {sector}", 1)])
    return LocaleSpec("vi_VN", 1, [("VN", 1)], person, CompanyStyle(company), True)


def _indonesian(seed):
    person = western_from_faker("id_ID", middle_share=0.1, hyphen_family_share=0.0)
    company = latin_companies("id", "id_ID", person, faker_companies("id_ID", seed),
                              patterns=[("{faker}", 3), ("PT {word} {word2}", 2),
                                        ("PT {word} {word2} {sector}", 1),
                                        ("CV {word} {word2}", 1)])
    return LocaleSpec("id_ID", 1.5, [("ID", 1)], person, CompanyStyle(company), True)


def east_asia_locales(seed):
    return [
        _chinese("zh_CN", 3.5, "CN", CHINESE_FAMILY_SHARES, "zh_latin", seed),
        _chinese("zh_TW", 1, "TW", TAIWANESE_FAMILY_SHARES, "tw_latin", seed),
        _japanese(seed),
        _korean(seed),
        _vietnamese(),
        _indonesian(seed),
    ]
