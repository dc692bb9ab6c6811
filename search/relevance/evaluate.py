"""Measuring search quality against the judged query set (`judgements.toml`).

For each judged query, the public search runs as a visitor on that language's site would run it; the
rank of the first relevant result gives the reciprocal rank (0 when none is in the first page), and
recall@5 is the share of relevant results in the first five, counted against min(5, relevant ones)
so a query with twenty relevant parcels is not penalised for showing five. MRR is the mean of the
reciprocal ranks. The targets (docs/search.md) are checked by tests/search/test_judged_relevance.py.
"""

import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

JUDGEMENTS = Path(__file__).resolve().parent / "judgements.toml"
KEYED_BY_CODE = {"parcel", "cohort"}
TARGETS = {"elasticsearch": 0.85, "database": 0.75}


@dataclass(frozen=True)
class Judgement:
    language: str
    query: str
    relevant: tuple
    note: str = ""

    def is_relevant(self, key):
        return any(fnmatch.fnmatchcase(key, pattern) for pattern in self.relevant)

    def expected_count(self, keys_seen):
        """How many relevant results exist (wildcards count what the results showed, at least one)."""
        exact = [pattern for pattern in self.relevant if "*" not in pattern]
        wild = len(self.relevant) - len(exact)
        seen = {key for key in keys_seen if key not in exact and self.is_relevant(key)}
        return len(exact) + max(wild, len(seen))


@dataclass(frozen=True)
class Outcome:
    judgement: Judgement
    keys: tuple  # keys of the results, in order (first page)
    rank: int | None  # 1-based rank of the first relevant result

    @property
    def reciprocal_rank(self):
        return 1 / self.rank if self.rank else 0.0

    @property
    def recall_at_5(self):
        top = self.keys[:5]
        found = len({key for key in top if self.judgement.is_relevant(key)})
        return found / min(5, self.judgement.expected_count(self.keys))


@dataclass(frozen=True)
class Report:
    backend: str
    outcomes: tuple

    @property
    def mrr(self):
        return sum(outcome.reciprocal_rank for outcome in self.outcomes) / len(self.outcomes)

    @property
    def recall_at_5(self):
        return sum(outcome.recall_at_5 for outcome in self.outcomes) / len(self.outcomes)

    def misses(self):
        """Outcomes whose first relevant result is not first, worst first."""
        return sorted((o for o in self.outcomes if o.rank != 1), key=lambda o: o.reciprocal_rank)

    def summary(self):
        return f"{self.backend}: MRR {self.mrr:.3f}, recall@5 {self.recall_at_5:.3f} over {len(self.outcomes)} queries"


def load_judgements(path=JUDGEMENTS):
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Judgement(
            language=item["language"], query=item["q"], relevant=tuple(item["relevant"]), note=item.get("note", "")
        )
        for item in data["query"]
    ]


def result_key(hit):
    """The stable key of a search hit: kind:code for parcels and cohorts, kind:slug otherwise."""
    if hit.kind in KEYED_BY_CODE and hit.code:
        return f"{hit.kind}:{hit.code}"
    path = urlsplit(hit.url).path.rstrip("/")
    return f"{hit.kind}:{path.rsplit('/', 1)[-1]}"


class _Params(dict):
    def getlist(self, key):
        return [self[key]] if key in self else []


def run(judgements=None):
    """Run every judged query through the public search; a Report named after the backend that answered."""
    from search.query import parse_request
    from search.services import run_search

    outcomes, backends = [], set()
    for judgement in judgements or load_judgements():
        results = run_search(parse_request(_Params(q=judgement.query), judgement.language))
        backends.add(results.backend)
        keys = tuple(result_key(hit) for hit in results.hits)
        rank = next((position for position, key in enumerate(keys, 1) if judgement.is_relevant(key)), None)
        outcomes.append(Outcome(judgement=judgement, keys=keys, rank=rank))
    return Report(backend="+".join(sorted(backends)) or "none", outcomes=tuple(outcomes))
