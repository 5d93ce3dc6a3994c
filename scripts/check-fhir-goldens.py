#!/usr/bin/env python3
"""Validates FHIR JSON files (by default the FHIR mapping goldens) with the official definitions, as PyPI's
`fhir.resources` models generate them.

    scripts/check-fhir-goldens.py [--cache-dir DIR] [--release R4|R5] [FILE ...]

Without FILE: every Tests/FHIRMappingTests/Goldens/*.R4.json and *.R5.json. A file's release comes from its name
(`NAME.R4.json`, `NAME.R5.json`) unless --release is given.

Which package models which release:
  R4 (4.0.1)  fhir.resources 6.4.0, the last version whose default models are R4 (6.5.0 moved to R4B 4.3.0; from
              7.0.0 on the default is R5 and the subpackage `fhir.resources.R4B` is R4B, not R4). It needs pydantic 1.
  R5 (5.0.0)  fhir.resources 8.x, default models (pydantic 2, through fhir-core).

Each release gets its own virtual environment in the cache folder (--cache-dir, else $WHARF_FHIR_VENV_CACHE, else
.build): fhir-venv-r4 and fhir-venv-r5, made on first use and remade when the pins below change. Every file is read
with exact decimals and validated as the model of its resourceType (a Bundle validates each entry's resource too;
unknown elements are errors).

Prints one line per file, `ok FILE` or `FAIL FILE: reason`; exits 1 when any file fails. When the packages cannot
be installed (no network, PyPI unreachable) it prints `skipped: PyPI unreachable (REASON)` and exits 0.
"""
import argparse
import contextlib
import fcntl
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GLOBS = ["Tests/FHIRMappingTests/Goldens/*.R4.json", "Tests/FHIRMappingTests/Goldens/*.R5.json"]

# The pins of each release's environment; a change remakes the environment.
REQUIREMENTS = {
    "R4": ["fhir.resources==6.4.0", "pydantic[email]>=1.10,<2"],
    "R5": ["fhir.resources==8.3.0"],
}
FHIR_VERSIONS = {"R4": "4.0.1", "R5": "5.0.0"}
PIP_TIMEOUT_SECONDS = "20"


class Unreachable(Exception):
    """The packages of a release cannot be installed."""


def release_of(path, forced):
    if forced:
        return forced
    for release in REQUIREMENTS:
        if path.endswith(".%s.json" % release):
            return release
    return None


def shown(path):
    """A file's name as printed: relative to the repository when it is inside it."""
    relative = os.path.relpath(path, ROOT)
    return path if relative.startswith("..") else relative


def last_line(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def pip_failure(text):
    """The reason pip gives: its connection error when there is one (`[Errno 111] Connection refused`,
    `ReadTimeoutError`), else its last line."""
    refused = re.search(r"Failed to establish a new connection: ([^')]+)", text)
    if refused:
        return refused.group(1).strip()
    broken = re.search(r"connection broken by '(\w+)", text)
    if broken:
        return broken.group(1)
    return last_line(text)


@contextlib.contextmanager
def locked(path):
    """Holds an exclusive lock on `path` (two test runs must not build one environment at once)."""
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def environment(release, cache_dir):
    """The Python of the release's environment, made (or remade) when missing or stale."""
    folder = os.path.join(cache_dir, "fhir-venv-%s" % release.lower())
    python = os.path.join(folder, "bin", "python")
    marker = os.path.join(folder, "wharf-requirements.txt")
    wanted = "\n".join(REQUIREMENTS[release]) + "\n"
    os.makedirs(cache_dir, exist_ok=True)
    with locked(folder + ".lock"):
        if os.path.exists(marker) and open(marker).read() == wanted and os.path.exists(python):
            return python
        shutil.rmtree(folder, ignore_errors=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(folder)
        except Exception as error:  # ensurepip missing, disk full…
            raise Unreachable("cannot create a virtual environment: %s" % error)
        command = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input",
                   "--timeout", PIP_TIMEOUT_SECONDS, "--retries", "1"] + REQUIREMENTS[release]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise Unreachable("%s: %s" % (release, pip_failure(result.stderr or result.stdout)))
        with open(marker, "w") as handle:
            handle.write(wanted)
    return python


def worker(release, paths):
    """Runs inside a release's environment: validates each file and prints its line; returns the failure count."""
    import decimal

    import fhir.resources as resources

    if resources.__fhir_version__ != FHIR_VERSIONS[release]:
        for path in paths:
            print("FAIL %s: fhir.resources models FHIR %s, not %s" % (shown(path), resources.__fhir_version__,
                                                                     FHIR_VERSIONS[release]))
        return max(len(paths), 1)
    failures = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle, parse_float=decimal.Decimal)
            resource_type = data.get("resourceType") if isinstance(data, dict) else None
            if not resource_type:
                raise ValueError("no resourceType")
            model = resources.get_fhir_model_class(resource_type)
            if hasattr(model, "model_validate"):
                model.model_validate(data)
            else:
                model.parse_obj(data)
            print("ok %s" % shown(path))
        except Exception as error:
            failures += 1
            print("FAIL %s: %s" % (shown(path), describe(error)))
        sys.stdout.flush()
    return failures


def describe(error):
    """One line for a validation error: each problem as `location: message`."""
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            problems = ["%s: %s" % ("/".join(str(part) for part in item.get("loc", ())), item.get("msg", ""))
                        for item in errors()]
            return "%s: %s" % (type(error).__name__, "; ".join(problems))
        except Exception:
            pass
    return "%s: %s" % (type(error).__name__, " ".join(str(error).split()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="FHIR JSON files (default: the FHIR mapping goldens)")
    parser.add_argument("--release", choices=sorted(REQUIREMENTS), help="validate every file as this release")
    parser.add_argument("--cache-dir", default=os.environ.get("WHARF_FHIR_VENV_CACHE") or os.path.join(ROOT, ".build"),
                        help="where the virtual environments live (default: $WHARF_FHIR_VENV_CACHE, else .build)")
    parser.add_argument("--worker", choices=sorted(REQUIREMENTS), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.worker:
        return 1 if worker(arguments.worker, arguments.files) else 0

    files = arguments.files or sorted(path for pattern in DEFAULT_GLOBS
                                      for path in glob.glob(os.path.join(ROOT, pattern)))
    if not files:
        print("FAIL -: no FHIR files to check")
        return 1
    by_release = {}
    failed = False
    for path in files:
        release = release_of(path, arguments.release)
        if release is None:
            print("FAIL %s: cannot tell the release (name it NAME.R4.json or NAME.R5.json, or give --release)"
              % shown(path))
            failed = True
            continue
        by_release.setdefault(release, []).append(os.path.abspath(path))
    pythons = {}
    try:
        for release in sorted(by_release):
            pythons[release] = environment(release, os.path.abspath(arguments.cache_dir))
    except Unreachable as reason:
        print("skipped: PyPI unreachable (%s)" % reason)
        return 0
    for release in sorted(by_release):
        command = [pythons[release], os.path.abspath(__file__), "--worker", release] + by_release[release]
        result = subprocess.run(command, capture_output=True, text=True)
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            failed = True
            if not result.stdout.strip():
                print("FAIL %s: the %s validator crashed: %s" % (shown(by_release[release][0]), release,
                                                                 last_line(result.stderr)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
