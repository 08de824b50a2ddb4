"""Scalable candidate generation for cross-source claim links (never all pairs).

``CandidateIndex`` keeps an inverted index from light word stems (see
``analysis.discrepancy.stem``) to claim ids, with a document-frequency cut-off
so common words never explode a query, and blocks by speaker entity, other
entities and numbers.  A query gathers candidates from the rare stems it shares
(IDF weighted) and the blocks, keeps the best few, and reranks those with
rapidfuzz on the normalized text.  Claims of the query's own article are never
returned.
"""
from __future__ import annotations

import heapq
import json
import math
import zlib
from array import array
from typing import Iterable

from rapidfuzz import fuzz

from analysis.discrepancy import content_stems
from analysis.normalize import tokens

__all__ = ["CandidateIndex"]


class _Claim:
    __slots__ = ("article", "text", "stems", "speaker", "entities", "numbers")

    def __init__(self, article, text, stems, speaker, entities, numbers):
        self.article = article
        self.text = text
        self.stems = stems
        self.speaker = speaker
        self.entities = entities
        self.numbers = numbers


class CandidateIndex:
    """Inverted index of claims for link suggestions.

    max_df: a stem found in more than this share of claims (and more than
    ``min_df_cutoff`` claims) is not used to gather candidates, only to
    rerank; max_postings caps that cut-off absolutely, so query cost stays
    bounded however large the index grows.  pool: how many gathered
    candidates are reranked.
    """

    def __init__(self, *, max_df: float = 0.02, min_df_cutoff: int = 200, pool: int = 60,
                 block_cap: int = 500, max_postings: int = 4000):
        self.max_postings = max_postings
        self.max_df = max_df
        self.min_df_cutoff = min_df_cutoff
        self.pool = pool
        self.block_cap = block_cap
        self._claims: dict[int, _Claim] = {}
        self._post: dict[str, array] = {}
        self._speaker: dict[int, array] = {}
        self._entity: dict[int, array] = {}
        self._number: dict[float, array] = {}
        self._deleted: set[int] = set()

    def __len__(self) -> int:
        return len(self._claims)

    # -------------------------------------------------------------- building
    def add(self, claim_id: int, article_id: int, text: str, *, speaker_entity: int | None = None,
            entities: Iterable[int] = (), numbers: Iterable[float] = ()) -> None:
        if claim_id in self._claims:
            self.remove(claim_id)
        self._deleted.discard(claim_id)
        stems = tuple(dict.fromkeys(s for s in content_stems(text) if len(s) >= 2))
        ents = tuple(sorted(set(entities)))
        nums = tuple(sorted({float(n) for n in numbers}))
        self._claims[claim_id] = _Claim(article_id, " ".join(tokens(text)), stems,
                                        speaker_entity, ents, nums)
        for s in stems:
            self._append(self._post, s, claim_id)
        if speaker_entity is not None:
            self._append(self._speaker, speaker_entity, claim_id)
        for e in ents:
            self._append(self._entity, e, claim_id)
        for n in nums:
            if n not in (0.0, 1.0, 2.0):  # too common to block on
                self._append(self._number, n, claim_id)

    @staticmethod
    def _append(table: dict, key, cid: int) -> None:
        arr = table.get(key)
        if arr is None:
            table[key] = array("q", (cid,))
        else:
            arr.append(cid)

    def remove(self, claim_id: int) -> None:
        """Forget a claim (its postings are skipped, then compacted lazily)."""
        if self._claims.pop(claim_id, None) is not None:
            self._deleted.add(claim_id)
            if len(self._deleted) > 1000 and len(self._deleted) > len(self._claims) // 10:
                self._compact()

    def _compact(self) -> None:
        dead = self._deleted
        for table in (self._post, self._speaker, self._entity, self._number):
            for key in list(table):
                arr = array("q", (c for c in table[key] if c not in dead))
                if arr:
                    table[key] = arr
                else:
                    del table[key]
        self._deleted = set()

    # -------------------------------------------------------------- querying
    def _cutoff(self) -> int:
        return min(self.max_postings,
                   max(self.min_df_cutoff, int(self.max_df * max(1, len(self._claims)))))

    def query(self, text: str, *, article_id: int | None = None, speaker_entity: int | None = None,
              entities: Iterable[int] = (), numbers: Iterable[float] = (), k: int = 5,
              exclude: int | None = None) -> list[tuple[int, float]]:
        """Best ``k`` (claim_id, score) pairs, best first; never claims of
        ``article_id`` (nor the claim ``exclude``)."""
        n = max(1, len(self._claims))
        cutoff = self._cutoff()
        q_stems = list(dict.fromkeys(s for s in content_stems(text) if len(s) >= 2))
        acc: dict[int, float] = {}
        q_weight = 0.0
        weights: dict[str, float] = {}
        for s in q_stems:
            post = self._post.get(s)
            df = len(post) if post is not None else 0
            w = math.log(1 + n / (1 + df))
            weights[s] = w
            q_weight += w
            if post is None or df > cutoff:
                continue
            get = acc.get
            for cid in post:
                acc[cid] = get(cid, 0.0) + w
        q_weight = q_weight or 1.0
        for key, table, bonus in ((speaker_entity, self._speaker, 0.35),):
            if key is not None and key in table:
                self._block(acc, table[key], bonus * q_weight)
        for e in set(entities):
            if e in self._entity:
                self._block(acc, self._entity[e], 0.12 * q_weight)
        for num in {float(x) for x in numbers}:
            if num in self._number:
                self._block(acc, self._number[num], 0.1 * q_weight)
        dead = self._deleted
        claims = self._claims
        gathered = heapq.nlargest(self.pool * 3, acc.items(), key=lambda kv: kv[1])
        pool = []
        for cid, sc in gathered:
            if cid in dead or cid == exclude:
                continue
            c = claims.get(cid)
            if c is None or (article_id is not None and c.article == article_id):
                continue
            pool.append((cid, sc, c))
            if len(pool) >= self.pool:
                break
        q_text = " ".join(tokens(text))
        q_set = set(q_stems)
        ents = set(entities)
        nums = {float(x) for x in numbers}
        out = []
        for cid, _, c in pool:
            shared = q_set.intersection(c.stems)
            cw = sum(weights.get(s, 0.0) for s in shared)
            c_w = sum(weights.get(s, math.log(1 + n)) for s in c.stems) or 1.0
            overlap = cw / math.sqrt(q_weight * c_w) if cw else 0.0
            fz = fuzz.token_set_ratio(q_text, c.text) / 100.0
            score = 0.6 * overlap + 0.3 * fz
            if speaker_entity is not None and c.speaker == speaker_entity:
                score += 0.15
            if ents and ents.intersection(c.entities):
                score += 0.05
            if nums and nums.intersection(c.numbers):
                score += 0.05
            out.append((cid, round(min(1.0, score), 4)))
        out.sort(key=lambda kv: (-kv[1], kv[0]))
        return out[:k]

    def _block(self, acc: dict, post: array, bonus: float) -> None:
        if len(post) <= self.block_cap:
            for cid in post:
                acc[cid] = acc.get(cid, 0.0) + bonus
        else:  # a large block only boosts claims already gathered
            members = set(post) if len(acc) > len(post) // 8 else None
            for cid in list(acc):
                if (cid in members) if members is not None else (cid in post):
                    acc[cid] += bonus

    # -------------------------------------------------------------- caching
    def to_bytes(self) -> bytes:
        data = {"v": 1, "max_df": self.max_df, "min_df_cutoff": self.min_df_cutoff, "pool": self.pool,
                "block_cap": self.block_cap, "max_postings": self.max_postings,
                "claims": [[cid, c.article, c.text, list(c.stems), c.speaker, list(c.entities),
                            list(c.numbers)] for cid, c in self._claims.items()]}
        return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_bytes(cls, b: bytes) -> "CandidateIndex":
        data = json.loads(zlib.decompress(b).decode("utf-8"))
        idx = cls(max_df=data["max_df"], min_df_cutoff=data["min_df_cutoff"], pool=data["pool"],
                  block_cap=data["block_cap"], max_postings=data.get("max_postings", 4000))
        for cid, art, text, stems, spk, ents, nums in data["claims"]:
            idx._claims[cid] = _Claim(art, text, tuple(stems), spk, tuple(ents), tuple(nums))
            for s in stems:
                idx._append(idx._post, s, cid)
            if spk is not None:
                idx._append(idx._speaker, spk, cid)
            for e in ents:
                idx._append(idx._entity, e, cid)
            for n in nums:
                if n not in (0.0, 1.0, 2.0):
                    idx._append(idx._number, n, cid)
        return idx
