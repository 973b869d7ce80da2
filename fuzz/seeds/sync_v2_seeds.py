#!/usr/bin/env python3
"""Writes sync_chunk's protocol-2 seeds (flag bit 1; bit 2: gzipped) from its protocol-1 push
seeds, in the wire form of crates/core/src/sync/wire.rs: one run per stream, the kind's usual
visibility left out. Usage: python3 fuzz/seeds/sync_v2_seeds.py (writes into fuzz/corpus)."""
import gzip
import json
import pathlib

corpus = pathlib.Path(__file__).resolve().parents[1] / "corpus" / "sync_chunk"
USUAL = {"step_completed": "progress", "drink_recorded": "diary_entry", "diary_entry_deleted": "diary_entry"}

for name, flag in (("push-device", 0), ("push-hub", 1)):
    events = json.loads((corpus / name).read_bytes()[1:])["request"]["events"]
    first = events[0]
    run = {"device": first["stream"]["device"], "epoch": first["stream"]["epoch"], "from": first["seq"],
           "schema": first["schema"], "events": []}
    for e in events:
        wire = {"id": e["id"], "t": [e["hlc"]["wall_ms"], e["hlc"]["counter"]], "k": e["kind"], "p": e["payload"]}
        if USUAL.get(e["kind"]) != e["visibility"]:
            wire["v"] = e["visibility"]
        run["events"].append(wire)
    stream = first["stream"]
    exchange = {"have": [[stream["device"], stream["epoch"], 0]], "push": [run], "max": 50}
    body = json.dumps(exchange, separators=(",", ":")).encode()
    (corpus / f"v2-{name}").write_bytes(bytes([flag | 2]) + body)
    if flag == 0:
        (corpus / f"v2-{name}-gzip").write_bytes(bytes([flag | 6]) + gzip.compress(body, mtime=0))
(corpus / "v2-pull").write_bytes(bytes([2]) + b'{"have":[],"max":50}')
