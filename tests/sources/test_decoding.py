"""Bytes -> text: binary sniffing and encoding choice, without the folder around it."""
from __future__ import annotations

import codecs
import random

import pytest

from pipelines.sources.decoding import NotText, decode, sniff_binary

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (PNG, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_magic_numbers_are_binary(raw: bytes, name: str) -> None:
    assert sniff_binary(raw) == f"binary content ({name} signature)"


def test_nul_bytes_are_binary() -> None:
    assert sniff_binary(b"GDP grew\x00\x01\x02 5%") == "binary content (NUL bytes)"


def test_control_bytes_are_binary() -> None:
    raw = bytes(random.Random(0).randrange(1, 32) for _ in range(2000))
    assert (sniff_binary(raw) or "").startswith("binary content (")


def test_text_is_not_binary() -> None:
    assert sniff_binary("GDP grew 5.2%\r\n\tin 2025 \x1b[0m".encode()) is None


def test_utf8_fast_path() -> None:
    d = decode("Output rose 5% — “strongly”.".encode())
    assert (d.encoding, d.text) == ("utf-8", "Output rose 5% — “strongly”.")


def test_utf8_bom_is_stripped() -> None:
    d = decode(codecs.BOM_UTF8 + b"GDP\r\n")
    assert (d.encoding, d.text) == ("utf-8-sig", "GDP\r\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(codec: str) -> None:
    text = "Industrial output grew 6.4 percent in the first half.\n"
    raw = text.encode(codec)
    assert sniff_binary(raw) is None
    assert decode(raw).text == text


def test_cp1252_english_keeps_curly_quotes_and_euro() -> None:
    text = "The central bank said on Monday that “inflation” rose to 2.4%, costing €5 billion.\n" * 3
    d = decode(text.encode("cp1252"))
    assert (d.encoding, d.text) == ("cp1252", text)


def test_latin1_cafe() -> None:
    text = "Prices at the café rose 3% in March, the survey said.\n"
    d = decode(text.encode("latin-1"))
    assert d.text == text and d.encoding != "utf-8"


def test_gbk_chinese_is_decoded() -> None:
    text = "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。" * 5
    d = decode(text.encode("gbk"))
    assert d.text == text and d.encoding in {"gb18030", "gbk", "gb2312"}


@pytest.mark.parametrize("seed", range(5))
def test_random_high_bytes_are_undecodable(seed: int) -> None:
    raw = bytes(random.Random(seed).randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(NotText, match="^undecodable: no confident encoding$"):
        decode(raw)


def test_cp1251_russian_is_decoded_as_cyrillic() -> None:
    text = "Промышленное производство в России в июне выросло на 1,9%, сообщил Росстат.\n" * 4
    d = decode(text.encode("cp1251"))
    assert d.text == text


def test_invalid_bytes_after_utf8_bom_are_reported() -> None:
    with pytest.raises(NotText, match="utf-8-sig byte-order mark"):
        decode(codecs.BOM_UTF8 + b"abc \xff\xfe\xfd")
