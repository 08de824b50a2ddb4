"""Scalable candidate generation for cross-source claim links (never all pairs).

``CandidateIndex`` keeps an inverted index from light word stems (see
``analysis.discrepancy.stem``) to claims, and blocks by speaker entity, other
entities and numbers.  A query gathers candidates from the stems it shares,
rarest first (IDF weighted), within a fixed work budget, keeps the best few,
and reranks those with rapidfuzz on the normalized text.  Claims of the
query's own article are never returned.

Bounded cost, whatever the size of the index:
- a stem with more than ``max_postings`` claims (a fixed, absolute cap) is
  never used to gather candidates, only to rerank;
- a query visits at most ``budget`` postings in all (rarest stems first);
- a large block (speaker, entity, number) only boosts candidates already
  gathered, by checking each candidate, never by scanning the block.

Compact storage: stems are interned to integer ids, postings are ``array``s
of internal slot numbers, and each claim's stems live in one shared array.
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

_COMMON_NUMBERS = (0.0, 1.0, 2.0)  # too common to block on


class CandidateIndex:
    """Inverted index of claims for link suggestions.

    max_postings: a stem found in more claims than this is not used to
    gather candidates (an absolute cap, so query cost does not grow with the
    index).  max_df: optionally also a relative cap (share of claims, never
    below min_df_cutoff).  budget: most postings one query visits.  pool: how
    many gathered candidates are reranked.  block_cap: a speaker/entity/number
    block larger than this only boosts claims gathered by their words.
    """

    def __init__(self, *, max_df: float | None = None, min_df_cutoff: int = 200, pool: int = 60,
                 block_cap: int = 500, max_postings: int = 1000, budget: int = 4000):
        self.max_postings = max_postings
        self.max_df = max_df
        self.min_df_cutoff = min_df_cutoff
        self.pool = pool
        self.block_cap = block_cap
        self.budget = budget
        self._slot: dict[int, int] = {}  # claim id -> slot
        self._cid = array("q")
        self._article = array("q")
        self._speaker = array("q")  # -1: none
        self._text: list[str | None] = []
        self._soff = array("q", (0,))  # stems of slot i: _sdata[_soff[i]:_soff[i + 1]]
        self._sdata = array("i")
        self._ents: list[tuple | None] = []
        self._nums: list[tuple | None] = []
        self._dead = bytearray()
        self._n_dead = 0
        self._term: dict[str, int] = {}
        self._post: list[array] = []
        self._speaker_block: dict[int, array] = {}
        self._entity: dict[int, array] = {}
        self._number: dict[float, array] = {}

    def __len__(self) -> int:
        return len(self._slot)

    # -------------------------------------------------------------- building
    def add(self, claim_id: int, article_id: int, text: str, *, speaker_entity: int | None = None,
            entities: Iterable[int] = (), numbers: Iterable[float] = ()) -> None:
        stems = tuple(dict.fromkeys(s for s in content_stems(text) if len(s) >= 2))
        self._add(claim_id, article_id, " ".join(tokens(text)), stems, speaker_entity,
                  tuple(sorted(set(entities))), tuple(sorted({float(n) for n in numbers})))

    def _add(self, claim_id, article_id, norm_text, stems, speaker, ents, nums) -> None:
        if claim_id in self._slot:
            self.remove(claim_id)
        slot = len(self._cid)
        self._slot[claim_id] = slot
        self._cid.append(claim_id)
        self._article.append(article_id)
        self._speaker.append(-1 if speaker is None else speaker)
        self._text.append(norm_text)
        self._ents.append(ents or None)
        self._nums.append(nums or None)
        self._dead.append(0)
        term, post = self._term, self._post
        for s in stems:
            t = term.get(s)
            if t is None:
                t = term[s] = len(post)
                post.append(array("i"))
            post[t].append(slot)
            self._sdata.append(t)
        self._soff.append(len(self._sdata))
        if speaker is not None:
            self._append(self._speaker_block, speaker, slot)
        for e in ents:
            self._append(self._entity, e, slot)
        for n in nums:
            if n not in _COMMON_NUMBERS:
                self._append(self._number, n, slot)

    @staticmethod
    def _append(table: dict, key, slot: int) -> None:
        arr = table.get(key)
        if arr is None:
            table[key] = array("i", (slot,))
        else:
            arr.append(slot)

    def remove(self, claim_id: int) -> None:
        """Forget a claim (its postings are skipped, then compacted lazily)."""
        slot = self._slot.pop(claim_id, None)
        if slot is None:
            return
        self._dead[slot] = 1
        self._text[slot] = None
        self._n_dead += 1
        if self._n_dead > 1000 and self._n_dead > len(self._slot) // 10:
            self._compact()

    def _compact(self) -> None:
        """Rebuild without the removed claims."""
        rows = list(self._rows())
        fresh = CandidateIndex(max_df=self.max_df, min_df_cutoff=self.min_df_cutoff, pool=self.pool,
                               block_cap=self.block_cap, max_postings=self.max_postings,
                               budget=self.budget)
        for r in rows:
            fresh._add(*r)
        self.__dict__.update(fresh.__dict__)

    def _stems_of(self, slot: int) -> array:
        return self._sdata[self._soff[slot]:self._soff[slot + 1]]

    def _rows(self):
        names = [None] * len(self._post)
        for s, t in self._term.items():
            names[t] = s
        for cid, slot in self._slot.items():
            spk = self._speaker[slot]
            yield (cid, self._article[slot], self._text[slot],
                   tuple(names[t] for t in self._stems_of(slot)), None if spk < 0 else spk,
                   self._ents[slot] or (), self._nums[slot] or ())

    # -------------------------------------------------------------- querying
    def _cutoff(self) -> int:
        if self.max_df is None:
            return self.max_postings
        return min(self.max_postings,
                   max(self.min_df_cutoff, int(self.max_df * max(1, len(self._slot)))))

    def query(self, text: str, *, article_id: int | None = None, speaker_entity: int | None = None,
              entities: Iterable[int] = (), numbers: Iterable[float] = (), k: int = 5,
              exclude: int | None = None) -> list[tuple[int, float]]:
        """Best ``k`` (claim_id, score) pairs, best first; never claims of
        ``article_id`` (nor the claim ``exclude``)."""
        n = max(1, len(self._slot))
        cutoff = self._cutoff()
        q_stems = list(dict.fromkeys(s for s in content_stems(text) if len(s) >= 2))
        term, post = self._term, self._post
        weights: dict[int, float] = {}  # term id -> weight
        q_weight = 0.0
        usable = []
        for s in q_stems:
            t = term.get(s)
            df = len(post[t]) if t is not None else 0
            w = math.log(1 + n / (1 + df))
            q_weight += w
            if t is None:
                continue
            weights[t] = w
            if df <= cutoff:
                usable.append((df, t, w))
        usable.sort()
        acc: dict[int, float] = {}
        left = self.budget
        for df, t, w in usable:
            if df > left:
                break
            left -= df
            get = acc.get
            for slot in post[t]:
                acc[slot] = get(slot, 0.0) + w
        q_weight = q_weight or 1.0
        if speaker_entity is not None and speaker_entity in self._speaker_block:
            spk = self._speaker
            self._block(acc, self._speaker_block[speaker_entity], 0.35 * q_weight,
                        lambda s: spk[s] == speaker_entity)
        ents = set(entities)
        for e in ents:
            if e in self._entity:
                self._block(acc, self._entity[e], 0.12 * q_weight,
                            lambda s, e=e: e in (self._ents[s] or ()))
        nums = {float(x) for x in numbers}
        for num in nums:
            if num in self._number:
                self._block(acc, self._number[num], 0.1 * q_weight,
                            lambda s, num=num: num in (self._nums[s] or ()))
        dead, arts, cids = self._dead, self._article, self._cid
        pool = []
        for slot, _ in heapq.nlargest(self.pool * 3, acc.items(), key=lambda kv: kv[1]):
            if dead[slot] or cids[slot] == exclude or (article_id is not None and arts[slot] == article_id):
                continue
            pool.append(slot)
            if len(pool) >= self.pool:
                break
        q_text = " ".join(tokens(text))
        default_w = math.log(1 + n)
        out = []
        for slot in pool:
            stems = self._stems_of(slot)
            cw = sum(weights.get(t, 0.0) for t in stems)
            c_w = sum(weights.get(t, default_w) for t in stems) or 1.0
            overlap = cw / math.sqrt(q_weight * c_w) if cw else 0.0
            fz = fuzz.token_set_ratio(q_text, self._text[slot]) / 100.0
            score = 0.6 * overlap + 0.3 * fz
            if speaker_entity is not None and self._speaker[slot] == speaker_entity:
                score += 0.15
            if ents and ents.intersection(self._ents[slot] or ()):
                score += 0.05
            if nums and nums.intersection(self._nums[slot] or ()):
                score += 0.05
            out.append((cids[slot], round(min(1.0, score), 4)))
        out.sort(key=lambda kv: (-kv[1], kv[0]))
        return out[:k]

    def _block(self, acc: dict, post: array, bonus: float, member) -> None:
        if len(post) <= self.block_cap:
            for slot in post:
                acc[slot] = acc.get(slot, 0.0) + bonus
        else:  # a large block only boosts claims already gathered
            for slot in acc:
                if member(slot):
                    acc[slot] += bonus

    # -------------------------------------------------------------- caching
    def to_bytes(self) -> bytes:
        data = {"v": 2, "max_df": self.max_df, "min_df_cutoff": self.min_df_cutoff, "pool": self.pool,
                "block_cap": self.block_cap, "max_postings": self.max_postings, "budget": self.budget,
                "claims": [[cid, art, text, list(stems), spk, list(ents), list(nums)]
                           for cid, art, text, stems, spk, ents, nums in self._rows()]}
        return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_bytes(cls, b: bytes) -> "CandidateIndex":
        data = json.loads(zlib.decompress(b).decode("utf-8"))
        idx = cls(max_df=data.get("max_df"), min_df_cutoff=data["min_df_cutoff"], pool=data["pool"],
                  block_cap=data["block_cap"], max_postings=data.get("max_postings", 1000),
                  budget=data.get("budget", 4000))
        for cid, art, text, stems, spk, ents, nums in data["claims"]:
            idx._add(cid, art, text, tuple(stems), spk, tuple(ents), tuple(nums))
        return idx
