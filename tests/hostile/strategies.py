"""Hypothesis strategies for hostile input: text, numbers, query strings and uploaded files."""

from django.core.files.uploadedfile import SimpleUploadedFile

from hypothesis import strategies as st

NASTY_TEXT = [
    "\x00",
    "phần\x00mềm",
    "\x00" * 3 + "a",
    "\u202e\u200f\u200b\ufeff",
    "\x07\x1b[31m\x08",
    "😀🇻🇳👨‍👩‍👧",
    "x" * 10_050,
    "Đà Lạt " * 1_500,
    "' OR 1=1 --",
    "'; DROP TABLE accounts_user; --",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    '"*~^:()[]{}\\/',
    '+-&&||!(){}[]^"~*?:\\/',
    "../../../etc/passwd",
    "..\\..\\windows\\system32",
    "%00%2e%2e%2f",
    "{{ 7*7 }}{% debug %}",
    "${jndi:ldap://x}",
    "   ",
    "\r\n\r\n",
]
NASTY_NUMBERS = [
    "1e309",
    "-1e309",
    "NaN",
    "nan",
    "Infinity",
    "-inf",
    "1e-400",
    "-1",
    "-0",
    "0",
    "99999999999999999999999999999999999999",
    "-99999999999999999999999999999999999999",
    "2.5",
    "1,5",
    "1.2.3",
    "0x10",
    "1_000",
    "١٢٣",
    "१२",
    "1e5",
    "",
    " ",
]

printable_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
hostile_text = st.one_of(
    st.sampled_from(NASTY_TEXT),
    printable_text,
    st.builds(
        lambda piece, times: piece * times, st.sampled_from(["ả", "x", "\u202e", "😀", "<"]), st.integers(1, 12_000)
    ),
)
hostile_number = st.one_of(
    st.sampled_from(NASTY_NUMBERS),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
hostile_scalar = st.one_of(hostile_text, hostile_number)
# A list where a scalar is expected: the test client sends it as a repeated query key.
hostile_value = st.one_of(hostile_scalar, st.lists(hostile_scalar, min_size=2, max_size=3))


def query_params(known_keys):
    """A query string mixing the view's own keys (with hostile values) and unknown keys."""
    keys = st.one_of(st.sampled_from(known_keys), st.text(min_size=1, max_size=10))
    return st.dictionaries(keys, hostile_value, max_size=len(known_keys) + 2)


def text_field(max_size=None):
    """Hostile text for a form field; `max_size` caps very long strings where a test needs it short."""
    return hostile_text if max_size is None else hostile_text.map(lambda text: text[:max_size])


FILE_NAMES = st.one_of(
    st.sampled_from(
        [
            "../../../etc/passwd",
            "..\\..\\boot.ini",
            "con.pdf",
            "a\x00.pdf",
            "\u202egpj.exe",
            "x" * 300 + ".pdf",
            ".pdf",
            "hồ sơ năng lực.pdf",
            "<script>.png",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40),
)
MAGIC = {
    "pdf": b"%PDF-1.4\n",
    "png": b"\x89PNG\r\n\x1a\n",
    "jpeg": b"\xff\xd8\xff\xe0",
    "exe": b"MZ\x90\x00",
    "zip": b"PK\x03\x04",
    "html": b"<html><script>alert(1)</script>",
    "none": b"",
}
CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "text/html", "application/octet-stream", ""]


def oversized_upload(magic=MAGIC["pdf"], name="big.pdf"):
    """A file one byte over the 10 MB limit (kept out of the random draws: building it is slow)."""
    return SimpleUploadedFile(name, magic + b"\x00" * (10 * 1024 * 1024 + 1 - len(magic)), "application/pdf")


@st.composite
def hostile_upload(draw):
    """A file with a random name, declared type, claimed magic bytes and a small or empty body."""
    magic = MAGIC[draw(st.sampled_from(sorted(MAGIC)))]
    body = draw(st.one_of(st.just(b""), st.binary(max_size=512).map(lambda tail: magic + tail)))
    name = draw(FILE_NAMES)
    return SimpleUploadedFile(name, body, content_type=draw(st.sampled_from(CONTENT_TYPES)))
