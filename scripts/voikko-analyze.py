#!/usr/bin/python3
"""Finnish morphology with Voikko, for the build (lib/search/voikko.ts runs this).

Reads words, one per line, on stdin (UTF-8) and writes one JSON object on stdout:
{word: [analysis, ...]}, each analysis the dict Voikko returns restricted to the keys below
(those present). A word Voikko does not know gets [].

Where Voikko is: VOIKKO_PY_DIR (the folder holding libvoikko.py), VOIKKO_LIB_DIR (the folder
holding libvoikko.so.1 and libhfstospell.so.*) and VOIKKO_DICT_DIR (the folder holding 5/...),
as scripts/voikko-setup.mjs extracts them under node_modules/.cache/voikko/; each one unset
means the system's (Debian's python3-libvoikko, libvoikko1, voikko-fi).
Exit status 3 means Voikko could not be loaded; the reason is on stderr.
"""
import ctypes
import glob
import json
import os
import sys

KEYS = ("BASEFORM", "WORDBASES", "STRUCTURE", "CLASS", "SIJAMUOTO", "NUMBER")


def fail(message):
    sys.stderr.write("voikko-analyze: " + message + "\n")
    sys.exit(3)


def open_voikko():
    py_dir = os.environ.get("VOIKKO_PY_DIR")
    lib_dir = os.environ.get("VOIKKO_LIB_DIR")
    dict_dir = os.environ.get("VOIKKO_DICT_DIR")
    if py_dir:
        sys.path.insert(0, py_dir)
    try:
        import libvoikko
    except ImportError as e:
        fail("cannot import libvoikko (python3-libvoikko): %s" % e)
    if lib_dir:
        # libvoikko.so.1 needs libhfstospell.so.N from the same folder: load it first, so that
        # this works even without LD_LIBRARY_PATH (the dynamic linker reuses a loaded library).
        for dep in sorted(glob.glob(os.path.join(lib_dir, "libhfstospell.so.*"))):
            try:
                ctypes.CDLL(dep, mode=ctypes.RTLD_GLOBAL)
                break
            except OSError:
                pass
        libvoikko.Voikko.setLibrarySearchPath(lib_dir)
    try:
        return libvoikko.Voikko("fi", path=dict_dir or None)
    except OSError as e:
        fail("cannot load the Voikko library (libvoikko1): %s" % e)
    except Exception as e:  # libvoikko.VoikkoException: no Finnish dictionary
        fail("cannot start Voikko for Finnish (voikko-fi): %s" % e)


def main():
    voikko = open_voikko()
    text = sys.stdin.buffer.read().decode("utf-8")
    result = {}
    analyze = voikko.analyze
    for line in text.split("\n"):
        word = line[:-1] if line.endswith("\r") else line
        if not word or word in result:
            continue
        analyses = []
        for analysis in analyze(word):
            analyses.append({k: analysis[k] for k in KEYS if k in analysis})
        result[word] = analyses
    voikko.terminate()
    out = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.buffer.write(b"\n")


if __name__ == "__main__":
    main()
