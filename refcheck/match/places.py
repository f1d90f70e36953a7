"""A small gazetteer of the reports' region: one group of spellings per place (English, Dari, Pashto, Arabic).

Used to anchor cross-language passages (a place named in an English claim, found in a Persian page) and
to see, in Arabic script where capitals do not exist, that a changed word in a quotation is a place name.
A place and its adjective (demonym, nisba) are one name: Qatar/Qatari, قطر/القطري, پاکستان/پاکستانی.
"""

from __future__ import annotations

import re
from functools import cache

from refcheck.text.normalize import normalize

# Places and peoples of the reports' region, one group per place: English, Dari/Persian, Pashto, Arabic.
_PLACES = """
afghanistan afghan afghans | افغانستان | افغان
russia russian russians moscow's | روسیه | روسیا | روس
moscow | مسکو | موسکو
china chinese beijing | چین | الصین | بیجینگ | پکن
pakistan pakistani islamabad | پاکستان | باکستان
iran iranian tehran | ایران | تهران
india indian new delhi | هند | هندوستان | الهند | دهلی
kazakhstan kazakh | قزاقستان | کازاخستان
kyrgyzstan kyrgyz | قرقیزستان | قرغیزستان
tajikistan tajik | تاجیکستان | تاجکستان | طاجیکستان
turkmenistan turkmen | ترکمنستان | ترکمانستان
uzbekistan uzbek | ازبکستان | اوزبکستان
saudi arabia saudi | عربستان | السعودیه
qatar qatari doha | قطر | الدوحه
turkey turkish ankara | ترکیه | ترکیا
united states american washington | امریکا | آمریکا | ایالات متحده | امریکا | الولایات المتحده
syria syrian | سوریه | سوریا
kabul | کابل
kandahar | قندهار | کندهار
helmand | هلمند
herat | هرات
balkh mazar | بلخ | مزار
nangarhar jalalabad | ننگرهار | ننګرهار | جلال اباد
kunduz | کندز | قندوز
badakhshan | بدخشان
ghazni | غزنی
paktia | پکتیا
khost | خوست
kunar | کنر
logar | لوگر
parwan | پروان
bamyan | بامیان
panjshir | پنجشیر
zabul | زابل
farah | فراه
nimroz | نیمروز
kazan | کازان | قازان
tatarstan | تاتارستان
kashmir | کشمیر
central asia | آسیای مرکزی | اسیای مرکزی | منځنۍ اسیا | اسیا الوسطی
taliban | طالبان | طالبانو
daesh isis islamic state | داعش | دولت اسلامی | الدوله الاسلامیه
al-qaeda al qaeda | القاعده
turkestan | ترکستان
europe european | اروپا | اروپا
"""


@cache
def place_groups() -> tuple[tuple[str, ...], ...]:
    """The gazetteer, normalized: one tuple of spellings per place."""
    groups = []
    for line in _PLACES.strip().splitlines():
        english, *others = (part.strip() for part in line.split("|"))
        spellings = _english_spellings(english) + [normalize(o) for o in others]
        groups.append(tuple(dict.fromkeys(s for s in spellings if s)))
    return tuple(groups)


def _english_spellings(words: str) -> list[str]:
    # "saudi arabia saudi": multi-word names are kept whole when they are known pairs
    pairs = ("saudi arabia", "new delhi", "united states", "central asia", "islamic state", "al qaeda")
    found = [p for p in pairs if p in words]
    rest = words
    for pair in found:
        rest = rest.replace(pair, " ")
    return found + rest.split()


@cache
def place_pattern(spelling: str) -> re.Pattern[str]:
    if spelling.isascii():
        return re.compile(rf"\b{re.escape(spelling)}")
    # Arabic-script words take prefixes (و، ل، ب، ال) and suffixes (ها، ای، ی) without a space
    return re.compile(rf"(?<!\w)(?:و|ل|ب|ال|وال)?{re.escape(spelling)}")


# Prefixes that Arabic-script words take without a space (و، ل، ب، ال), and the endings of an adjective
# of place: Persian/Pashto ی, Arabic ي/ية (keys: ی/یه), plurals; English -i, -an, -ian, -ese, -s.
_PREFIXES = ("وال", "بال", "و", "ل", "ب", "ال")
_ARABIC_ENDINGS = ("یان", "یون", "یین", "یه", "ی")
_ENGLISH_ENDINGS = ("'s", "ians", "ian", "ans", "an", "ese", "is", "i", "s")


@cache
def place_of(word: str) -> str | None:
    """The place a one-word key names, itself or as its adjective (qatari, القطری → qatar), or None."""
    places = _place_index()
    if word in places:
        return places[word]
    if word.isascii():
        endings: tuple[str, ...] = _ENGLISH_ENDINGS
        stems = [word]
    else:
        endings = _ARABIC_ENDINGS
        stems = [word] + [word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 3]
    for stem in stems:
        if stem in places:
            return places[stem]
        for ending in endings:
            if stem.endswith(ending) and stem[: -len(ending)] in places:
                return places[stem[: -len(ending)]]
    return None


@cache
def _place_index() -> dict[str, str]:
    # every one-word spelling -> the group's first spelling
    return {s: group[0] for group in place_groups() for s in group if " " not in s and len(s) >= 3}
