"""Build seedbed's offline thesaurus (``src/seedbed/data/wordnet.json.gz``) from WordNet 3.0's database files.

Usage::

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wordnet-base
    python tools/build_wordnet.py /tmp/wordnet-base/usr/share/wordnet

Run by a developer when the data should change, never at install or run time: the output is committed. It keeps
what seedbed reads (``seedbed.thesaurus``): for nouns, verbs and adjectives each synset's lexicographer file
(``noun.person``...), its words, and its hypernyms (nouns, verbs) or similar-to sets (adjectives); each word's
synsets in WordNet's order (most frequent sense first); and the irregular forms of the exception lists
(``mice`` -> ``mouse``). WordNet 3.0 licence: ``src/seedbed/data/WORDNET_LICENSE``.
"""
import gzip
import json
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
    blob = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    with gzip.GzipFile(out, "wb", mtime=0) as fh:  # mtime 0: the same input gives the same bytes
        fh.write(blob)
    print(f"{out}: {sum(len(s) for s in data['synsets'].values())} synsets, "
          f"{sum(len(i) for i in data['index'].values())} words, {out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "src/seedbed/data/wordnet.json.gz")
