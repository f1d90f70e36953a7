"""What stands next to a number: its direction (rose/fell), its comparison (more than/less than), its unit.

A direction word is a fact like a number: "rose by 18 percent" and "fell by 18 percent" state opposite
things with the same number. Directions are read in English, Dari/Persian, Pashto and Arabic (rose,
افزایش, زیات, ارتفع / fell, کاهش, کم, انخفض), and comparatives are directions too (more than, بیش از,
أكثر من / less than, کمتر از, أقل من). Words that are directions only before a number (over, under,
above, below) count only there, and "at least"/"at most" are read as a pair. Only an opposite direction
in the same place is a difference: one side stating a direction the other leaves out is a rewording.
Units are read just after a number (percent vs percentage points, km vs miles, tons vs kilograms,
dollars vs afghanis: a currency is a unit; days vs weeks, روز/هفته, ورځ/اونۍ, يوم/أسبوع: a duration).
Ordinal day words (fifth, الخامس, پنجم, پنځمه) stand for a day number next to a month name.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import STOPWORDS, Token, content_words, negation_flags
from refcheck.match.numbers import is_number, is_small_number_word, number_spans
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize


def _normalized(words: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in words.split())


_UP = _normalized(
    "rose rise rises rising risen increased increase increases increasing grew grow grows growing grown "
    "climbed climb climbs climbing gained jumped surged soared up higher more greater "
    "افزایش بیش بیشتر رشد بالا "
    "زیات زیاته زیاتو زیاتې زیاتوالی زیاتېږي زیاتیږي زیاتوالې لوړ لوړې لوړه لوړېږي لوړوالی ډېر "
    "ارتفع ارتفعت وارتفع وارتفعت یرتفع ترتفع ارتفاع بارتفاع الارتفاع زاد زادت وزاد وزادت یزید تزید "
    "ازداد ازدادت وازداد وازدادت زیاده بزیاده الزیاده اکثر نما نمت ونما ونمت "
    "یطیل سیطیل تطیل ستطیل یرفع سیرفع ترفع سترفع"
)
_DOWN = _normalized(
    "fell fall falls falling fallen decreased decrease decreases decreasing declined decline declines "
    "declining dropped drop drops dropping shrank shrink shrinks shrinking shrunk slumped plunged down lower "
    "less fewer smaller "
    "کاهش کمتر افت افتاد افتید پایین "
    "کم کمه کمو کموالی کمې کمېږي کمیږي کمښت ټیټ ټیټې ټیټه ټیټېږي "
    "انخفض انخفضت وانخفض وانخفضت ینخفض تنخفض انخفاض بانخفاض الانخفاض نقص نقصت ونقص ونقصت ینقص "
    "تراجع تراجعت وتراجع وتراجعت یتراجع تتراجع اقل "
    "یخفض سیخفض تخفض ستخفض یقلل سیقلل تقلل ستقلل یقلص سیقلص تقلص ستقلص"
)
# Directions only before a number (over 12,000 / under 12,000): elsewhere "over the weekend", "under the law".
_UP_BEFORE_NUMBER = _normalized("over above exceeding")
_DOWN_BEFORE_NUMBER = _normalized("under below")
# Multiples after a number (twice, three times): Persian/Pashto برابر, چند, Arabic أضعاف.
_TIMES = _normalized("برابر چنده اضعاف")
# Attribution idioms built on a direction word: Pashto زیاته کړه "(he) added".
_ADDED = {normalize("زیاته"): _normalized("کړه کړ کړل کړې")}
_AT = {"least": 1, "most": -1}  # at least = no fewer than; at most = no more than

# Units, each a class of spellings, read just after a number. "percentage points" is one unit.
_UNITS = {
    **dict.fromkeys(_normalized("percent per cent pct percentage % درصد فیصد سلنه بالمئه المئه"), "percent"),
    **dict.fromkeys(_normalized("point points"), "points"),
    **dict.fromkeys(
        _normalized("km kilometres kilometers kilometre kilometer کیلومتر كيلومتر كيلومترا"), "km"
    ),
    **dict.fromkeys(_normalized("mile miles مایل میل ميل اميال"), "miles"),
    **dict.fromkeys(_normalized("ton tons tonne tonnes تن ټنه ټن طن اطنان"), "tons"),
    **dict.fromkeys(_normalized("kg kilogram kilograms kilogrammes کیلوگرام کیلو کیلوګرام كيلوغرام"), "kg"),
    # areas: 550,000 hectares and 550,000 acres (or jeribs, the Afghan fifth of a hectare) differ
    **dict.fromkeys(_normalized("hectare hectares ha هکتار هکتاره هكتار"), "hectares"),
    **dict.fromkeys(_normalized("acre acres ایکړ"), "acres"),
    **dict.fromkeys(_normalized("jerib jeribs جریب جریبه"), "jeribs"),
    # currencies: 20 million dollars and 20 million afghanis are different sums
    **dict.fromkeys(_normalized("dollar dollars usd دلار ډالر ډالره ډالرو دولار دولارا دولارات"), "usd"),
    **dict.fromkeys(_normalized("afghani afghanis afn افغانی افغانۍ افغانیو أفغاني"), "afn"),
    **dict.fromkeys(_normalized("euro euros eur یورو يورو"), "eur"),
    **dict.fromkeys(_normalized("rupee rupees روپیه روپیه کلدار روبية روبيه"), "rupees"),
    **dict.fromkeys(_normalized("toman tomans تومان"), "toman"),
    **dict.fromkeys(_normalized("rial rials ریال ريال"), "rial"),
    # durations: 3 days and 3 weeks are different spans
    **dict.fromkeys(_normalized("minute minutes دقیقه دقیقې دقيقة دقائق"), "minutes"),
    **dict.fromkeys(_normalized("hour hours ساعت ساعته ساعتونه ساعة ساعات"), "hours"),
    **dict.fromkeys(_normalized("day days روز ورځ ورځې ورځو يوم أيام يوما"), "days"),
    **dict.fromkeys(_normalized("week weeks هفته اونۍ اونیو أسبوع أسابيع اسبوعا"), "weeks"),
    **dict.fromkeys(_normalized("month months ماه میاشت میاشتې میاشتو شهر أشهر شهور شهرا"), "months"),
    **dict.fromkeys(_normalized("year years سال کال کاله کلونه سنة سنوات عام أعوام عاما"), "years"),
}
DURATIONS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})  # spans of time
# Small numbers in words before a duration (دو ماه, درې اونۍ, ثلاثة أسابيع), each with its value; نه
# (nine, also "not") is left out. Elsewhere these words are read by numbers.py, or not at all.
_COUNTS = {
    normalize(word): str(value)
    for words in (
        "_ _ دو سه چهار پنج شش هفت هشت _ ده",
        "_ _ دوه درې څلور پنځه شپږ اووه اته نهه لس",
        "_ _ اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة",
        "_ _ اثنان ثلاث أربع خمس ست سبع ثماني تسع عشر",
    )
    for value, word in enumerate(words.split())
    if word != "_"
}
_UNIT_FILLERS = _normalized("of في")  # 3 percent / 30 في المئة

ORDINAL_WORDS = _normalized(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth "
    "اول یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم شانزدهم "
    "هفدهم هجدهم نوزدهم بیستم سیام "
    "لومړۍ لومړی لومړنۍ دویمه دوهمه درېیمه دریمه څلورمه پنځمه شپږمه اوومه اتمه نهمه لسمه "
    "دویم دوهم درېیم دریم څلورم پنځم شپږم اووم اتم نهم لسم شلم "
    "الاول الثانی الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادی العشرین الثلاثین"
)


def is_unit(word: str) -> bool:
    """A unit a number is stated in (percent, dollars, km, tons, days…): unit_conflicts compares these."""
    return word in _UNITS


def unit_class(word: str) -> str | None:
    """The class of a unit word (km for کیلومتر, tons for طن), or None."""
    return _UNITS.get(word)


def is_ordinal(word: str) -> bool:
    """An ordinal word that can stand for a day of a month (fifth, الخامس, پنجم, پنځمه)."""
    return word in ORDINAL_WORDS


def direction_flags(words: Sequence[str]) -> list[int]:
    """+1 for a word that says up or more, -1 for down or less, 0 otherwise, read in context: over/under
    only before a number, at least/at most as pairs, a negating "declined to"/"fell short" and the Pashto
    زیاته کړه ("added") never."""
    negates = negation_flags(words)
    flags = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if negates[i] or (word in _ADDED and following in _ADDED[word]):
            flags.append(0)
        elif word in _AT and i > 0 and words[i - 1] == "at":
            flags.append(_AT[word])
        elif word in _TIMES:  # دو برابر, ضعف: a multiple after a number is more; برابر alone is "equal"
            before = words[i - 1] if i > 0 else ""
            flags.append(1 if number_spans([before]) or is_small_number_word(before) else 0)
        elif word in _UP_BEFORE_NUMBER or word in _DOWN_BEFORE_NUMBER:
            before_number = bool(number_spans([following])) or following == "than"
            flags.append((1 if word in _UP_BEFORE_NUMBER else -1) if before_number else 0)
        else:
            flags.append(1 if word in _UP else -1 if word in _DOWN else 0)
    return flags


def opposite(ours: Sequence[int], theirs: Sequence[int]) -> bool:
    """Two runs whose directions are opposite: one says up where the other says only down."""
    a, b = set(ours) - {0}, set(theirs) - {0}
    return len(a) == 1 and len(b) == 1 and a != b


def unit_of(key: str, words: Sequence[str], tokens: Sequence[Token], end: int) -> str | None:
    """The unit written just after the number that ends at word ``end`` (``%`` is read from the key)."""
    if end - 1 < len(tokens) and _percent_sign_after(key, tokens[end - 1]):
        return "percent"
    at = end
    while at < len(words) and words[at] in _UNIT_FILLERS:
        at += 1
    if at >= len(words) or words[at] not in _UNITS:
        return None
    unit = _UNITS[words[at]]
    if unit == "percent" and at + 1 < len(words) and words[at + 1] in {"point", "points"}:
        return "points"  # percentage points
    return unit


def _percent_sign_after(key: str, token: Token) -> bool:
    return token.text[:1].isdigit() and key[token.end : token.end + 2].lstrip().startswith("%")


def direction_conflict(claim: Sequence[Token], window: Sequence[Token]) -> Difference | None:
    """A direction word of the claim that the passage reverses in the same place (rose/fell next to the
    same number or the same words), with no word of the claim's direction there: a NEGATION difference."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    claim_flags, source_flags = direction_flags(claim_words), direction_flags(source_words)
    for i, sign in enumerate(claim_flags):
        if not sign:
            continue
        words, numbers = _anchors(claim_words, i)
        # a number near the word places it best; shared verbs (یافته) are weak; but a passage that moved
        # the numbers too (from 60 to 80 / from 80 to 60) is placed by the words
        anchors = numbers if numbers and _placed_by(numbers, source_flags, source_words) else words
        if not anchors:
            continue
        same = [
            j
            for j, s in enumerate(source_flags)
            if s == sign and set().union(*_anchors(source_words, j)) & anchors
        ]
        other = [
            j
            for j, s in enumerate(source_flags)
            if s == -sign and set().union(*_anchors(source_words, j)) & anchors
        ]
        if other and not same:
            return Difference(DifferenceKind.NEGATION, claim[i].text, window[other[0]].text)
    return None


def _placed_by(numbers: set[str], flags: Sequence[int], words: Sequence[str]) -> bool:
    """Some direction word of the passage stands near one of ``numbers``."""
    return any(flag and _anchors(words, j)[1] & numbers for j, flag in enumerate(flags))


def _anchors(words: Sequence[str], i: int, reach: int = 3) -> tuple[set[str], set[str]]:
    """What a direction word stands with: the content words and the numbers within ``reach`` words of it."""
    near = [*words[max(0, i - reach) : i], *words[i + 1 : i + 1 + reach]]
    flags = direction_flags(near)
    # unit words (percent, درصد) stand next to every figure: they anchor nothing
    plain = [
        w
        for w, f in zip(near, flags, strict=True)
        # a duration word (ماه قبل) is a time and anchors; other units stand next to every figure
        if not f and w not in STOPWORDS and _UNITS.get(w, "months") in DURATIONS
    ]
    numbers = {value for _, _, value in number_spans(near)}
    return set(content_words(plain)), numbers


def unit_conflicts(
    claim_key: str, claim: Sequence[Token], source_key: str, window: Sequence[Token]
) -> tuple[Difference, ...]:
    """A number of the claim written with one unit that the passage writes, same number, with another
    unit only (3 percent / 3 percentage points; 40 km / 40 miles): a NUMBER difference."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    source_units: dict[str, set[str]] = {}
    for end, value in _counted(source_words):
        unit = unit_of(source_key, source_words, window, end)
        if unit is not None:
            source_units.setdefault(value, set()).add(unit)
    found: list[Difference] = []
    for end, value in _counted(claim_words):
        unit = unit_of(claim_key, claim_words, claim, end)
        theirs = source_units.get(value, set())
        if unit is not None and theirs and unit not in theirs:
            found.append(Difference(DifferenceKind.NUMBER, f"{value} {unit}", f"{value} {sorted(theirs)[0]}"))
    return tuple(found)


def _counted(words: Sequence[str]) -> list[tuple[int, str]]:
    """(end word, value) of each number of ``words``, and of each small number word before a duration."""
    found = [(end, value) for _start, end, value in number_spans(words)]
    for i, word in enumerate(words[:-1]):
        if word in _COUNTS and _UNITS.get(words[i + 1]) in DURATIONS:
            found.append((i + 1, _COUNTS[word]))
    return found


def unit_words(
    words: Sequence[str], start: int, end: int, key: str = "", tokens: Sequence[Token] = ()
) -> set[str]:
    """The unit classes among words[start:end] that stand just after a number (within the run or before
    it): percent, points, km, miles, tons, kg; with the key and its tokens, a ``%`` just before the run."""
    found = set()
    if start == end and 0 < start <= len(tokens) and _percent_sign_after(key, tokens[start - 1]):
        found.add("percent")  # 3% / 3 percentage points: the run adds a unit the % already gave
    for i in range(start, end):
        unit = _UNITS.get(words[i])
        if unit is None or not _after_number(words, i):
            continue
        if unit == "percent" and i + 1 < len(words) and words[i + 1] in {"point", "points"}:
            unit = "points"
        found.add(unit)
    return found


def _after_number(words: Sequence[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and (words[j] in _UNIT_FILLERS or words[j] in {"percentage"} or _UNITS.get(words[j])):
        j -= 1
    if j >= 0 and words[j] in _COUNTS and _UNITS.get(words[i]) in DURATIONS:
        return True  # دو ماه, ثلاثة أسابيع
    return j >= 0 and (is_number(words[j]) or bool(number_spans(words[max(0, j - 1) : j + 1])))
