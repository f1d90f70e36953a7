"""A small gazetteer of the reports' region: one group of spellings per place (English, Dari, Pashto, Arabic).

Used to anchor cross-language passages (a place named in an English claim, found in a Persian page) and
to see, in Arabic script where capitals do not exist, that a changed word in a quotation is a place name.
A place and its adjective (demonym, nisba) are one name: Qatar/Qatari, قطر/القطري, پاکستان/پاکستانی.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import cache

from refcheck.match.facts import STOPWORDS, Token, content_words
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
qatar qatari doha | قطر | الدوحه | دوحه
turkey turkish ankara | ترکیه | ترکیا
united states american washington | امریکا | آمریکا | ایالات متحده | امریکا | الولایات المتحده
syria syrian | سوریه | سوریا
kabul | کابل | کابول
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
faryab maymana maimana | فاریاب | میمنه
jowzjan sheberghan | جوزجان | شبرغان
samangan | سمنگان
takhar taloqan | تخار | تالقان
baghlan | بغلان | پلخمری
kapisa | کاپیسا
laghman | لغمان
nuristan | نورستان
wardak | وردک
daykundi | دایکندی
ghor chaghcharan | غور | چغچران
badghis | بادغیس
uruzgan oruzgan tarinkot | ارزگان | اروزگان
paktika | پکتیکا
zaranj | زرنج
torkham | تورخم
hairatan | حیرتان
peshawar | پیشاور | بیشاور
quetta | کویته
karachi | کراچی
lahore | لاهور
mashhad | مشهد
zahedan | زاهدان
tashkent | تاشکند | طشقند
bishkek | بیشکک
ashgabat | عشق آباد
astana
dushanbe
termez | ترمذ
dubai | دبی
geneva | ژنو | جنیف
london | لندن
kazan | کازان | قازان
tatarstan | تاتارستان
kashmir | کشمیر
central asia | آسیای مرکزی | اسیای مرکزی | منځنۍ اسیا | اسیا الوسطی
taliban | طالبان | طالبانو
daesh isis islamic state | داعش | دولت اسلامی | الدوله الاسلامیه
al-qaeda al qaeda | القاعده
turkestan | ترکستان
europe european | اروپا | اروپا
britain british | بریتانیا | انگلیس | بريطانيا
spin boldak | سپین بولدک | سپین بولدک | سبين بولدك
islam qala | اسلام قلعه | اسلام قلعې | اسلام قلعة
ghulam khan | غلام خان
angur adda | انگور اډه | انګور اډه
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


_ENGLISH_PAIRS = (
    *("saudi arabia", "new delhi", "united states", "central asia", "islamic state", "al qaeda"),
    *("spin boldak", "islam qala", "ghulam khan", "angur adda"),
)


def _english_spellings(words: str) -> list[str]:
    # "saudi arabia saudi": multi-word names are kept whole when they are known pairs
    pairs = _ENGLISH_PAIRS
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


def place_at(words: Sequence[str], i: int) -> str | None:
    """The place named at ``words[i]``: a one-word name, or the first word of a two-word one (Spin Boldak,
    اسلام قلعې: Pashto's oblique ending read as the name's)."""
    return _pair_at(words, i) or place_of(words[i])


def place_words(words: Sequence[str], i: int) -> int:
    """How many words the place at ``words[i]`` takes: 2 for a two-word name, else 1."""
    return 2 if _pair_at(words, i) else 1


def _pair_at(words: Sequence[str], i: int) -> str | None:
    if i + 1 >= len(words):
        return None
    pair = f"{_bare_prefix(words[i])} {words[i + 1]}"
    pairs = _pair_index()
    return pairs.get(pair) or pairs.get(pair.removesuffix("ې") + "ه")


def _bare_prefix(word: str) -> str:
    return next((word[len(p) :] for p in ("و", "ب", "ل") if word.startswith(p) and len(word) > 4), word)


@cache
def _pair_index() -> dict[str, str]:
    # every two-word spelling -> the group's first spelling
    return {s: group[0] for group in place_groups() for s in group if s.count(" ") == 1}


@cache
def _place_index() -> dict[str, str]:
    # every one-word spelling -> the group's first spelling
    return {s: group[0] for group in place_groups() for s in group if " " not in s and len(s) >= 3}


# Words that stand before a place name (Dari, Pashto, Arabic): the border of X, the province of X. The
# prepositions (در, به, از, في, إلى, من) are left out: before a replaced verbal noun (إلى تقليص / إلى خفض)
# they would read a synonym as a place.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in words.split())


_CUES_BEFORE = _word_set("بندر ولایت شهر ولسوالی گذرگاه مرز ښار ولسوالۍ پوله منفذ معبر مدينة المدينة ولاية")
# ...and after it: Pashto د X ولایت (the province of X), Dari X ولسوالی.
_CUES_AFTER = _word_set("ولایت ولسوالۍ ولسوالی ښار بندر")


def is_cued_place(
    claim_words: Sequence[str],
    at: int,
    ours: Sequence[Token],
    theirs: Sequence[Token],
    page_terms: Container[str],
) -> bool:
    """One Arabic-script word of a quotation, replaced, that the page never uses and that stands where a
    place stands (مرز X, شهر X, د X ولایت, معبر X): another place, a name the gazetteer does not know.
    Conservative: one word against one or two, no Latin script, no stopword."""
    if len(ours) != 1 or not 1 <= len(theirs) <= 2:
        return False
    word = ours[0].text
    if word.isascii() or len(word) < 3 or word in STOPWORDS or any(t.text.isascii() for t in theirs):
        return False
    if any(term in page_terms for term in content_words([word])) or not content_words([word]):
        return False
    before = claim_words[at - 1] if at > 0 else ""
    after = claim_words[at + 1] if at + 1 < len(claim_words) else ""
    return _bare(before) in _CUES_BEFORE or before in _CUES_BEFORE or after in _CUES_AFTER


def _bare(word: str) -> str:
    # و/ب attached to a cue: ومعبر, بمدينة
    return word[1:] if len(word) > 3 and word[0] in "وب" else word
