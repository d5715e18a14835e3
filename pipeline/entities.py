"""Entity stage: ORG, TITLE, PERSON, DATE and SCORE numbers.

Works over the syllables of the folded view with the gazetteers from ``models/``:
known organizations first (their names carry inner commas and "và"), then a generic
head word followed by a capitalized name, then terse lists ("các Sở: Y tế, Giáo dục
và Đào tạo …") where each item gets the list's head. Titles, persons and dates follow;
each mention remembers the rule that produced it (``source``) so a reviewer can trace it.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from .document import Document, Mention, after_age_aside
from .resources import Entry, Resources, Trie, syllables
from .segment import joined
from .textnorm import normalize_surface

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def parse_number(text: str) -> float | None:
    """Vietnamese number formats: "961,5" -> 961.5; "1.234,5" -> 1234.5; "1.015" -> 1015."""
    s = text.strip()
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2:
            s = s.replace(",", "")  # "1,234,567": a foreign thousands separator
        else:
            s = s.replace(",", ".")
    elif "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3):
            s = s.replace(".", "")  # thousands: "1.015"
    try:
        return float(s)
    except ValueError:
        return None


def _is_name_syllable(doc: Document, k: int) -> bool:
    if doc.sylls[k] == "'" and 0 < k < len(doc.sylls) - 1 and doc.syl_end[k - 1] == doc.syl_start[k] \
            and doc.syl_end[k] == doc.syl_start[k + 1]:
        return True  # the apostrophe inside "H'Lan" belongs to the name
    if k >= 2 and doc.sylls[k - 1] == "'" and doc.syl_end[k - 1] == doc.syl_start[k] and doc.sylls[k].isalpha():
        return True  # "Cư M'gar": the part after the apostrophe may be lower case
    s = doc.match.norm[doc.syl_start[k] : doc.syl_end[k]]
    return doc.caps[k] and s.isalpha() and (len(s) == 1 or not s[1:].isupper() or len(s) == 2 and s[1] == "'")


def _word_at(name: str, word: str) -> int:
    """Where the head ``word`` (lower case) starts a part of ``name`` that goes on after it, else -1."""
    if name.lower().startswith(word + " "):
        return 0
    pos = name.find(" " + word[:1].upper() + word[1:] + " ")  # inside: only as a capitalized head
    return pos + 1 if pos >= 0 else -1


def _claim(org: Mention, orgs: list[Mention], org_start: dict, inside: set, replace_inner: bool = False) -> None:
    """Record an ORG found next to a title; ``replace_inner`` drops the orgs it contains."""
    if replace_inner:
        for inner in [o for o in orgs if org.i <= o.i and o.j <= org.j]:
            orgs.remove(inner)
            org_start.pop(inner.i, None)
    orgs.append(org)
    org_start[org.i] = org
    inside.update(range(org.i + 1, org.j))


class EntityRecognizer:
    """Stage: finds mentions and stores them in ``doc.mentions`` by label."""

    name = "entities"
    requires = ("syllables", "sentences")
    provides = ("ORG", "TITLE", "PERSON", "DATE", "SCORE")

    def __init__(self, resources: Resources):
        self.res = resources
        rules = resources.rules
        self.loc_types = Trie()
        for word in rules["locality_types"]:
            self.loc_types.add(word, Entry("LOC", rules["locality_type_canonical"].get(word, word)))
        self.loc_suffixes = Trie.of(rules["locality_suffixes"], "LOC")
        self.plural = set(rules["plural_markers"])
        self.former_words = {w for w in rules["former_markers"] if " " not in w}  # "nguyên", "cựu"
        self.generic_suffix = Trie.of(rules["org_generic_suffixes"])
        self.not_orgs = Trie.of(rules["not_organizations"])
        self.connectors = set(rules["org_connectors"])
        self.tail_max = int(rules["org_tail_max"])
        self.person_max = int(rules["person_max_syllables"])
        self.name_stop_words = set(rules["name_final_stop_words"])
        self.informal = set(rules["informal_honorifics"])
        self.delegation_kinds = Trie.of(rules["delegation_kinds"])
        self.legislature_parent = Trie.of([rules["legislature_parent"]])
        # "Đoàn đại biểu Quốc hội" + "chuyên trách": a body whose name takes its full-time members' word
        self.full_time = {body: syllables(q.lower()) for body, q in rules["full_time_qualifiers"].items()}
        self.bloc_stops = Trie.of(rules["bloc_name_stops"])
        self.bloc_max = int(rules["bloc_name_max"])
        self.name_word_kinds = set(rules["name_word_kinds"])
        self.named_after_places = set(rules["named_after_place_kinds"])
        self.lower_start_heads = {h.lower() for h in rules["lower_start_heads"]}
        self.quantifiers = set(rules["election_quantifiers"])
        self.title_prefix_words = set(rules["title_prefix_words"])
        self.title_implied_heads = {k.lower(): v for k, v in rules["title_implied_heads"].items()}
        # the place after a body stays as written ("Sở Y tế Nghệ An"), except for the kinds that reporters
        # shorten by habit: "Công an Lâm Đồng" is "Công an tỉnh Lâm Đồng"
        self.type_inserted_kinds = set(rules["locality_type_inserted_kinds"])
        self.branch_words = Trie.of(rules["branch_words"])
        # unit words that end a title but head no body on their own ("Trưởng khoa" + "Nội tổng hợp")
        self.title_final_units = Trie()
        for word, kind in rules["title_final_unit_heads"].items():
            self.title_final_units.add(word, Entry("ORG", word[:1].upper() + word[1:], kind))
        self.paired_heads = {h.lower() for h in rules["paired_field_heads"]}
        self.unit_heads = {h.lower() for h in rules["unit_of_parent_heads"]}
        self.back_ref_words = Trie()
        for phrase, head_word in rules["back_reference_phrases"].items():
            self.back_ref_words.add(phrase, Entry("REF", phrase, head_word))
        self.field_ends = set(rules["paired_field_ends"])
        self.date_res = {k: re.compile(v) for k, v in rules["date_patterns"].items()}
        self.score_re = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*" + re.escape(rules["score_unit"]) + r"(?!\w)")
        self.score_blockers = Trie.of(rules["score_unit_blockers"])

    # ------------------------------------------------------------------ stage
    def __call__(self, doc: Document) -> Document:
        orgs = self.find_orgs(doc)
        titles = self.find_titles(doc, orgs)
        persons = self.find_persons(doc, orgs, titles)
        doc.mentions["ORG"] = orgs
        doc.mentions["TITLE"] = titles
        doc.mentions["PERSON"] = persons
        doc.mentions["DATE"] = self.find_dates(doc)
        doc.mentions["SCORE"] = self.find_scores(doc)
        return doc

    # ------------------------------------------------------------ organizations
    def find_orgs(self, doc: Document) -> list[Mention]:
        out: list[Mention] = []
        sylls = doc.sylls
        n = len(sylls)
        i = 0
        while i < n:
            if sylls[i] in self.plural and i + 1 < n:
                items = self.org_list(doc, i)
                if items:
                    out.extend(items)
                    i = items[-1].j
                    continue
            blocked = self.not_orgs.longest_at(sylls, i)
            if blocked:  # "Tây Ban Nha" (Spain), "Hội An" (a town): not bodies
                i = blocked[0]
                continue
            if doc.caps[i] and self._in_document_number(doc, i):
                i += 1  # "3125/QĐ-UBND": a document number, not the body
                continue
            if doc.caps[i]:
                m = self.org_at(doc, i)
                if m is not None and m.source == "org.head+caps" and i > 0 and doc.caps[i - 1] \
                        and (not out or out[-1].j < i) and i - 1 + self._person_run_at(doc, i - 1) == m.j:
                    i = m.j  # "BSCKII Cao Trường Sơn": a head word inside a full name ("Trường" + "Sơn")
                    continue
                if m is not None and self.generic_suffix.longest_at(sylls, m.j) and not self.locality_list(doc, m):
                    i = m.j  # "HĐND các cấp", "UBND các xã": every council, no particular body
                    continue
                if m is not None:
                    places = self.locality_list(doc, m)
                    if places:
                        out.extend(places)
                        i = places[-1].j
                    else:
                        out.append(m)
                        i = m.j
                    continue
            i += 1
        return out + self._defined_abbreviations(doc, out)

    def _defined_abbreviations(self, doc: Document, orgs: list[Mention]) -> list[Mention]:
        """'Công ty cổ phần Nước - Môi trường Bình Dương (Biwase)': a short name in brackets right after a
        body names that body wherever it occurs in the document."""
        res, sylls = self.res, doc.sylls
        n = len(sylls)
        covered = {k for m in orgs for k in range(m.i, m.j)}
        defined: dict[str, Mention] = {}
        for m in orgs:
            k = m.j
            if k + 2 < n and sylls[k] == "(" and sylls[k + 2] == ")" and k + 1 not in covered:
                word = doc.norm_between(k + 1, k + 2)
                if len(word) > 1 and word[0].isupper() and word.replace("&", "").isalnum() and not word.isdigit() \
                        and not (res.provinces.longest_at(sylls, k + 1) or res.titles.longest_at(sylls, k + 1)
                                 or res.org_heads.longest_at(sylls, k + 1) or res.name_abbreviations.longest_at(sylls, k + 1)):
                    defined[word] = m
        out: list[Mention] = []
        if not defined:
            return out
        folded = {w.lower() for w in defined}
        for k in range(n):
            if sylls[k] in folded and k not in covered and (m := defined.get(doc.norm_between(k, k + 1))) is not None:
                out.append(Mention("ORG", k, k + 1, m.canonical, m.kind, "org.defined-abbreviation"))
        return out

    @staticmethod
    def _in_document_number(doc: Document, i: int) -> bool:
        if i == 0 or doc.sylls[i - 1] not in ("-", "/"):
            return False
        return doc.syl_end[i - 1] == doc.syl_start[i] and i >= 2 and doc.syl_end[i - 2] == doc.syl_start[i - 1]

    def locality_list(self, doc: Document, org: Mention) -> list[Mention]:
        """'UBND các huyện: Ba Tơ, Minh Long và Sơn Hà' -> one ORG per place."""
        sylls = doc.sylls
        n = len(sylls)
        k = org.j
        if k + 2 >= n or sylls[k] not in self.plural:
            return []
        t = self.loc_types.longest_at(sylls, k + 1)
        if not t:
            return []
        kind_word = t[1][0].canonical
        k = t[0] + (1 if t[0] < n and sylls[t[0]] == ":" else 0)
        items: list[Mention] = []
        while k < n and doc.same_sentence(org.i, k):
            p = self.res.provinces.longest_at(sylls, k)
            end = p[0] if p and doc.caps[k] else k
            while end < n and end - k < 4 and _is_name_syllable(doc, end) and not p:
                end += 1
            if end <= k:
                break
            items.append(Mention("ORG", k, end, f"{org.canonical} {kind_word} {doc.norm_between(k, end)}",
                                 org.kind, "org.locality-list"))
            k = end
            if k + 1 < n and sylls[k] in (",", "và") and doc.caps[k + 1]:
                k += 1
                continue
            break
        return items if len(items) >= 2 else []

    def org_at(self, doc: Document, i: int) -> Mention | None:
        res, sylls = self.res, doc.sylls
        n = len(sylls)
        best: tuple[int, int, str, str, str] | None = None  # (end, priority, canonical, kind, source)

        def offer(end: int, priority: int, canonical: str, kind: str, source: str) -> None:
            nonlocal best
            if end <= i or not doc.same_sentence(i, end - 1):
                return
            if best is None:
                best = (end, priority, canonical, kind, source)
                return
            longer = end > best[0]
            if priority < best[1]:
                # a generic capitalized tail beats a dictionary name only when it goes on
                # into a new capitalized word ("Ban Tuyên giáo" + "Tỉnh ủy"), not when the
                # word segmenter glued a verb to an abbreviation ("GD&ĐT đạt")
                word = self.res.name_words.longest_at(sylls, best[0]) if best[0] < n else None
                # … or into a lower-case name word that can end a name ("thông tin" after "Sở Khoa học và Công nghệ"
                # is the verb "reports")
                wins = longer and best[0] < n and (doc.caps[best[0]] or (word is not None and word[1][0].kind == "final"))
            elif priority > best[1]:
                wins = end >= best[0] or not doc.caps[end]
            else:
                wins = longer
            if wins:
                best = (end, priority, canonical, kind, source)

        hit = res.organizations.longest_at(sylls, i)
        if hit:
            entry = hit[1][0]
            offer(hit[0], 3, entry.canonical, entry.kind, "org.known")
        if sylls[i : i + 2] == ["trung", "ương"] and i + 2 < n and doc.caps[i + 2]:
            inner = res.organizations.longest_at(sylls, i + 2)
            if inner and inner[1][0].kind in ("mass_org", "association", "front"):
                offer(inner[0], 3, f"Trung ương {inner[1][0].canonical}", inner[1][0].kind, "org.central-committee")
        for h_end, h_entries in res.org_heads.matches_at(sylls, i):
            head, kind = h_entries[0].canonical, h_entries[0].kind
            if h_end >= n:
                continue
            nested = res.org_heads.longest_at(sylls, h_end)
            if nested and nested[0] < n and doc.norm_between(h_end, nested[0]).replace("&", "").isupper() \
                    and f"{head} {nested[1][0].canonical}".lower() in res.org_kind_by_head:
                # an abbreviated second head word: "Trường" + "ĐH" is the head "Trường Đại học"
                head = f"{head} {nested[1][0].canonical}"
                kind = res.org_kind_by_head[head.lower()]
                h_end = nested[0]
            tails = res.org_tails.get(head.lower())
            t = tails.longest_at(sylls, h_end) if tails and doc.caps[h_end] else None
            if t:
                offer(t[0], 3, t[1][0].canonical, t[1][0].kind, "org.head+known")
            a = res.name_abbreviations.longest_at(sylls, h_end)
            if a:
                offer(a[0], 3, f"{head} {a[1][0].canonical}", kind, "org.head+abbr")
            if head.lower() in self.unit_heads and doc.caps[h_end] and self._org_starts(doc, h_end):
                # "Đảng ủy Công an tỉnh", "Ban Thường vụ Hội Nông dân tỉnh", "Hội đồng trường Trường Đại học …":
                # a unit of the body named right after it
                parent = self.org_at(doc, h_end)
                if parent is not None and parent.i == h_end:
                    offer(parent.j, 3, f"{head} {parent.canonical}", kind, "org.unit+parent")
            if sylls[h_end] == "số" and h_end + 1 < n and sylls[h_end + 1].isdigit():
                offer(h_end + 2, 2, f"{head} số {sylls[h_end + 1]}", kind, "org.head+number")
            elif sylls[h_end].isdigit():
                offer(h_end + 1, 2, f"{head} {sylls[h_end]}", kind, "org.head+number")
            if kind == "emulation_bloc" and sylls[h_end] == "các":
                b_end = self.bloc_name(doc, h_end)
                if b_end > h_end + 1:  # "Khối thi đua các cơ quan tổng hợp"
                    offer(b_end, 2, f"{head} {doc.norm_between(h_end, b_end)}", kind, "org.bloc-name")
            if self.loc_types.longest_at(sylls, h_end) or (doc.caps[h_end] and res.provinces.longest_at(sylls, h_end)
                                                           and kind not in self.named_after_places):
                offer(h_end, 0, head, kind, "org.head+locality")  # "Công an huyện", "Công an Lâm Đồng"
            # after a title a trailing full name is the holder, except in schools named after people
            k = self.cap_tail(doc, h_end, self._title_ends_at(doc, i), kind in self.name_word_kinds, school=kind == "school",
                              place_names=kind in self.named_after_places, paired=head.lower() in self.paired_heads,
                              lower_start=head.lower() in self.lower_start_heads
                              and (not doc.caps[h_end - 1] or doc.norm_between(h_end - 1, h_end).isupper()))  # "BQL rừng …"
            if k > h_end and not res.org_heads.longest_at(sylls, h_end):
                offer(k, 1, f"{head} {self.expand(doc, h_end, k)}", kind, "org.head+caps")
        if best is None:
            return None
        end, _, canonical, kind, source = best
        parent = self.legislature_parent.longest_at(sylls, end) if kind == "legislature" and end < n else None
        if parent and doc.same_sentence(i, parent[0] - 1):  # "Ủy ban Kinh tế của Quốc hội", as written
            end, canonical = parent[0], f"{canonical} {parent[1][0].canonical}"
        qualifier = self.full_time.get(canonical)
        if qualifier and qualifier == tuple(sylls[end : end + len(qualifier)]):
            end += len(qualifier)  # "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh": the title's word inside the name
            source += "+full-time"
        end, loc = self.locality(doc, end, insert_type=kind in self.type_inserted_kinds)
        branch = self.branch_words.longest_at(sylls, end) if not loc and end < n else None
        if branch and branch[0] < n and doc.same_sentence(end, branch[0]):
            # "NHNN chi nhánh tỉnh Hà Tĩnh", "Agribank chi nhánh Nghệ An": a branch named by its place
            b_end, b_loc = self.locality(doc, branch[0], insert_type=False)
            if b_loc:  # the branch drops the national suffix: "Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh"
                canonical = canonical[: -len(" Việt Nam")] if canonical.endswith(" Việt Nam") else canonical
                canonical, end = f"{canonical} {doc.norm_between(end, branch[0])} {b_loc}", b_end
                loc = ""
        if not loc and end < n and doc.caps[end] and doc.same_sentence(end - 1, end):
            # a known name that ends with a type word ("Công an thành phố") + the place's name: "… Cẩm Phả"
            for b in (end - 2, end - 1):
                t = self.loc_types.longest_at(sylls, b) if b > i else None
                if t and t[0] == end and canonical.endswith(" " + t[1][0].canonical):
                    e2, loc2 = self.locality(doc, b)
                    if e2 > end and loc2.startswith(t[1][0].canonical + " "):
                        canonical, end = canonical[: -len(t[1][0].canonical) - 1], e2
                        loc = loc2
                    break
        if not loc and kind == "party" and canonical.endswith("ủy") and end < n and _is_name_syllable(doc, end) \
                and not self._person_run_at(doc, end) and not self._org_starts(doc, end):
            place_end = end
            while place_end < n and place_end - end < 3 + 2 * sylls[end:place_end].count("'") \
                    and _is_name_syllable(doc, place_end) and doc.same_sentence(i, place_end):
                place_end += 1
            end, loc = place_end, doc.norm_between(end, place_end)
        if loc:
            canonical = f"{canonical} {loc}"
        return Mention("ORG", i, end, canonical, kind, source)

    def _person_run_at(self, doc: Document, k: int) -> int:
        """Length of a full-name-looking run (surname + 2..3 capitalized syllables) at k, else 0."""
        if doc.norm_between(k, k + 1) not in self.res.surnames:
            return 0
        m = k
        while m < len(doc.sylls) and m - k < 4 + 2 * doc.sylls[k:m].count("'") and _is_name_syllable(doc, m) \
                and doc.same_sentence(k, m):
            m += 1
        if m < len(doc.sylls) and _is_name_syllable(doc, m) and doc.same_sentence(k, m):
            return 0  # a longer capitalized run: a place or an org, not a name
        if m - k >= 3 and doc.sylls[m - 1] in self.name_stop_words:
            return m - k - 1  # "Tô Lâm Trong mọi hoàn cảnh": the next sentence's first word
        return m - k if m - k >= 3 else 0

    def _name_starts_at(self, doc: Document, k: int) -> int:
        """A full name starting at k, after a place: "Huyện ủy Quỳnh Lưu Trần Văn Mão" is the
        place "Quỳnh Lưu" and the name "Trần Văn Mão", not "Lưu Trần Văn Mão" (a place syllable
        that is also a surname); a three-syllable name right after it wins over a four-syllable one."""
        run = self._person_run_at(doc, k)
        if run == 4 and self._person_run_at(doc, k + 1) == 3 and k > 0 and _is_name_syllable(doc, k - 1):
            return 0  # only after a capitalized place word: "Sở Tài chính Trần Vũ Thanh Hùng" keeps four syllables
        return run

    def expand(self, doc: Document, k0: int, k1: int) -> str:
        """Surface of syllables [k0, k1) with abbreviations spelled out: "THPT" -> "Trung học
        phổ thông", "LĐLĐ tỉnh" -> "Liên đoàn Lao động tỉnh"."""
        parts: list[str] = []
        k = start = k0
        while k < k1:
            hit = self.res.name_abbreviations.longest_at(doc.sylls, k)
            if not hit or hit[0] > k1:
                alias = self.res.organizations.longest_at(doc.sylls, k)
                surface = doc.norm_between(k, alias[0]) if alias else ""
                # an abbreviated alias ("LĐLĐ", "Tổng LĐLĐ Việt Nam") is spelled out inside a longer name
                abbreviated = any(len(w) > 1 and w.isupper() for w in surface.split())
                hit = alias if alias and alias[0] <= k1 and abbreviated and surface != alias[1][0].canonical else None
                if hit is None:  # an abbreviated head inside a name: "Trường ĐH Quy Nhơn", "Văn phòng HĐND tỉnh"
                    head = self.res.org_heads.longest_at(doc.sylls, k)
                    word = doc.norm_between(k, head[0]) if head else ""
                    if head and head[0] <= k1 and len(word) > 1 and word.replace("&", "").isupper() \
                            and word != head[1][0].canonical:
                        hit = head
            if hit:
                if k > start:
                    parts.append(doc.norm_between(start, k))
                parts.append(hit[1][0].canonical)
                k = start = hit[0]
            else:
                k += 1
        if k1 > start:
            parts.append(doc.norm_between(start, k1))
        return " ".join(parts)

    def bloc_name(self, doc: Document, k: int) -> int:
        """End of a lower-case bloc name ("các cơ quan văn hóa - xã hội"): words up to a verb,
        a punctuation mark, a capitalized word or a locality."""
        sylls = doc.sylls
        end = k + 1
        while end < len(sylls) and end - k < self.bloc_max and doc.same_sentence(k, end):
            s = sylls[end]
            if self.bloc_stops.longest_at(sylls, end):
                break
            loc = self.loc_types.longest_at(sylls, end)
            if loc and (loc[0] >= len(sylls) or doc.caps[loc[0]] or not sylls[loc[0]].isalpha()
                        or self.bloc_stops.longest_at(sylls, loc[0])):
                break  # "… tỉnh Đắk Lắk", "… tỉnh." — but "văn hóa - xã hội" goes on
            if s == "-" and end + 1 < len(sylls) and sylls[end + 1].isalpha() and not doc.caps[end + 1]:
                end += 1
                continue
            if not s.isalpha() or doc.caps[end]:
                break
            end += 1
        return end

    def _comma_fields(self, doc: Document, k: int) -> bool:
        """Is the comma at k inside a name listing fields ("A, B, C và D") rather than a list of
        bodies? Only capitalized words, commas and a final "và" + capitalized word may follow."""
        sylls, caps = doc.sylls, doc.caps
        j = k + 1
        while j < len(sylls) and j - k < 14 and doc.same_sentence(k, j):
            if sylls[j] == "và":
                return j + 1 < len(sylls) and caps[j + 1] and not self._org_starts(doc, j + 1) \
                    and not self._person_like_start(doc, j + 1)
            if sylls[j] == ",":
                j += 1
                continue
            if not caps[j] and not (j > k + 1 and sylls[j].isalpha() and joined(doc, j - 1)):
                return False
            if caps[j] and (self._org_starts(doc, j) or self._person_like_start(doc, j) or self._is_locality_start(doc, j)):
                return False
            j += 1
        return False

    def _paired_field(self, doc: Document, k: int) -> bool:
        """Ministry units are often named by two fields without "và": "Vụ Kế hoạch, Tài chính",
        "Vụ Thi đua, Khen thưởng". After the comma: one capitalized field of at most three words
        (not a body, a person, a place or a title), then the end of the phrase."""
        sylls, caps = doc.sylls, doc.caps
        n = len(sylls)
        j = k + 1
        if j >= n or not doc.same_sentence(k, j) or not caps[j] or not sylls[j].isalpha():
            return False
        if self._org_starts(doc, j) or self._person_like_start(doc, j) or self._is_locality_start(doc, j):
            return False
        e = j + 1
        while e < n and e - j < 3 and doc.same_sentence(j, e) and not caps[e] and sylls[e].isalpha() \
                and not self.bloc_stops.longest_at(sylls, e):
            e += 1
        return e >= n or not doc.same_sentence(j, e) or sylls[e] in self.field_ends

    def _title_ends_at(self, doc: Document, i: int) -> bool:
        """Does a title end at i, or a few words before it with no punctuation between
        ("Trưởng ban" + "Tổ chức" + "Tỉnh ủy …")? Then a trailing full name is the holder."""
        for b in range(max(0, i - 6), i):
            if any(end == i or (b < end < i and all(doc.sylls[g].isalpha() for g in range(end, i)))
                   for end, _ in self.res.titles.matches_at(doc.sylls, b)):
                return True
        return False

    def cap_tail(self, doc: Document, k0: int, after_title: bool = False, name_words: bool = False,
                 place_names: bool = False, paired: bool = False, lower_start: bool = False, school: bool = False) -> int:
        """End of a capitalized name after an org head ("Hội" + "Luật gia"), k0 if none.

        After a title, a trailing full name is the title holder, not part of the org:
        "Phó Chủ tịch Hội Nông dân tỉnh Lê Văn A". Elsewhere ("Trường THPT Phan Bội Châu")
        a name inside an org name stays in it. ``lower_start``: the head itself ends in a lower-case
        word ("Ban Quản lý dự án" + "đầu tư xây dựng công trình giao thông"), so name words may follow it
        directly."""
        sylls, caps = doc.sylls, doc.caps
        n = len(sylls)
        k = last = k0
        while k < n and k - k0 < self.tail_max and doc.same_sentence(k0, k):
            s = sylls[k]
            if s == "'" and k > k0 and _is_name_syllable(doc, k):  # "Cư M'gar"
                k += 1
                continue
            if (caps[k] or k > k0 and sylls[k - 1] == "'" and _is_name_syllable(doc, k)) and s.isalnum():
                # a school may be named after a person ("Trường THPT Phan Bội Châu"): its holder's name only
                # follows a name the school already has ("Trường PTDTNT THPT Mường Nhé" + "Chang A Dế")
                named = not school or any(caps[g] and not doc.norm_between(g, g + 1).isupper() for g in range(k0, k))
                if after_title and named and self._name_starts_at(doc, k):
                    break
                if after_title and k > k0 and (r := self.res.ranks.longest_at(sylls, k)) and r[0] < n \
                        and self._name_starts_at(doc, r[0]):
                    break  # "Chủ nhiệm Ủy ban Quốc phòng và An ninh" + "Trung tướng Hứa Đình Khang"
                # a place right after the head is a locality ("Công an Lâm Đồng"), except in names of
                # schools, papers and firms named after places ("Trường Đại học Đồng Tháp")
                if self._is_locality_start(doc, k) and (k > k0 or not (place_names or self.loc_suffixes.longest_at(sylls, k))):
                    break  # "UBND" + "TP.HCM": the place is a locality, not the name
                known = self.res.organizations.longest_at(sylls, k) if k > k0 else None
                if known:  # "Ban Dân vận" + "Huyện ủy": a parent body closes the name …
                    k = last = known[0]
                    if known[1][0].kind == "party":  # … with its place: "Huyện ủy Phước Long"
                        place = k
                        while place < n and place - k < 3 + 2 * sylls[k:place].count("'") and _is_name_syllable(doc, place) \
                                and not self._person_run_at(doc, place) and not self._org_starts(doc, place):
                            place += 1
                        last = place
                    break
                cap = k
                k += 1
                last = k
                abbreviation = len(s) > 1 and doc.norm_between(k - 1, k).isupper()
                while not abbreviation and k < n and not caps[k] and sylls[k].isalpha() and joined(doc, k - 1) \
                        and not self.bloc_stops.longest_at(sylls, k):  # "Hóa nhiệm kỳ" glued by the segmenter
                    k += 1
                    last = k
                phrase = self.res.name_words.longest_at(sylls, cap) if name_words else None
                if phrase and phrase[0] > k and all(not caps[g] and sylls[g].isalpha() for g in range(k, phrase[0])):
                    k = last = phrase[0]  # a name phrase opened by the capital: "Chuyển đổi số", "Người có công"
            elif s == "," and k > k0 and (self._comma_fields(doc, k) or paired and self._paired_field(doc, k)):
                k += 1
            elif s in self.connectors and k > k0 and k + 1 < n and caps[k + 1] and not self._org_starts(doc, k + 1) \
                    and not self._person_like_start(doc, k + 1):
                k += 1
            elif name_words and k == last and s == "số" and k + 1 < n and sylls[k + 1].isdigit() \
                    and (last > k0 or lower_start):
                k = last = k + 2  # a numbered unit: "Phòng Kiểm tra số 2", "Đội Cảnh sát giao thông số 1"
            elif name_words and k == last and last > k0 and s.isdigit() and len(s) <= 2 \
                    and (k + 1 >= n or sylls[k + 1] in (",", ".", ";", "(", ")", "-")):
                k = last = k + 1  # "Phòng Nghiệp vụ 2 (Thanh tra tỉnh)"
            elif name_words and k == last and (last > k0 or lower_start):
                # lower-case words of the name: "Bảo vệ" + "môi trường", "Quan trắc" + "tài nguyên và môi trường"
                w = self.res.name_words.longest_at(sylls, k)
                if w is None and s in ("và", "về", ",") and k + 1 < n:
                    w2 = self.res.name_words.longest_at(sylls, k + 1)
                    w = w2 if w2 and not caps[k + 1] else None
                    if w is not None and s == "," and w[0] < n and joined(doc, w[0] - 1):
                        w = None  # "…, bệnh nhân": the word after the comma runs on; a new phrase, not a field
                if w is None or caps[k]:
                    break
                if w[1][0].kind == "inner":  # a verb-like word ("điều tra") needs a name word after it …
                    after = self.res.name_words.longest_at(sylls, w[0]) if w[0] < n else None
                    # … or "và" + a capitalized field: "Kinh tế hợp tác và Phát triển nông thôn"
                    paired_field = w[0] + 1 < n and sylls[w[0]] in self.connectors and caps[w[0] + 1] \
                        and not self._org_starts(doc, w[0] + 1) and not self._person_like_start(doc, w[0] + 1)
                    # … or the place the body serves: "Ban Quản lý dự án đầu tư xây dựng" + "thị xã"
                    local = w[0] < n and not caps[w[0]] and self.loc_types.longest_at(sylls, w[0])
                    if (after is None or caps[w[0]]) and not paired_field and not local:
                        break
                k = last = w[0]
            else:
                break
        return last

    def _person_like_start(self, doc: Document, k: int) -> bool:
        res = self.res
        return bool(res.ranks.longest_at(doc.sylls, k) or res.honorifics.longest_at(doc.sylls, k)
                    or res.titles.longest_at(doc.sylls, k) or self._person_run_at(doc, k))

    def _org_starts(self, doc: Document, k: int) -> bool:
        head = self.res.org_heads.longest_at(doc.sylls, k)
        if head and head[0] < len(doc.sylls) and doc.sylls[head[0]] == "," and not self.res.organizations.longest_at(doc.sylls, k):
            head = None  # "Phòng, chống thiên tai", "các Sở, ngành": a head word followed by a comma opens no body
        return bool(head or self.res.organizations.longest_at(doc.sylls, k))

    def _is_locality_start(self, doc: Document, k: int) -> bool:
        sylls = doc.sylls
        if self.res.organizations.longest_at(sylls, k):
            return False  # "Tỉnh ủy" is a body, not the locality "tỉnh"
        if self.loc_suffixes.longest_at(sylls, k) or self.res.provinces.longest_at(sylls, k):
            return True
        t = self.loc_types.longest_at(sylls, k)
        if not t:
            return False
        # a type word starts a locality only with a place name after it: "TP Huế", not "Xã hội"
        nxt = t[0] + (1 if t[0] < len(sylls) and sylls[t[0]] == "." else 0)
        return nxt < len(sylls) and doc.caps[nxt]

    def locality(self, doc: Document, j: int, insert_type: bool = True) -> tuple[int, str]:
        """Extend an org name with "tỉnh", "tỉnh Quảng Nam", "TP.HCM", "Trung ương", "Việt Nam"."""
        sylls = doc.sylls
        n = len(sylls)
        if j >= n or not doc.same_sentence(j - 1, j) or self.res.organizations.longest_at(sylls, j):
            return j, ""
        p = self.res.provinces.longest_at(sylls, j)
        if p and doc.caps[j]:
            entry = p[1][0]
            # "Công an Lâm Đồng" is "Công an tỉnh Lâm Đồng"; Party committees name the place bare
            # … and so do the Youth Union committees fused with the level ("Tỉnh đoàn Quảng Nam")
            fused = j > 1 and sylls[j - 1] == "đoàn" and sylls[j - 2] in ("tỉnh", "thành", "huyện", "quận", "thị")
            if insert_type and entry.kind in ("tỉnh", "thành phố") and not fused \
                    and not (j > 0 and sylls[j - 1] in ("ủy", "uỷ", "tỉnh", "phố")):
                return p[0], f"{entry.kind} {entry.canonical}"
            return p[0], entry.canonical
        s = self.loc_suffixes.longest_at(sylls, j)
        if s:
            return s[0], doc.norm_between(j, s[0])
        t = self.loc_types.longest_at(sylls, j)
        if not t:
            return j, ""
        k = t[0]
        words = [t[1][0].canonical]
        if k < n and sylls[k] == "." and sylls[j] == "tp":
            k += 1
        if k < n and doc.same_sentence(j, k) and doc.caps[k]:
            p = self.res.provinces.longest_at(sylls, k)
            if p:
                return p[0], " ".join(words + [p[1][0].canonical])
            m = k
            while m < n and m - k < 8 and _is_name_syllable(doc, m) and doc.same_sentence(k, m):
                m += 1
            # "xã Hưng Hà Vũ Thị Xoan": the place ends where the last full name begins
            for cut in range(m - 3, k - 1, -1):
                if self._person_run_at(doc, cut) == m - cut:
                    m = cut
                    break
            m = min(m, k + 4)
            if m > k:
                return m, " ".join(words + [doc.norm_between(k, m)])
        return k, words[0]

    def org_list(self, doc: Document, i: int) -> list[Mention]:
        """'các Sở: Y tế, Giáo dục và Đào tạo, …, Du lịch và Ban Dân tộc tỉnh' -> one ORG per item."""
        res, sylls = self.res, doc.sylls
        n = len(sylls)
        head_hit = res.org_heads.longest_at(sylls, i + 1)
        if not head_hit:
            return []
        head = head_hit[1][0].canonical
        kind = head_hit[1][0].kind
        k = head_hit[0]
        if k < n and sylls[k] == ":":
            k += 1
        tails = res.org_tails.get(head.lower())
        items: list[Mention] = []
        while k < n and doc.same_sentence(i, k) and doc.caps[k]:
            full = self.org_at(doc, k)
            t = tails.longest_at(sylls, k) if tails else None
            a = res.name_abbreviations.longest_at(sylls, k)
            if full and (not t or full.j >= t[0]) and full.source != "org.head+caps":
                item = full
            elif t:
                item = Mention("ORG", k, t[0], t[1][0].canonical, t[1][0].kind, "org.list+known")
            elif a:
                item = Mention("ORG", k, a[0], f"{head} {a[1][0].canonical}", kind, "org.list+abbr")
            elif not self._org_starts(doc, k):
                end = self.cap_tail(doc, k)
                if end <= k:
                    break
                item = Mention("ORG", k, end, f"{head} {doc.norm_between(k, end)}", kind, "org.list+caps")
            else:
                break
            if item.source.startswith("org.list"):
                end, loc = self.locality(doc, item.j)
                if loc:
                    item.j, item.canonical = end, f"{item.canonical} {loc}"
            items.append(item)
            k = item.j
            if k + 1 < n and sylls[k] in (",", ";", "và") and doc.caps[k + 1]:
                k += 1
                continue
            break
        # one item is only a list when a colon announced it ("các Sở: Y tế")
        if len(items) >= 2 or (items and sylls[head_hit[0]] == ":"):
            return items
        return []

    # ------------------------------------------------------------------ titles
    def find_titles(self, doc: Document, orgs: list[Mention]) -> list[Mention]:
        org_start = {m.i: m for m in orgs}
        inside: set[int] = set()
        for m in orgs:
            inside.update(range(m.i + 1, m.j))
        out: list[Mention] = []
        sylls = doc.sylls
        i, n = 0, len(sylls)
        while i < n:
            if i in inside:
                i += 1
                continue
            cands = self.res.titles.matches_at(sylls, i)
            cands = [c for c in cands if doc.same_sentence(i, c[0] - 1)]
            if cands and i > 0 and sylls[i - 1] == "chức" and sylls[i] == "vụ" and not doc.caps[i]:
                cands = []  # "miễn nhiệm chức vụ Trưởng Ban …": "chức vụ" (post) is no "Vụ trưởng"
            if not cands:
                i += 1
                continue
            end, entries = cands[-1]
            # "Giám đốc Công an tỉnh": when an org starts inside the title and the part
            # before it is a title on its own, the shorter title is the right cut.
            for p in range(i + 1, end):
                if p not in org_start:
                    continue
                after = org_start.get(end) or self.org_at(doc, end) if end < n else None
                headed = self.res.org_heads.longest_at(sylls, p)
                # … also when the title runs past the inner org's head word ("Phó Trưởng ban Thường trực" +
                # "Ban Dân vận Tỉnh ủy": no body "Ban Thường trực Ban Dân vận")
                if after is not None and after.i == end and (not headed or end > headed[0] and org_start[p].j > end):
                    # "Phó Bí thư Thường trực" + "Tỉnh ủy": the longer title stands and
                    # the org it overlapped ("Thường trực Tỉnh ủy") gives way
                    orgs.remove(org_start.pop(p))
                    if end not in org_start:
                        _claim(after, orgs, org_start, inside)
                elif p != end - 1 or entries[0].canonical.split()[-1][:1].isupper():
                    # "Trưởng Công an" + "Công an huyện X" -> "Trưởng", "Bí thư Đoàn" + "Đoàn Thanh niên" -> "Bí thư";
                    # but a one-syllable lower-case shared head stays with the title: "Trưởng ban" + "Ban Tổ chức"
                    shorter = [c for c in cands if c[0] == p]
                    if shorter:
                        end, entries = shorter[0]
                break
            entry = entries[0]
            out.append(Mention("TITLE", i, end, entry.canonical, entry.kind, "title.gazetteer"))
            shared = self.res.organizations.longest_at(sylls, end - 1) if end - 1 > i else None
            if shared and shared[0] > end and end not in org_start and not doc.caps[end - 1]:
                canonical = shared[1][0].canonical
                o_end, loc = self.locality(doc, shared[0])
                unit = Mention("ORG", end - 1, o_end, f"{canonical} {loc}".strip(), shared[1][0].kind, "org.shared-head")
                _claim(unit, orgs, org_start, inside, replace_inner=True)  # "Tỉnh ủy" inside "ban Tổ chức Tỉnh ủy"
                i = end
                continue
            fu = self.title_final_units.longest_at(sylls, end - 1) if end - 1 > i else None
            if fu and fu[0] == end and doc.caps[end - 1] and end < n and end not in org_start and doc.caps[end] \
                    and doc.same_sentence(end - 1, end) and not self._person_like_start(doc, end):
                # "Trưởng Khoa Cấp cứu": the capitalized unit word is both the title's end and the unit's head
                tail = self.cap_tail(doc, end, after_title=True, name_words=True)
                if tail > end:
                    canonical = f"{fu[1][0].canonical} {self.expand(doc, end, tail)}"
                    tail, loc = self.locality(doc, tail)
                    unit = Mention("ORG", end - 1, tail, f"{canonical} {loc}".strip(), fu[1][0].kind, "org.shared-unit")
                    _claim(unit, orgs, org_start, inside)
            if end < n and end not in org_start and not doc.caps[end] and sylls[end].isalpha():
                # reporters often lower-case the body after a title: "Bí thư huyện ủy Hướng Hóa"
                low = self.org_at(doc, end)
                if low is not None and low.source != "org.head+locality":
                    low.source += "+lowercase"
                    _claim(low, orgs, org_start, inside)
            if end + 1 <= n and end not in org_start and (bare := self._title_unit_of_bare_parent(doc, i, end)):
                orgs.append(bare)
                org_start[bare.i] = bare
            elif (ref := self._back_reference(doc, end, orgs, org_start)) is not None:
                orgs.append(ref)
                org_start[ref.i] = ref
            kind_word = self.delegation_kinds.longest_at(sylls, end) if end < n and end not in org_start else None
            if kind_word and sylls[end - 1] == "đoàn" and doc.same_sentence(end - 1, kind_word[0] - 1):
                # "Trưởng Đoàn giám sát": the delegation the title heads, named by its task
                name = f"Đoàn {kind_word[1][0].canonical}"
                _claim(Mention("ORG", end - 1, kind_word[0], name, "other", "org.delegation"), orgs, org_start, inside)
            if unit_word := self._repeated_unit(doc, i, end, org_start):
                _claim(unit_word, orgs, org_start, inside)
            unit = self._unit_after_title(doc, i, end, org_start) or self._head_title_unit(doc, end, entry.canonical, org_start)
            if unit is not None:  # "Tổng LĐLĐ Việt Nam" inside "Ban Tổ chức Tổng LĐLĐ Việt Nam" gives way
                _claim(unit, orgs, org_start, inside, replace_inner=True)
            i = end
        orgs.sort(key=lambda m: m.i)
        return out

    def _back_reference(self, doc: Document, end: int, orgs: list[Mention], org_start: dict) -> Mention | None:
        """'… giữ chức Phó Giám đốc Sở', '… Phó Cục trưởng của Cục', '… Phó Giám đốc sở này': a bare
        head word after a title points back to the last body of that kind named before it."""
        sylls = doc.sylls
        n = len(sylls)
        k = end + 1 if end < n and sylls[end] == "của" else end
        if k >= n or k in org_start:
            return None
        ref = self.back_ref_words.longest_at(sylls, k)
        head = self.res.org_heads.longest_at(sylls, k)
        if ref:  # "Hiệu trưởng nhà trường": the school named before
            after, word = ref[0], ref[1][0].kind.lower()
        elif not head:
            return None
        else:
            after = head[0]
            if after < n and doc.same_sentence(k, after) and doc.caps[after] and sylls[after].isalnum() \
                    and not self._name_starts_at(doc, after):
                return None  # a name follows: not a bare reference ("Phó Giám đốc Sở Lê Văn B": B is the holder)
            if after > k + 1 and after < n and sylls[after].isalnum() and (
                    doc.caps[after] or self.res.name_words.longest_at(sylls, after) or self.loc_types.longest_at(sylls, after)):
                return None  # "Giám đốc Bệnh viện đa khoa tỉnh": a longer head goes on into a name of its own
            word = head[1][0].canonical.lower()
        # the body may be named inside a longer one: "Phó Tham mưu trưởng Quân khu" after "Bộ Tư lệnh Quân khu 4"
        before = [(o, at) for o in orgs if o.j <= k and (at := _word_at(o.canonical, word)) >= 0]
        if not before:
            return None
        # the body of that kind the text keeps naming (a document about one Sở may name another in passing),
        # unless one is named in the same sentence; between equals, the last named
        count: dict[str, int] = {}
        for o, a in before:
            count[o.canonical[a:]] = count.get(o.canonical[a:], 0) + 1
        target, at = max(before, key=lambda x: x[0].j)
        if not doc.same_sentence(target.i, k):  # one named in the same sentence is meant ("Tại Sở X, … Giám đốc Sở")
            target, at = max(before, key=lambda x: (count[x[0].canonical[x[1]:]], x[0].j))
        j = after + 1 if after < n and sylls[after] == "này" else after
        kind = target.kind if at == 0 else self.res.org_kind_by_head.get(word, target.kind)
        return Mention("ORG", k, j, target.canonical[at:], kind, "org.back-reference")

    def _title_unit_of_bare_parent(self, doc: Document, i: int, end: int) -> Mention | None:
        """'Chánh Văn phòng Bộ', 'Phó Chánh Thanh tra Sở': the title ends with a unit head and a
        bare parent head follows ("Bộ", "Sở") -> "Văn phòng Bộ", "Thanh tra Sở"."""
        sylls = doc.sylls
        if end >= len(sylls) or not doc.caps[end]:
            return None
        parent = self.res.org_heads.longest_at(sylls, end)
        if not parent or parent[0] != end + 1 or (end + 1 < len(sylls) and doc.caps[end + 1] and doc.same_sentence(end, end + 1)
                                                  and not self._name_starts_at(doc, end + 1)):
            return None  # "Chánh Văn phòng Bộ Phí Thị Hồng Nhung": a name may follow the bare parent
        if end + 1 < len(sylls) and self.loc_types.longest_at(sylls, end + 1) and doc.same_sentence(end, end + 1):
            return None  # "Chánh Văn phòng HĐND tỉnh": the parent has its locality, it is not bare
        for b in range(i + 1, end):
            head = next((h for e, h in self.res.org_heads.matches_at(sylls, b) if e == end), None)
            if head:
                return Mention("ORG", b, end + 1, f"{head[0].canonical} {parent[1][0].canonical}",
                               head[0].kind, "org.title-unit+parent")
        return None

    def _repeated_unit(self, doc: Document, i: int, end: int, org_start: dict) -> Mention | None:
        """'Tổ trưởng Tổ Ngữ văn': the title's unit word, capitalized, starts the unit's name."""
        sylls = doc.sylls
        # the repeated word may be lower case before a capitalized name: "Tổ trưởng tổ Toán"
        if end + 1 >= len(sylls) or end in org_start or sylls[end] not in sylls[i:end] or not sylls[end].isalpha():
            return None
        if not doc.caps[end + 1] or not doc.same_sentence(end, end + 1) or self._person_like_start(doc, end + 1):
            return None
        tail = self.cap_tail(doc, end + 1, after_title=True, name_words=True)
        if tail <= end + 1:
            return None
        tail, loc = self.locality(doc, tail)
        word = doc.norm_between(end, end + 1)
        word = word[:1].upper() + word[1:]
        name = word + " " + self.expand(doc, end + 1, tail) if not loc else word + " " + doc.norm_between(end + 1, tail)
        return Mention("ORG", end, tail, name, "other", "org.title-unit-word")

    def _unit_after_title(self, doc: Document, i: int, end: int, org_start: dict) -> Mention | None:
        """'Trưởng phòng Kế hoạch - Tài chính': the title ends with an org head ('phòng'),
        so the capitalized name after it is the unit 'Phòng Kế hoạch - Tài chính'."""
        if end >= len(doc.sylls) or end in org_start or not doc.caps[end]:
            return None
        head = self.res.org_heads.longest_at(doc.sylls, end - 1) or self.title_final_units.longest_at(doc.sylls, end - 1)
        if not head or head[0] != end or doc.caps[end - 1] or self._person_like_start(doc, end):
            return None
        if end >= 2 and any(e == end for e, _ in self.res.org_heads.matches_at(doc.sylls, end - 2)):
            return None  # "Chánh Văn phòng": the head is "Văn phòng", part of a longer org
        tail = self.cap_tail(doc, end, after_title=True, name_words=head[1][0].kind in self.name_word_kinds)
        if tail <= end:
            return None
        canonical = f"{head[1][0].canonical} {self.expand(doc, end, tail)}"
        tail, loc = self.locality(doc, tail)
        if loc:
            canonical = f"{canonical} {loc}"
        return Mention("ORG", end, tail, canonical, head[1][0].kind, "org.title-unit")

    def _head_title_unit(self, doc: Document, end: int, title: str, org_start: dict) -> Mention | None:
        """'Cục trưởng Đường thủy nội địa', 'Viện trưởng Nghiên cứu …': a '<head> trưởng' title followed by the
        unit's name without its head word repeated; the title's head word names the unit ("Cục …")."""
        words = title.split()
        while words and words[0] in self.title_prefix_words:
            words = words[1:]
        if end >= len(doc.sylls) or end in org_start:
            return None
        head = self.title_implied_heads.get(" ".join(words).lower())
        kind = self.res.org_kind_by_head.get(head.lower()) if head else None
        if kind is None or not doc.caps[end] or not doc.same_sentence(end - 1, end) or not doc.sylls[end].isalpha():
            return None
        tails = self.res.org_tails.get(head.lower())
        known = tails.longest_at(doc.sylls, end) if tails else None
        if known:  # "Thứ trưởng Tài nguyên và Môi trường", "Bộ trưởng Công an": the ministry named without "Bộ"
            k, loc = self.locality(doc, known[0], insert_type=False)
            return Mention("ORG", end, k, f"{known[1][0].canonical} {loc}".strip(), known[1][0].kind, "org.title-head-known")
        if kind == "ministry":
            return None  # ministries are a closed list (organizations.tsv): "Thứ trưởng Hòa" names a person
        if self._person_like_start(doc, end) or self._org_starts(doc, end) or self._is_locality_start(doc, end):
            return None
        tail = self.cap_tail(doc, end, after_title=True, name_words=kind in self.name_word_kinds)
        if tail <= end + 1 and not (tail == end + 1 and doc.norm_between(end, tail).isupper()):
            return None  # one capitalized word may be a short name: "Cục trưởng Giang cho biết"
        canonical = f"{head} {self.expand(doc, end, tail)}"
        tail, loc = self.locality(doc, tail, insert_type=False)
        return Mention("ORG", end, tail, f"{canonical} {loc}".strip(), kind, "org.title-head-unit")

    # ------------------------------------------------------------------ persons
    def _name_run(self, doc: Document, k: int, blocked: set[int]) -> int:
        n = len(doc.sylls)
        m = k
        while m < n and m - k < self.person_max and m not in blocked and _is_name_syllable(doc, m) and doc.same_sentence(k, m):
            m += 1
        # "Tổng Bí thư Tô Lâm Trong mọi hoàn cảnh …": a caption run into the next sentence, whose
        # capitalized first word is a function word no Vietnamese name ends with
        if m - k >= 3 and doc.sylls[m - 1] in self.name_stop_words:
            m -= 1
        return m

    def find_persons(self, doc: Document, orgs: list[Mention], titles: list[Mention]) -> list[Mention]:
        res, sylls = self.res, doc.sylls
        n = len(sylls)
        blocked: set[int] = set()
        for m in orgs + titles:
            blocked.update(range(m.i, m.j))
        taken: set[int] = set()
        out: list[Mention] = []

        def add(i: int, j: int, start_name: int, source: str, honorific: str | None, rank: str | None) -> None:
            name = doc.norm_between(start_name, j)
            attrs = {"honorific": honorific, "rank": rank, "name_start": start_name,
                     "short": j - start_name == 1}
            out.append(Mention("PERSON", start_name, j, name, "", source, attrs))
            taken.update(range(i, j))

        i = 0
        while i < n:
            if i in taken or i in blocked:
                i += 1
                continue
            hon = res.honorifics.longest_at(sylls, i)
            if hon and res.provinces.longest_at(sylls, i):
                hon = None  # "Bà Rịa - Vũng Tàu" is a province, not "bà Rịa"
            if hon and hon[1][0].canonical in self.informal and (doc.caps[i] or not self._person_run_at(doc, hon[0])):
                hon = None  # "anh Trịnh Quốc Việt", never "Anh" (the country) nor "anh" before a given name alone
            k = hon[0] if hon else i
            rank = None
            r = res.ranks.longest_at(sylls, k)
            while r and (hon or doc.caps[k]):
                rank = f"{rank}, {r[1][0].canonical}" if rank else r[1][0].canonical
                k = r[0]
                if k < n and sylls[k] == ".":
                    k += 1
                # "Đại tá, PGS.TS Mẫn Đức Hoàng": ranks and degrees may follow each other
                nxt = k + 1 if k < n and sylls[k] == "," else k
                r = res.ranks.longest_at(sylls, nxt) if nxt < n and doc.caps[nxt] else None
                if r:
                    k = nxt
            if hon or rank:
                end = self._name_run(doc, k, blocked)
                surname_ok = end > k and doc.norm_between(k, k + 1) in res.surnames
                if end > k and (hon and (end - k == 1 or surname_ok or end - k >= 2) or (rank and (surname_ok and end - k >= 2 or end - k >= 3))):
                    honorific = hon[1][0].canonical if hon else None
                    add(i, end, k, "person.honorific" if hon else "person.rank", honorific, rank)
                    i = end
                    continue
            i += 1

        # "các ông Nguyễn Văn A, Trần Văn B và bà …": names listed after a plural honorific
        for m in list(out):
            h_start = m.attrs["name_start"] - 1
            while h_start > 0 and not self.res.honorifics.longest_at(sylls, h_start):
                h_start -= 1
            if not (h_start > 0 and sylls[h_start - 1] == "các" and m.attrs["honorific"]):
                continue
            k = m.j
            while k < n and doc.same_sentence(m.i, k):
                nxt = k
                while nxt < n and sylls[nxt] in (",", "và"):
                    nxt += 1
                if nxt == k:
                    break
                run = self._person_run_at(doc, nxt) if nxt < n else 0
                if run and not any(x in taken or x in blocked for x in range(nxt, nxt + run)):
                    add(nxt, nxt + run, nxt, "person.plural-list", m.attrs["honorific"], None)
                    m.attrs.setdefault("plural_group", m.i)
                    out[-1].attrs["plural_group"] = m.i
                    k = nxt + run
                    continue
                if nxt < n and (self.res.titles.longest_at(sylls, nxt) or sylls[nxt] in self.former_words):
                    # an appositive ("A, nguyên Phó Giám đốc Sở X, và B"): on to the next separator
                    k = nxt
                    while k < n and k - nxt < 16 and sylls[k] not in (",", "và", ";", ".") and doc.same_sentence(m.i, k):
                        k += 1
                    continue
                break

        # bare full names: after a title (+org), or followed by a separator and a title
        title_end = {m.j: m for m in titles}
        org_end = {m.j: m for m in orgs}
        title_start = {m.i for m in titles}
        abroad_at = {at: t for t in titles if (at := self.posted_abroad(doc, t)) is not None}
        for k in range(n):
            run = self._person_run_at(doc, k) if k not in taken and k not in blocked else 0
            if not run and k not in taken and k not in blocked and (k == 0 or sylls[k - 1] in (":", ";")) \
                    and self._list_honorific(doc, k):
                # "có các đồng chí: Lộc Văn Tiến - Ủy viên …": in such a list any 3-4 syllable name counts
                m = k
                while m < n and m - k < 4 and _is_name_syllable(doc, m):
                    m += 1
                run = m - k if m - k >= 3 and m < n and sylls[m] in ("-", ",") else 0
            if not run:
                continue
            end = k + run
            if any(x in taken or x in blocked for x in range(k, end)):
                continue
            # "Trưởng Ban Dân vận Tỉnh ủy Ma Thị Nguyệt": the org may share its head word with the title
            before = k in title_end or (k in org_end and (org_end[k].i in title_end
                                                          or any(t.i < org_end[k].i < t.j for t in titles)))
            after = False
            if end < n and sylls[end] in ("-", ",", "(", ":"):
                # "Nguyễn Văn A (61 tuổi, nguyên chủ tịch UBND xã)"
                nxt = after_age_aside(sylls, end) if sylls[end] == "(" else end + 1
                after = nxt in title_start or (nxt + 1 < n and sylls[nxt] in self.former_words and nxt + 1 in title_start)
            abroad = None if before or after else abroad_at.get(k)
            if before or after or abroad:
                hon = self._list_honorific(doc, k) if after else None
                add(k, end, k, "person.title-before" if before or abroad else "person.chain", hon, None)
                if abroad is not None:  # "Đại sứ Việt Nam tại Nhật Bản Lưu Hoàng Sơn": the post before the country
                    out[-1].attrs["posted_by"] = abroad.i
        # "các Thứ trưởng Lục Thành Đông, Nghiêm Thị Vân Anh và …": names listed after a plural title
        title_at = {t.i: t for t in titles}
        for m in list(out):
            t = next((t for t in titles if t.j == m.i and t.i > 0 and sylls[t.i - 1] == "các"), None)
            if t is None:
                continue
            k = m.j
            while k + 1 < n and sylls[k] in (",", "và") and doc.same_sentence(m.i, k):
                nxt = k + 1 + (1 if sylls[k] == "," and k + 2 < n and sylls[k + 1] == "và" else 0)
                run = self._person_run_at(doc, nxt)
                if not run or nxt in title_at or any(x in taken or x in blocked for x in range(nxt, nxt + run)):
                    break
                add(nxt, nxt + run, nxt, "person.plural-title-list", None, None)
                out[-1].attrs["shared_title"] = t.i
                k = nxt + run

        # "các Phó Thủ tướng Chính phủ: A, B", "hai Phó Chủ tịch UBND tỉnh Nguyễn Văn A và Lê Thị B": a counted
        # title with its body, then the holders listed
        org_at = {m.i: m for m in orgs}
        person_at = {m.i: m for m in out}
        for t in titles:
            if t.i == 0 or not (sylls[t.i - 1] in self.quantifiers or sylls[t.i - 1].isdigit()):
                continue
            body = org_at.get(t.j) or org_at.get(t.j - 1)  # "Phó Trưởng Ban" + "Ban Tuyên giáo …": a shared head
            if not (doc.caps[t.i] or doc.caps[t.j - 1] or body is not None):
                continue  # "Ban Lễ tang gồm 9 thành viên: …" counts members, it names no post
            k = body.j if body is not None else t.j
            colon = k < n and sylls[k] in (":", "là")  # "các Phó Thủ tướng: A, B", "hai Phó Giám đốc Sở là A và B"
            k += 1 if colon else 0
            first = True
            posted_items = False  # "các đại biểu Quốc hội: A, <post>; B, <post>": every item carries a post
            while k < n and doc.same_sentence(t.i, k):
                hon = res.honorifics.longest_at(sylls, k)
                start = hon[0] if hon else k
                have = person_at.get(start)
                run = have.j - start if have else self._person_run_at(doc, start)
                if not run or start in title_at:
                    break
                e = start + run
                own_post = e + 1 < n and sylls[e] in (",", "-", "(") and (e + 1 in title_at or sylls[e + 1] in self.former_words)
                posted_items = posted_items or (own_post and colon and first)
                if own_post and not posted_items:
                    break  # "… và ông C, Trưởng Ban …": a name with a post of its own ends the list …
                if have is None:
                    if any(x in taken or x in blocked for x in range(start, start + run)):
                        break
                    add(k, start + run, start, "person.counted-title-list", hon[1][0].canonical if hon else None, None)
                    have = out[-1]
                    person_at[start] = have
                if "shared_title" not in have.attrs and (colon or not first):
                    have.attrs["shared_title"] = t.i
                first = False
                k = start + run
                if own_post:  # … unless a colon opened a list whose items all carry posts
                    semi = next((g for g in range(e, n) if sylls[g] in (";", ".")), n)
                    if semi >= n or sylls[semi] != ";" or not doc.same_sentence(t.i, semi):
                        break
                    k = semi + 1
                    continue
                if k + 1 < n and sylls[k] in (",", "và"):
                    k += 2 if sylls[k] == "," and sylls[k + 1] == "và" else 1
                    continue
                break

        out.sort(key=lambda m: m.i)
        return out

    def posted_abroad(self, doc: Document, title: Mention) -> int | None:
        """'Đại sứ Việt Nam tại Nhật Bản Lưu Hoàng Sơn': where the name starts after a diplomatic
        title and the country it is posted to, else None."""
        sylls = doc.sylls
        g = title.j
        if title.kind != "diplomatic" or sylls[g : g + 3] != ["việt", "nam", "tại"]:
            return None
        start = end = g + 3
        while end < len(sylls) and end - start < 8 and _is_name_syllable(doc, end) and doc.same_sentence(start, end):
            end += 1
        for p in range(start + 1, end - 1):
            if self._person_run_at(doc, p) == end - p:
                return p
        return None

    def _list_honorific(self, doc: Document, k: int) -> str | None:
        """'Dự có các đồng chí: A - …; B - …': every name of the list takes the honorific."""
        s_start = doc.sentences[doc.sentence_of[k]][0]
        for c in range(k - 1, s_start, -1):
            if doc.sylls[c] == ":":
                for back in range(max(s_start, c - 3), c):
                    hon = self.res.honorifics.longest_at(doc.sylls, back)
                    if hon and hon[0] == c:
                        return hon[1][0].canonical
                return None
        return None

    # ------------------------------------------------------------------- dates
    def _syllable_range(self, doc: Document, nstart: int, nend: int) -> tuple[int, int]:
        i = bisect.bisect_left(doc.syl_start, nstart)
        j = bisect.bisect_left(doc.syl_start, nend)
        return i, max(j, i + 1)

    def find_dates(self, doc: Document) -> list[Mention]:
        fold = doc.match.fold
        found: list[tuple[int, int, str, str]] = []  # nstart, nend, kind, value
        claimed: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in claimed)

        for kind, rx in self.date_res.items():
            for m in rx.finditer(fold):
                if not free(m.start(), m.end()):
                    continue
                value = self._date_value(kind, m)
                if value is None:
                    continue
                # a range is grounded on its years ("2021-2026"), the cue word stays context
                a, b = (m.start(1), m.end(1)) if kind == "range" else (m.start(), m.end())
                found.append((a, b, kind, value))
                claimed.append((m.start(), m.end()))
        out = []
        for a, b, kind, value in sorted(found):
            i, j = self._syllable_range(doc, a, b)
            out.append(Mention("DATE", i, j, value, kind, f"date.{kind}"))
        return out

    @staticmethod
    def _date_value(kind: str, m: re.Match) -> str | None:
        g = m.groups()
        try:
            if kind == "date_words":
                return date(int(g[2]), int(g[1]), int(g[0])).isoformat()
            if kind == "date_numeric":
                return date(int(g[3]), int(g[2]), int(g[0])).isoformat()
            if kind == "month_year":
                month, year = int(g[0]), int(g[1])
                return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
            if kind == "quarter":
                q = ROMAN.get(g[0], None) or int(g[0])
                return f"{int(g[1]):04d}-Q{q}"
            if kind == "range":
                a, b = int(g[1]), int(g[2])
                return f"{a:04d}/{b:04d}" if a <= b else None
            if kind == "day_month":
                day, month = int(g[0]), int(g[1])
                date(2000, month, day)  # validates (2000 is a leap year)
                return f"--{month:02d}-{day:02d}"
            if kind == "year":
                return f"{int(g[0]):04d}"
        except ValueError:
            return None
        return None

    # ------------------------------------------------------------------ scores
    def find_scores(self, doc: Document) -> list[Mention]:
        out = []
        fold = doc.match.fold
        for m in self.score_re.finditer(fold):
            value = parse_number(m.group(1))
            if value is None:
                continue
            i, j = self._syllable_range(doc, m.start(), m.end())
            if j < len(doc.sylls) and self.score_blockers.longest_at(doc.sylls, j):
                continue  # "3 điểm trường", "5 điểm cầu": places, not points
            out.append(Mention("SCORE", i, j, normalize_surface(m.group(1)), "points", "score.number",
                               {"value": value, "unit": "điểm"}))
        return out
