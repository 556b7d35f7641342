"""Full evaluation of the NLP pipeline on the shared test sets (``make eval-nlp``).

Scores from raw text (the pipeline's own tokenizer and segmenter; see warta.nlp.evaluate):
UD GSD v2.17 test, CSUI test, PUD test; idner-news-2k test (per label) and NERGrit dev
(encyclopaedic, labels mapped, never trained on). Fails (exit 1) if a pinned floor is missed.
``--write-docs docs/models.md`` also writes the model card.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402

import warta.nlp  # noqa: E402
from warta.nlp.corpora import read_conllu, read_ner  # noqa: E402
from warta.nlp.evaluate import (  # noqa: E402
    UD_METRICS,
    Counts,
    NerScores,
    UdScores,
    score_ner,
    score_segmentation,
    score_ud,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the eval package (hand-checked GPE samples)

UD_SETS = {
    "GSD v2.17 test": "ud/gsd/id_gsd-ud-test.conllu",
    "CSUI test": "ud/csui/id_csui-ud-test.conllu",
    "PUD test": "ud/pud/id_pud-ud-test.conllu",
}
NER_SETS = {
    "idner-news-2k test": "ner/idner_news_2k/test.txt",
    "NERGrit dev (not trained on)": "ner/indonlu_nergrit/valid_preprocess.txt",
}

# Floors: the measured score rounded down; they only move up (CONTRIBUTING.md).
FLOORS: dict[tuple[str, str], float] = {
    ("ud", "GSD v2.17 test/upos"): 92.5,
    ("ud", "GSD v2.17 test/las"): 72.0,
    ("ud", "CSUI test/upos"): 93.0,
    ("ud", "CSUI test/las"): 71.0,
    ("ud", "PUD test/las"): 66.0,
    ("ner", "idner-news-2k test/full/all/f1"): 87.0,
    ("ner", "idner-news-2k test/fast/all/f1"): 87.0,
    ("gpe", "gpe_sample.tsv/p"): 95.0,
    ("gpe", "gpe_heldout.tsv/p"): 95.0,
}


def load_model(path: Path | None, mode: str) -> Any:
    if path is None:
        return warta.nlp.load(mode)
    exclude = list(warta.nlp.FAST_EXCLUDE) if mode == "fast" else []
    return spacy.load(path, exclude=exclude)


def model_size(path: Path) -> tuple[float, float, str]:
    files = [p for p in path.rglob("*") if p.is_file()]
    biggest = max(files, key=lambda p: p.stat().st_size)
    return (
        sum(p.stat().st_size for p in files) / 1e6,
        biggest.stat().st_size / 1e6,
        str(biggest.relative_to(path)),
    )


def evaluate(shared: Path, model: Path | None) -> dict[str, Any]:
    data = shared / "data"
    if not (data / "ud").is_dir() or not (data / "ner").is_dir():
        sys.exit(f"error: {data} not found; make eval-nlp needs the shared data (SHARED=PATH)")
    full = load_model(model, "full")
    fast = load_model(model, "fast")
    results: dict[str, Any] = {"ud": {}, "ner": {}, "segmentation": {}}
    for name, rel in UD_SETS.items():
        path = data / rel
        if not path.is_file():
            print(f"skip {name}: {path} missing", file=sys.stderr)
            continue
        sentences = list(read_conllu(path))
        ud: UdScores = score_ud(full, sentences)
        results["ud"][name] = {
            "sentences": ud.sentences,
            "words": ud.words,
            "words_per_second": round(ud.words_per_second),
            **{m: round(ud.f1(m), 2) for m in UD_METRICS},
        }
        seg: Counts = score_segmentation(fast, sentences)
        results["segmentation"][name] = {
            "p": round(seg.precision, 2),
            "r": round(seg.recall, 2),
            "f1": round(seg.f1, 2),
        }
        print(f"{name}: {results['ud'][name]}")
    for name, rel in NER_SETS.items():
        path = data / rel
        if not path.is_file():
            print(f"skip {name}: {path} missing", file=sys.stderr)
            continue
        ner_sentences = list(read_ner(path))
        entry: dict[str, Any] = {}
        for mode, nlp in (("full", full), ("fast", fast)):
            scores: NerScores = score_ner(nlp, ner_sentences)
            entry[mode] = {
                "sentences": scores.sentences,
                "words_per_second": round(scores.words_per_second),
                "all": _prf(scores.total),
                **{label: _prf(c) for label, c in sorted(scores.labels.items())},
            }
        results["ner"][name] = entry
        print(f"{name}: {entry['fast']['all']} (fast), {entry['full']['all']} (full)")
    results["gpe"] = evaluate_gpe()
    path = model if model is not None else warta.nlp.model_path()
    total, biggest, biggest_name = model_size(path)
    results["model"] = {
        "path": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
        "total_mb": round(total, 1),
        "largest_file_mb": round(biggest, 1),
        "largest_file": biggest_name,
        "pipeline": list(full.pipe_names),
        "vectors": (
            f"floret vectors: {full.vocab.vectors.shape[0]:,} hashed rows x "
            f"{full.vocab.vectors.shape[1]} dims (mode {full.vocab.vectors.mode})"
            if full.vocab.vectors.shape[0]
            else "no static vectors"
        ),
    }
    return results


def evaluate_ablations(shared: Path, variants: list[str]) -> list[dict[str, Any]]:
    """Scores of extra model folders (``label=path``): NER on idner test, UD on GSD test."""
    data = shared / "data"
    rows: list[dict[str, Any]] = []
    for variant in variants:
        label, _, raw_path = variant.partition("=")
        nlp = spacy.load(Path(raw_path))
        row: dict[str, Any] = {"label": label, "pipeline": list(nlp.pipe_names)}
        if "ner" in nlp.pipe_names:
            ner_scores = score_ner(nlp, list(read_ner(data / NER_SETS["idner-news-2k test"])))
            row["idner_test"] = _prf(ner_scores.total)
            row["words_per_second"] = round(ner_scores.words_per_second)
        if "parser" in nlp.pipe_names:
            ud = score_ud(nlp, list(read_conllu(data / UD_SETS["GSD v2.17 test"])))
            row["gsd_test"] = {m: round(ud.f1(m), 2) for m in ("upos", "uas", "las")}
        print(f"ablation {label}: {row}")
        rows.append(row)
    return rows


def evaluate_gpe() -> dict[str, dict[str, float]]:
    """The GPE rule (warta.nlp.places) on the hand-checked samples of eval/nlp."""
    from eval.nlp.score_gpe import SAMPLES, read_sample
    from eval.nlp.score_gpe import score as score_gpe

    out = {}
    for sample in SAMPLES:
        counts, _errors = score_gpe(read_sample(sample))
        out[sample.name] = _prf(counts)
    return out


def _prf(counts: Counts) -> dict[str, float]:
    return {
        "p": round(counts.precision, 2),
        "r": round(counts.recall, 2),
        "f1": round(counts.f1, 2),
        "gold": counts.gold,
    }


def check_floors(results: dict[str, Any]) -> list[str]:
    failures = []
    for (section, key), floor in FLOORS.items():
        value = _lookup(results, section, key)
        if value is None or value < floor:
            failures.append(f"{section} {key}: {value} < floor {floor}")
    return failures


def _lookup(results: dict[str, Any], section: str, key: str) -> float | None:
    node: Any = results.get(section)
    for part in key.split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


TARGETS = [
    ("UPOS, GSD v2.17 test", "ud", "GSD v2.17 test/upos", 93.0),
    ("LAS, GSD v2.17 test", "ud", "GSD v2.17 test/las", 70.0),
    ("entity F1, idner-news-2k test (full)", "ner", "idner-news-2k test/full/all/f1", 87.0),
    ("entity F1, idner-news-2k test (fast)", "ner", "idner-news-2k test/fast/all/f1", 87.0),
]


def _target_rows(results: dict[str, Any]) -> list[str]:
    rows = []
    for label, section, key, target in TARGETS:
        value = _lookup(results, section, key)
        verdict = "met" if value is not None and value >= target else "MISSED"
        rows.append(f"| {label} | >= {target:g} | {value} | {verdict} |")
    return rows


GAP_NOTES = {
    "UPOS, GSD v2.17 test": " (the largest treebank here, GSD r2.1 train, follows older "
    "guidelines, see warta.nlp.harmonise; NOUN/PROPN is the most frequent confusion)",
}


def _known_gaps(results: dict[str, Any]) -> str:
    gaps = [
        f"{label} is below {target:g}" + GAP_NOTES.get(label, "")
        for label, section, key, target in TARGETS
        if (_lookup(results, section, key) or 0.0) < target
    ]
    gaps += [
        "tried for UPOS and not kept: a tagger trained on UPOS alone beside the morphologizer, "
        "with ordinals and previous-word context added to the harmonisation, gave GSD v2.17 "
        "test UPOS 92.36 and LAS 72.16 in a full rebuild, but CSUI test LAS 70.1, under its "
        "floor",
        "also tried for UPOS on 2026-11-22 and not kept, each UD model alone scored from raw "
        "text on the held-out last 150 sentences of GSD v2.17 dev (the shipped UD: UPOS 92.78, "
        "LAS 72.51): larger hash-embedding tables 92.84 / 72.65; the current-guideline data "
        "three times instead of twice 92.93 / 71.57; tok2vec width 128 92.52 / 72.89; 8,000 "
        "nlp_id sentences added (tags mapped to UPOS through the UD lexicon, no parse) 92.11 / "
        "72.01, with their nouns only (NN/NNP) behind the shipped run at every checkpoint; "
        "UPOS taken as the POS with the largest summed probability over the morphologizer's "
        "POS+features labels 92.84 (no retraining). None is a gain beyond a few words of the "
        "3,254, and the r2.1 to v2.17 mapping leaves few NOUN/PROPN differences to fix (on the "
        "parallel dev sentences held out from learning it, 97.7% of the mapped r2.1 tags "
        "agree with v2.17, and NOUN/PROPN is not among the disagreements): the confusion is "
        "the model's, on capitalised words inside names",
        "GPE comes from a gazetteer rule, not from the statistical NER (the NER corpora label "
        "countries and cities LOC alike): foreign cities the actor knowledge base does not list "
        "(`Misrata`, `Urumqi`) stay LOC",
        "since 2026-11-22 the tokenizer writes what UD GSD v2.17 dev writes as two tokens as "
        "two (the full stop of titles, abbreviations and initials: `Dr.`, `No.`, `dll.`, `B.`; "
        "-nya after hyphenated words and in `katanya`, `usahanya`, `semuanya`; -pun after "
        "`atau`, `apa`; opening double backticks, hashtags, primes), which raised UPOS with "
        "the same weights (GSD v2.17 dev, where the rules were written: Tokens 98.61 to 99.41, "
        "UPOS 95.45 to 96.11, on its last 150 sentences, held out from training, 92.78 to "
        "93.21; GSD v2.17 test, scored once: UPOS 92.26 to 92.64); the token errors left on "
        "GSD dev are mostly -lah, -ku and -mu after content words (`berkatalah`, `hatimu`: a "
        "verb and noun lexicon would be needed) and -nya words GSD leaves whole (`gaungnya`); "
        "where CSUI differs (it keeps `No.` and `Ltd.` whole and splits `adanya`, `lainnya` "
        "and number ranges), the tokenizer follows GSD; no post-tagging rule was added: on "
        "GSD v2.17 dev, of the tokens that are all punctuation or symbols (1,870) or digits "
        "(296), 8 are mistagged, 4 of them dashes UD tags X, so a rule (digits NUM, primes "
        "SYM) would fix 3 words",
    ]
    return "Known gaps: " + "; ".join(gaps) + "."


def render(results: dict[str, Any]) -> str:
    ud = results["ud"]
    ner = results["ner"]
    model = results["model"]
    lines = [
        "# Models",
        "",
        "Warta's Indonesian pipeline `id_news` (spaCy 3.8), trained here from `../shared/data/`",
        "by `make models` (scripts/train_models.py, configs in training/, seed 0, one thread).",
        "Written by scripts/eval_nlp.py; scored on "
        f"{results.get('evaluated_at') or time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        "## Targets (issue 3)",
        "",
        "| measure | target | measured | |",
        "|---|---|---|---|",
        *_target_rows(results),
        "",
        "Speed targets (one core: >= 10,000 words/s full, >= 40,000 tokenizer + sentences + NER) "
        "are measured by `make bench-nlp`; see docs/benchmarks.md, section NLP.",
        "",
        _known_gaps(results),
        "",
        "## What is in it",
        "",
        f"Pipeline: {', '.join(model['pipeline'])} (tokenizer: `warta.id_news_tokenizer.v1`).",
        f"Size: {model['total_mb']} MB in `{model['path']}`; largest file "
        f"`{model['largest_file']}` {model['largest_file_mb']} MB; {model['vectors']}.",
        "",
        "| component | trained on | notes |",
        "|---|---|---|",
        "| tokenizer | rules + `src/warta/lang/id/abbreviations.tsv`, `clitics.tsv` | splits "
        "-nya/-lah/-kah/-pun and the full stop of titles, abbreviations and initials like UD "
        "GSD v2.17; keeps dates, clock times, hyphenated words |",
        "| warta_sentences | rules | newlines, datelines, final punctuation outside quotes |",
        "| vectors | CLICK-ID titles + bodies (6.5 M tokens) | floret (fastText with hashed "
        "subwords), cbow, 5 epochs, one thread |",
        "| tok2vec (width 96, depth 4) + morphologizer + trainable_lemmatizer + parser | GSD "
        "r2.1 train (clitics re-split, UPOS/relations harmonised to the current guidelines from "
        "the parallel r2.1/v2.17 dev sentences, lemmas/features projected where unambiguous) + "
        "CSUI train x2 + GSD v2.17 dev minus 150 sentences x2 | dev: the last 150 sentences of "
        "GSD v2.17 dev |",
        "| ner (own tok2vec: width 64, depth 2, 2 maxout pieces; hidden width 32) | "
        "idner-news-2k train + NER-UI (all 2,126 sentences) + augmented copies (datelines; a "
        "country, sometimes with its short form, between a title and a name; a person renamed "
        "to a generated Korean or Chinese name, `src/warta/lang/id/east_asian_names.tsv`) | "
        "sentences also in idner dev/test are dropped before training (3 found); dev: idner "
        "dev |",
        "| warta_entity_trim | rules | punctuation at entity edges |",
        "| warta_places | rules + the actor knowledge base's gazetteers (countries, capitals, "
        "cities, Indonesian provinces, regencies and cities; `src/warta/lang/id/place_words.tsv`) "
        "| a LOC entity that is a country, province, regency or city becomes GPE "
        "(warta.nlp.places) |",
        "",
        "## Dependencies and tags (raw text in, CoNLL 2018-style aligned F1)",
        "",
        "Scored from raw text with Warta's own tokenizer and segmenter: a gold word counts only "
        "when a predicted token has exactly its character span, so tokenisation errors cost "
        "every column. LAS compares universal relations (CoNLL 2018); `LAS full` also subtypes. "
        "Punctuation is scored.",
        "",
        "| data set | sentences | words | Tokens | UPOS | UFeats | Lemma | UAS | LAS | LAS full "
        "| words/s (full) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, row in ud.items():
        lines.append(
            f"| {name} | {row['sentences']} | {row['words']} | {row['tokens']:.1f} | "
            f"{row['upos']:.1f} | {row['feats']:.1f} | {row['lemma']:.1f} | {row['uas']:.1f} | "
            f"{row['las']:.1f} | {row['las_full']:.1f} | {row['words_per_second']:,} |"
        )
    lines += [
        "",
        "Published references (data README): IndoLEM biaffine parsers on the older GSD: UAS/LAS "
        "87.1/82.3 (IndoBERT), 85.3/80.4 (BiLSTM); a UDPipe 1 model trained here on CSUI train + "
        "GSD dev: UPOS/UAS/LAS 88.8/74.0/63.9 on GSD test. Targets (issue 3): UPOS >= 93 and "
        "LAS >= 70 on GSD v2.17 test.",
        "",
        "Sentence segmentation (rules only; gold sentences joined 8 to a paragraph and re-split; "
        "UD sentences that hold two orthographic sentences count as errors):",
        "",
        "| data set | P | R | F1 |",
        "|---|---|---|---|",
    ]
    for name, row in results["segmentation"].items():
        lines.append(f"| {name} | {row['p']:.1f} | {row['r']:.1f} | {row['f1']:.1f} |")
    lines += [
        "",
        "## Named entities (exact span and label)",
        "",
        "`fast` = tokenizer + sentences + NER; `full` = the whole pipeline (same NER weights).",
        "",
        "| data set | mode | label | P | R | F1 | gold entities |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, entry in ner.items():
        for mode in ("fast", "full"):
            block = entry[mode]
            for label in ["all", *sorted(k for k in block if k not in {"all", "sentences"})]:
                if label == "words_per_second":
                    continue
                row = block[label]
                lines.append(
                    f"| {name} | {mode} | {label} | {row['p']:.1f} | {row['r']:.1f} | "
                    f"{row['f1']:.1f} | {row['gold']} |"
                )
    lines += [
        "",
        "Published references (data README): a plain CRF trained here on idner train + NER-UI "
        "reaches 86.4 entity F1 on idner-news-2k test; IndoLEM (IndoBERT, 5-fold) NER-UI F1 90.1, "
        "NER-UGM 74.9; IndoNLU test F1 NERGrit 79.86 (NusaBERT-large; our NERGrit figure is on "
        "its dev split, out of domain, labels PERSON/PLACE/ORGANISATION mapped to PER/LOC/ORG). "
        "Target (issue 3): >= 87 F1 on idner-news-2k test.",
    ]
    gpe = results.get("gpe") or {}
    if gpe:
        lines += [
            "",
            "### GPE and LOC",
            "",
            "The NER corpora label every place LOC, so the pipeline's GPE is scored as LOC in the "
            "tables above (LOC + GPE merged against the corpora's LOC; the rule only relabels, so "
            "entity F1 is the same with or without it). The rule itself (`warta_places`: a LOC "
            "entity becomes GPE when it is a country, capital, listed city, Indonesian province, "
            "regency or city, or opens with an administrative unit word such as `Kabupaten`) is "
            "scored per mention on hand-checked samples of gold LOC entities "
            "(`python -m eval.nlp.score_gpe`): `gpe_sample.tsv` is every LOC entity of "
            "idner-news-2k dev (seen while the rule was written), `gpe_heldout.tsv` 100 LOC "
            "mentions drawn at random from NER-UI and labelled after it was written.",
            "",
            "| sample | P | R | F1 | gold GPE mentions |",
            "|---|---|---|---|---|",
        ]
        for name, row in gpe.items():
            lines.append(
                f"| {name} | {row['p']:.1f} | {row['r']:.1f} | {row['f1']:.1f} | {row['gold']} |"
            )
    ablations = results.get("ablations") or []
    ner_rows = [row for row in ablations if "idner_test" in row]
    ud_rows = [row for row in ablations if "gsd_test" in row]
    if ablations:
        lines += ["", "### With and without static vectors"]
    if ner_rows:
        lines += [
            "",
            "The same NER configuration, data and seed, trained with and without the floret "
            "vectors (`make models` steps `ner` and `ablation`), each run alone (tokenizer + NER, "
            "no segmenter or entity trimming) on idner-news-2k test:",
            "",
            "| variant | P | R | F1 | words/s while scoring |",
            "|---|---|---|---|---|",
        ]
        for row in ner_rows:
            ner_row = row["idner_test"]
            lines.append(
                f"| {row['label']} | {ner_row['p']} | {ner_row['r']} | {ner_row['f1']} | "
                f"{row.get('words_per_second', 0):,} |"
            )
    if ud_rows:
        lines += [
            "",
            "The same UD configuration, data and seed, trained with and without the floret "
            "vectors (`make models` steps `ud` and `ablation`), each run alone (tokenizer + UD "
            "components, no rule segmenter: the parser sets the sentences) on GSD v2.17 test:",
            "",
            "| variant | UPOS | UAS | LAS |",
            "|---|---|---|---|",
        ]
        for row in ud_rows:
            ud_row = row["gsd_test"]
            lines.append(
                f"| {row['label']} | {ud_row['upos']} | {ud_row['uas']} | {ud_row['las']} |"
            )
    lines += [
        "",
        "## Speed",
        "",
        "Words per second while scoring (one thread, `nlp.pipe`, short sentences, wall clock on "
        "shared cores):",
        "",
        "| measured on | mode | words/s |",
        "|---|---|---|",
    ]
    for name, row in ud.items():
        lines.append(f"| {name} | full | {row['words_per_second']:,} |")
    for name, entry in ner.items():
        for mode in ("fast", "full"):
            lines.append(f"| {name} | {mode} | {entry[mode]['words_per_second']:,} |")
    lines += [
        "",
        "Throughput on whole news articles: `make bench-nlp` (scripts/bench_nlp.py), figures in "
        "docs/benchmarks.md under NLP.",
        "",
        "## Reproduce",
        "",
        "```",
        "make models      # corpora, training, assembly, this file (needs ../shared)",
        "make eval-nlp    # scores only, checks the floors in scripts/eval_nlp.py",
        "```",
        "",
        *(
            [f"Last full rebuild: {results['build_note']}.", ""]
            if results.get("build_note")
            else []
        ),
        "Data licences: UD Indonesian GSD and CSUI CC BY-SA 4.0, PUD CC BY-SA 3.0, idner-news-2k "
        "MIT, NER-UI CC BY 4.0, NERGrit MIT. The shipped model is derived from CC BY-SA data.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: shipped)")
    parser.add_argument("--write-docs", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    parser.add_argument(
        "--ablation",
        action="append",
        default=[],
        metavar="LABEL=PATH",
        help="also score another model folder (e.g. trained without vectors)",
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        default=None,
        help="render scores saved by an earlier run (--json) instead of evaluating again",
    )
    parser.add_argument(
        "--build-note",
        default=None,
        help="how long `make models` took, for the Reproduce section (e.g. '52 min wall')",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        results = evaluate(args.shared, args.model)
        results["ablations"] = evaluate_ablations(args.shared, args.ablation)
        results["evaluated_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    if args.build_note:
        results["build_note"] = args.build_note
    if args.write_docs and args.json is None and args.from_json is None:
        # Kept so that the card can be written again (--from-json) without scoring again.
        args.json = ROOT / "build" / "nlp" / "eval.json"
        args.json.parent.mkdir(parents=True, exist_ok=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.write_docs:
        args.write_docs.write_text(render(results), encoding="utf-8")
        print(f"wrote {args.write_docs}")
    failures = check_floors(results)
    for failure in failures:
        print(f"FLOOR MISSED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
