#!/usr/bin/env python3
"""Writes small content_loader seeds from the real content/: one session each (renumbered 1),
its Fluent file, a short UI file per locale (the first messages of the real one), and one seed
with a voice-over sidecar and its Ogg. Small seeds keep the fuzzer fast (whole content trees of
76-221 KB ran at ~65 execs/s). Usage: python3 fuzz/seeds/content_seeds.py OUT_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2] / "content"
out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def short_ui(locale, keep=6):
    """The real ui.ftl up to its `keep`-th message (comments and all), so app-name is in it."""
    text = (root / "locales" / locale / "ui.ftl").read_text()
    starts = [m.start() for m in re.finditer(r"^[a-z][a-z0-9-]* =", text, re.M)]
    return text[: starts[keep]] if len(starts) > keep else text


def pack(flag, files):
    body = bytes([flag])
    for path, data in files:
        body += b"@@ " + path.encode() + b"\n" + data + b"\n"
    return body


for session in sorted((root / "sessions").glob("s*.toml")):
    sid = session.stem
    manifest = (
        'schema = 1\nsource_locale = "en-GB"\nlocales = ["en-GB", "cy"]\n\n'
        f'[[sessions]]\nid = "{sid}"\nfile = "sessions/{sid}.toml"\n'
    )
    toml = re.sub(r"^number = \d+", "number = 1", session.read_text(), flags=re.M)
    files = [
        ("manifest.toml", manifest.encode()),
        (f"sessions/{sid}.toml", toml.encode()),
        (f"locales/en-GB/{sid}.ftl", (root / "locales/en-GB" / f"{sid}.ftl").read_bytes()),
        ("locales/en-GB/ui.ftl", short_ui("en-GB").encode()),
        ("locales/cy/ui.ftl", short_ui("cy").encode()),
    ]
    if sid == "s01":
        audio = [(f"audio/en-GB/app-name.{ext}", (root / "audio/en-GB" / f"app-name.{ext}").read_bytes())
                 for ext in ("json", "ogg")]
        (out / "with-audio").write_bytes(pack(1, files + audio))
    (out / f"session-{sid}").write_bytes(pack(0, files))


def messages(path, ids):
    """Only the messages `ids` of a Fluent file (each with its comment: blank-line blocks)."""
    blocks = path.read_text().split("\n\n")
    keep = [b for b in blocks if any(re.search(rf"^{re.escape(i)} =", b, re.M) for i in ids)]
    return "\n\n".join(keep) + "\n"


# Tiny seeds (~1-2 KB, ~10x faster again): one locale, session 8 cut to its first two steps,
# only the messages they use, and a UI file of the app's name alone.
s08 = (root / "sessions/s08.toml").read_text()
s08 = re.sub(r"^number = \d+", "number = 1", s08, flags=re.M)
s08 = "[[steps]]".join(s08.split("[[steps]]")[:3])
ids = ["s08-title", "s08-aims", "s08-recap", "s08-task", "s08-welcome", "s08-links"]
one_locale = 'schema = 1\nsource_locale = "en-GB"\nlocales = ["en-GB"]\n'
tiny = [
    ("manifest.toml", (one_locale + '\n[[sessions]]\nid = "s08"\nfile = "sessions/s08.toml"\n').encode()),
    ("sessions/s08.toml", s08.encode()),
    ("locales/en-GB/s08.ftl", messages(root / "locales/en-GB/s08.ftl", ids).encode()),
    ("locales/en-GB/ui.ftl", messages(root / "locales/en-GB/ui.ftl", ["app-name"]).encode()),
]
(out / "tiny").write_bytes(pack(0, tiny))
# With `require_audio`: no session, the app's name and its voice-over (sidecar and Ogg) only.
tiny_audio = [
    ("manifest.toml", one_locale.encode()),
    ("locales/en-GB/ui.ftl", messages(root / "locales/en-GB/ui.ftl", ["app-name"]).encode()),
] + [(f"audio/en-GB/app-name.{ext}", (root / "audio/en-GB" / f"app-name.{ext}").read_bytes())
     for ext in ("json", "ogg")]
(out / "tiny-audio").write_bytes(pack(1, tiny_audio))
