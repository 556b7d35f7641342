"""HTML pages: the visible text as lines, and which lines trafilatura takes for the article.

The cleaner works on text, so an HTML page becomes its visible text, one block element per
line (``render``). trafilatura then picks the main content; page lines it did not keep are
pre-marked ``html_boilerplate``, and the same text cleaner handles what it leaves (inline
related links, widget lines), so HTML and text pages share one set of rules. The HTML itself is
kept unmodified as the raw document.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from warta.errors import Code, WartaError

log = logging.getLogger(__name__)

SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "canvas",
        "select",
        "option",
        "button",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
        "title",
    }
)
META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "content_publishdate",
    "publish-date",
    "dtk:publishdate",
)
META_TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title")
META_AUTHOR_KEYS = ("author", "article:author", "dtk:author", "content_author")


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    """Visible text, one block per line."""
    boilerplate: tuple[tuple[int, int], ...]
    """Line spans trafilatura did not keep as main content."""
    title: str | None
    date: str | None
    author: str | None
    url: str | None


def _render(root: etree._Element) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        tag = tag.lower().split("}")[-1]
        if tag in SKIP_TAGS or not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    body = root.find(".//body")
    walk(body if body is not None else root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (
            (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        )
        value = (node.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    for node in root.iter("time"):
        value = (node.get("datetime") or "").strip()
        if value and "time:datetime" not in out:
            out["time:datetime"] = value
    canonical = root.find(".//link[@rel='canonical']")
    if canonical is not None and canonical.get("href"):
        out["canonical"] = str(canonical.get("href"))
    return out


_NORM = re.compile(r"\W+")


def _key(line: str) -> str:
    return _NORM.sub(" ", line.lower()).strip()


def _align(page_lines: list[str], kept_lines: list[str]) -> set[int]:
    """Indices of page lines that trafilatura kept, matched in order by normalised text."""
    keys = [_key(line) for line in page_lines]
    kept: set[int] = set()
    cursor = 0
    for line in kept_lines:
        key = _key(line)
        if not key:
            continue
        for index in range(cursor, len(keys)):
            if keys[index] == key or (
                len(key) > 30
                and (key in keys[index] or (keys[index] in key and len(keys[index]) > 30))
            ):
                kept.add(index)
                cursor = index + 1
                break
    return kept


def read_html(markup: str, url: str | None = None) -> HtmlText:
    """Visible text of a page, the boilerplate line spans, and metadata from its head."""
    import trafilatura

    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise WartaError(Code.W110_NO_HTML_BODY, str(exc)) from exc
    text = _render(root)
    if not text.strip():
        raise WartaError(Code.W110_NO_HTML_BODY)
    metas = _meta(root)
    document = trafilatura.bare_extraction(
        root, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    extracted: dict[str, object] = {}
    if document is not None:
        extracted = document if isinstance(document, dict) else document.as_dict()
    page_lines = text.split("\n")
    boilerplate: list[tuple[int, int]] = []
    main_text = str(extracted.get("text") or "")
    if main_text.strip():
        kept = _align(page_lines, main_text.split("\n"))
        pos = 0
        for index, line in enumerate(page_lines):
            if index not in kept:
                boilerplate.append((pos, pos + len(line)))
            pos += len(line) + 1
    else:
        log.debug("trafilatura found no main content; the text cleaner sees the whole page")
    title_node = root.find(".//title")
    title = next((metas[k] for k in META_TITLE_KEYS if metas.get(k)), None)
    if extracted.get("title"):
        title = str(extracted["title"])
    elif title is None and title_node is not None and title_node.text:
        title = " ".join(title_node.text.split())
    date = next((metas[k] for k in (*META_DATE_KEYS, "time:datetime") if metas.get(k)), None)
    author = next((metas[k] for k in META_AUTHOR_KEYS if metas.get(k)), None)
    page_url = url or metas.get("og:url") or metas.get("canonical")
    return HtmlText(text, tuple(boilerplate), title, date, author, page_url)
