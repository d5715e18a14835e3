"""Relation stage: officials and their positions, scores, elections, document facts.

Reads the mentions of the entity stage and writes plain dicts to ``doc.facts``; every
value keeps the syllable range of its evidence, turned into character spans when the
record is built.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .document import Document, Mention, after_age_aside
from .resources import Entry, Resources, Trie, syllables
from .textnorm import normalize_key


@dataclass
class Official:
    name: str
    honorific: str | None
    rank: str | None
    mentions: list[Mention] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)


def _drop_bodiless_duplicates(o: "Official") -> None:
    """A post named once without its body and once with it is one position, the one with the body."""
    with_org = {(normalize_key(p["title"].canonical), p["former"]) for p in o.positions if p["org"]}
    o.positions = [p for p in o.positions if p["org"] or (normalize_key(p["title"].canonical), p["former"]) not in with_org]


def _trie(words) -> Trie:
    return Trie.of(words)


class RelationExtractor:
    name = "relations"
    requires = ("ORG", "TITLE", "PERSON", "DATE", "SCORE")
    provides = ("officials", "scores", "elections", "document")

    def __init__(self, resources: Resources):
        self.res = resources
        r = resources.rules
        self.fillers = _trie(r["appositive_fillers"])
        self.plural = set(r["plural_markers"])
        self.present = _trie(r["present_markers"])
        self.former = _trie(r["former_markers"])
        self.former_words = {w for w in r["former_markers"] if " " not in w}  # one-word markers: "nguyên", "cựu"
        self.former_after = _trie(r["former_after_markers"])
        self.remark_max = int(r["holder_remark_max"])
        self.role_openers = _trie(r["role_statement_openers"])
        self.description_openers = _trie(r["description_openers"])
        self.copula_gap = _trie(r["copula_subject_gap_words"])
        self.full_time = r["full_time_qualifiers"]
        self.respective = _trie(r["respective_markers"])
        self.past_copula = syllables(r["past_copula"]["copula"])
        self.past_copula_cues = set(r["past_copula"]["cues_before_name"])
        self.decompose = {k: v for k, v in r["title_decompositions"].items()}
        self.title_body_prefixes = r["title_body_prefixes"]
        self.title_unit_heads = r["title_unit_heads"]
        self.elliptic = {normalize_key(x) for x in r["elliptic_parent_orgs"]}
        self.party_re = re.compile(r["party_committee_pattern"])
        self.triggers = Trie()
        for word, kind in r["election_triggers"].items():
            self.triggers.add(word, Entry("TRIGGER", word, kind))
        self.trigger_blockers = _trie(r["election_trigger_blockers"])
        self.role_links = _trie(r["election_role_links"])
        self.event_subjects = _trie(r["election_event_subjects"])
        self.passive = set(r["election_passive_triggers"])
        self.removal_link = _trie(r["election_removal_link"])
        self.body_gap = _trie(r["body_gap_words"])
        self.role_prefaces = _trie(r["election_role_list_prefaces"])
        self.foreign_markers = _trie(r["title_chain_foreign_markers"])
        self.apposition_markers = set(r["title_chain_apposition_markers"])
        self.topic_markers = _trie(r["sentence_topic_markers"])
        self.quantifiers = set(r["election_quantifiers"])
        self.holder_intro = _trie(r["election_holder_intro"])
        self.subject_gap = _trie(r["election_role_subject_gap"])
        self.term_res = [re.compile(p) for p in r["term_patterns"]]
        self.rank_before = r["rank_cues_before"]
        self.rank_next = r["rank_next_cues"]
        self.ordinals = r["rank_ordinals"]
        self.rank_after_re = re.compile(r["rank_after_pattern"])
        self.rank_before_re = re.compile(r["rank_before_pattern"])
        self.score_verbs = _trie(r["score_verbs"])
        self.score_links = set(r["score_link_words"])
        self.link_gap = set(r["election_link_gap_words"])
        self.link_gap_trie = _trie(r["election_link_gap_words"])
        self.list_number_re = re.compile(r"(?:^|[;:\n]|\.\s)\s*(\d{1,2})\s*[.)/]\s*$")
        self.published_labels = r["published_date_labels"]
        self.read_labels = r["read_count_labels"]

    def __call__(self, doc: Document) -> Document:
        self.index = {label: {m.i: m for m in ms} for label, ms in doc.mentions.items()}
        self.doc_orgs = doc.mentions["ORG"]
        self.doc_bloc = next((m for m in doc.mentions["ORG"] if m.kind == "emulation_bloc"), None)
        officials = self.officials(doc)
        doc.facts["scores"] = self.scores(doc)
        doc.facts["elections"] = self.elections(doc)
        doc.facts["officials"] = self.add_election_positions(officials, doc.facts["elections"])
        self._anaphoric_past_posts(doc, doc.facts["officials"])
        doc.facts.update(self.document_facts(doc))
        return doc

    # -------------------------------------------------------------- positions
    def _org_for_title(self, doc: Document, title: Mention) -> Mention | None:
        org = self.index["ORG"].get(title.j)
        if org is not None:
            # "Chánh [Văn phòng UBND tỉnh]": a unit named from inside the title that covers the body after it
            shared = [m for m in doc.mentions["ORG"] if title.i < m.i < title.j and m.j >= org.j
                      and (h := self.res.org_heads.longest_at(doc.sylls, m.i)) and h[0] == title.j]
            if shared:
                return max(shared, key=lambda m: m.j)
        if org is None and doc.sylls[title.j : title.j + 2] == ["phụ", "trách"]:
            org = self.index["ORG"].get(title.j + 2)  # "Phó Giám đốc phụ trách Công an tỉnh"
        if org is None and title.j < len(doc.sylls) and doc.sylls[title.j] == "của":
            ref = self.index["ORG"].get(title.j + 1)  # "Phó Cục trưởng của Cục": a bare head pointing back
            org = ref if ref is not None and ref.source == "org.back-reference" else None
        if org is not None and doc.same_sentence(title.i, org.i):
            return org
        for m in doc.mentions["ORG"]:  # an org sharing its head with the title ("Trưởng Ban Tổ chức")
            if title.i < m.i < title.j < m.j:
                return m
        return None

    def _position_chain(self, doc: Document, k: int, stop: int, owned: bool = False) -> tuple[list[dict], int]:
        """Parse '[nguyên] TITLE [ORG] (, | kiêm) [nguyên] TITLE [ORG] …' from syllable k.

        ``owned``: the chain follows a name it belongs to; a segment that runs straight
        into another name ("…, Chủ tịch Quốc hội Nguyễn Thị B") is that next person's."""
        sylls = doc.sylls
        n = min(len(sylls), stop)
        positions: list[dict] = []
        list_former = False
        while k < n:
            start = k
            former = False
            f = self.fillers.longest_at(sylls, k)
            if f and f[0] < n:
                if self.present.longest_at(sylls, k):
                    list_former = False  # "từng giữ các chức vụ A, B, hiện là C": C is held now
                k = f[0]
            fm = self.former.longest_at(sylls, k) if k < n else None
            if fm:
                former = True
                # "từng giữ các chức vụ A, B và C": the whole list is past; "nguyên" marks one post
                list_former = list_former or fm[1][0].canonical.startswith("từng")
                k = fm[0]
            former = former or list_former
            title = self.index["TITLE"].get(k)
            if title is None:
                return positions, start
            head = self.res.org_heads.longest_at(sylls, title.j) if title.j < n else None
            named = self.index["ORG"].get(title.j)  # "Liên hiệp các tổ chức hữu nghị Việt Nam" is one name
            if head and head[0] < len(sylls) and sylls[head[0]] in self.plural and not (named and named.j > head[0] + 1):
                return positions, start  # "Chủ nhiệm UBKT các huyện ủy": the post in many bodies, a group, not this person's
            org = self._org_for_title(doc, title)
            end = max(title.j, org.j if org else 0)
            if owned and end in self.index["PERSON"]:
                return positions, start
            after = self.former_after.longest_at(sylls, end) if end < n else None
            if after:  # "Giám đốc Sở X tỉnh Y (cũ)", "Trưởng Ban Dân tộc tỉnh Z trước đây": a past post
                former, end = True, after[0]
            positions.append({"title": title, "org": org, "former": former})
            k = end
            if k + 1 < n and sylls[k] in (",", "kiêm") and (k + 1) not in self.index["PERSON"]:
                k += 1
                continue
            if k + 1 < n and sylls[k] == "và" and (k + 1 in self.index["TITLE"] or self.former.longest_at(sylls, k + 1)):
                k += 1
                continue
            return positions, k
        return positions, k

    def _posts_after_description(self, doc: Document, seg: int, stop: int) -> list[dict]:
        """Past posts announced after up to three comma-separated descriptive segments (birth year,
        degree, home town, years of service): ', từng giữ các chức vụ A, B', ', từng là A'."""
        sylls = doc.sylls
        for _ in range(3):
            # a segment runs to 16 syllables: "có nhiều năm công tác trong lực lượng cảnh sát điều tra"
            comma = next((g for g in range(seg, min(stop, seg + 16)) if sylls[g] in (",", ";", ".")), None)
            if comma is None or sylls[comma] not in (",", ";") or any(g in self.index["TITLE"] for g in range(seg, comma)):
                break  # "…, sinh năm 1941, quê xã Cẩm Bình; nguyên Tỉnh ủy viên, …": a semicolon may close the description
            if comma + 1 < stop and self.former.longest_at(sylls, comma + 1):
                return self._position_chain(doc, comma + 1, stop, owned=True)[0]
            seg = comma + 1
        return []

    def _complete(self, positions: list[dict]) -> list[dict]:
        """'Tỉnh ủy viên' -> Ủy viên of the Tỉnh ủy; 'Ủy viên Ban Thường vụ, Trưởng ban Ban Tổ chức
        Tỉnh ủy' -> the Ban Thường vụ is the Tỉnh ủy's (the parent is written once, at the end)."""
        for p in positions:
            prefix = self.title_body_prefixes.get(normalize_key(p["title"].canonical))
            if prefix:  # "Ủy viên Thường vụ" + "Tỉnh ủy" -> "Ủy viên" of "Ban Thường vụ Tỉnh ủy"
                t, org = p["title"], p["org"]
                p["title"] = Mention("TITLE", t.i, t.j, prefix[0], t.kind, t.source)
                name = f"{prefix[1]} {org.canonical}" if org is not None else prefix[1]
                p["org"] = Mention("ORG", t.i, org.j if org is not None else t.j, name, "party", "org.title-body")
            unit = next((u for u in self.title_unit_heads if p["title"].canonical.endswith(u)), None)
            org = p["org"]
            if unit and org is not None and not org.canonical.startswith(unit) and org.source != "org.title-unit+parent":
                p["org"] = Mention("ORG", org.i, org.j, f"{unit} {org.canonical}", org.kind, org.source + "+unit")
            t, org = p["title"], p["org"]
            if org is not None and org.source.endswith("+full-time") and t.canonical.endswith("Trưởng đoàn"):
                word = next(q for body, q in self.full_time.items() if org.canonical.startswith(body))
                p["title"] = Mention("TITLE", t.i, t.j, f"{t.canonical} {word}", t.kind, t.source)
            split = self.decompose.get(normalize_key(p["title"].canonical))
            if split and p["org"] is None:
                t = p["title"]
                p["title"] = Mention("TITLE", t.i, t.j, split[0], t.kind, t.source)
                p["org"] = Mention("ORG", t.i, t.j, split[1], "party", "org.title-decomposed")
        for p in positions:
            # "Bà X, Giám đốc Sở Y tế, Khối trưởng năm 2023": a bloc role belongs to the bloc the document is about
            if p["org"] is None and p["title"].kind == "emulation" and self.doc_bloc is not None:
                t = p["title"]
                p["org"] = Mention("ORG", t.i, t.j, self.doc_bloc.canonical, self.doc_bloc.kind, "org.document-bloc")
        parents = [m.group() for p in positions if p["org"] is not None
                   for m in [self.party_re.search(p["org"].canonical)] if m and m.start() > 0]
        for p in positions:
            org = p["org"]
            if org is not None and parents and normalize_key(org.canonical) in self.elliptic:
                p["org"] = Mention("ORG", org.i, org.j, f"{org.canonical} {parents[-1]}", org.kind, org.source + "+parent")
            elif org is not None and normalize_key(org.canonical) in self.elliptic:
                # "bầu Ủy ban Kiểm tra Đảng ủy xã …; đồng chí X được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra": the
                # short name of a body named in full just before
                prefix = normalize_key(org.canonical) + " "
                full = [m for m in self.doc_orgs if m.j <= org.i and normalize_key(m.canonical).startswith(prefix)]
                if full:
                    last = max(full, key=lambda m: m.j)
                    p["org"] = Mention("ORG", org.i, org.j, last.canonical, org.kind, org.source + "+named-before")
        return positions

    def officials(self, doc: Document) -> list[Official]:
        persons = doc.mentions["PERSON"]
        sylls = doc.sylls
        n = len(sylls)
        by_key: dict[str, Official] = {}
        order: list[Official] = []
        shorts: list[Mention] = []
        person_starts = sorted(m.i for m in persons)

        # titles chained right before a name: "Phó Chủ tịch UBND tỉnh Lê Văn A"
        before: dict[int, list[dict]] = {}
        person_ends = {p.j: p for p in persons}
        appositive_titles: set[int] = set()
        posted_by = {p.attrs["posted_by"]: p for p in persons if "posted_by" in p.attrs}
        for t in doc.mentions["TITLE"]:
            chain, end = self._position_chain(doc, t.i, n)
            chain_end = min(end, n - 1)
            if t.i in appositive_titles:
                continue  # a later post of a chain skipped below
            prev = person_ends.get(t.i - 1) if t.i > 1 and sylls[t.i - 1] in (",", "-") else None
            if len(chain) > 1 and prev is not None and ("và" in sylls[t.i : end] or not before.get(prev.i)):
                appositive_titles.update(p["title"].i for p in chain[1:-1])
                # "bà A, Phó Trưởng Đoàn ĐBQH tỉnh và Đại biểu Quốc hội B", "Thượng tướng A, Ủy viên Bộ Chính trị, …,
                # Chủ tịch nước B": A's appositive; only the last post (a title mention of its own) leads into B's
                # name. (In "Thủ tướng A, Phó Thủ tướng, Bộ trưởng B", a list of people, the posts are B's.)
                continue
            # "Thứ trưởng Bộ Y tế, PGS.TS Đoàn Hữu Phước": degrees between the post and the name
            k = end + 1 if end < n and sylls[end] == "," else end
            while k < n and (r := self.res.ranks.longest_at(sylls, k)):
                k = r[0] + (1 if r[0] < n and sylls[r[0]] == "." else 0)
                k = k + 1 if k < n and sylls[k] == "," and self.res.ranks.longest_at(sylls, k + 1) else k
            if k != end and k in self.index["PERSON"] and self.res.ranks.longest_at(sylls, end + 1 if sylls[end] == "," else end):
                end = k
            elif chain and end < n and (hp := end + 1 if sylls[end] in (",", "-") else end) + 1 < n and hp > 0 \
                    and sylls[hp - 1] in (",", "-") \
                    and (h := self.res.honorifics.longest_at(sylls, hp)) \
                    and h[0] in self.index["PERSON"] and not self.index["PERSON"][h[0]].attrs["short"]:
                # "Chủ tịch UBND xã Tân Hòa, ông Lê Văn Dũng, cho biết": the post, then its holder set off by a comma
                person = self.index["PERSON"][h[0]]
                own_post = person.j + 1 < n and sylls[person.j] in (",", "-", "(") and person.j + 1 in self.index["TITLE"]
                # "ông X được bầu làm Trưởng Ban A, bà Y …": a post right after another holder's verb is that holder's
                taken = any(t.i - 6 <= p.j <= t.i and doc.same_sentence(p.i, t.i) for p in doc.mentions["PERSON"])
                plural = t.i > 0 and sylls[t.i - 1] in self.plural  # "Thông tin tới các đại biểu, ông X cho biết"
                if not own_post and not taken and not plural:
                    end = h[0]
            posted = posted_by.get(t.i)
            if chain and posted is not None:
                end = posted.i  # "Đại sứ Việt Nam tại Nhật Bản Lưu Hoàng Sơn"
            if chain and end < n and end not in self.index["PERSON"]:
                # "Giám đốc Sở Y tế khi đó là ông X": the post as subject, its holder after the copula
                c = end
                while c < n and (g := self.copula_gap.longest_at(sylls, c)):
                    c = g[0]
                h = self.res.honorifics.longest_at(sylls, c + 1) if c + 1 < n and sylls[c] == "là" else None
                if h and h[0] in self.index["PERSON"] and not self.index["PERSON"][h[0]].attrs["short"] \
                        and not any(e in person_ends and doc.same_sentence(e, t.i) for e in range(t.i - 3, t.i + 1)):
                    end = h[0]  # … unless the post is set after a name: "ông A, Giám đốc Sở …" is A's
            if chain and end in self.index["PERSON"]:
                if t.i > 0 and sylls[t.i - 1] in self.former_words:
                    chain[0]["former"] = True
                # "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng X": only the post next to the name is X's
                marker = next((hit[1][0].canonical for b in range(max(0, t.i - 3), t.i)
                               if (hit := self.foreign_markers.longest_at(sylls, b)) and hit[0] == t.i), None)
                if marker is not None:
                    # "Thừa lệnh Bộ trưởng, TS. X": a post set off by a comma is the principal's, not X's …
                    # … but after "theo" a degree and a name set off by a comma restate the post's holder
                    person = self.index["PERSON"][end]
                    own_post = person.j + 1 < n and sylls[person.j] in (",", "-") and person.j + 1 in self.index["TITLE"]
                    apposed = marker in self.apposition_markers and not own_post \
                        and (self.res.ranks.longest_at(sylls, chain_end) or self.res.honorifics.longest_at(sylls, chain_end))
                    # "Theo Giám đốc Sở Y tế, BSCKII X, …" (not "Theo quyết định của Bộ trưởng, TS. X, Phó Vụ trưởng …")
                    if not apposed:
                        chain = [] if "," in (sylls[chain_end], sylls[chain_end - 1]) else chain[-1:]
                before.setdefault(end, [])
                for p in chain:
                    if p not in before[end]:
                        before[end].append(p)

        for m in persons:
            if m.attrs["short"]:
                shorts.append(m)
                continue
            key = normalize_key(m.canonical)
            off = by_key.get(key)
            if off is None:
                off = Official(m.canonical, m.attrs["honorific"], m.attrs["rank"])
                by_key[key] = off
                order.append(off)
            off.honorific = off.honorific or m.attrs["honorific"]
            off.rank = off.rank or m.attrs["rank"]
            off.mentions.append(m)
            chain = list(before.get(m.i, []))
            if "shared_title" in m.attrs:  # "các Thứ trưởng A, B": B shares A's title
                shared = self.index["TITLE"].get(m.attrs["shared_title"])
                if shared is not None:
                    chain.append({"title": shared, "org": self._org_for_title(doc, shared), "former": False})
            k = m.j
            if k < n and (self.former.longest_at(sylls, k) or self.fillers.longest_at(sylls, k)):
                nxt = [s for s in person_starts if s > k]  # "ông X từng là Bí thư …" (no comma)
                held = self._position_chain(doc, k, nxt[0] if nxt else n, owned=True)[0]
                if tuple(sylls[k : k + len(self.past_copula)]) == self.past_copula \
                        and self.past_copula_cues & set(sylls[max(0, m.i - 3) : m.i]):
                    held = [dict(p, former=True) for p in held]  # "khi ông X còn là Giám đốc Sở": a past post
                chain += held
            elif (led := self._led_post(doc, m, k)) is not None:
                chain.append(led)  # "Ủy ban Kiểm tra Đảng ủy xã gồm 3 đồng chí, do đồng chí X làm Chủ nhiệm"
            elif k < n and (ro := self.role_openers.longest_at(sylls, k)) and doc.same_sentence(m.i, ro[0]):
                nxt = [s for s in person_starts if s > k]  # "bà Lý Thị Mai giữ chức Trưởng Ban Dân tộc HĐND tỉnh"
                chain += self._position_chain(doc, ro[0], nxt[0] if nxt else n, owned=True)[0]
            # "bà X (Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh)", "ông Y (nguyên Bí thư Huyện ủy)", "Z (61 tuổi, …)"
            chain += self._bracketed_posts(doc, k, n)
            if k < n and sylls[k] == "(":  # "ông X (54 tuổi), Ủy viên …", "ông X (SN 1957), cựu …"
                close = next((c for c in range(k, min(n, k + 12)) if sylls[c] == ")"), None)
                if close is not None and close + 1 < n and sylls[close + 1] in (",", "-"):
                    k = close + 1
            if k < n and sylls[k] in (",", "-", "(", ":") and doc.same_sentence(m.i, k):
                nxt = [s for s in person_starts if s > k]
                stop = nxt[0] if nxt else n
                after, end = self._position_chain(doc, k + 1, stop, owned=True)
                if before.get(m.i) and end < n and end in self.index["TITLE"] and sylls[end - 1] == ",":
                    # "Thủ tướng A, Phó Thủ tướng, Bộ trưởng B": a name with its post before it, then posts that run
                    # into the next name, lists people; the posts after the comma are B's
                    after = []
                chain += after
                if after:  # "ông X - Phó Chủ tịch UBND phường (nguyên Phó Chủ tịch UBND thành phố)"
                    chain += self._bracketed_posts(doc, end, stop)
                # "đồng chí X, Chủ tịch UBND phường, giữ chức Phó Bí thư": the post the appositive's owner holds
                ro = self.role_openers.longest_at(sylls, end) if after and end < stop and sylls[end - 1] == "," else None
                if ro and ro[0] < stop:
                    chain += self._position_chain(doc, ro[0], stop, owned=True)[0]
                w = end + 1 if end < n and sylls[end] == "," else end
                if after and (led := self._led_post(doc, m, w)) is not None:
                    chain.append(led)  # "Ủy ban Kiểm tra … gồm 5 đồng chí, do bà X, Trưởng ban …, làm Chủ nhiệm"
                # "đồng chí X, sinh năm 1978, thạc sĩ …, từng giữ các chức vụ A, B": past posts after a description
                chain += self._posts_after_description(doc, end, stop)
            elif k < n and self.description_openers.longest_at(sylls, k) and doc.same_sentence(m.i, k):
                # "Ông X sinh năm 1975, tiến sĩ …, từng là Viện trưởng …": the description follows the name directly
                nxt = [s for s in person_starts if s > k]
                chain += self._posts_after_description(doc, k, nxt[0] if nxt else n)
            for p in self._complete(chain):
                self._add_position(off, p)

        # "các ông A và B, Phó Chủ tịch UBND tỉnh": names listed after a plural honorific and joined only by
        # "," / "và" share the post set after the last of them
        groups: dict[int, list[Mention]] = {}
        for m in persons:
            if "plural_group" in m.attrs:
                groups.setdefault(m.attrs["plural_group"], []).append(m)
        by_mention = {id(m): o for o in order for m in o.mentions}
        for members in groups.values():
            members.sort(key=lambda m: m.i)
            last = by_mention.get(id(members[-1]))
            joined_only = all(b.i - a.j in (1, 2) and all(sylls[g] in (",", "và") for g in range(a.j, b.i))
                              for a, b in zip(members, members[1:]))
            if last is None or not joined_only or not last.positions:
                continue
            shared = [p for p in last.positions if p["title"].i in (members[-1].j + 1, members[-1].j + 2)]
            for m in members[:-1]:
                off = by_mention.get(id(m))
                if off is not None and not off.positions:
                    for p in shared:
                        self._add_position(off, dict(p))

        # "ông A và ông B là Phó Chủ tịch UBND huyện": names each with an honorific, joined by "," / "và",
        # share the post a copula ("là", "đều là") gives the last of them
        full = sorted((m for m in persons if not m.attrs["short"]), key=lambda m: m.i)
        run: list[Mention] = []
        for m in full:
            if run and self._joined_names(doc, run[-1], m):
                run.append(m)
            else:
                run = [m]
            f = self.fillers.longest_at(sylls, m.j) if len(run) > 1 and m.j < n else None
            if not f or sylls[f[0] - 1] != "là":
                # "anh A và chị B giữ chức Phó Bí thư"
                f = self.role_openers.longest_at(sylls, m.j) if len(run) > 1 and m.j < n else None
            if not f:
                continue
            last = by_mention.get(id(m))
            shared = [p for p in (last.positions if last else []) if p["title"].i == f[0]]
            for other in run[:-1]:
                off = by_mention.get(id(other))
                if off is not None and not off.positions:
                    for p in shared:
                        self._add_position(off, dict(p))

        # "ông Chiến", "đồng chí Hải Yến": the given name of exactly one full name in the document
        for o in list(order):
            if len(o.name.split()) == 2 and o.name.split()[0] not in self.res.surnames:
                fuller = [f for f in order if f is not o and len(f.name.split()) > 2
                          and normalize_key(f.name).endswith(" " + normalize_key(o.name))]
                if len(fuller) == 1:  # "bà Quỳnh Anh được bổ nhiệm …" after "bà Trần Vũ Quỳnh Anh": her posts too
                    fuller[0].mentions += o.mentions
                    for m in o.mentions:
                        m.canonical = fuller[0].name
                    for p in o.positions:
                        self._add_position(fuller[0], p)
                    order.remove(o)
        for m in shorts:
            given = normalize_key(m.canonical)
            cands = [o for o in order if normalize_key(o.name).split()[-1] == given
                     and self._gender_ok(o.honorific, m.attrs["honorific"])]
            if len(cands) == 1:
                cands[0].mentions.append(m)
                # "ông Thủy từng là Hiệu trưởng …", "đồng chí Linh đồng thời là Chủ tịch …"
                nxt = [s for s in person_starts if s > m.j]
                c = m.j + 1 if m.j < n and sylls[m.j] == "," else m.j  # "Với bà Thuỷ, khi đó là trưởng phòng …"
                if self.former.longest_at(sylls, c) or self.fillers.longest_at(sylls, c):
                    chain, _ = self._position_chain(doc, c, nxt[0] if nxt else n, owned=True)
                elif (ro := self.role_openers.longest_at(sylls, m.j)) and doc.same_sentence(m.i, ro[0]):
                    # "Ông Sơn giữ chức chủ tịch UBND xã từ tháng 7/2020"
                    chain, _ = self._position_chain(doc, ro[0], nxt[0] if nxt else n, owned=True)
                elif self.description_openers.longest_at(sylls, m.j) and m.j < n and doc.same_sentence(m.i, m.j):
                    # "Ông Đông có gần 35 năm công tác trong ngành, từng giữ chức …"
                    chain = self._posts_after_description(doc, m.j, nxt[0] if nxt else n)
                else:
                    chain = []
                for p in self._complete(chain):
                    self._add_position(cands[0], p)
        for o in order:
            for p in o.positions:
                if p["org"] is None and (body := self._listing_body(doc, p["title"])) is not None:
                    p["org"] = body  # "Ban Lễ tang gồm …: đồng chí A, Bí thư Tỉnh ủy, Trưởng ban; …"
            _drop_bodiless_duplicates(o)
        return [o for o in order if o.positions or o.honorific or o.rank]

    def _listing_body(self, doc: Document, title: Mention) -> Mention | None:
        """The body a sentence opens by listing its members ('Ban Lễ tang gồm 9 thành viên: …'), for a
        bare role in that list; None when the sentence does not open so."""
        sylls = doc.sylls
        s_start = doc.sentences[doc.sentence_of[title.i]][0]
        body = self.index["ORG"].get(s_start)
        if body is None or body.j >= title.i or body.j >= len(sylls) or sylls[body.j] != "gồm":
            return None
        return body if title.kind in ("head", "deputy", "member") else None

    def _bracketed_posts(self, doc: Document, k: int, stop: int) -> list[dict]:
        """Posts in a bracket opened at k ("(Phó Chủ tịch UBND tỉnh)", "(nguyên …)", "(kiêm …)",
        "(61 tuổi, nguyên …)"); [] when the bracket holds no post."""
        sylls = doc.sylls
        if k >= stop or sylls[k] != "(":
            return []
        inner = after_age_aside(sylls, k)
        f = self.fillers.longest_at(sylls, inner) if inner < stop else None
        if inner >= stop or not (inner in self.index["TITLE"] or self.former.longest_at(sylls, inner)
                                 or f and f[0] in self.index["TITLE"]):
            return []
        close = next((c for c in range(k, min(stop, k + 30)) if sylls[c] == ")"), None)
        return self._position_chain(doc, inner, close, owned=True)[0] if close is not None else []

    def _led_post(self, doc: Document, m: Mention, k: int) -> dict | None:
        """'<ORG> gồm 3 đồng chí, do đồng chí X làm Chủ nhiệm' with "làm" at k: the post in the body the
        clause is about. A bodiless head or deputy title only, capitalized ("làm trưởng đoàn" is a role
        for one visit)."""
        sylls = doc.sylls
        t = self.index["TITLE"].get(k + 1) if k + 1 < len(sylls) and sylls[k] == "làm" else None
        if t is None or not doc.caps[k + 1] or t.kind not in ("head", "deputy") or self._org_for_title(doc, t) is not None:
            return None
        led = self._led_body(doc, m)
        return {"title": t, "org": led, "former": False} if led is not None else None

    def _led_body(self, doc: Document, m: Mention) -> Mention | None:
        """The body in '<ORG> …, do (đồng chí) X làm …': the last org before "do" in the sentence."""
        sylls = doc.sylls
        h = m.i
        while h > 0 and sylls[h - 1] != "do" and h > m.i - 4:
            h -= 1
        if h == 0 or sylls[h - 1] != "do":
            return None
        orgs = [o for o in doc.mentions["ORG"] if o.j <= h - 1 and doc.same_sentence(o.i, m.i)]
        return orgs[-1] if orgs else None

    def _joined_names(self, doc: Document, a: Mention, b: Mention) -> bool:
        """Only "," / "và" and b's honorific stand between the two names."""
        sylls = doc.sylls
        g = a.j
        while g < b.i and sylls[g] in (",", "và"):
            g += 1
        h = self.res.honorifics.longest_at(sylls, g) if g < b.i else None
        return g > a.j and (g == b.i or (h is not None and h[0] == b.i)) and doc.same_sentence(a.i, b.i)

    def _anaphoric_past_posts(self, doc: Document, order: list[Official]) -> None:
        """Past posts whose subject points back: '…; trước khi làm Giám đốc Sở X, ông từng giữ các chức vụ A, B'
        (a bare honorific: the nearest full name before it in the sentence, of a matching gender), 'Tân Bí thư
        Huyện ủy sinh năm 1978, …, từng giữ các chức vụ A, B' (the one person who holds that post)."""
        sylls = doc.sylls
        n = len(sylls)
        persons = sorted(doc.mentions["PERSON"], key=lambda m: m.i)
        by_mention = {id(m): o for o in order for m in o.mentions}
        covered = {k for m in persons for k in range(m.i, m.j)}
        for s_start, s_end in doc.sentences:
            for f in range(s_start + 1, s_end):
                if sylls[f] != "từng":
                    continue  # only the "từng …" markers ("từng giữ các chức vụ", "từng là") open such a list
                fm = self.former.longest_at(sylls, f)
                if not fm or not fm[1][0].canonical.startswith("từng") or f in covered:
                    continue
                owner = None
                hon = self.res.honorifics.longest_at(sylls, f - 1)
                if hon and hon[0] == f and f - 1 not in covered:
                    before = [m for m in persons if s_start <= m.i and m.j <= f - 1 and not m.attrs["short"]
                              and self._gender_ok(m.attrs["honorific"], hon[1][0].canonical)]
                    if before and not any(p.i > before[-1].j and p.j <= f for p in persons):
                        owner = by_mention.get(id(before[-1]))
                elif sylls[s_start] == "tân" and s_start + 1 in self.index["TITLE"] \
                        and not any(s_start <= m.i < f for m in persons):
                    title = self.index["TITLE"][s_start + 1]
                    org = self._org_for_title(doc, title)
                    key = (normalize_key(title.canonical), normalize_key(org.canonical) if org else None)
                    holders = [o for o in order if any(normalize_key(p["title"].canonical) == key[0] and not p["former"]
                                                       and (key[1] is None or p["org"] is not None
                                                            and normalize_key(p["org"].canonical) == key[1])
                                                       for p in o.positions)]
                    owner = holders[0] if len(holders) == 1 else None
                if owner is None:
                    continue
                nxt = [m.i for m in persons if m.i > f]
                chain, _ = self._position_chain(doc, f, min(nxt[0] if nxt else n, s_end), owned=True)
                for p in self._complete(chain):
                    self._add_position(owner, p)

    def add_election_positions(self, officials: list[Official], elections: list[dict]) -> list[Official]:
        """A person elected or appointed to a post holds it; one removed from it held it."""
        by_mention = {id(m): o for o in officials for m in o.mentions}
        for e in elections:
            off = by_mention.get(id(e["holder"]))
            e["holder_name"] = off.name if off else e["holder"].canonical  # "ông Thanh" -> full name
            if off is None or e["kind"] not in ("elected", "appointed", "removed", "recognized"):
                continue
            if e["kind"] == "removed":
                # the post held until now ("ông X, Giám đốc Sở Y tế" retiring) becomes former
                key = (normalize_key(e["title"].canonical), normalize_key(e["org"].canonical) if e["org"] else "")
                for p in off.positions:
                    if (normalize_key(p["title"].canonical), normalize_key(p["org"].canonical) if p["org"] else "") == key:
                        p["former"] = True
            if e["org"] is None and any(normalize_key(p["title"].canonical) == normalize_key(e["title"].canonical)
                                        and p["org"] is not None for p in off.positions):
                continue
            self._add_position(off, {"title": e["title"], "org": e["org"], "former": e["kind"] == "removed"})
        for o in officials:
            _drop_bodiless_duplicates(o)  # "ông X, Phó Cục trưởng, được bổ nhiệm lại giữ chức Phó Cục trưởng Cục Y"
        return officials

    def _gender_ok(self, a: str | None, b: str | None) -> bool:
        ga = self.res.gender.get(a or "", "-")
        gb = self.res.gender.get(b or "", "-")
        return ga == "-" or gb == "-" or ga == gb

    @staticmethod
    def _add_position(off: Official, p: dict) -> None:
        key = (normalize_key(p["title"].canonical), normalize_key(p["org"].canonical) if p["org"] else "", p["former"])
        for q in off.positions:
            qkey = (normalize_key(q["title"].canonical), normalize_key(q["org"].canonical) if q["org"] else "", q["former"])
            if qkey == key:
                return
        off.positions.append(p)

    # ----------------------------------------------------------------- scores
    def scores(self, doc: Document) -> list[dict]:
        holders = sorted(doc.mentions["ORG"] + doc.mentions["PERSON"], key=lambda m: m.i)
        fold = doc.match.fold
        out: list[dict] = []
        prev_end_by_sentence: dict[int, int] = {}
        last_rank: int | None = None
        consumed = 0  # end of the last rank cue read after a number, in the folded view
        prev_score_end = 0
        respective = self._respective_scores(doc, holders)
        for s in doc.mentions["SCORE"]:
            sent = doc.sentence_of[s.i]
            s_start = doc.sentences[sent][0]
            if id(s) in respective:  # "A và B lần lượt đạt 985 điểm và 982,5 điểm, xếp thứ nhất và thứ hai"
                holder, rank = respective[id(s)]
                out.append({"holder": holder, "score": s, "rank": rank, "rank_label": "highest" if rank == 1 else None,
                            "period": self._period(doc, sent, holder.i)})
                last_rank = rank or last_rank
                prev_end_by_sentence[sent] = s.j
                prev_score_end = doc.syl_end[s.j - 1]
                continue
            lo = max(prev_end_by_sentence.get(sent, s_start), s_start)
            cands = [h for h in holders if lo <= h.i and h.j <= s.i]
            prev_end_by_sentence[sent] = s.j
            if not cands:
                continue
            holder = cands[-1]
            # the holder must be close: "X được 961,5 điểm", "X: 961,5 điểm", "X (961,5 điểm)",
            # "X đứng đầu Cụm với 96,8 điểm", "X xếp thứ ba, đạt 94,15 điểm"
            if s.i - holder.j > 10:
                continue
            gap = doc.sylls[holder.j : s.i]
            if not all(g in self.score_links or g in (",", ":", "(", "-") for g in gap):
                continue
            between = fold[doc.syl_end[holder.j - 1] : doc.syl_start[s.i]]
            # rank cues before the holder: since the previous score, even across a sentence
            # break ("… như sau: 1." | "Sở Tư pháp: 992,5 điểm"), at most 80 characters back
            h_start = doc.syl_start[holder.i]
            pre = fold[max(min(doc.syl_start[lo], h_start - 12), consumed, prev_score_end, h_start - 80) : h_start].split(";")[-1]
            cues = pre + " " + between  # cues between holder and number count too: "X đứng đầu với …"
            prev_score_end = doc.syl_end[s.j - 1]
            rank, label = None, None
            for cue, (r, lab) in self.rank_before.items():
                if cue in cues:
                    rank, label = r, lab
            mb = self.rank_before_re.search(cues)
            if mb:
                rank = self._ordinal(mb.group(1)) or rank
            ml = self.list_number_re.search(pre)
            if ml and rank is None:
                rank = int(ml.group(1))  # a flattened table: "6. Sở Tư pháp: 961 điểm"
            if rank is None and label is None and any(c in pre for c in self.rank_next) and last_rank:
                rank = last_rank + 1
            after = fold[doc.syl_end[s.j - 1] : doc.syl_end[s.j - 1] + 60]
            ma = self.rank_after_re.match(after)
            if ma:
                rank = self._ordinal(ma.group(1)) or rank
                consumed = doc.syl_end[s.j - 1] + ma.end()
            if rank == 1 and label is None:
                label = "highest"
            last_rank = rank if rank else last_rank
            period = self._period(doc, sent, holder.i)
            out.append({"holder": holder, "score": s, "rank": rank, "rank_label": label, "period": period})
            if "cùng" in between.split():
                # "A và B cùng đạt 97,2 điểm": every holder of the coordination gets it
                k = holder.i
                for other in reversed(cands[:-1]):
                    if other.j < k and doc.sylls[other.j : k] in (["và"], [","]):
                        out.insert(len(out) - 1, {"holder": other, "score": s, "rank": rank, "rank_label": label,
                                                  "period": period})
                        k = other.i
                    else:
                        break
        return out

    def _respective_scores(self, doc: Document, holders: list[Mention]) -> dict[int, tuple[Mention, int | None]]:
        """'A và B lần lượt đạt 996 điểm và 991,75 điểm[, xếp thứ hai và thứ ba]': the n-th score is the n-th
        holder's (and so is the n-th place). Keyed by id of the score mention."""
        sylls, fold = doc.sylls, doc.match.fold
        out: dict[int, tuple[Mention, int | None]] = {}
        scores = doc.mentions["SCORE"]
        ends = {h.j: h for h in holders}
        for g in range(1, len(sylls) - 1):
            marker = self.respective.longest_at(sylls, g) if g in ends else None
            if marker is None:
                continue
            coord = [ends[g]]  # the holders joined by "," / "và" right before "lần lượt"
            while coord[0].i > 0 and sylls[coord[0].i - 1] in (",", "và") and coord[0].i - 1 in ends:
                coord.insert(0, ends[coord[0].i - 1])
            listed = []
            for sc in scores:
                if sc.i < marker[0] or not doc.same_sentence(g, sc.i):
                    continue
                prev = listed[-1].j if listed else marker[0]
                gap = sylls[prev : sc.i]
                if len(gap) > 3 or any(w not in self.score_links and w not in (",", "và") for w in gap):
                    break
                listed.append(sc)
            if len(coord) < 2 or len(listed) != len(coord):
                continue
            tail = re.split(r"[;.]", fold[doc.syl_end[listed[-1].j - 1] : doc.syl_end[listed[-1].j - 1] + 80])[0]
            words = self.rank_before_re.findall(tail)  # "…, xếp thứ nhất và thứ hai": the places in the same order
            ranks = [self._ordinal(w) for w in words] if len(words) == len(coord) and self.rank_after_re.match(tail) else []
            for idx, (h, sc) in enumerate(zip(coord, listed)):
                out[id(sc)] = (h, ranks[idx] if ranks else None)
        return out

    def _ordinal(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.ordinals.get(word)

    def _period(self, doc: Document, sent: int, before: int) -> Mention | None:
        """The year the scores are for: the last year in the sentence before the first holder,
        else the year in the document title."""
        s_start, _ = doc.sentences[sent]
        years = [d for d in doc.mentions["DATE"] if s_start <= d.i < before and d.kind in ("year", "range", "quarter")]
        if years:
            return years[-1]
        if doc.sentences:
            t_start, t_end = doc.sentences[0]
            years = [d for d in doc.mentions["DATE"] if t_start <= d.i < t_end and d.kind == "year"]
            if years:
                return years[0]
        return None

    # -------------------------------------------------------------- elections
    def _term_at(self, doc: Document, k: int) -> tuple[str, int, int] | None:
        """A term right at syllable k: 'nhiệm kỳ 2021-2026', 'năm 2018', 'khóa XIII'."""
        if k >= len(doc.sylls):
            return None
        fold = doc.match.fold
        pos = doc.syl_start[k]
        for rx in self.term_res:
            m = rx.match(fold, pos)
            if m:
                j = bisect.bisect_left(doc.syl_start, m.end())
                value = re.sub(r"^(năm|nhiệm kỳ|giai đoạn|khóa|khoá)\s+", "", doc.match.norm[m.start() : m.end()])
                value = re.sub(r"\s*-\s*", "-", value)
                return value, k, j
        return None

    def _role_at(self, doc: Document, k: int):
        """Role at k: TITLE [ORG] [term]; returns (title, org, term, end) or None."""
        # "giữ chức vụ" + "Vụ trưởng": try every link length, the one a title follows wins
        for end, _ in reversed(self.role_links.matches_at(doc.sylls, k)):
            if end in self.index["TITLE"]:
                k = end
                break
        title = self.index["TITLE"].get(k)
        if title is None:
            return None
        org = self._org_for_title(doc, title)
        end = max(title.j, org.j if org else 0)
        term = self._term_at(doc, end)
        if term:
            end = term[2]
        return title, org, term, end

    def _topic_org(self, doc: Document, s_start: int, k: int) -> Mention | None:
        """'Tại Sở Khoa học và Công nghệ, …', 'Đối với Sở X, …': a body set up as the topic of the sentence,
        before the verb, that posts named without a body there belong to."""
        sylls = doc.sylls
        t = self.topic_markers.longest_at(sylls, s_start)
        org = self.index["ORG"].get(t[0]) if t else None
        if org is None or org.j >= k or org.j >= len(sylls) or sylls[org.j] != ",":
            return None
        return org

    def elections(self, doc: Document) -> list[dict]:
        sylls = doc.sylls
        n = len(sylls)
        out: list[dict] = []
        k = 0
        while k < n:
            hit = self.triggers.longest_at(sylls, k)
            # "… để được bổ nhiệm vào chức vụ …" states a requirement, unless a move was already told in the
            # sentence ("thôi làm Ủy viên … để được điều động, bổ nhiệm giữ chức …")
            purpose = k > 1 and sylls[k - 2 : k] == ["để", "được"] and not any(
                self.triggers.longest_at(sylls, g) for g in range(doc.sentences[doc.sentence_of[k]][0], k - 2))
            if not hit or self.trigger_blockers.longest_at(sylls, k) or (k > 0 and sylls[k - 1] == "để") or purpose:
                k += 1  # "giới thiệu … để bầu": the nomination is the fact, not an election
                continue
            t_end, entries = hit
            first_text, first_kind = entries[0].canonical, entries[0].kind
            # "điều động, bổ nhiệm ông X": the last verb of the run says what happens
            while t_end + 1 < n and sylls[t_end] in (",", "và") and self.triggers.longest_at(sylls, t_end + 1):
                t_end, entries = self.triggers.longest_at(sylls, t_end + 1)
            kind = entries[0].kind
            trigger_text = entries[0].canonical
            # "giới thiệu ông X để bầu …", "phê chuẩn kết quả bầu …": a nomination or a recognition of an
            # election; the later verb only says which post
            if first_kind in ("nominated", "recognized"):
                kind = first_kind
                link = next((g for g in range(t_end, min(n, t_end + 3)) if sylls[g] in ("kết", "để")), None)
                if link is not None:
                    nxt = link + (2 if sylls[link] == "kết" and link + 1 < n and sylls[link + 1] == "quả" else 1)
                    later = self.triggers.longest_at(sylls, nxt) if nxt < n else None
                    if later:
                        t_end = later[0]
            passive = first_text in self.passive or trigger_text in self.passive
            s_start, s_end = doc.sentences[doc.sentence_of[k]]
            # in a passive clause the org before the verb is the holder's, not the actor
            body = None if passive else self._body(doc, s_start, k)

            topic = self._topic_org(doc, s_start, k)

            def emit(title, org, term, holder, kind=kind, body=body, trigger=(k, t_end), topic=topic):
                if org is None and topic is not None and kind in ("appointed", "elected") and title.kind in ("head", "deputy"):
                    org = topic  # "Tại Sở Khoa học và Công nghệ, ông X được bổ nhiệm làm Giám đốc": the sentence's topic
                # the same conventions as positions: "Tỉnh ủy viên" -> Ủy viên of Tỉnh ủy, "Chánh Văn phòng UBND" …
                post = self._complete([{"title": title, "org": org, "former": False}])[0]
                if any(e["holder"] is holder and e["title"].canonical == post["title"].canonical
                       and (e["kind"] == kind or trigger_text.startswith("tiếp tục")) for e in out):
                    return  # "được bầu tái cử chức vụ …", "bầu X tiếp tục giữ chức …": two verbs, one election
                out.append(dict(kind=kind, title=post["title"], org=post["org"], term=term, holder=holder, body=body,
                                trigger=trigger))

            found = len(out)
            after = t_end
            pref = self.role_prefaces.longest_at(sylls, after)
            if pref and pref[0] < s_end and sylls[pref[0]] == ":":
                after = pref[0] + 1  # "bầu các chức danh: Chủ tịch HĐND tỉnh là ông X; …"
            link = None
            for g in range(t_end, min(s_end, t_end + 9)):
                link = self.removal_link.longest_at(sylls, g)
                if link or sylls[g] in (",", ";", "."):
                    break
            # "miễn nhiệm Ủy viên UBND tỉnh đối với ông X, nguyên Giám đốc Sở …": a post named right after the
            # verb is the one removed; the holder's appositive only when the verb names none
            if kind == "removed" and link and self._role_at(doc, after) is None:
                holder = self._holder_at(doc, link[0])
                if holder is not None and holder.j + 1 < s_end and sylls[holder.j] in (",", "-"):
                    chain, _ = self._position_chain(doc, holder.j + 1, s_end, owned=True)
                    if chain:
                        emit(chain[0]["title"], chain[0]["org"], None, holder)
            # "bầu Ban Thường vụ … và các chức danh chủ chốt, cụ thể: Bí thư Tỉnh ủy: đồng chí A; Phó Bí thư: …"
            spec = next((g + 2 for g in range(t_end, s_end - 2) if sylls[g : g + 2] == ["cụ", "thể"]
                         and sylls[g + 2] in (":", "-")), None)
            if spec is not None and len(out) == found:
                # "… các chức danh lãnh đạo Hội Nông dân tỉnh, cụ thể - Chủ tịch: ông A": a bare role is the named body's
                named = [m for m in doc.mentions["ORG"] if t_end <= m.i and m.j <= spec]
                self._role_colon_lists(doc, spec + 1, s_end, emit, named[-1] if named else None)
            if len(out) == found:
                self._roles_then_holders(doc, after, s_end, emit)
            if len(out) == found:
                self._holders_then_roles(doc, t_end, s_end, emit)
            if len(out) == found:
                self._role_subject(doc, s_start, k, t_end, s_end, emit)
            agent = self._passive_agent(doc, k, s_start)
            if len(out) == found and (passive or agent is not None or kind == "removed"):
                # "Công an tỉnh đã được bầu làm Cụm trưởng", "các đồng chí A và B được bầu làm …",
                # "ông X … được Ban Thường vụ Tỉnh ủy điều động, chỉ định giữ chức …"
                r_at = t_end
                while r_at < s_end and r_at - t_end < 4 and not self.role_links.longest_at(sylls, r_at) \
                        and self.link_gap_trie.longest_at(sylls, r_at):
                    r_at = self.link_gap_trie.longest_at(sylls, r_at)[0]
                if self._role_at(doc, r_at) is None:
                    # "được … chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư …"
                    far = self._skip_to_role_link(doc, r_at, s_end)
                    r_at = far if self.role_links.longest_at(sylls, far) else r_at
                role = self._role_at(doc, r_at)
                if isinstance(agent, Mention) and role is not None:
                    body = agent
                clause_end = agent.i if isinstance(agent, Mention) else k
                if agent is True:  # "được Đại hội bầu", "được Tổng thống X bổ nhiệm": before "được"
                    clause_end = max(g for g in range(s_start, k) if sylls[g] == "được")
                if role:
                    clause_start = max([s_start] + [j + 1 for j in range(s_start, k) if sylls[j] == ";"])
                    holders = [m for m in doc.mentions["PERSON"] if clause_start <= m.i and m.j <= clause_end]
                    if "người" in sylls[max(clause_start, k - 3) : k]:
                        holders = holders[-1:]  # "bà X thay ông Y, người được cho thôi giữ chức …": Y only
                    if not holders and (passive or agent is not None):  # "UBND tỉnh cách chức …": the actor, no holder
                        holders = [m for m in doc.mentions["ORG"] if clause_start <= m.i and m.j <= clause_end][-1:]
                    roles = self._respective_roles(doc, r_at, s_end, len(holders)) if len(holders) > 1 else None
                    for idx, h in enumerate(holders):
                        title, org, term, _ = roles[idx] if roles else role
                        emit(title, org, term, h, body=body)
                    r_end = roles[-1][3] if roles else role[3]
                    if r_end + 1 < s_end and sylls[r_end] == ";":  # "…; hai Phó Chủ tịch UBND xã là ông A và bà B"
                        self._roles_then_holders(doc, r_end + 1, s_end, emit)
                elif passive and (listed := self._role_then_listed_holders(doc, s_start, k, clause_end)):
                    # "Ba Phó Hiệu trưởng là TS. A, TS. B và ThS. C được bổ nhiệm lại"
                    title, org, term, holders = listed
                    for h in holders:
                        emit(title, org, term, h)
                elif kind == "removed" or kind == "appointed" and trigger_text.endswith("chỉ định"):
                    # "Ông X, Giám đốc Sở Y tế, được nghỉ hưu theo chế độ", "đồng chí X, Bí thư Đảng ủy
                    # phường được chỉ định từ tháng 7": the post is the appositive
                    clause_start = max([s_start] + [j + 1 for j in range(s_start, k) if sylls[j] == ";"])
                    for h in [m for m in doc.mentions["PERSON"] if clause_start <= m.i and m.j <= k][-1:]:
                        if any(w in self.plural or w == "nhiều" for w in sylls[h.j : k]):
                            continue  # "bà X, Giám đốc Sở Y tế cùng nhiều thế hệ cán bộ đã nghỉ hưu": not X
                        if h.j + 1 < s_end and sylls[h.j] in (",", "-"):
                            chain, _ = self._position_chain(doc, h.j + 1, k, owned=True)
                            if chain:
                                emit(chain[0]["title"], chain[0]["org"], None, h)
            k = t_end
        self._continued_lists(doc, out)
        return out

    def _continued_lists(self, doc: Document, out: list[dict]) -> None:
        """'… được bầu tái cử chức vụ Bí thư Tỉnh đoàn. Giữ chức Phó Bí thư Tỉnh đoàn khóa XVIII là các đồng
        chí A, B và C.': a sentence that only lists more holders continues the previous sentence's election."""
        sylls = doc.sylls
        by_sentence = {}
        for e in out:
            by_sentence[doc.sentence_of[e["trigger"][0]]] = e  # the last election of each sentence
        for idx, (s_start, s_end) in enumerate(doc.sentences):
            prev = by_sentence.get(idx - 1)
            # "Giữ chức Chủ nhiệm Ủy ban Kiểm tra … là ông X": a sentence opening with the post states an
            # election by itself; it takes its kind from the last election before it (else "elected")
            opener = self.role_openers.longest_at(sylls, s_start)
            if opener:
                earlier = [e for e in out if e["trigger"][0] < s_start]
                prev = earlier[-1] if earlier else {"kind": "elected", "body": None}
                prev = prev if prev["kind"] != "removed" else {"kind": "elected", "body": None}
            elif prev is None or idx in by_sentence or prev["kind"] == "removed":
                continue  # a list after a removal names the successors, not more removals
            j = s_start
            link = self.role_links.longest_at(sylls, j)
            if link:
                j = link[0]
            while j < s_end and (sylls[j] in self.quantifiers or sylls[j].isdigit()):
                j += 1
            role = self._role_at(doc, j)
            if role is None:
                continue
            title, org, term, end = role
            intro = self.holder_intro.longest_at(sylls, end) if end < s_end else None
            if not intro:
                continue
            start = intro[0] + (1 if intro[0] < s_end and sylls[intro[0]] == ":" else 0)
            holders, _ = self._holder_list(doc, start, s_end)
            for h in holders:
                if any(e["holder"] is h and normalize_key(e["title"].canonical) == normalize_key(title.canonical) for e in out):
                    continue  # "…; ông X được HĐND tỉnh bầu …" in the same sentence already said it
                out.append(dict(kind=prev["kind"], title=title, org=org, term=term, holder=h, body=prev["body"],
                                trigger=(title.i, title.j)))

    def _passive_agent(self, doc: Document, k: int, s_start: int):
        """'được <ORG> điều động' -> the org; 'được Đại hội bầu', 'được Tổng thống X bổ nhiệm'
        -> True (a passive clause whose agent is no body); else None."""
        sylls = doc.sylls
        for org in doc.mentions["ORG"]:
            if org.j == k and org.i - 1 >= s_start and sylls[org.i - 1] == "được":
                return org
        for g in range(k - 1, max(s_start, k - 7) - 1, -1):
            if sylls[g] in (",", ";", ".", "và"):
                return None
            if sylls[g] == "được":
                return True
        return None

    def _holder_at(self, doc: Document, j: int) -> Mention | None:
        """A person or org at j, after an optional 'các', honorific and rank."""
        sylls = doc.sylls
        n = len(sylls)
        if j < n and sylls[j] == "các":
            j += 1
        hon = self.res.honorifics.longest_at(sylls, j)
        if hon:
            j = hon[0]
            if j < n and sylls[j] == ":":  # "là các đồng chí: A - …; B - …"
                j += 1
        rank = self.res.ranks.longest_at(sylls, j)
        if rank:
            j = rank[0] + (1 if rank[0] < n and sylls[rank[0]] == "." else 0)
        return self.index["PERSON"].get(j) or self.index["ORG"].get(j)

    def _holder_list(self, doc: Document, j: int, s_end: int) -> tuple[list[Mention], int]:
        """'ông A, Giám đốc Sở X và bà B, …' -> [A, B]; skips each holder's appositive."""
        sylls = doc.sylls
        holders: list[Mention] = []
        while j < s_end:
            h = self._holder_at(doc, j)
            if h is None:
                break
            holders.append(h)
            j = h.j
            if j < s_end and sylls[j] == "(":  # "ông X (Bí thư Quận ủy Y) giữ chức …"
                close = next((c for c in range(j, min(s_end, j + 30)) if sylls[c] == ")"), None)
                if close is not None:
                    j = close + 1
            if j + 1 < s_end and sylls[j] in (",", "-") and (j + 1 in self.index["TITLE"] or self.former.longest_at(sylls, j + 1)
                                                             or self.fillers.longest_at(sylls, j + 1)):
                _, j = self._position_chain(doc, j + 1, s_end)
                # the rest of the appositive ("… cấp xã", ", Bộ Công an") up to the next comma
                k = j
                while k < s_end and k - j < 8 and sylls[k] not in (",", "-", ";", ".") and not self.role_links.longest_at(sylls, k) \
                        and k not in self.index["PERSON"]:
                    k += 1
                if k < s_end and sylls[k] in (",", "-"):
                    j = k
                while j + 1 < s_end and sylls[j] == "," and (j + 1) in self.index["ORG"] and self.index["ORG"][j + 1].j < s_end \
                        and sylls[self.index["ORG"][j + 1].j] == ",":
                    j = self.index["ORG"][j + 1].j
            if j + 1 < s_end and sylls[j] in (",", "và", ";") and self._holder_at(doc, j + 1) is not None:
                if sylls[j] == ";" and self._own_post_clause(doc, j + 1, s_end):
                    break  # "… là bà A; ông B, Chủ tịch UBND phường, giữ chức Phó Bí thư": B has a post of his own
                j += 1
                continue
            remark = self._remark_end(doc, j, s_end)  # "ông A, tái đắc cử, và bà B"
            if remark is not None:
                j = remark
                continue
            break
        return holders, j

    def _role_then_listed_holders(self, doc: Document, s_start: int, k: int, clause_end: int):
        """'[Hai] ROLE là A, B và C được <verb>': the clause before a passive verb names the post,
        then its holders after 'là'/'gồm'; the list must run up to the verb."""
        sylls = doc.sylls
        j = max([s_start] + [g + 1 for g in range(s_start, k) if sylls[g] == ";"])
        while j < clause_end and (sylls[j] in self.quantifiers or sylls[j].isdigit()):
            j += 1
        role = self._role_at(doc, j) if j < clause_end and j in self.index["TITLE"] else None
        if role is None:
            return None
        title, org, term, end = role
        intro = self.holder_intro.longest_at(sylls, end) if end < clause_end else None
        if not intro:
            return None
        start = intro[0] + (1 if intro[0] < clause_end and sylls[intro[0]] == ":" else 0)
        holders, h_end = self._holder_list(doc, start, clause_end)
        return (title, org, term, holders) if holders and h_end == clause_end else None

    def _own_post_clause(self, doc: Document, j: int, s_end: int) -> bool:
        """Does the clause from j to the next ';' state a post of its own (a verb or role link
        right before a title, outside the holder's appositive)?"""
        sylls = doc.sylls
        g = j
        while g < s_end:
            if sylls[g] in (";", "."):
                return False
            skip = self.fillers.longest_at(sylls, g) or self.former.longest_at(sylls, g)
            if skip:  # "đồng thời là Chủ tịch …", "nguyên là …": the appositive, not a new post
                g = skip[0]
                continue
            if g > j and sylls[g - 1] not in (",", "-") and (self.triggers.longest_at(sylls, g) or self.role_links.longest_at(sylls, g)):
                end = (self.role_links.longest_at(sylls, g) or self.triggers.longest_at(sylls, g))[0]
                if end in self.index["TITLE"] or self.role_links.longest_at(sylls, end):
                    return True
            g += 1
        return False

    def _remark_end(self, doc: Document, j: int, s_end: int) -> int | None:
        """', tái đắc cử, và bà B': a short lower-case remark set off by commas inside a holder list;
        returns the start of the next holder, None when there is no such remark."""
        sylls = doc.sylls
        if j >= s_end or sylls[j] != ",":
            return None
        k = j + 1
        while k < s_end and k - j <= self.remark_max and sylls[k].isalpha() and not doc.caps[k] \
                and k not in self.index["TITLE"]:
            k += 1
        if k == j + 1 or k >= s_end or sylls[k] != ",":
            return None
        k += 1
        if k < s_end and sylls[k] == "và":
            k += 1
        return k if k < s_end and self._holder_at(doc, k) is not None else None

    def _roles_then_holders(self, doc: Document, j: int, s_end: int, emit) -> None:
        """'bầu Khối trưởng năm 2018 là Sở X, Khối phó là Sở Y' (one term for the list);
        'miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông X'."""
        sylls = doc.sylls
        shared_term = None
        while j < s_end:
            while j < s_end and (sylls[j] in self.quantifiers or sylls[j].isdigit()):
                j += 1  # "bầu hai Phó Chủ tịch HĐND tỉnh là …"
            role = self._role_at(doc, j)
            if role is None:
                return
            roles = [role]
            end = role[3]
            if role[1] is None and end < s_end and self.res.org_heads.longest_at(sylls, end) \
                    and self.res.org_heads.longest_at(sylls, end)[0] == end + 1 and not doc.caps[end + 1 if end + 1 < s_end else end]:
                end += 1  # "cho thôi giữ chức Phó Giám đốc Sở đối với …": a bare back-reference
            # "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh, Ủy viên UBND tỉnh … đối với ông X"
            while end + 1 < s_end and sylls[end] == "," and self._role_at(doc, end + 1):
                roles.append(self._role_at(doc, end + 1))
                end = roles[-1][3]
            link = self.removal_link.longest_at(sylls, end)
            at = end + 1 if end + 1 < s_end and sylls[end] == "," and self.holder_intro.longest_at(sylls, end + 1) else end
            intro = self.holder_intro.longest_at(sylls, at) if at < s_end else None  # "5 Phó Chủ tịch, gồm: …"
            if intro:
                start = intro[0] + (1 if intro[0] < s_end and sylls[intro[0]] == ":" else 0)
                holders, _ = self._holder_list(doc, start, s_end)  # "… là ông X và bà Y", "gồm: …"
            elif link:
                holders, _ = self._holder_list(doc, link[0], s_end)
            else:
                return
            if not holders:
                return
            for holder in holders:
                for title, org, term, _ in roles:
                    term = shared_term = term or shared_term
                    emit(title, org, term, holder)
            j = holders[-1].j
            if j < s_end and sylls[j] in (",", ";", "và"):
                j += 1

    def _role_colon_lists(self, doc: Document, j: int, s_end: int, emit, named: Mention | None) -> None:
        """'Bí thư Tỉnh ủy: đồng chí A; Phó Bí thư Tỉnh ủy: các đồng chí B, <post> và C, <post>; …': each
        role, a colon, its holders; the items are separated by semicolons."""
        sylls = doc.sylls
        while j < s_end:
            role = self._role_at(doc, j)
            if role is None or role[3] >= s_end or sylls[role[3]] != ":":
                return
            holders, end = self._holder_list(doc, role[3] + 1, s_end)
            if not holders:
                return
            org = role[1] or (named if role[0].kind in ("head", "deputy") else None)
            for h in holders:
                emit(role[0], org, role[2], h)
            nxt = next((g for g in range(end, s_end) if sylls[g] == ";"), None)
            if nxt is None:
                return
            j = nxt + 1

    def _respective_roles(self, doc: Document, r_at: int, s_end: int, count: int):
        """'A, B và C lần lượt được bầu giữ chức Bí thư, Phó Bí thư Thường trực và Phó Bí thư Huyện ủy': one
        role per holder, in order; the body named after the last one belongs to all. None unless the
        sentence says "lần lượt" and lists exactly as many roles as holders."""
        sylls = doc.sylls
        roles = []
        j = r_at
        while j < s_end:
            role = self._role_at(doc, j)
            if role is None:
                break
            roles.append(role)
            j = role[3]
            if j + 1 < s_end and sylls[j] in (",", "và"):
                j += 1
            else:
                break
        if len(roles) != count or not any(self.respective.longest_at(sylls, g) for g in range(max(0, r_at - 30), r_at)):
            return None
        last_org = roles[-1][1]
        return [(t, o or last_org, term, end) for t, o, term, end in roles]

    def _skip_to_role_link(self, doc: Document, start: int, s_end: int) -> int:
        """From ``start`` over "…, đến nhận công tác, …", "tham gia Ban Chấp hành, Ban Thường vụ và …" to the
        link word ("giữ chức", "làm") that the post follows; where the walk stopped when there is none."""
        sylls = doc.sylls
        skip = start
        while skip < s_end and skip - start < 24:
            link = self.role_links.longest_at(sylls, skip)
            if link and link[0] in self.index["ORG"] and link[0] not in self.index["TITLE"]:
                # "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …", "vào Ban Chấp hành … và giữ chức":
                # membership of the bodies, then the post
                skip = link[0]
                continue
            if link:
                break
            if skip in self.index["ORG"] and skip > start:
                skip = self.index["ORG"][skip].j
            elif self.link_gap_trie.longest_at(sylls, skip):
                skip = self.link_gap_trie.longest_at(sylls, skip)[0]
            elif self.triggers.longest_at(sylls, skip):  # "… và chỉ định giữ chức …", "X - <post>, chỉ định …"
                skip = self.triggers.longest_at(sylls, skip)[0]
            else:
                break
        return skip

    def _holders_then_roles(self, doc: Document, j: int, s_end: int, emit) -> None:
        """'bầu ông X giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026; bà Y và ông Z giữ chức
        Phó Chủ tịch …', 'bầu UBND huyện A làm Cụm trưởng năm 2021, UBND huyện B làm Cụm phó'."""
        sylls = doc.sylls
        shared_term = None
        while j < s_end:
            holders, end = self._holder_list(doc, j, s_end)
            if not holders:
                return
            if end < s_end and sylls[end] in (",", "-"):
                end += 1
            skip = end  # "…, đến nhận công tác, giữ chức …", "tham gia Ban Thường vụ Huyện ủy và giữ chức …"
            if skip in self.index["TITLE"]:
                # "chỉ định đồng chí X, Phó Giám đốc Sở Nội vụ, tham gia …": the holder's present post first
                _, post_end = self._position_chain(doc, skip, s_end, owned=True)
                if post_end > skip and post_end + 1 < s_end and sylls[post_end] == ",":
                    skip = end = post_end + 1
            skip = self._skip_to_role_link(doc, skip, s_end)
            if self.role_links.longest_at(sylls, skip):
                end = skip
            role = self._role_at(doc, end) if self.role_links.longest_at(sylls, end) else None
            if role is None:
                # "bổ nhiệm lại bà X, Phó Giám đốc Sở GD&ĐT.": the post is the appositive
                h = holders[-1]
                if len(holders) == 1 and h.label == "PERSON" and h.j + 1 < s_end and sylls[h.j] == "," \
                        and (emitted := self._appositive_role(doc, h, s_end)) is not None:
                    emit(*emitted, h)
                return
            title, org, term, r_end = role
            term = shared_term = term or shared_term
            roles = self._respective_roles(doc, end, s_end, len(holders)) if len(holders) > 1 else None
            for idx, h in enumerate(holders):
                if roles:  # "bầu các đồng chí A, B lần lượt giữ chức Chủ tịch, Phó Chủ tịch …"
                    title, org, term, r_end = roles[idx]
                emit(title, org, term or shared_term, h)
            j = r_end
            if j < s_end and sylls[j] in (",", ";", "và"):
                j += 1
                if not self._holder_list(doc, j, s_end)[0]:
                    self._roles_then_holders(doc, j, s_end, emit)
                    return
            else:
                return

    def _role_subject(self, doc: Document, s_start: int, k: int, t_end: int, s_end: int, emit) -> None:
        """'Hai Phó Chủ tịch HĐND tỉnh được bầu là ông A, bà B'; 'Các Phó Chủ tịch Hội được bầu
        gồm: …'; 'Ba Phó Chủ tịch UBND tỉnh được HĐND tỉnh tín nhiệm bầu gồm các ông …'."""
        sylls = doc.sylls
        intro = self.holder_intro.longest_at(sylls, t_end) if t_end < s_end else None
        if not intro:
            return
        titles = [t for t in doc.mentions["TITLE"] if s_start <= t.i and t.j <= k]
        if not titles:
            return
        title = titles[-1]
        org = self._org_for_title(doc, title)
        g = max(title.j, org.j if org else 0)
        while g < k:  # only "được", an acting body, "tín nhiệm" … between the post and the verb
            if g in self.index["ORG"]:
                g = self.index["ORG"][g].j
            elif self.subject_gap.longest_at(sylls, g):
                g = self.subject_gap.longest_at(sylls, g)[0]
            else:
                return
        start = intro[0] + (1 if intro[0] < s_end and sylls[intro[0]] == ":" else 0)
        holders, _ = self._holder_list(doc, start, s_end)
        term = self._term_at(doc, max(title.j, org.j if org else 0))
        for h in holders:
            emit(title, org, term, h)

    def _appositive_role(self, doc: Document, holder: Mention, s_end: int):
        """(title, org, term) of the first post in the appositive after a holder, when the
        sentence ends right after it (nothing else could be the new post)."""
        chain, end = self._position_chain(doc, holder.j + 1, s_end, owned=True)
        if len(chain) == 1 and (end >= s_end or doc.sylls[end] in (".", ";")):
            return chain[0]["title"], chain[0]["org"], None
        return None

    @staticmethod
    def _has_title_line(doc: Document) -> bool:
        """Is the first sentence a headline line of its own (a multi-line document)?"""
        if len(doc.sentences) < 2:
            return False
        end = doc.syl_end[doc.sentences[0][1] - 1]
        return "\n" in doc.match.norm[end : doc.syl_start[doc.sentences[1][0]]]

    def _only_gap_words(self, gap: str) -> bool:
        sylls = list(syllables(gap))
        k = 0
        while k < len(sylls):
            hit = self.body_gap.longest_at(sylls, k)
            if not hit:
                return False
            k = hit[0]
        return True

    def _body(self, doc: Document, s_start: int, k: int) -> Mention | None:
        """The electing/appointing body: an org acting as subject before the trigger,
        else for 'Hội nghị/Đại hội … bầu' the organization the document is about."""
        orgs = [m for m in doc.mentions["ORG"] if s_start <= m.i and m.j <= k]
        if orgs:
            # the subject right before the verb: "HĐND tỉnh đã bầu", "Ban Thường vụ Tỉnh ủy quyết định bổ nhiệm"
            last = orgs[-1]
            gap = doc.match.fold[doc.syl_end[last.j - 1] : doc.syl_start[k]].strip()
            if not gap or self._only_gap_words(gap):
                return last
        for j in range(s_start, k):
            if self.event_subjects.longest_at(doc.sylls, j):
                if self._has_title_line(doc):
                    t_start, t_end = doc.sentences[0]
                    title_orgs = [m for m in doc.mentions["ORG"] if t_start <= m.i < t_end]
                    if title_orgs:
                        return title_orgs[0]
                break
        return None

    # ------------------------------------------------------------ doc facts
    def document_facts(self, doc: Document) -> dict:
        text = doc.text
        facts: dict = {}
        lines = []
        pos = 0
        for line in text.splitlines(keepends=True):
            lines.append((pos, pos + len(line.rstrip("\r\n"))))
            pos += len(line)
        content = [(a, b) for a, b in lines if text[a:b].strip()]
        if content:
            a, b = content[0]
            raw = text[a:b]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw.rstrip())
            if len(content) > 1 and trail - lead <= 300:
                facts["title"] = (a + lead, a + trail)
        dates_by_start = sorted(doc.mentions["DATE"], key=lambda m: m.i)
        # published date: a labelled date line near the top ("Ngày: 15.01.2018")
        for a, b in content[:4]:
            line = doc.match.fold[self._nidx(doc, a) : self._nidx(doc, b)].strip()
            label = next((lab for lab in self.published_labels if line.startswith(lab)), None)
            if label or re.fullmatch(r"[\d/.\-:\s]+", line):
                for d in dates_by_start:
                    ds, de = doc.span_of(d.i, d.j)
                    if a <= ds and de <= b and d.kind == "date_numeric" or (a <= ds and de <= b and d.kind == "date_words"):
                        facts["published_date"] = d
                        break
            if "published_date" in facts:
                break
        # event date: the first full date in the body, or a day/month completed by the published year
        body_start = 0
        if "published_date" in facts:
            body_start = facts["published_date"].j
        elif "title" in facts:
            body_start = self._syl_at(doc, facts["title"][1])
        for d in dates_by_start:
            if d.i < body_start:
                continue
            if d.kind in ("date_numeric", "date_words", "day_month"):
                value = d.canonical
                if d.kind == "day_month":
                    pub = facts.get("published_date")
                    if pub is None:
                        break
                    value = pub.canonical[:4] + value[1:]
                facts["event_date"] = (d, value)
                place = self._place_after(doc, d.j)
                if place:
                    facts["event_place"] = place
                break
        # read count and byline at the end
        for a, b in reversed(content[-3:]):
            line = text[a:b]
            low = doc.match.fold[self._nidx(doc, a) : self._nidx(doc, b)].strip()
            for lab in self.read_labels:
                if low.startswith(lab):
                    m = re.search(r"(\d[\d.,]*)", line)
                    if m:
                        value = parse_int(m.group(1))
                        if value is not None:
                            facts["read_count"] = (a + m.start(1), a + m.end(1), value)
        if "read_count" in facts:
            idx = [k for k, (a, b) in enumerate(content) if a <= facts["read_count"][0] < b]
            if idx and idx[0] > 0:
                a, b = content[idx[0] - 1]
                raw = text[a:b]
                s = raw.strip()
                if 0 < len(s) <= 40 and not s.endswith((".", ":", "/.")):
                    lead = len(raw) - len(raw.lstrip())
                    facts["byline"] = (a + lead, a + lead + len(s))
        return facts

    def _nidx(self, doc: Document, orig: int) -> int:
        return bisect.bisect_left(doc.match.starts, orig)

    def _syl_at(self, doc: Document, orig: int) -> int:
        return bisect.bisect_left(doc.syl_start, self._nidx(doc, orig))

    def _place_after(self, doc: Document, k: int) -> tuple[int, int] | None:
        """'…, Khối thi đua số 4 đã họp … tại hội trường Sở Y tế.' -> 'hội trường Sở Y tế'."""
        sylls = doc.sylls
        sent = doc.sentence_of[k - 1]
        _, s_end = doc.sentences[sent]
        for j in range(k, s_end):
            if sylls[j] == "tại" and j + 1 < s_end:
                e = j + 1
                while e < s_end and sylls[e] not in (",", ".", ";", "(", ")"):
                    org = self.index["ORG"].get(e)
                    if org is not None:
                        e = org.j
                        break
                    e += 1
                return j + 1, e
        return None


def parse_int(text: str) -> int | None:
    digits = re.sub(r"[.,]", "", text)
    return int(digits) if digits.isdigit() else None
