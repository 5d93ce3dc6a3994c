#!/usr/bin/env python3
"""Checks the HL7 v2 standard data under specs/hl7v2/ for internal consistency.

For every version folder (specs/hl7v2/<version>/) it loads segments.json, datatypes.json, messages.json and
tables.json and checks that:
  - each file names the version of its folder;
  - field and component sequence numbers run 1, 2, 3, ... without gaps;
  - optionality is one of R O C B W X, repetition is 1, a maximum above 1 or "*", lengths are positive integers and
    table numbers are four digits;
  - every field and component type is defined in datatypes.json of the same version (primitive or composite);
  - every segment a message structure names is defined in segments.json of the same version;
  - messageTypes points at structures that exist, and each structure's events lead back to it;
  - every table named by a coded field or component (ID, IS, CE, CWE, CNE) of a segment that a message structure
    uses is either carried in tables.json or listed under notCarried;
  - table codes are unique, and the message codes, trigger events and structure ids of messageTypes are in
    tables 0076, 0003 and 0354 when those are carried.
Exits 1 with one line per problem, 0 when the data is consistent.

Usage: scripts/check-hl7v2-specs.py [specs/hl7v2]
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OPTIONALITY = {"R", "O", "C", "B", "W", "X"}
CODED = {"ID", "IS", "CE", "CWE", "CNE"}
FILES = ("segments.json", "datatypes.json", "messages.json", "tables.json")

problems: list[str] = []


def problem(where: str, message: str) -> None:
    problems.append(f"{where}: {message}")


def load(path: pathlib.Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problem(str(path), "missing")
    except json.JSONDecodeError as error:
        problem(str(path), f"not valid JSON ({error})")
    return None


def check_rep(where: str, rep) -> None:
    if rep == "*" or (isinstance(rep, int) and not isinstance(rep, bool) and rep >= 1):
        return
    problem(where, f"repetition {rep!r} is neither 1, a maximum above 1 nor \"*\"")


def check_items(where: str, items, known_types: set[str], with_rep: bool) -> None:
    if not isinstance(items, list) or not items:
        problem(where, "has no fields/components")
        return
    for index, item in enumerate(items, start=1):
        spot = f"{where}-{index}"
        if item.get("seq") != index:
            problem(spot, f"sequence number {item.get('seq')!r}, expected {index} (numbers must run from 1 without gaps)")
        if not isinstance(item.get("name"), str) or not item["name"].strip():
            problem(spot, "has no name")
        if item.get("type") not in known_types:
            problem(spot, f"type {item.get('type')!r} is not defined in datatypes.json")
        if item.get("opt") not in OPTIONALITY:
            problem(spot, f"optionality {item.get('opt')!r} is not one of {' '.join(sorted(OPTIONALITY))}")
        if with_rep:
            check_rep(spot, item.get("rep"))
        elif "rep" in item:
            problem(spot, "components carry no repetition")
        if "len" in item and not (isinstance(item["len"], int) and not isinstance(item["len"], bool) and item["len"] > 0):
            problem(spot, f"length {item['len']!r} is not a positive integer")
        if "table" in item and not (isinstance(item["table"], str) and re.fullmatch(r"\d{4}", item["table"])):
            problem(spot, f"table {item['table']!r} is not a four-digit table number")
        unknown = set(item) - {"seq", "name", "type", "opt", "rep", "len", "table", "note"}
        if unknown:
            problem(spot, f"unknown keys {sorted(unknown)}")


def walk_structure(where: str, elements, segments: dict, used: set[str]) -> None:
    if not isinstance(elements, list) or not elements:
        problem(where, "has no segments")
        return
    for index, element in enumerate(elements, start=1):
        spot = f"{where}[{index}]"
        if element.get("opt") not in {"R", "O"}:
            problem(spot, f"optionality {element.get('opt')!r} is neither R nor O")
        check_rep(spot, element.get("rep"))
        if "segment" in element:
            name = element["segment"]
            used.add(name)
            if name not in segments:
                problem(spot, f"segment {name} is not defined in segments.json of this version")
        elif "group" in element:
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(element["group"])):
                problem(spot, f"group name {element['group']!r} is not an upper-case identifier")
            walk_structure(f"{where}/{element['group']}", element.get("segments"), segments, used)
        else:
            problem(spot, "is neither a segment nor a group")


def referenced_tables(segment_names: set[str], segments: dict, composites: dict) -> dict[str, str]:
    refs: dict[str, str] = {}
    seen: set[str] = set()

    def visit_type(type_name: str) -> None:
        if type_name in seen or type_name not in composites:
            return
        seen.add(type_name)
        for component in composites[type_name].get("components", []):
            if component.get("type") in CODED and "table" in component:
                refs.setdefault(component["table"], f"{type_name}.{component.get('seq')}")
            visit_type(component.get("type"))

    for name in sorted(segment_names):
        for field in segments.get(name, {}).get("fields", []):
            if field.get("type") in CODED and "table" in field:
                refs.setdefault(field["table"], f"{name}-{field.get('seq')}")
            visit_type(field.get("type"))
    return refs


def check_version(folder: pathlib.Path) -> dict | None:
    version = folder.name
    data = {name: load(folder / name) for name in FILES}
    if any(value is None for value in data.values()):
        return None
    for name, value in data.items():
        if value.get("version") != version:
            problem(str(folder / name), f"names version {value.get('version')!r}, expected {version!r}")

    datatypes = data["datatypes.json"]
    primitives, composites = datatypes.get("primitives", {}), datatypes.get("composites", {})
    both = set(primitives) & set(composites)
    if both:
        problem(str(folder / "datatypes.json"), f"types defined as both primitive and composite: {sorted(both)}")
    known_types = set(primitives) | set(composites)
    for name, primitive in primitives.items():
        if not isinstance(primitive.get("format"), str) or not primitive["format"]:
            problem(f"{folder / 'datatypes.json'} {name}", "primitive has no format rule")
        if "pattern" in primitive:
            try:
                re.compile(primitive["pattern"])
            except re.error as error:
                problem(f"{folder / 'datatypes.json'} {name}", f"pattern does not compile ({error})")
    for name, composite in composites.items():
        check_items(f"{folder / 'datatypes.json'} {name}", composite.get("components"), known_types, with_rep=False)

    segments = data["segments.json"].get("segments", {})
    for name, segment in segments.items():
        if not re.fullmatch(r"[A-Z][A-Z0-9]{2}", name):
            problem(f"{folder / 'segments.json'} {name}", "segment id is not three upper-case characters")
        check_items(f"{folder / 'segments.json'} {name}", segment.get("fields"), known_types, with_rep=True)

    messages = data["messages.json"]
    structures = messages.get("structures", {})
    message_types = messages.get("messageTypes", {})
    used: set[str] = set()
    for name, structure in structures.items():
        where = f"{folder / 'messages.json'} {name}"
        events = structure.get("events")
        if not isinstance(events, list) or not events:
            problem(where, "lists no events")
            events = []
        for event in events:
            if message_types.get(event) != name:
                problem(where, f"event {event} does not map to {name} in messageTypes")
        walk_structure(where, structure.get("segments"), segments, used)
    for trigger, name in message_types.items():
        if name not in structures:
            problem(f"{folder / 'messages.json'} messageTypes {trigger}", f"structure {name} is not defined")
        if not re.fullmatch(r"[A-Z0-9]{3}(\^[A-Z0-9]{3})?", trigger):
            problem(f"{folder / 'messages.json'} messageTypes {trigger}", "key is not CODE or CODE^EVENT")

    tables_file = data["tables.json"]
    tables, not_carried = tables_file.get("tables", {}), tables_file.get("notCarried", {})
    for number, table in tables.items():
        where = f"{folder / 'tables.json'} {number}"
        if not re.fullmatch(r"\d{4}", number):
            problem(where, "table number is not four digits")
        if table.get("kind") not in {"hl7", "user"}:
            problem(where, f"kind {table.get('kind')!r} is neither hl7 nor user")
        if not isinstance(table.get("complete"), bool):
            problem(where, "complete is not true/false")
        codes = [entry.get("code") for entry in table.get("codes", [])]
        if not codes:
            problem(where, "has no codes")
        duplicates = sorted({code for code in codes if codes.count(code) > 1})
        if duplicates:
            problem(where, f"duplicate codes {duplicates}")
        for entry in table.get("codes", []):
            if not isinstance(entry.get("display"), str) or not entry["display"]:
                problem(where, f"code {entry.get('code')!r} has no display name")
    for number, kind in not_carried.items():
        if number in tables:
            problem(f"{folder / 'tables.json'} notCarried {number}", "is carried in tables as well")
        if kind not in {"hl7", "user", "unspecified"}:
            problem(f"{folder / 'tables.json'} notCarried {number}", f"kind {kind!r} is not hl7, user or unspecified")
    for number, where in sorted(referenced_tables(used, segments, composites).items()):
        if number not in tables and number not in not_carried:
            problem(f"{folder} {where}", f"table {number} is neither in tables.json nor listed under notCarried")

    def codes_of(number: str) -> set[str] | None:
        return {entry["code"] for entry in tables[number]["codes"]} if number in tables else None

    for trigger, name in message_types.items():
        code, _, event = trigger.partition("^")
        for number, value in (("0076", code), ("0003", event), ("0354", name)):
            known = codes_of(number)
            if value and known is not None and value not in known:
                problem(f"{folder / 'messages.json'} messageTypes {trigger}", f"{value} is not in table {number}")

    return {"segments": len(segments), "datatypes": len(known_types), "structures": len(structures),
            "tables": len(tables)}


def main() -> int:
    base = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "specs" / "hl7v2"
    versions = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
    if not versions:
        print(f"check-hl7v2-specs: no version folders under {base}", file=sys.stderr)
        return 1
    summary = {folder.name: check_version(folder) for folder in versions}
    if problems:
        for line in problems:
            print(f"check-hl7v2-specs: {line}", file=sys.stderr)
        print(f"check-hl7v2-specs: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    for version, counts in summary.items():
        print(f"hl7v2 {version}: " + ", ".join(f"{value} {key}" for key, value in counts.items()))
    print("check-hl7v2-specs: consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
