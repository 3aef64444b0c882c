"""Latin spellings of names in Cyrillic, Greek, Georgian and Hangul, as banks' customer
records carry them: passport systems (ICAO 9303 for Russian, the national systems for
Ukrainian, Bulgarian and Georgian, ELOT 743 for Greek, Revised Romanisation for Korean with
the customary spelling of family names) and, for Russian, the older English spelling many
records still use. Each function takes one name token and returns it in Latin letters, first
letter upper-case."""

import unicodedata

RUSSIAN_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
# The spelling of older records and English-language press: Yuri, Yakovlev, Sergey.
RUSSIAN_ENGLISH = dict(RUSSIAN_ICAO, **{"й": "y", "ъ": "", "ю": "yu", "я": "ya", "ё": "yo"})

BULGARIAN = dict(RUSSIAN_ENGLISH, **{"х": "h", "щ": "sht", "ъ": "a", "ь": "y", "й": "y"})

UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}
# Ukrainian letters written differently at the start of a word.
UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "μπ": "mp", "ντ": "nt"}
GREEK_INITIAL_PAIRS = {"μπ": "b", "ντ": "d", "γκ": "g"}

GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch",
    "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}

HANGUL_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
                   "ch", "k", "t", "p", "h"]
HANGUL_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
                 "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
HANGUL_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
                 "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# Korean family names keep their customary spelling (Kim, Lee, Park), not the system's.
KOREAN_FAMILY = {
    "김": "Kim", "이": "Lee", "박": "Park", "정": "Jung", "최": "Choi", "조": "Cho", "강": "Kang",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon",
    "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak",
    "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "나": "Na", "민": "Min",
    "진": "Jin", "지": "Ji", "엄": "Eom",
}


def _capitalise(text):
    return text[:1].upper() + text[1:]


def _by_table(token, table):
    return _capitalise("".join(table.get(c, c) for c in token.lower()))


def russian(token, english=False):
    return _by_table(token, RUSSIAN_ENGLISH if english else RUSSIAN_ICAO)


def bulgarian(token):
    return _by_table(token, BULGARIAN)


def ukrainian(token):
    lower = token.lower()
    out = []
    for i, c in enumerate(lower):
        at_start = i == 0 or not lower[i - 1].isalpha()
        out.append(UKRAINIAN_INITIAL[c] if at_start and c in UKRAINIAN_INITIAL else
                   UKRAINIAN.get(c, c))
    return _capitalise("".join(out))


def greek(token):
    # Accents and diaeresis go: ELOT 743 passport spelling has none.
    lower = "".join(c for c in unicodedata.normalize("NFD", token.lower())
                    if not unicodedata.combining(c))
    out = []
    i = 0
    while i < len(lower):
        pair = lower[i:i + 2]
        if i == 0 and pair in GREEK_INITIAL_PAIRS:
            out.append(GREEK_INITIAL_PAIRS[pair])
            i += 2
        elif pair in GREEK_PAIRS:
            out.append(GREEK_PAIRS[pair])
            i += 2
        else:
            out.append(GREEK.get(lower[i], lower[i]))
            i += 1
    return _capitalise("".join(out))


def georgian(token):
    return _by_table(token, GEORGIAN)


def _hangul_syllable(c):
    code = ord(c) - 0xAC00
    if not 0 <= code < 11172:
        return c
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    return HANGUL_INITIALS[initial] + HANGUL_VOWELS[vowel] + HANGUL_FINALS[final]


def korean_given(token, hyphen=True):
    """A Korean given name, syllables joined by a hyphen (Min-jun) or not (Minjun)."""
    syllables = [_hangul_syllable(c) for c in token]
    return _capitalise(("-" if hyphen else "").join(syllables))


def korean_family(token):
    return KOREAN_FAMILY.get(token) or _capitalise("".join(_hangul_syllable(c) for c in token))
