"""Turn the raw bytes of one source file into text, or say precisely why not.

Source texts arrive from scrapers, e-mail attachments and hand copies, so a
".txt" file may really be a PNG, a PDF, an empty placeholder, or English text in
Windows-1252.  This module is the single place that decides what a file's bytes
*are*: binary (refused), which text encoding, and the decoded string.

Decoding policy (in order):

1. UTF-32 / UTF-16 byte-order marks, then a UTF-8 BOM (encoding ``"utf-8-sig"``,
   BOM stripped from the text).
2. Binary sniffing: known magic numbers (PNG, PDF, ZIP, GIF, JPEG, ...), NUL
   bytes (unless the NUL pattern is that of BOM-less UTF-16), or a high share of
   control bytes.
3. Strict UTF-8 (the fast path; pure ASCII lands here too).
4. charset-normalizer.  For single-byte results on text that is mostly ASCII we
   prefer Windows-1252 when it decodes strictly: charset-normalizer often names a
   Baltic or DOS code page for short English text with curly quotes or "€",
   which would silently garble those characters.  Otherwise the detection is
   used only when it is confident: low "mess" and a recognisable language
   (coherence > 0; random high bytes decode "cleanly" as some CJK code page
   but show no language).  EBCDIC candidates are never used.  Non-confident
   results are reported, never guessed.

The text is returned exactly as decoded: line ends (``\\r\\n``, ``\\r``) are kept
and no Unicode normalisation is applied, so every character offset computed
downstream is an offset into ``SourceDocument.text`` as stored.  Each step is a
linear pass (or a bounded sample), so a multi-megabyte single line costs no
more than its size.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

# (signature, offset, name).  Only signatures that cannot start ordinary prose.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"%PDF-", 0, "PDF"),
    (b"PK\x03\x04", 0, "ZIP"),
    (b"PK\x05\x06", 0, "ZIP"),
    (b"PK\x07\x08", 0, "ZIP"),
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"\x1f\x8b", 0, "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "OLE2/MS Office"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip"),
    (b"Rar!\x1a\x07", 0, "RAR"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"\xfd7zXZ\x00", 0, "XZ"),
    (b"\x28\xb5\x2f\xfd", 0, "Zstandard"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"SQLite format 3\x00", 0, "SQLite"),
    (b"WEBP", 8, "WebP"),  # RIFF....WEBP
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

SNIFF_BYTES = 64 * 1024
"""Binary checks look at this many bytes from the start (bounded cost)."""

MAX_CONTROL_SHARE = 0.02
"""More C0 control bytes (other than tab, LF, VT, FF, CR, ESC) than this share
of the sniffed bytes means binary."""

MAX_CHAOS = 0.15
"""charset-normalizer "mess" ratio above which a detection is not trusted."""

MOSTLY_ASCII = 0.10
"""If at most this share of bytes is >= 0x80, a single-byte text is taken as
Western (Windows-1252) when it decodes strictly as such."""

_MULTIBYTE_CODECS = frozenset(
    codecs.lookup(n).name
    for n in (
        "gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950",
        "shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
        "shift_jis_2004", "shift_jisx0213", "iso2022_jp", "iso2022_kr",
        "euc_kr", "cp949", "johab", "utf-8", "utf-16", "utf-32", "utf-7",
        "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
    )
)

_EBCDIC_CODECS = frozenset(
    codecs.lookup(n).name
    for n in ("cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140")
)

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


class NotText(ValueError):
    """The bytes are not decodable text; ``str(exc)`` is the human reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # canonical Python codec name, e.g. "utf-8", "utf-8-sig", "gb18030", "cp1252"


def sniff_binary(raw: bytes) -> str | None:
    """Return a reason such as ``"binary content (PNG signature)"``, or None for text.

    Looks at signatures, NUL bytes and control bytes only; a file that starts
    with a Unicode BOM is never called binary here.
    """
    if _bom_encoding(raw) is not None:
        return None
    for sig, offset, name in _MAGIC:
        if raw.startswith(sig, offset) and (name != "WebP" or raw.startswith(b"RIFF")):
            return f"binary content ({name} signature)"
    if b"\x00" in raw:
        if _bomless_utf16(raw) is None:
            return "binary content (NUL bytes)"
        return None
    head = raw[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return f"binary content ({controls} control bytes in the first {len(head)} bytes)"
    return None


def decode(raw: bytes) -> Decoded:
    """Decode ``raw`` (already known not to be binary) or raise :class:`NotText`."""
    bom = _bom_encoding(raw)
    if bom is not None:
        try:
            return Decoded(raw.decode(bom), bom)
        except UnicodeDecodeError as exc:
            raise NotText(
                f"undecodable: starts with a {bom} byte-order mark but is not valid "
                f"{bom} (byte {exc.start})"
            ) from None
    utf16 = _bomless_utf16(raw) if b"\x00" in raw else None
    if utf16 is not None:
        try:
            return Decoded(raw.decode(utf16), utf16)
        except UnicodeDecodeError:
            raise NotText("binary content (NUL bytes)") from None
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(raw)


def _detect(raw: bytes) -> Decoded:
    import charset_normalizer  # imported lazily: only non-UTF-8 files pay for it

    candidates = [
        m for m in charset_normalizer.from_bytes(raw)
        if codecs.lookup(m.encoding).name not in _EBCDIC_CODECS
    ]
    best = candidates[0] if candidates else None
    encoding = codecs.lookup(best.encoding).name if best else None
    if encoding not in _MULTIBYTE_CODECS:
        # Mostly-ASCII single-byte text: Windows-1252 (a superset of Latin-1's
        # printable range) is by far the likeliest for English sources.
        high = len(raw) - len(raw.translate(None, bytes(range(128, 256))))
        if high <= MOSTLY_ASCII * len(raw):
            try:
                return Decoded(raw.decode("cp1252"), "cp1252")
            except UnicodeDecodeError:
                pass
    # Random high bytes decode "cleanly" as some CJK or DOS code page; a real text
    # also shows letter patterns of a language (coherence > 0).
    if best is None or encoding is None or best.chaos > MAX_CHAOS or best.coherence <= 0:
        raise NotText("undecodable: no confident encoding")
    try:
        return Decoded(raw.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        raise NotText(f"undecodable: detected {encoding} but it does not decode") from None


def _bom_encoding(raw: bytes) -> str | None:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if the NULs look like ASCII text in UTF-16, else None."""
    if len(raw) % 2:
        return None
    head = raw[: SNIFF_BYTES & ~1]
    even, odd = head[0::2], head[1::2]
    pairs = len(odd)
    if not pairs:
        return None
    even_nul, odd_nul = even.count(0), odd.count(0)
    if odd_nul >= 0.6 * pairs and even_nul == 0:
        return "utf-16-le"
    if even_nul >= 0.6 * pairs and odd_nul == 0:
        return "utf-16-be"
    return None
