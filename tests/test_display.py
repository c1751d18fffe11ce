"""The HTML view: escaping, nesting, links, and how it looks in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Document, Mention, Quote, Span, Speaker, render
from arabic_newsnlp.display import COLORS

TEXT = "قال وزير الخارجية سامح شكري إن «الحل في السودان سياسي». وأضاف شكري أن القاهرة تدعم الحوار."
ATTACK = '"><img src=x onerror=alert(1)>'
TAGS = {"div", "style", "article", "mark", "span", "a", "footer"}


class _Tree(HTMLParser):
    """Checks that tags nest, collects ids, links, and the text outside added labels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        self.attrs.update(found)
        if "id" in found:
            self.ids.append(found["id"] or "")
        if "href" in found:
            self.links.append(found["href"] or "")
        self.stack.append((tag, found.get("class") or ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        added = ("ann-label", "ann-who", "ann-id", "ann-legend", "ann-key", "ann-error")
        if not any(c in added or tag == "style" for tag, c in self.stack):
            self.text.append(data)


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack
    return tree


def body(page: str) -> str:
    """What a full page holds between its body tags."""
    return page.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]


def sample() -> Document:
    return arabic_newsnlp.Pipeline()(TEXT, meta={"id": "n1"})


def test_fragment_marks_mentions_and_quotes_with_speaker_links() -> None:
    doc = sample()
    assert doc.mentions and doc.quotes
    tree = parse(render(doc))
    assert tree.tags <= TAGS
    assert "".join(tree.text) == doc.text
    assert len(tree.ids) == len(set(tree.ids))
    assert tree.links and all(link[1:] in tree.ids for link in tree.links)
    fragment = render(doc)
    assert fragment.startswith('<div class="ann-docs" dir="rtl" lang="ar">')
    assert fragment.count('class="ann-quote"') >= len(doc.quotes)
    assert "Noto Naskh Arabic" in fragment and "sans-serif" in fragment
    for mention in doc.mentions:
        assert f'title="{mention.label} · ' in fragment
    assert "method " + doc.quotes[0].method in fragment
    assert doc._repr_html_() == fragment


def test_speaker_link_goes_to_the_speakers_mention() -> None:
    doc = sample()
    quote = next(q for q in doc.quotes if q.speaker is not None)
    assert quote.speaker is not None
    index = next(
        i
        for i, m in enumerate(doc.mentions)
        if (m.start, m.end) == (quote.speaker.start, quote.speaker.end)
    )
    fragment = render(doc)
    links = re.findall(r'class="ann-who" href="#([^"]+)"', fragment)
    assert any(
        link.endswith(f"-m{index}") and f'<mark id="{link}" class="ann-ent"' in fragment
        for link in links
    )


def test_speaker_without_a_mention_gets_an_anchor() -> None:
    text = "قال الوزير: «نعم»."
    quote = Quote("direct", (Span("نعم", 13, 16),), speaker=Speaker("الوزير", 4, 10, "الوزير"))
    fragment = render(Document(text, quotes=(quote, quote)))
    (anchor,) = re.findall(r'<span id="([^"]+)" class="ann-speaker"', fragment)
    assert re.findall(r'class="ann-who" href="#([^"]+)"', fragment) == [anchor, anchor]
    assert "".join(parse(fragment).text) == text


def test_page_holds_many_documents_and_one_legend() -> None:
    docs = [sample(), arabic_newsnlp.analyze("وصل الوفد إلى عمان.")]
    page = render(docs, page=True, title="<news>")
    assert page.startswith("<!DOCTYPE html>") and '<html dir="rtl" lang="ar">' in page
    assert "<title>&lt;news&gt;</title>" in page
    assert page.count('<article class="ann-doc">') == 2
    assert page.count('class="ann-legend"') == 1
    assert 'class="ann-legend"' not in render(docs, legend=False)
    tree = parse(body(page))
    assert len(tree.ids) == len(set(tree.ids))


def test_colors_can_be_overridden() -> None:
    assert "background: #123456" in render(sample(), colors={"PER": "#123456"})


def test_error_documents_show_their_error() -> None:
    doc = Document(text="", meta={"id": 3}, error="record 'text' must be a string")
    fragment = render(doc)
    assert "ann-error" in fragment and "must be a string" in fragment


def test_values_from_data_are_escaped() -> None:
    """Issue #16 item 7: a label loaded from JSON must not become markup."""
    data = sample().to_dict()
    data["meta"]["id"] = ATTACK
    for mention in data["mentions"]:
        mention["label"] = ATTACK
    for entity in data["entities"]:
        entity.update(canonical=ATTACK, gloss=ATTACK, id=ATTACK)
    for mention in data["mentions"]:
        mention["entity"] = ATTACK
    for quote in data["quotes"]:
        quote.update(method=ATTACK, kind=ATTACK, entity=ATTACK, confidence=ATTACK)
        quote["speaker"]["canonical"] = ATTACK
        quote["cue"].update(lemma=ATTACK, text=ATTACK)
    doc = Document.from_json(json.dumps(data))
    for markup in (doc._repr_html_(), render(doc, page=True), render(doc, colors={ATTACK: ATTACK})):
        assert "<img" not in markup and ATTACK not in markup
        tree = parse(body(markup) if "<body" in markup else markup)
        assert tree.tags <= TAGS
        assert not {a for a in tree.attrs if a.startswith("on")}
    error = Document(text="", meta={"id": ATTACK}, error=ATTACK)
    assert "<img" not in render(error)


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted)


@settings(max_examples=60, deadline=None)
@given(
    mentions=st.lists(spans, max_size=6),
    quotes=st.lists(st.tuples(st.lists(spans, min_size=1, max_size=3), spans), max_size=3),
)
def test_any_spans_nest_and_keep_the_text(
    mentions: list[list[int]], quotes: list[tuple[list[list[int]], list[int]]]
) -> None:
    doc = Document(
        text=TEXT,
        mentions=tuple(Mention(TEXT[a:b], a, b, "PER") for a, b in mentions),
        quotes=tuple(
            Quote(
                "direct",
                tuple(Span(TEXT[a:b], a, b) for a, b in content),
                speaker=Speaker(TEXT[s[0] : s[1]], s[0], s[1], "س"),
            )
            for content, s in quotes
        ),
    )
    tree = parse(render(doc))
    assert "".join(tree.text) == TEXT
    assert len(tree.ids) == len(set(tree.ids))


def test_render_cli(tmp_path: Path) -> None:
    analysed = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", **sample().to_dict()}, ensure_ascii=False),
        json.dumps({"id": "b", "source": "x", "line": 2, "error": "invalid JSON"}),
        "{not json",
    ]
    analysed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.html"
    result = subprocess.run(
        [sys.executable, "-m", "arabic_newsnlp.cli", "render", str(analysed), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<article class="ann-doc">') == 3
    assert "invalid JSON" in page and "line 3" in page
    assert 'class="ann-ent"' in page


def test_usage_commands(tmp_path: Path) -> None:
    """The two commands docs/usage.md shows, as written there."""
    root = Path(__file__).resolve().parent.parent
    usage = (root / "docs" / "usage.md").read_text(encoding="utf-8")
    commands = [
        "arabic-newsnlp analyze examples/news.jsonl --no-tokens -o analysed.jsonl",
        "arabic-newsnlp render analysed.jsonl -o analysed.html",
    ]
    for command in commands:
        assert command in usage
    (tmp_path / "examples").mkdir()
    shutil.copy(root / "examples" / "news.jsonl", tmp_path / "examples")
    for command in commands:
        args = [sys.executable, "-m", "arabic_newsnlp.cli", *command.split()[1:]]
        subprocess.run(args, cwd=tmp_path, check=True, capture_output=True)
    page = (tmp_path / "analysed.html").read_text(encoding="utf-8")
    assert page.count('<article class="ann-doc">') == 2 and "Sameh Shoukry" in page


# --- In a real browser -------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            left = cur[i - channels] if i >= channels else 0
            up = prev[i]
            corner = prev[i - channels] if i >= channels else 0
            if kind == 1:
                cur[i] = (cur[i] + left) & 255
            elif kind == 2:
                cur[i] = (cur[i] + up) & 255
            elif kind == 3:
                cur[i] = (cur[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                cur[i] = (cur[i] + pred) & 255
        rgb = bytes(cur) if channels == 3 else bytes(b for i, b in enumerate(cur) if i % 4 != 3)
        rows.append(rgb)
        prev = cur
    return width, height, rows


def screenshot(markup: str, tmp_path: Path, size: tuple[int, int]) -> tuple[int, int, list[bytes]]:
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    shot = tmp_path / "shot.png"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            f"--window-size={size[0]},{size[1]}",
            "--force-device-scale-factor=1",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return read_png(shot)


def has_color(rows: list[bytes], hex_color: str, tolerance: int = 4) -> bool:
    want = bytes.fromhex(hex_color.lstrip("#"))
    for row in rows:
        for x in range(0, len(row), 3):
            if all(abs(row[x + k] - want[k]) <= tolerance for k in range(3)):
                return True
    return False


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_in_headless_chromium_is_right_to_left_with_a_legend(tmp_path: Path) -> None:
    doc = arabic_newsnlp.analyze("قال سامح شكري إن «الحل سياسي».")
    assert {m.label for m in doc.mentions} == {"PER"}
    width, height, rows = screenshot(render(doc, page=True), tmp_path, (800, 400))
    dark = [[x // 3 for x in range(0, len(row), 3) if sum(row[x : x + 3]) < 300] for row in rows]
    first = next(y for y in range(height) if dark[y])
    line = [x for y in range(first, min(first + 20, height)) for x in dark[y]]
    assert max(line) > width * 0.85, "the first line does not reach the right edge"
    assert min(line) > width * 0.4, "the first line starts on the left: not right-to-left"
    # The legend shows every label's colour, though the text holds only a person.
    for color in COLORS.values():
        assert has_color(rows, color), color
    _, _, plain = screenshot(render(doc, page=True, legend=False), tmp_path, (800, 400))
    assert has_color(plain, COLORS["PER"]) and not has_color(plain, COLORS["ORG"])
