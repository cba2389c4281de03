"""MRZ parse + validate per document, against the `mrz` package's checkers on the same documents.

The documents are a fixed, seeded mix as a TPI counter sees them: mostly passports (TD3), then
identity cards (TD1, some with long document numbers), visas (MRV-A, MRV-B) and TD2 documents,
a few of them poor reads with a wrong check digit. Ours gets the lines as a reader delivers them;
the peer gets them joined by newlines, as its checkers take them, and does the same work: its
checker validates on construction and `fields()` extracts the values. Each side is timed with
time.perf_counter over every document, several passes, best of several repeats.

Prints one JSON object: per_parse_us, peer_per_parse_us, ratio (peer / ours), documents, the
mix, and the peer's validation-only time (its constructor alone) for reference.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from mrz.checker.mrva import MRVACodeChecker
from mrz.checker.mrvb import MRVBCodeChecker
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td2 import TD2CodeChecker
from mrz.checker.td3 import TD3CodeChecker

from app.domain.mrz import MrzFormat, check_digit, parse_mrz

DOCUMENTS = 1000
SEED = 9303
MIX = ((MrzFormat.TD3, 55), (MrzFormat.TD1, 20), (MrzFormat.MRV_A, 12), (MrzFormat.MRV_B, 5),
       (MrzFormat.TD2, 8))
POOR_READS = 0.05
BUDGET_US = 25.0
BUDGET_RATIO = 3.0

CODES = ("IDN", "IDN", "IDN", "MYS", "SGP", "AUS", "CHN", "JPN", "KOR", "IND", "NLD", "D",
         "GBR", "USA", "FRA", "SAU", "PHL", "THA", "VNM", "TLS")
SURNAMES = ("SANTOSO", "WIJAYA", "NGUYEN", "TAN", "MUHAMMAD FAIZAL BIN ISMAIL", "SMITH",
            "MUSTERMANN", "VAN DER BERG", "AL FARSI", "KIM", "WANG", "SULASTRI", "OKONKWO",
            "GARCIA LOPEZ", "SATO")
GIVEN = ("BUDI HARTONO", "ANNA MARIA", "THI MAI", "WEI", "ERIKA", "JOHN PETER", "SITI", "",
         "MIN JUN", "AHMAD", "MARIA DEL CARMEN", "HIROSHI")
CHECKERS = {MrzFormat.TD1: TD1CodeChecker, MrzFormat.TD2: TD2CodeChecker,
            MrzFormat.TD3: TD3CodeChecker, MrzFormat.MRV_A: MRVACodeChecker,
            MrzFormat.MRV_B: MRVBCodeChecker}
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _pad(text: str, length: int) -> str:
    return (text + "<" * length)[:length]


def _yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


def _document(rng: random.Random, fmt: MrzFormat, today: date) -> tuple[str, ...]:
    issuer = rng.choice(CODES)
    nationality = issuer if rng.random() < 0.9 else rng.choice(CODES)
    name = rng.choice(SURNAMES).replace(" ", "<")
    given = rng.choice(GIVEN)
    if given:
        name += "<<" + given.replace(" ", "<")
    birth = _yymmdd(today - timedelta(days=rng.randrange(365, 80 * 365)))
    expiry = _yymmdd(today + timedelta(days=rng.randrange(-2 * 365, 10 * 365)))
    sex = rng.choice("MF")
    number = rng.choice("ABCEX") + "".join(rng.choices("0123456789", k=rng.choice((7, 8))))
    dates = birth + check_digit(birth) + sex + expiry + check_digit(expiry)
    if fmt is MrzFormat.TD1:
        doc_type = rng.choice(("I<", "ID", "AC"))
        if rng.random() < 0.2:  # long document number, continued in the optional data
            number += "".join(rng.choices(_ALNUM, k=3))
            head = number[:9] + "<" + number[9:] + check_digit(number) + "<"
        else:
            head = _pad(number, 9) + check_digit(_pad(number, 9))
        line1 = doc_type + issuer.ljust(3, "<") + _pad(head, 25)
        line2 = dates + nationality.ljust(3, "<") + "<" * 11
        line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return line1, line2, _pad(name, 30)
    number = _pad(number, 9)
    head = number + check_digit(number) + nationality.ljust(3, "<") + dates
    if fmt is MrzFormat.TD3:
        personal = "".join(rng.choices("0123456789", k=12)) if rng.random() < 0.4 else ""
        optional = _pad(personal, 14)
        line2 = head + optional + (check_digit(optional) if personal else "<")
        line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
        return "P<" + issuer.ljust(3, "<") + _pad(name, 39), line2
    if fmt is MrzFormat.TD2:
        line2 = head + "<" * 7
        line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:35])
        return "I<" + issuer.ljust(3, "<") + _pad(name, 31), line2
    width = 44 if fmt is MrzFormat.MRV_A else 36
    return "V<" + issuer.ljust(3, "<") + _pad(name, width - 5), _pad(head, width)


def _poor_read(rng: random.Random, lines: tuple[str, ...]) -> tuple[str, ...]:
    """A wrong expiry check digit, as a dirty reader window gives."""
    at = 14 if len(lines) == 3 else 27
    row = 1
    line = lines[row]
    wrong = str((int(line[at]) + rng.randrange(1, 10)) % 10)
    changed = list(lines)
    changed[row] = line[:at] + wrong + line[at + 1:]
    return tuple(changed)


def documents(today: date) -> list[tuple[MrzFormat, tuple[str, ...], bool]]:
    """The benchmark's documents: (format, lines, whether they should validate)."""
    rng = random.Random(SEED)
    formats = [fmt for fmt, weight in MIX for _ in range(weight)]
    result = []
    for _ in range(DOCUMENTS):
        fmt = rng.choice(formats)
        lines = _document(rng, fmt, today)
        if rng.random() < POOR_READS:
            result.append((fmt, _poor_read(rng, lines), False))
        else:
            result.append((fmt, lines, True))
    return result


def _best_per_call(work: Callable[[], object], calls: int, passes: int, repeats: int) -> float:
    """Best of `repeats` runs of `passes` calls of `work`, in microseconds per document."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(passes):
            work()
        best = min(best, (time.perf_counter() - start) / (passes * calls))
    return best * 1e6


def main() -> None:
    today = date.today()
    docs = documents(today)
    ours_input: Sequence[tuple[str, ...]] = [lines for _, lines, _ in docs]
    peer_input = [(CHECKERS[fmt], "\n".join(lines)) for fmt, lines, _ in docs]

    # Correctness first: ours must judge every document as it was made.
    for fmt, lines, valid in docs:
        result = parse_mrz(lines)
        assert result.format is fmt and result.valid is valid, (lines, result.errors)

    def ours() -> None:
        for lines in ours_input:
            parse_mrz(lines)

    def peer() -> None:
        for checker, text in peer_input:
            checker(text).fields()

    def peer_validate_only() -> None:
        for checker, text in peer_input:
            checker(text)

    ours()
    peer()  # warm-up: country tables, caches
    per_parse = _best_per_call(ours, len(docs), passes=5, repeats=7)
    peer_per_parse = _best_per_call(peer, len(docs), passes=1, repeats=5)
    peer_validate = _best_per_call(peer_validate_only, len(docs), passes=1, repeats=5)
    print(json.dumps({
        "documents": len(docs),
        "mix": dict(sorted(Counter(fmt.value for fmt, _, _ in docs).items())),
        "invalid_documents": sum(not valid for _, _, valid in docs),
        "per_parse_us": round(per_parse, 2),
        "peer_per_parse_us": round(peer_per_parse, 2),
        "ratio": round(peer_per_parse / per_parse, 2),
        "peer_validate_only_us": round(peer_validate, 2),
        "ratio_validate_only": round(peer_validate / per_parse, 2),
        "budget_us": BUDGET_US,
        "budget_ratio": BUDGET_RATIO,
    }))


if __name__ == "__main__":
    main()
