"""Screening one traveller against 1,000,000 watch-list entries, and a brute-force peer.

The list is synthetic but shaped like Indonesia's: Javanese single names and names in the
pre-1972 spelling (SOEHARTO, DJOKO), Malay and Indonesian Muslim names with BIN/BINTI, Middle
Eastern names in several transliterations, Chinese (pinyin and Hokkien), Western names with
diacritics; some birth dates year-only or unknown; some entries expired. 500 travellers are
planted variants of listed people (another transliteration, old or new spelling, name order,
a missing middle name, BIN/BINTI dropped, diacritics dropped or ICAO-transliterated, the name cut
by the MRZ, a typo, names joined or split); 500 are other people drawn from the same pools.

Prints one JSON object: build_s (index build, generation time excluded), rss_mb (process RSS
with the index built, the generator's state released), peak_rss_mb, p50_ms and p99_ms (one
`screen` call), recall (variants whose entry is in the top 3), alert_recall (variants alerting
on their entry at the threshold), false_alert_rate (other travellers raising any alert),
peer_p50_ms (rapidfuzz `process.extract` with token_sort_ratio over all names, same run),
peer_recall (its top-3 recall on the sample it ran), and a per-kind recall breakdown.

    python -m benchmarks.screening [--entries N] [--peer-queries K]
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from app.domain.screening import (
    ScreeningIndex,
    ScreeningSettings,
    Traveller,
    WatchEntry,
    normalise_name,
)
from benchmarks import screening_names as pools

SEED = 20261125
TODAY = date(2026, 6, 1)
CHUNK = 50_000

JAVANESE, MALAY, ARAB, CHINESE, WESTERN = range(5)
POPULATION_SHARES = (0.30, 0.20, 0.15, 0.15, 0.20)
NATIONALITIES = {
    JAVANESE: (("IDN",), (1.0,)),
    MALAY: (("IDN", "MYS", "BRN", "SGP"), (0.55, 0.35, 0.05, 0.05)),
    ARAB: (("SAU", "YEM", "EGY", "IRQ", "SYR", "JOR", "ARE", "OMN", "QAT", "KWT", "LBN"),
           (0.25, 0.1, 0.15, 0.1, 0.1, 0.06, 0.06, 0.05, 0.04, 0.04, 0.05)),
    CHINESE: (("CHN", "IDN", "MYS", "SGP", "TWN", "HKG"), (0.5, 0.2, 0.12, 0.08, 0.05, 0.05)),
    WESTERN: (("NLD", "DEU", "GBR", "USA", "FRA", "ESP", "PRT", "AUS", "SWE", "DNK", "POL",
               "CZE", "TUR", "ITA", "RUS", "IRL"),
              (0.1, 0.1, 0.1, 0.1, 0.07, 0.07, 0.05, 0.08, 0.04, 0.04, 0.04, 0.03, 0.05, 0.05,
               0.05, 0.03)),
}
OLD_SPELLING = (("KH", "CH"), ("NY", "NJ"), ("SY", "SJ"), ("J", "DJ"), ("Y", "J"), ("C", "TJ"),
                ("U", "OE"))


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def old_spelling(name: str) -> str:
    """Write a modern Indonesian name the pre-1972 way (SUHARTO -> SOEHARTO)."""
    marked = name
    for new, old in OLD_SPELLING:
        marked = marked.replace(new, old.lower())
    return marked.upper()


def new_spelling(name: str) -> str:
    result = name
    for new, old in reversed(OLD_SPELLING):
        result = result.replace(old, new.lower())
    return result.upper()


@dataclass
class Person:
    population: int
    surname: list[str]  # the MRZ's primary identifier
    given: list[str]  # secondary identifier
    birth: str
    nationality: str

    @property
    def full_name(self) -> str:
        if self.population == CHINESE:
            return " ".join(self.surname + self.given)
        return " ".join(self.given + self.surname)


class People:
    """Deterministic people from the pools; draws numbers in chunks to stay vectorised."""

    def __init__(self, seed: int, chunk: int = CHUNK * 8) -> None:
        self.rng = np.random.default_rng(seed)
        self._chunk = chunk
        self._buffer = np.zeros(0)
        self._at = 0

    def _u(self) -> float:
        if self._at >= len(self._buffer):
            self._buffer = self.rng.random(self._chunk)
            self._at = 0
        value = self._buffer[self._at]
        self._at += 1
        return float(value)

    def pick(self, items: tuple[str, ...]) -> str:
        return items[int(self._u() * len(items))]

    def weighted(self, items: tuple, weights: tuple[float, ...]) -> object:
        x, acc = self._u(), 0.0
        for item, weight in zip(items, weights, strict=True):
            acc += weight
            if x < acc:
                return item
        return items[-1]

    def chance(self, p: float) -> bool:
        return self._u() < p

    def birth(self, year_only: float = 0.12, unknown: float = 0.03) -> str:
        year = 1940 + int(self._u() * 66)
        x = self._u()
        if x < unknown:
            return ""
        if x < unknown + year_only:
            return str(year)
        day = date(year, 1, 1) + timedelta(days=int(self._u() * 365))
        return day.isoformat()

    def person(self, full_birth: bool = False) -> Person:
        population = int(self.weighted(tuple(range(5)), POPULATION_SHARES))
        maker: Callable[[], tuple[list[str], list[str]]] = (
            self._javanese, self._malay, self._arab, self._chinese, self._western)[population]
        surname, given = maker()
        birth = self.birth(0.0, 0.0) if full_birth else self.birth()
        codes, weights = NATIONALITIES[population]
        return Person(population, surname, given, birth, str(self.weighted(codes, weights)))

    def _mononym(self) -> str:
        return self.pick(pools.JAVANESE_PREFIXES) + self.pick(pools.JAVANESE_ROOTS)

    def _javanese(self) -> tuple[list[str], list[str]]:
        x = self._u()
        if x < 0.25:
            names = [self._mononym()]
        elif x < 0.75:
            names = [self.pick(pools.INDONESIAN_GIVEN),
                     self._mononym() if self.chance(0.5) else self.pick(pools.INDONESIAN_GIVEN)]
        else:
            names = [self.pick(pools.INDONESIAN_GIVEN), self.pick(pools.INDONESIAN_GIVEN),
                     self.pick(pools.INDONESIAN_FAMILY) if self.chance(0.4)
                     else self._mononym()]
        if self.chance(0.25):
            names = [old_spelling(n) for n in names]
        return names[-1:], names[:-1]

    def _malay(self) -> tuple[list[str], list[str]]:
        female = self.chance(0.4)
        names: list[str] = []
        if female:
            names.append(self.pick(pools.MALAY_FEMALE))
            if self.chance(0.6):
                names.append(self.pick(pools.MALAY_FEMALE))
        else:
            if self.chance(0.4):
                names.append(self.weighted(("MUHAMMAD", "MOHAMAD", "MOHD", "MOHAMMAD"),
                                           (0.6, 0.15, 0.15, 0.1)))  # type: ignore[arg-type]
            names.append(self.pick(pools.MALAY_MALE))
            if self.chance(0.3):
                names.append(self.pick(pools.MALAY_MALE))
        if self.chance(0.7):
            names.append("BINTI" if female else "BIN")
            names.append(self.pick(pools.MALAY_MALE))
        return [" ".join(names)], []

    def _arab(self) -> tuple[list[str], list[str]]:
        given = [self.pick(pools.ARAB_GIVEN), self.pick(pools.ARAB_GIVEN)]
        if self.chance(0.3):
            given.append(self.pick(pools.ARAB_GIVEN))
        return [self.pick(pools.ARAB_FAMILY)], given

    def _chinese(self) -> tuple[list[str], list[str]]:
        if self.chance(0.3):
            surname = self.pick(pools.HOKKIEN_SURNAMES)
            given = [self.pick(pools.HOKKIEN_GIVEN), self.pick(pools.HOKKIEN_GIVEN)]
            return [surname], given
        surname = self.pick(pools.CHINESE_SURNAMES)
        syllables = [self.pick(pools.CHINESE_SYLLABLES)]
        if self.chance(0.75):
            syllables.append(self.pick(pools.CHINESE_SYLLABLES).lower())
        given = ["".join(syllables).upper()] if self.chance(0.6) else [s.upper() for s in syllables]
        return [surname], given

    def _western(self) -> tuple[list[str], list[str]]:
        given = [self.pick(pools.WESTERN_GIVEN)]
        if self.chance(0.4):
            given.append(self.pick(pools.WESTERN_GIVEN))
        return [self.pick(pools.WESTERN_SURNAMES)], given


def entry_of(person: Person, number: int, people: People) -> WatchEntry:
    indonesian = person.nationality == "IDN"
    x = people._u()
    if indonesian:
        list_name = "pencegahan" if x < 0.8 else "interpol"
    else:
        list_name = "penangkalan" if x < 0.8 else "interpol"
    y = people._u()
    until = (TODAY - timedelta(days=1 + int(y * 2000)) if y < 0.05 else
             TODAY + timedelta(days=1 + int(y * 3650)) if y < 0.55 else None)
    documents = (f"{'ABCXYZ'[number % 6]}{int(people._u() * 1e8):08d}",) if people.chance(0.5) \
        else ()
    return WatchEntry(
        id=str(uuid.UUID(int=(SEED << 64) + number)), list_name=list_name,
        full_name=person.full_name, birth_date=person.birth, nationality=person.nationality,
        document_numbers=documents, reference=f"{list_name[:3].upper()}-{number:07d}/2026",
        valid_until=until)


def listed(count: int, keep: set[int], kept: dict[int, tuple[Person, WatchEntry]]
           ) -> Iterator[WatchEntry]:
    """The list, one entry at a time; entries numbered in `keep` are remembered in `kept`."""
    people = People(SEED)
    for number in range(count):
        person = people.person()
        entry = entry_of(person, number, people)
        if number in keep:
            kept[number] = (person, entry)
        yield entry


# -- planted variants ---------------------------------------------------------------------------

def _tokens(person: Person) -> list[str]:
    return person.full_name.split()


def _spelling(p: Person, people: People) -> Person | None:
    names = p.surname + p.given
    text = " " + " ".join(names) + " "
    options = [name for name in pools.ALTERNATIVES if f" {name} " in text]
    if options:
        old = people.pick(tuple(options))
        new = people.pick(pools.ALTERNATIVES[old])
        return _replace(p, old, new)
    if p.population == JAVANESE:
        token = people.pick(tuple(p.surname + p.given))
        other = new_spelling(token) if new_spelling(token) != token else old_spelling(token)
        if other != token:
            return _replace(p, token, other)
    return None


def _replace(p: Person, old: str, new: str) -> Person:
    def swap(parts: list[str]) -> list[str]:
        return [(" " + part + " ").replace(f" {old} ", f" {new} ", 1).strip() for part in parts]

    return Person(p.population, swap(p.surname), swap(p.given), p.birth, p.nationality)


def _order(p: Person, people: People) -> Person | None:
    tokens = _tokens(p)
    if len(tokens) < 2:
        return None
    rotated = tokens[-1:] + tokens[:-1] if people.chance(0.5) else tokens[1:] + tokens[:1]
    return Person(p.population, [" ".join(rotated)], [], p.birth, p.nationality)


def _drop_middle(p: Person, people: People) -> Person | None:
    tokens = _tokens(p)
    middle = [i for i in range(1, len(tokens) - 1) if tokens[i] not in ("BIN", "BINTI")
              and tokens[i - 1] not in ("BIN", "BINTI")]
    if not middle:
        return None
    drop = middle[int(people._u() * len(middle))]
    return Person(p.population, [" ".join(tokens[:drop] + tokens[drop + 1:])], [], p.birth,
                  p.nationality)


def _particle(p: Person, people: People) -> Person | None:
    tokens = _tokens(p)
    particles = [i for i, t in enumerate(tokens) if t in ("BIN", "BINTI")]
    if not particles:
        return None
    i = particles[0]
    replacement = people.pick(("", "B", "BT", "BTE") if tokens[i] == "BINTI" else ("", "B", "BN"))
    tokens = tokens[:i] + ([replacement] if replacement else []) + tokens[i + 1:]
    return Person(p.population, [" ".join(tokens)], [], p.birth, p.nationality)


def _diacritics(p: Person, people: People) -> Person | None:
    if (" ".join(p.surname + p.given)).isascii():
        return None
    icao = people.chance(0.5)

    def plain(text: str) -> str:
        if icao:
            return normalise_name(text)
        return "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c)).replace("Ø", "O").replace("Ł", "L")

    return Person(p.population, [plain(s) for s in p.surname], [plain(g) for g in p.given],
                  p.birth, p.nationality)


def _typo(p: Person, people: People) -> Person | None:
    tokens = _tokens(p)
    long = [i for i, t in enumerate(tokens) if len(t) >= 5 and t.isascii()]
    if not long:
        return None
    i = long[int(people._u() * len(long))]
    word = tokens[i]
    at = 1 + int(people._u() * (len(word) - 2))
    kind = int(people._u() * 4)
    letter = "ABCDEFGHIJKLMNOPRSTUWY"[int(people._u() * 22)]
    if kind == 0:
        word = word[:at] + letter + word[at + 1:]
    elif kind == 1:
        word = word[:at] + word[at + 1:]
    elif kind == 2:
        word = word[:at] + letter + word[at:]
    else:
        word = word[:at - 1] + word[at] + word[at - 1] + word[at + 1:]
    tokens[i] = word
    return Person(p.population, [" ".join(tokens)], [], p.birth, p.nationality)


def _joined(p: Person, people: People) -> Person | None:
    if p.population != CHINESE:
        return None
    given = " ".join(p.given)
    if " " in given:
        return Person(p.population, p.surname, [given.replace(" ", "")], p.birth, p.nationality)
    for syllable in sorted(pools.CHINESE_SYLLABLES, key=len, reverse=True):
        if given.startswith(syllable) and len(given) > len(syllable) + 1:
            return Person(p.population, p.surname, [syllable, given[len(syllable):]], p.birth,
                          p.nationality)
    return None


def mrz_field(p: Person) -> str:
    surname = "<".join(normalise_name(" ".join(p.surname)).split())
    given = "<".join(normalise_name(" ".join(p.given)).split())
    return surname + ("<<" + given if given else "")


def _truncated(p: Person) -> Traveller | None:
    field = mrz_field(p)
    if len(field) <= 30:
        return None
    cut = field[:39] if len(field) > 39 else field[:30]
    surname, _, given = cut.partition("<<")
    return Traveller(surname=surname.replace("<", " ").strip(),
                     given_names=given.replace("<", " ").strip())


KINDS: dict[str, Callable[[Person, People], Person | None]] = {
    "spelling": _spelling, "order": _order, "missing_middle": _drop_middle,
    "bin_binti": _particle, "diacritics": _diacritics, "typo": _typo, "joined_split": _joined,
}


def traveller_birth(birth: str, people: People) -> date:
    if len(birth) == 10:
        return date.fromisoformat(birth)
    year = int(birth) if birth else 1940 + int(people._u() * 66)
    return date(year, 1, 1) + timedelta(days=int(people._u() * 365))


def variant(person: Person, people: People) -> tuple[str, Traveller] | None:
    """A traveller who is this listed person, written another way (None: no way applies)."""
    probe = People(1, chunk=64)
    applicable = [k for k, f in KINDS.items() if f(person, probe) is not None]
    truncatable = len(mrz_field(person)) > 30
    if not applicable and not truncatable:
        return None
    kinds: list[str] = []
    if truncatable and (not applicable or people.chance(0.35)):
        kinds.append("mrz_truncated")
    else:
        first = people.pick(tuple(applicable))
        kinds.append(first)
        person = KINDS[first](person, people) or person
        rest = [k for k in applicable if k != first and KINDS[k](person, probe) is not None]
        if rest and people.chance(0.3):
            second = people.pick(tuple(rest))
            kinds.append(second)
            person = KINDS[second](person, people) or person
    nationality = person.nationality
    if people.chance(0.1):
        nationality = people.pick(("IDN", "MYS", "SGP", "AUS", "USA", "NLD", "SAU"))
    born = traveller_birth(person.birth, people)
    if kinds[0] == "mrz_truncated":
        cut = _truncated(person)
        assert cut is not None
        return "mrz_truncated", Traveller(surname=cut.surname, given_names=cut.given_names,
                                          birth_date=born, nationality=nationality)
    return "+".join(kinds), Traveller(surname=" ".join(person.surname),
                                      given_names=" ".join(person.given), birth_date=born,
                                      nationality=nationality)


def clean_traveller(people: People) -> Traveller:
    person = people.person(full_birth=True)
    return Traveller(surname=" ".join(person.surname), given_names=" ".join(person.given),
                     birth_date=date.fromisoformat(person.birth), nationality=person.nationality)


# -- the run ------------------------------------------------------------------------------------

def choose_planted(count: int, n: int) -> list[int]:
    """Entry numbers to plant variants of: in force on TODAY (decided by a dry pass)."""
    rng = np.random.default_rng(SEED + 1)
    return sorted(rng.choice(count, size=min(n * 2, count), replace=False).tolist())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--variants", type=int, default=500)
    parser.add_argument("--clean", type=int, default=500)
    parser.add_argument("--peer-queries", type=int, default=20)
    args = parser.parse_args(argv)
    settings = ScreeningSettings()

    candidates = choose_planted(args.entries, args.variants)
    kept: dict[int, tuple[Person, WatchEntry]] = {}
    gen_time = 0.0

    def timed(source: Iterator[WatchEntry]) -> Iterator[WatchEntry]:
        nonlocal gen_time
        while True:
            start = time.perf_counter()
            try:
                entry = next(source)
            except StopIteration:
                return
            gen_time += time.perf_counter() - start
            yield entry

    gc.collect()
    rss_before = rss_mb()
    start = time.perf_counter()
    index = ScreeningIndex.build(timed(listed(args.entries, set(candidates), kept)), settings)
    build_s = time.perf_counter() - start - gen_time
    gc.collect()
    rss_after = rss_mb()

    people = People(SEED + 2)
    queries: list[tuple[str, Traveller, str]] = []  # kind, traveller, entry id ('' = clean)
    planted: list[tuple[Person, WatchEntry]] = []
    for number in candidates:
        person, entry = kept[number]
        if entry.valid_until is not None and entry.valid_until < TODAY:
            continue
        made = variant(person, people)
        if made is None or len(planted) == args.variants:
            continue
        planted.append((person, entry))
        queries.append((made[0], made[1], entry.id))
    others = People(SEED + 3)
    queries += [("clean", clean_traveller(others), "") for _ in range(args.clean)]
    warm = People(SEED + 4)
    for _ in range(20):
        index.screen(clean_traveller(warm), TODAY)

    timings: list[float] = []
    found = alerted = false_alerts = 0
    by_kind: dict[str, list[int]] = {}
    misses: list[dict[str, object]] = []
    for kind, traveller, entry_id in queries:
        start = time.perf_counter()
        hits = index.screen(traveller, TODAY, limit=3)
        timings.append((time.perf_counter() - start) * 1000)
        if not entry_id:
            false_alerts += any(h.alert for h in hits)
            if any(h.alert for h in hits) and len(misses) < 120:
                misses.append({"kind": "FALSE ALERT", "traveller": traveller.name,
                               "birth": str(traveller.birth_date),
                               "top": [(h.full_name, h.score, h.reason) for h in hits]})
            continue
        mine = [h for h in hits if h.entry_id == entry_id]
        found += bool(mine)
        alerted += bool(mine and mine[0].alert)
        stats = by_kind.setdefault(kind.split("+")[0], [0, 0, 0])
        stats[0] += 1
        stats[1] += bool(mine)
        stats[2] += bool(mine and mine[0].alert)
        if not (mine and mine[0].alert) and len(misses) < 20:
            misses.append({"kind": kind, "traveller": traveller.name,
                           "birth": str(traveller.birth_date),
                           "listed": next(e.full_name for p, e in planted if e.id == entry_id),
                           "listed_birth": next(e.birth_date for p, e in planted
                                                if e.id == entry_id),
                           "score": mine[0].score if mine else None,
                           "top": [(h.full_name, h.score) for h in hits]})
    n_variants = len(planted)

    # The peer: every listed name through rapidfuzz, in the same process.
    from rapidfuzz import fuzz, process

    names = [normalise_name(e.full_name) for e in listed(args.entries, set(), {})]
    ids = [str(uuid.UUID(int=(SEED << 64) + n)) for n in range(args.entries)]
    peer_times = []
    peer_found = 0
    sample = [q for q in queries if q[2]][:args.peer_queries]
    for _kind, traveller, entry_id in sample:
        start = time.perf_counter()
        best = process.extract(normalise_name(traveller.name), names,
                               scorer=fuzz.token_sort_ratio, limit=3)
        peer_times.append((time.perf_counter() - start) * 1000)
        peer_found += any(ids[i] == entry_id for _name, _score, i in best)

    timings.sort()
    result = {
        "entries": args.entries,
        "build_s": round(build_s, 2),
        "generate_s": round(gen_time, 2),
        "rss_mb": round(rss_after, 1),
        "rss_index_mb": round(rss_after - rss_before, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "index_arrays_mb": round(index.memory_bytes() / 2**20, 1),
        "p50_ms": round(statistics.median(timings), 3),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1], 3),
        "max_ms": round(timings[-1], 3),
        "recall": round(found / n_variants, 4),
        "alert_recall": round(alerted / n_variants, 4),
        "false_alert_rate": round(false_alerts / args.clean, 4),
        "alert_threshold": settings.alert_threshold,
        "variants": n_variants,
        "clean": args.clean,
        "peer": "rapidfuzz.process.extract(token_sort_ratio, limit=3)",
        "peer_p50_ms": round(statistics.median(peer_times), 1) if peer_times else None,
        "peer_recall": round(peer_found / len(sample), 3) if sample else None,
        "peer_queries": len(sample),
        "by_kind": {k: {"n": v[0], "recall": round(v[1] / v[0], 3),
                        "alert_recall": round(v[2] / v[0], 3)} for k, v in sorted(by_kind.items())},
    }
    print(json.dumps(result))
    if misses:
        import sys

        print(json.dumps({"misses": misses}, ensure_ascii=False, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
