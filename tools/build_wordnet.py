"""Build seedbed's offline thesaurus (``src/seedbed/data/wordnet.json.gz``) from WordNet 3.0's database files.

Usage::

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wordnet-base
    python tools/build_wordnet.py /tmp/wordnet-base/usr/share/wordnet

Run by a developer when the data should change, never at install or run time: the output is committed. It keeps
what seedbed reads (``seedbed.thesaurus``): for nouns, verbs and adjectives each synset's lexicographer file
(``noun.person``...), its words, and its hypernyms (nouns, verbs) or similar-to sets (adjectives); each word's
synsets in WordNet's order (most frequent sense first); and the irregular forms of the exception lists
(``mice`` -> ``mouse``); and, for nouns, the sex a synset's words or gloss give it (``groom``: "a man
participant in his own marriage ceremony", ``Mrs``: "a form of address for a married woman"; r46).
WordNet 3.0 licence: ``src/seedbed/data/WORDNET_LICENSE``.
"""
import gzip
import json
import re
import sys
from pathlib import Path

POS = {"n": "noun", "v": "verb", "a": "adj"}
LINKS = {"n": ("@", "@i"), "v": ("@",), "a": ("&",)}  # hypernyms, instance hypernyms; adjectives: similar to


def lexnames(root: Path) -> list[str]:
    """WordNet's 45 lexicographer file names by number (the ``lexnames`` file is not in Debian's package)."""
    return ["adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
            "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
            "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
            "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
            "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition",
            "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
            "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
            "verb.weather", "adj.ppl"]


#: Words of a gloss's first clause that give a sex (the synset is a man's or a woman's: "a woman religious").
_SEXES = {"M": frozenset("man men male males boy boys".split()),
          "F": frozenset("woman women female females girl girls".split())}


#: Words that end a gloss's head: what follows says what the synset does or whom it concerns ("one who
#: accompanies a young woman" is no woman).
_CLAUSE_ENDS = frozenset("who whom whose that which when where with without in at on from to by having as into".split())


def gloss_sex(gloss: str) -> str | None:
    """'M' or 'F' where the head of a gloss's first clause (its asides in brackets left out, up to the first
    relative word or preposition but 'of' and 'for') names one sex only: "a man participant", "a form of address
    for a woman"."""
    clause = re.sub(r"\([^)]*\)", " ", gloss.split(";")[0].split('"')[0]).lower()
    head: list[str] = []
    for word in re.findall(r"[a-z]+", clause):
        if word in _CLAUSE_ENDS:
            break
        head.append(word)
    found = [sex for sex, said in _SEXES.items() if set(head) & said]
    return found[0] if len(found) == 1 else None


def sexes(root: Path) -> dict[int, str]:
    """Each noun synset (by its position in ``read``'s list) whose words ('male person') or else whose gloss
    gives it a sex: 'M' or 'F'."""
    out: dict[int, str] = {}
    for i, line in enumerate(x for x in (root / "data.noun").read_text(encoding="latin-1").splitlines()
                             if not x.startswith("  ")):
        f = line.split(" | ")[0].split()
        words = [set(re.findall(r"[a-z]+", f[4 + 2 * k].lower())) for k in range(int(f[3], 16))]
        named = [sex for sex, said in _SEXES.items()  # 'male', 'male person' (not 'medical man': a doctor)
                 if any(w & said and w <= said | {"person", "adult", "young"} for w in words)]
        sex = named[0] if len(named) == 1 else gloss_sex(line.split(" | ", 1)[1]) if " | " in line else None
        if sex:
            out[i] = sex
    return out


def read(root: Path, pos: str) -> tuple[list, dict[str, list[int]]]:
    offsets: dict[str, int] = {}
    raw = []
    for line in (root / f"data.{POS[pos]}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower().replace("_", " ") for i in range(n)]
        words = [w[:w.index("(")] if "(" in w else w for w in words]  # "galore(ip)": an adjective's position marker
        k = 4 + 2 * n
        links = [f[k + 2 + 4 * i] for i in range(int(f[k])) if f[k + 1 + 4 * i] in LINKS[pos]]
        offsets[f[0]] = len(raw)
        raw.append((int(f[1]), list(dict.fromkeys(words)), links))
    synsets = [[lex, words, [offsets[o] for o in links if o in offsets]] for lex, words, links in raw]
    index: dict[str, list[int]] = {}
    for line in (root / f"index.{POS[pos]}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        count = int(f[2])
        index[f[0].replace("_", " ")] = [offsets[o] for o in f[-count:]]
    return synsets, index


def exceptions(root: Path, pos: str) -> dict[str, str]:
    out = {}
    for line in (root / f"{POS[pos]}.exc").read_text(encoding="latin-1").splitlines():
        f = line.split()
        if len(f) >= 2:
            out[f[0].replace("_", " ")] = f[1].replace("_", " ")
    return out


def main(root: Path, out: Path) -> None:
    data = {"lexnames": lexnames(root), "synsets": {}, "index": {}, "exceptions": {}}
    for pos in POS:
        data["synsets"][pos], data["index"][pos] = read(root, pos)
        data["exceptions"][pos] = exceptions(root, pos)
    data["sex"] = {"n": sexes(root)}
    blob = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    with gzip.GzipFile(out, "wb", mtime=0) as fh:  # mtime 0: the same input gives the same bytes
        fh.write(blob)
    print(f"{out}: {sum(len(s) for s in data['synsets'].values())} synsets, "
          f"{sum(len(i) for i in data['index'].values())} words, {out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "src/seedbed/data/wordnet.json.gz")
