"""Gazetteers and rule lists, loaded once from the data files under ``models/``.

Each file is a reviewed TSV with a fixed header; a malformed row stops loading with
the file name and line number, because silently skipping a title or an organization
would quietly lower recall on every document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ResourceError
from .textnorm import build_match_text, normalize_surface

DEFAULT_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# Syllables for dictionary matching: runs of word characters, or one punctuation mark.
# "GD&ĐT" and "GD & ĐT" give the same sequence, so spacing never blocks a match.
SYLLABLE_RE = re.compile(r"\w+|[^\w\s]")


def syllables(fold: str) -> tuple[str, ...]:
    return tuple(SYLLABLE_RE.findall(fold))


@dataclass(slots=True)
class Entry:
    label: str          # TITLE | ORG | HEAD | ABBR | HONORIFIC | RANK | PROVINCE ...
    canonical: str      # canonical surface form
    kind: str = ""      # category/kind column
    extra: str = ""     # scope for abbreviations, validity note for organizations


class Trie:
    """Longest-match dictionary over syllable sequences (case- and tone-folded)."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0

    @classmethod
    def of(cls, phrases, label: str = "CUE") -> "Trie":
        """A trie of cue phrases (rules.json lists), each its own canonical form."""
        trie = cls()
        for phrase in phrases:
            trie.add(phrase, Entry(label, phrase))
        return trie

    def add(self, surface: str, entry: Entry) -> None:
        key = syllables(build_match_text(surface).fold)
        if not key:
            return
        node = self.root
        for syl in key:
            node = node.setdefault(syl, {})
        node.setdefault(None, []).append(entry)
        self.size += 1

    def matches_at(self, sylls: list[str], i: int) -> list[tuple[int, list[Entry]]]:
        """All (end, entries) for dictionary phrases starting at syllable i, longest last."""
        found = []
        node = self.root
        j = i
        n = len(sylls)
        while j < n:
            node = node.get(sylls[j])
            if node is None:
                break
            j += 1
            if None in node:
                found.append((j, node[None]))
        return found

    def longest_at(self, sylls: list[str], i: int) -> tuple[int, list[Entry]] | None:
        found = self.matches_at(sylls, i)
        return found[-1] if found else None


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.exists():
        raise ResourceError(f"missing data file {path}; reinstall the package or restore models/")
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if tuple(header[: len(columns)]) != columns:
                    raise ResourceError(
                        f"{path.name}:{lineno}: header {header} does not start with {list(columns)}"
                    )
                continue
            if len(cells) > len(header) or not cells[0].strip():
                raise ResourceError(f"{path.name}:{lineno}: expected {len(header)} tab-separated cells")
            cells += [""] * (len(header) - len(cells))
            rows.append({name: cell.strip() for name, cell in zip(header, cells)})
    return rows


@dataclass
class Resources:
    """Everything the rule stages consult, built from ``models/``."""

    models_dir: Path
    honorifics: Trie = field(default_factory=Trie)
    ranks: Trie = field(default_factory=Trie)
    titles: Trie = field(default_factory=Trie)
    org_heads: Trie = field(default_factory=Trie)
    organizations: Trie = field(default_factory=Trie)       # full names and aliases
    name_abbreviations: Trie = field(default_factory=Trie)  # "GD&ĐT" after a head
    org_tails: dict[str, Trie] = field(default_factory=dict)  # head -> known name tails
    provinces: Trie = field(default_factory=Trie)
    name_words: Trie = field(default_factory=Trie)            # lower-case words inside org names
    surnames: set[str] = field(default_factory=set)
    gender: dict[str, str] = field(default_factory=dict)
    org_kind_by_head: dict[str, str] = field(default_factory=dict)
    rules: dict = field(default_factory=dict)
    title_fixed_words: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, models_dir: Path | str | None = None) -> "Resources":
        base = Path(models_dir) if models_dir else DEFAULT_MODELS_DIR
        res = cls(models_dir=base)

        for row in read_tsv(base / "honorifics.tsv", ("form", "gender")):
            res.honorifics.add(row["form"], Entry("HONORIFIC", row["form"].lower(), row["gender"]))
            res.gender[normalize_surface(row["form"]).lower()] = row["gender"]
        for row in read_tsv(base / "ranks.tsv", ("form", "kind", "canonical")):
            res.ranks.add(row["form"], Entry("RANK", row["canonical"] or row["form"], row["kind"]))
        title_rows = read_tsv(base / "titles.tsv", ("title", "category"))
        for row in title_rows:
            res.titles.add(row["title"], Entry("TITLE", row["title"], row["category"]))
            if " " in row["title"]:
                res.title_fixed_words.append(row["title"])
        for row in read_tsv(base / "org_heads.tsv", ("head", "kind")):
            head = normalize_surface(row["head"])
            res.org_heads.add(head, Entry("HEAD", head, row["kind"]))
            res.org_kind_by_head[head.lower()] = row["kind"]
        for row in read_tsv(base / "organizations.tsv", ("name", "kind", "aliases", "note")):
            name = normalize_surface(row["name"])
            entry = Entry("ORG", name, row["kind"], row["note"])
            res.organizations.add(name, entry)
            for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
                res.organizations.add(alias, entry)
            head = res.head_of(name)
            if head and len(head) < len(name):
                res.org_tails.setdefault(head.lower(), Trie()).add(name[len(head):].strip(), entry)
        org_abbrs: dict[str, str] = {}
        for row in read_tsv(base / "abbreviations.tsv", ("abbr", "expansion", "scope")):
            scope = row["scope"]
            entry = Entry("ABBR", normalize_surface(row["expansion"]), scope)
            if scope == "name":
                res.name_abbreviations.add(row["abbr"], entry)
            elif scope == "org":
                res.org_heads.add(row["abbr"], Entry("HEAD", entry.canonical, res.kind_of(entry.canonical)))
            elif scope == "title":
                res.titles.add(row["abbr"], Entry("TITLE", entry.canonical, "abbreviation"))
            if scope == "org":
                org_abbrs[row["abbr"]] = entry.canonical
            elif scope == "place":
                res.provinces.add(row["abbr"], Entry("PROVINCE", entry.canonical, "abbreviation"))
        for row in read_tsv(base / "provinces.tsv", ("name", "type", "valid")):
            res.provinces.add(row["name"], Entry("PROVINCE", normalize_surface(row["name"]), row["type"]))
        for row in read_tsv(base / "org_name_words.tsv", ("word", "final")):
            res.name_words.add(row["word"], Entry("WORD", row["word"], "final" if row["final"] != "no" else "inner"))
        for row in read_tsv(base / "surnames.tsv", ("surname",)):
            res.surnames.add(normalize_surface(row["surname"]))
        rules_path = base / "rules.json"
        if not rules_path.exists():
            raise ResourceError(f"missing data file {rules_path}")
        try:
            res.rules = json.loads(rules_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ResourceError(f"{rules_path.name}: invalid JSON: {exc}") from exc
        # a company board inside a title is abbreviated as in running text: "Chủ tịch HĐQT" is "Chủ tịch
        # Hội đồng quản trị" (only boards: "Chủ tịch HĐND" is matched as title + body)
        for abbr in res.rules.get("title_board_abbreviations", []):
            full = org_abbrs.get(abbr)
            for t in title_rows if full else []:
                if t["title"].endswith(" " + full):
                    res.titles.add(t["title"][: -len(full)] + abbr, Entry("TITLE", t["title"], t["category"]))
        return res

    def head_of(self, name: str) -> str | None:
        """The longest org head a canonical name starts with ("Sở" for "Sở Y tế")."""
        sylls = list(syllables(build_match_text(name).fold))
        hit = self.org_heads.longest_at(sylls, 0)
        if not hit:
            return None
        end, entries = hit
        if entries[0].canonical != normalize_surface(entries[0].canonical):
            return None
        # map the syllable count back onto the name's own characters
        words = name.split(" ")
        count = 0
        for k, word in enumerate(words):
            count += len(syllables(build_match_text(word).fold))
            if count == end:
                return " ".join(words[: k + 1])
        return None

    def kind_of(self, canonical: str) -> str:
        head = self.head_of(canonical)
        return self.org_kind_by_head.get(head.lower(), "other") if head else "other"
