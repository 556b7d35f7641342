"""Rebuild Warta's Indonesian NLP pipeline from ``../shared/data`` (``make models``).

Steps (each can be run alone with ``--steps``):

1. ``corpora``  - convert UD and NER data to spaCy DocBins under ``build/nlp/``.
   UD train: GSD r2.1 train (clitics split to the v2.9+ tokenisation, tags and relations
   harmonised to the current guidelines, see warta.nlp.harmonise) + CSUI train x2 + GSD v2.17
   dev minus its last 150 sentences x2; UD dev: those 150 sentences.
   NER train: idner-news-2k train + NER-UI, every sentence that also occurs in idner-news-2k dev
   or test dropped (leakage guard), plus augmented copies (warta.nlp.augment: datelines, a
   country between a title and a name, Korean and Chinese names); NER dev: idner dev;
2. ``vectors``  - floret vectors on CLICK-ID (with ``--vectors floret``, the default);
3. ``ud``       - train tok2vec + morphologizer + lemmatizer + parser (training/ud.cfg);
4. ``ner``      - train the NER with its own small tok2vec (training/ner.cfg);
5. ``ablation`` - the same NER and UD without vectors, for the with/without tables;
6. ``assemble`` - UD pipeline + rule sentence segmenter + NER + entity trimming + GPE rules
   (warta.nlp.places) into ``src/warta/models/id_news``;
7. ``eval``     - run scripts/eval_nlp.py, which writes docs/models.md.

Fixed seeds (``[system] seed = 0``); run with one thread (the Makefile sets the variables).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

import warta.nlp.entities  # noqa: E402
import warta.nlp.places  # noqa: E402
import warta.nlp.sentences  # noqa: E402
import warta.nlp.tokenizer  # noqa: E402  (registers the tokenizer used by the configs)
from warta.nlp.augment import datelines, east_asian_names, title_country_names  # noqa: E402
from warta.nlp.corpora import NerSentence, read_conllu, read_ner, sentence_doc  # noqa: E402
from warta.nlp.harmonise import learn  # noqa: E402
from warta.nlp.lang import abbreviations  # noqa: E402
from warta.nlp.lang import east_asian_names as name_parts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("corpora", "vectors", "ud", "ner", "ablation", "assemble", "eval")
MODEL_NAME = "id_news"
MODEL_VERSION = "0.1.0"
TOKENIZER = warta.nlp.tokenizer.TOKENIZER_NAME
VECTOR_DIM = 64
UD_DEV_HELD_OUT = 150
"""The last sentences of GSD v2.17 dev are the UD dev set (model selection), not trained on."""
CURRENT_GUIDELINES_WEIGHT = 2
"""CSUI and GSD v2.17 dev follow the test set's guidelines: each is seen this many times."""
DATELINE_SHARE = 0.1
TITLE_COUNTRY_SHARE = 0.5
EAST_ASIAN_NAME_SHARE = 0.2
"""Shares of NER training sentences copied with a dateline / a country before a name / a
person renamed to a Korean or Chinese name (warta.nlp.augment)."""
VECTOR_BUCKET = 50000


def shared_data(shared: Path) -> Path:
    data = shared / "data"
    needed = [data / "ud" / "gsd_r2.1", data / "ud" / "csui", data / "ner" / "idner_news_2k"]
    missing = [str(p) for p in needed if not p.is_dir()]
    if missing:
        sys.exit(
            f"error: training data not found ({', '.join(missing)}).\n"
            f"make models needs the shared data folder: pass --shared PATH (or SHARED=PATH)."
        )
    return data


def save(docs: DocBin, path: Path) -> None:
    """Write atomically: a training run may be reading the previous file."""
    tmp = path.with_suffix(".tmp")
    docs.to_disk(tmp)
    os.replace(tmp, path)


def ner_doc(nlp: spacy.language.Language, sentence: NerSentence) -> Doc:
    words = list(sentence.words)
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in sentence.spans]
    return doc


def build_corpora(data: Path, work: Path) -> None:
    nlp = spacy.blank("id")
    ud = data / "ud"
    gsd_dev = list(read_conllu(ud / "gsd/id_gsd-ud-dev.conllu"))
    gsd_train_part, gsd_dev_part = gsd_dev[:-UD_DEV_HELD_OUT], gsd_dev[-UD_DEV_HELD_OUT:]
    csui = list(read_conllu(ud / "csui/id_csui-ud-train.conllu"))
    train_ids = {s.sent_id for s in gsd_train_part}
    old_dev = [
        s
        for s in read_conllu(ud / "gsd_r2.1/id-ud-dev.conllu", split_clitics=True)
        if s.sent_id in train_ids
    ]
    harmoniser = learn(old_dev, gsd_train_part, [*gsd_train_part, *csui])
    print(
        f"[corpora] r2.1 -> v2.17 mapping from {len(old_dev)} parallel sentences: "
        f"{len(harmoniser.upos)} UPOS, {len(harmoniser.deprel_lexical)} lexical + "
        f"{len(harmoniser.deprel_structural)} structural relation rules, "
        f"{len(harmoniser.lemma)} lemmas, {len(harmoniser.feats)} feature sets"
    )
    old_train = [
        harmoniser.apply(s)
        for s in read_conllu(ud / "gsd_r2.1/id-ud-train.conllu", split_clitics=True)
    ]
    train_sets = [
        ("gsd_r2.1 train (harmonised)", old_train, 1),
        ("csui train", csui, CURRENT_GUIDELINES_WEIGHT),
        (f"gsd v2.17 dev minus last {UD_DEV_HELD_OUT}", gsd_train_part, CURRENT_GUIDELINES_WEIGHT),
    ]
    train = DocBin(store_user_data=False)
    for name, sentences, weight in train_sets:
        for _ in range(weight):
            for sentence in sentences:
                train.add(sentence_doc(nlp.vocab, sentence))
        print(f"[corpora] UD train += {name}: {len(sentences)} sentences x {weight}")
    save(train, work / "ud-train.spacy")
    dev = DocBin(store_user_data=False)
    for sentence in gsd_dev_part:
        dev.add(sentence_doc(nlp.vocab, sentence))
    save(dev, work / "ud-dev.spacy")
    print(f"[corpora] UD dev = last {len(dev)} sentences of gsd v2.17 dev")

    ner = data / "ner"
    idner = ner / "idner_news_2k"
    held_out = {s.key() for s in read_ner(idner / "test.txt")}
    held_out |= {s.key() for s in read_ner(idner / "dev.txt")}
    ner_train = DocBin(store_user_data=False)
    kept_sentences: list[NerSentence] = []
    for name, path in [
        ("idner train", idner / "train.txt"),
        ("NER-UI", ner / "indolem_ner/nerui/nergithub.txt"),
    ]:
        kept = dropped = 0
        for sentence in read_ner(path):
            if sentence.key() in held_out:
                dropped += 1
                continue
            kept_sentences.append(sentence)
            kept += 1
        print(
            f"[corpora] NER train += {name}: {kept} sentences, {dropped} dropped (in idner dev/test)"
        )
    rng = random.Random(0)
    places = sorted(
        {
            s.words[a]
            for s in kept_sentences
            for a, b, label in s.spans
            if label == "LOC" and b == a + 1 and s.words[a].isalpha() and len(s.words[a]) >= 4
        }
    )
    countries = read_countries(data)
    extra = datelines(kept_sentences, places, share=DATELINE_SHARE, rng=rng)
    short_forms = {a.expansion: a.form for a in abbreviations() if a.kind == "acronym"}
    extra += title_country_names(
        kept_sentences, countries, share=TITLE_COUNTRY_SHARE, rng=rng, acronyms=short_forms
    )
    renamed = east_asian_names(kept_sentences, name_parts(), share=EAST_ASIAN_NAME_SHARE, rng=rng)
    extra += renamed
    print(
        f"[corpora] NER train += {len(extra)} augmented sentences (datelines, title + country "
        f"+ name; {len(places)} places, {len(countries)} countries; {len(renamed)} with a "
        f"Korean or Chinese name)"
    )
    for sentence in [*kept_sentences, *extra]:
        ner_train.add(ner_doc(nlp, sentence))
    save(ner_train, work / "ner-train.spacy")
    ner_dev = DocBin(store_user_data=False)
    for sentence in read_ner(idner / "dev.txt"):
        ner_dev.add(ner_doc(nlp, sentence))
    save(ner_dev, work / "ner-dev.spacy")
    print(f"[corpora] NER dev = idner dev: {len(ner_dev)} sentences")


def read_countries(data: Path) -> list[str]:
    """Indonesian country names (CLDR), simple ones only (no brackets or abbreviations)."""
    path = data / "places" / "countries_cldr" / "country.json"
    if not path.is_file():
        return []
    names = json.loads(path.read_text(encoding="utf-8")).values()
    return sorted(n for n in names if all(part.isalpha() for part in n.split()))


def build_vectors(data: Path, work: Path, *, dim: int, bucket: int) -> None:
    """floret vectors (subword hashing, fixed-size table) on CLICK-ID titles and bodies."""
    import floret

    source = data / "news" / "clickid" / "clickid_articles.jsonl"
    if not source.is_file():
        sys.exit(f"error: {source} not found (needed for --vectors)")
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    text_path = work / "vectors-text.txt"
    started = time.perf_counter()
    words = 0
    # One thread: floret (fastText) seeds each worker with its thread id, so this is repeatable.
    with text_path.open("w", encoding="utf-8") as out:
        for line in source.open(encoding="utf-8"):
            article = json.loads(line)
            # CLICK-ID joins paragraphs with commas; a comma before a capital starts a paragraph.
            body = re.sub(r",+(?=[A-Z\"“])", "\n", article.get("content") or "")
            for text in [article.get("title") or "", *body.split("\n")]:
                tokens = [t.text for t in nlp(text) if not t.is_space]
                if tokens:
                    out.write(" ".join(tokens) + "\n")
                    words += len(tokens)
    print(f"[vectors] {words:,} tokens of CLICK-ID text ({time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    model = floret.train_unsupervised(
        str(text_path),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=bucket,
        minn=3,
        maxn=5,
        dim=dim,
        epoch=5,
        minCount=3,
        thread=1,
        verbose=0,
    )
    floret_path = work / "vectors.floret"
    model.save_floret_vectors(str(floret_path))
    print(f"[vectors] floret dim {dim}, bucket {bucket}: {time.perf_counter() - started:.0f} s")
    subprocess.check_call(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "id",
            str(floret_path),
            str(work / "vectors"),
            "--mode",
            "floret",
        ]
    )


def train(
    config: Path,
    output: Path,
    train_path: Path,
    dev_path: Path,
    steps: int | None,
    vectors: Path | None = None,
    embed: str = "",
) -> None:
    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
        overrides[f"{embed}.include_static_vectors"] = True
    if steps is not None:
        overrides["training.max_steps"] = steps
    if output.exists():
        shutil.rmtree(output)
    started = time.perf_counter()
    spacy_train(config, output, overrides=overrides, use_gpu=-1)
    print(f"[train] {config.name}: {time.perf_counter() - started:.0f} s")


def assemble(work: Path, out: Path, *, suffix: str) -> None:
    nlp = spacy.load(work / f"ud{suffix}" / "model-best")
    ner_nlp = spacy.load(work / f"ner{suffix}" / "model-best")
    nlp.add_pipe(warta.nlp.sentences.COMPONENT_NAME, before="parser")
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe(warta.nlp.entities.COMPONENT_NAME, after="ner")
    nlp.add_pipe(warta.nlp.places.COMPONENT_NAME, after=warta.nlp.entities.COMPONENT_NAME)
    nlp.meta["name"] = MODEL_NAME
    nlp.meta["version"] = MODEL_VERSION
    nlp.meta["description"] = (
        "Warta Indonesian news pipeline: tokenizer, sentences, UPOS+features, lemmas, "
        "dependencies (UD GSD r2.1 train + CSUI train + GSD v2.17 dev), entities PER/ORG/LOC "
        "(idner-news-2k train + NER-UI) and GPE (LOC in a gazetteer). Built by scripts/train_models.py."
    )
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on UD Indonesian GSD/CSUI)"
    nlp.meta.pop("performance", None)
    for key in ("train", "dev", "vectors"):
        nlp.config["paths"][key] = None  # build paths of this machine; not used when loading
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"[assemble] {out}: {total / 1e6:.1f} MB, pipeline {nlp.pipe_names}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "nlp")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "warta" / "models" / MODEL_NAME)
    parser.add_argument("--steps", default=",".join(STEPS), help=f"subset of {','.join(STEPS)}")
    parser.add_argument("--ud-max-steps", type=int, default=None)
    parser.add_argument("--ner-max-steps", type=int, default=None)
    parser.add_argument(
        "--vectors",
        choices=("none", "floret"),
        default="floret",
        help="static vectors trained here on CLICK-ID (floret), or none",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        parser.error(f"unknown steps {unknown}; choose from {STEPS}")
    data = shared_data(args.shared)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    training = ROOT / "training"
    use_vectors = args.vectors == "floret"
    suffix = "-vec" if use_vectors else ""
    vectors = work / "vectors" if use_vectors else None
    if "corpora" in steps:
        build_corpora(data, work)
    if "vectors" in steps and use_vectors:
        build_vectors(data, work, dim=VECTOR_DIM, bucket=VECTOR_BUCKET)
    if "ud" in steps:
        train(
            training / "ud.cfg",
            work / f"ud{suffix}",
            work / "ud-train.spacy",
            work / "ud-dev.spacy",
            args.ud_max_steps,
            vectors,
            "components.tok2vec.model.embed",
        )
    if "ner" in steps:
        train(
            training / "ner.cfg",
            work / f"ner{suffix}",
            work / "ner-train.spacy",
            work / "ner-dev.spacy",
            args.ner_max_steps,
            vectors,
            "components.ner.model.tok2vec.embed",
        )
    if "ablation" in steps and use_vectors:
        # The same NER and UD without static vectors, for the with/without tables in
        # docs/models.md.
        train(
            training / "ner.cfg",
            work / "ner-novec",
            work / "ner-train.spacy",
            work / "ner-dev.spacy",
            args.ner_max_steps,
        )
        train(
            training / "ud.cfg",
            work / "ud-novec",
            work / "ud-train.spacy",
            work / "ud-dev.spacy",
            args.ud_max_steps,
        )
    if "assemble" in steps:
        assemble(work, args.out, suffix=suffix)
    if "eval" in steps:
        command = [
            sys.executable,
            str(ROOT / "scripts" / "eval_nlp.py"),
            "--shared",
            str(args.shared),
            "--model",
            str(args.out),
            "--write-docs",
            str(ROOT / "docs" / "models.md"),
        ]
        minutes = (time.perf_counter() - started) / 60
        command += [
            "--build-note",
            f"steps {','.join(steps)} took {minutes:.0f} min wall before the scoring, one "
            f"thread, {time.strftime('%Y-%m-%d', time.gmtime())}",
        ]
        for label, folder in [
            ("NER with floret vectors (shipped)", work / f"ner{suffix}" / "model-best"),
            ("NER without vectors", work / "ner-novec" / "model-best"),
            ("UD with floret vectors (shipped)", work / f"ud{suffix}" / "model-best"),
            ("UD without vectors", work / "ud-novec" / "model-best"),
        ]:
            if folder.is_dir():
                command += ["--ablation", f"{label}={folder}"]
        return subprocess.call(command)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
