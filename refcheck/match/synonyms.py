"""Words that news prose uses for one another, counted as one word when a paraphrase is matched (and the
forms of English irregular verbs, one lemma each: caught = catch).

"Relations between Russia and the member countries" and "ties between Russia and the member states" say
the same thing in other words; counting only identical stems, a matcher finds half the claim in a passage
that states all of it. Each group below holds words a reporter swaps without changing a fact (member
countries / member states, trade / commerce, founded / established, troops / soldiers); every word of a
group is counted as the group's first word. The groups are few and chosen for news prose, not for every
sense of a word (states is also a province of a federation, left also a direction): never antonyms, never
words of another degree (rose / soared), never words whose swap is itself a fact that
qualifiers.py or directions.py compares (first / last, rose / fell, said / denied). They serve overlap
counting only (support.py, through ``facts.stem``): a quotation is still compared word by word, so
"ties" for "relations" inside a quotation is a ``close`` difference, listed.
"""

from __future__ import annotations

from collections.abc import Callable

# Each line: the words of one group, by their surface forms (the stemmer folds the rest).
_GROUPS = (
    # English
    "relations relation relationship relationships ties",
    "countries country nations nation states",
    "trade commerce commercial trading",
    "established founded",
    "strengthen strengthened strengthening bolster bolstered enhance enhanced boost boosted",
    "troops soldiers",
    "earliest first",
    "leaders leader heads",
    "begin began begun beginning start started starting commence commenced launch launched",
    "completed complete finished finish",
    "border borders frontier frontiers",
    "agreement agreements deal deals accord accords",
    "meeting meetings talks met",  # meeting stems to meet
    "use used using utilize utilized utilizing utilise utilised utilising employ employed",
    "help helped helping assist assisted assisting",
    "increase increased increases rise rose risen grew grown",
    "decrease decreased decreases decline declined fell fallen",
    "killed slain",
    "wounded injured",
    "farmland farmlands cropland croplands",
    "houses house homes home",
    "خانه منزل",
    # English irregular verbs: one lemma, so "did not catch fire" meets "caught fire" (the polarity check
    # looks for what a negation governs), and "took" counts as "take"
    "catch caught",
    "take took taken",
    "give gave given",
    "go went gone",
    "make made",
    "hold held",
    "leave left",
    "build built",
    "bring brought",
    "buy bought",
    "sell sold",
    "send sent",
    "spend spent",
    "lose lost",
    "win won",
    "keep kept",
    "pay paid",
    "flee fled",
    "shoot shot",
    "strike struck",
    "break broke broken",
    "choose chose chosen",
    "speak spoke spoken",
    "write wrote written",
    "drive drove driven",
    "teach taught",
    "lead led",
    "freeze froze frozen",
    "steal stole stolen",
    "hide hid hidden",
    # Dari / Persian (keys: ZWNJ removed, ي→ی, ك→ک)
    "روابط مناسبات علاقات",  # روابط and علاقات are Arabic too
    "کشور کشورها مملکت",
    "تجارت بازرگانی سوداګري",  # سوداګري: Pashto
    "آغاز شروع",
    "مرز سرحد",
    "توافق توافقنامه موافقتنامه",
    "سرباز سربازان نظامیان",
    "معاملات تراکنش تراکنشها",
    "موبایل مبایل",
    "قبل پیش",
    "کشت کاشته کاشت",
    # Arabic
    "تجارة التجارة تجاري التجاري",
    "جنود الجنود عسكريين",
    "قالت أفادت أفاد ذكرت",
    "نحو قرابة حوالي",
    "تروي تسقي يروي يسقي",
)


def synonym_table(stem: Callable[[str], str], normalize: Callable[[str], str]) -> dict[str, str]:
    """Each stem of a group's words mapped to the stem of the group's first word.

    ``stem`` and ``normalize`` are passed in by facts.py (whose stemmer then applies the table), so the
    groups are read with the very functions that read claims and pages.
    """
    table: dict[str, str] = {}
    for line in _GROUPS:
        stems = list(dict.fromkeys(stem(normalize(word)) for word in line.split()))
        for word in stems:
            if word in table:
                raise ValueError(f"{word!r} is in two synonym groups: merge them")
            table[word] = stems[0]
    return table
