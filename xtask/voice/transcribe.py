"""Transcribe committed en-GB clips with Whisper base, as the "after" figures in
docs/benchmarks.md were made (the "before" file, docs/voice-before-espeak.jsonl, was made the
same way from the espeak-ng clips):

  target/voice-venv/bin/python xtask/voice/transcribe.py docs/voice-before-espeak.jsonl \
      target/whisper-base > docs/voice-after-hibari.jsonl
  cargo xtask voice --wer docs/voice-after-hibari.jsonl

Takes the clip ids from the given JSON-lines file (so before and after are the same clips),
hears each clip on its own (no carrier sentence, no hint: the plain comparison) and prints
one JSON line per clip: {"id": ..., "words": [{"word", "start", "end"}]}.
"""
import json
import sys

from faster_whisper import WhisperModel


def main():
    ids_file, model_dir = sys.argv[1], sys.argv[2]
    model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=2)
    for line in open(ids_file):
        if not line.strip():
            continue
        clip = json.loads(line)["id"]
        segments, _ = model.transcribe(
            f"content/audio/en-GB/{clip}.ogg",
            language="en",
            beam_size=5,
            word_timestamps=True,
            vad_filter=False,
            condition_on_previous_text=False,
        )
        words = [
            {"word": w.word.strip(), "start": round(w.start, 3), "end": round(w.end, 3)}
            for s in segments
            for w in s.words or []
        ]
        print(json.dumps({"id": clip, "words": words}), flush=True)


if __name__ == "__main__":
    main()
