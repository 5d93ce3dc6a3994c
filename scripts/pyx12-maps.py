#!/usr/bin/env python3
"""Makes a pyx12 map directory that knows the X12 004010 850 (GS01 PO) and 856 (GS01 SH), so that pyx12's full
processing (`x12n_document`: segments read, each transaction set walked against its structure, every element checked,
XML and 997 written) can run on the files scripts/gen-x12.py makes. scripts/bench-peers.sh uses it to compare pyx12
with Wharf's X12 -> canonical; pyx12 itself ships no 850 or 856 map ("Map not found").

    /tmp/wharf-peers-venv/bin/python scripts/pyx12-maps.py OUT_DIR
    python3 scripts/pyx12-maps.py --pyx12-map-dir .../site-packages/pyx12/map OUT_DIR

Steps:
  1. copies pyx12's installed map directory (`os.path.dirname(pyx12.__file__) + '/map'`, or --pyx12-map-dir) to
     OUT_DIR: the control maps, the 997 map, maps.xml, dataele.xml and codes.xml stay pyx12's own;
  2. writes OUT_DIR/850.4010.PO.xml and OUT_DIR/856.4010.SH.xml, generated from Wharf's machine-readable standard
     (specs/x12/004010/transactions/850.json and 856.json for the structure, specs/x12/004010/segments.json for the
     segments, composites and elements), in the shape of pyx12's own 830.4010.PS.xml:
       ISA_LOOP > ISA, GS_LOOP > GS, ST_LOOP > ST, HEADER, DETAIL, FOOTER, SE < GE < IEA (envelope loops
       type="explicit", the three X12 tables as type="wrapper" loops, the set's own loops as plain <loop>s named
       <first segment>_LOOP); segment usage R (M) or S (O), max_use; loop usage and repeat; every element with its
       data_ele, usage R (M) or S (O and X: the conditions are the segment's <syntax> notes, which pyx12 checks), seq;
       composites with their components; positions numbered 010, 020, ... in the order of the standard within each
       table (Wharf's spec keeps the order, not X12's position numbers);
  3. adds to OUT_DIR/maps.xml, icvn 00401: vriic 004010 fic PO -> 850.4010.PO.xml, fic SH -> 856.4010.SH.xml;
  4. adds to OUT_DIR/dataele.xml every data element the two maps use that pyx12 lacks (type, min and max length
     from segments.json), and sets the few that pyx12 defines differently to their 004010 definition (pyx12 keeps
     one dictionary for 004010 and 005010 and has some 005010 lengths, e.g. 127 1-50 where 004010 has 1-30);
  5. code lists: every ID element that has a list in specs/x12/004010/codes.json (the lists Wharf validates
     against) gets <valid_codes external="wharf4010_NNN"/>, the list itself added to OUT_DIR/codes.xml as codeset
     wharf4010_NNN. External lists are checked by pyx12 like inline ones, but do not turn the first element into a
     loop-matching qualifier (X12 itself matches segments by tag and position only). Exceptions, inline as in 830:
     ISA12 00401 (pyx12 reads the map's interchange version there), GS01 PO/SH, GS08 004010, ST01 850/856.
     --no-codes leaves all code lists out.

Standard library only. Prints one line per file written.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = os.path.join(ROOT, "specs", "x12", "004010")

# The sets made, their functional identifier (GS01), and where the X12 tables split: table 2 (DETAIL) starts at the
# first node named here, table 3 (FOOTER) at the second; SE is written after the tables.
SETS = {
    "850": {"fic": "PO", "file": "850.4010.PO.xml", "detail": "PO1", "footer": "CTT"},
    "856": {"fic": "SH", "file": "856.4010.SH.xml", "detail": "HL", "footer": "CTT"},
}
ICVN = "00401"
VRIIC = "004010"
CODESET_PREFIX = "wharf4010_"
USAGE = {"M": "R", "O": "S", "X": "S"}


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    e = ET.SubElement(parent, tag, attrib)
    if text is not None:
        e.text = text
    return e


class MapWriter:
    def __init__(self, segments: dict, codes: dict | None) -> None:
        self.dict = segments
        self.codes = codes  # data element -> list of codes, or None for no code lists
        self.used_elements: set[str] = set()
        self.used_codesets: set[str] = set()

    # ---- elements, composites, segments ------------------------------------------------------------------------
    def element(self, parent: ET.Element, xid: str, ele: str, usage: str, seq: int, fixed: list[str] | None) -> None:
        d = self.dict["elements"][ele]
        self.used_elements.add(ele)
        e = sub(parent, "element", xid=xid)
        sub(e, "data_ele", ele)
        sub(e, "name", d["name"])
        sub(e, "usage", USAGE[usage])
        sub(e, "seq", f"{seq:02d}")
        if fixed is not None:
            vc = sub(e, "valid_codes")
            for code in fixed:
                sub(vc, "code", code)
        elif self.codes is not None and d["type"] == "ID" and ele in self.codes:
            self.used_codesets.add(ele)
            sub(e, "valid_codes", external=CODESET_PREFIX + ele)

    def segment(self, parent: ET.Element, seg_id: str, usage: str, pos: int, max_use, fixed: dict) -> None:
        d = self.dict["segments"][seg_id]
        s = sub(parent, "segment", xid=seg_id)
        sub(s, "name", d["name"])
        sub(s, "usage", usage)
        sub(s, "pos", f"{pos:03d}")
        sub(s, "max_use", str(max_use))
        for note in d.get("syntax", []):
            sub(s, "syntax", note)
        for i, ref in enumerate(d["elements"], start=1):
            ref_id = f"{seg_id}{i:02d}"
            if "element" in ref:
                self.element(s, ref_id, ref["element"], ref["usage"], i, fixed.get(ref_id))
            else:
                comp = self.dict["composites"][ref["composite"]]
                c = sub(s, "composite")
                sub(c, "data_ele", ref["composite"])
                sub(c, "name", comp["name"])
                sub(c, "usage", USAGE[ref["usage"]])
                sub(c, "seq", f"{i:02d}")
                sub(c, "refdes", ref_id)
                for j, component in enumerate(comp["components"], start=1):
                    self.element(c, f"{ref_id}-{j:02d}", component["element"], component["usage"], j, None)
        parent.append(ET.Comment(f"End of {seg_id} segment"))

    def loop(self, parent: ET.Element, xid: str, name: str, usage: str, pos: int, repeat, loop_type: str | None = None
             ) -> ET.Element:
        attrib = {"xid": xid}
        if loop_type:
            attrib["type"] = loop_type
        e = sub(parent, "loop", **attrib)
        sub(e, "name", name)
        sub(e, "usage", usage)
        sub(e, "pos", f"{pos:03d}")
        sub(e, "repeat", str(repeat))
        return e

    # ---- the set's own structure --------------------------------------------------------------------------------
    def structure(self, parent: ET.Element, nodes: list, counter: list[int]) -> None:
        """Writes nodes into parent; counter[0] is the table's position, 10 more for every segment."""
        seen: set[str] = set()
        for node in nodes:
            key = node.get("segment") or node["loop"] + "_LOOP"
            if key in seen:
                raise SystemExit(f"pyx12-maps: {key} twice in one loop; pyx12 counts them as one")
            seen.add(key)
            if "segment" in node:
                counter[0] += 10
                self.segment(parent, node["segment"], USAGE[node["usage"]], counter[0], node["max"], {})
            else:
                first = node["structure"][0]
                if first.get("segment") != node["loop"]:
                    raise SystemExit(f"pyx12-maps: loop {node['loop']} does not start with its segment")
                name = self.dict["segments"][node["loop"]]["name"]
                loop = self.loop(parent, node["loop"] + "_LOOP", name, USAGE[node["usage"]], counter[0] + 10,
                                 node["repeat"])
                self.structure(loop, node["structure"], counter)
                parent.append(ET.Comment(f"End of {node['loop']}_LOOP loop"))

    def transaction(self, set_id: str, spec: dict, conf: dict) -> ET.Element:
        fic = conf["fic"]
        nodes = spec["structure"]
        if nodes[0].get("segment") != "ST" or nodes[-1].get("segment") != "SE":
            raise SystemExit(f"pyx12-maps: {set_id}.json does not run ST ... SE")
        body = nodes[1:-1]
        names = [n.get("segment") or n.get("loop") for n in body]
        try:
            d_at, f_at = names.index(conf["detail"]), names.index(conf["footer"])
        except ValueError as error:
            raise SystemExit(f"pyx12-maps: {set_id}: table split not found: {error}")
        tables = [("HEADER", "Table 1 - Header", body[:d_at]), ("DETAIL", "Table 2 - Detail", body[d_at:f_at]),
                  ("FOOTER", "Table 3 - Summary", body[f_at:])]

        root = ET.Element("transaction", xid=set_id)
        sub(root, "name", f"{spec['name']} - {set_id} ({VRIIC}, generated by scripts/pyx12-maps.py)")
        isa_loop = self.loop(root, "ISA_LOOP", "Interchange Control Header", "R", 1, ">1", "explicit")
        self.segment(isa_loop, "ISA", "R", 10, 1, {"ISA12": [ICVN]})
        gs_loop = self.loop(isa_loop, "GS_LOOP", "Functional Group Header", "R", 20, ">1", "explicit")
        self.segment(gs_loop, "GS", "R", 10, 1, {"GS01": [fic], "GS08": [VRIIC]})
        st_loop = self.loop(gs_loop, "ST_LOOP", "Transaction Set Header", "R", 20, ">1", "explicit")
        self.segment(st_loop, "ST", "R", 10, 1, {"ST01": [set_id]})
        for i, (xid, name, part) in enumerate(tables):
            if not part:
                continue
            required = any(n["usage"] == "M" for n in part)
            table = self.loop(st_loop, xid, name, "R" if required else "S", 20 + 10 * i, 1, "wrapper")
            self.structure(table, part, [0])
            st_loop.append(ET.Comment(f"End of {xid} loop"))
        self.segment(st_loop, "SE", "R", 50, 1, {})
        gs_loop.append(ET.Comment("End of ST_LOOP loop"))
        self.segment(gs_loop, "GE", "R", 30, 1, {})
        isa_loop.append(ET.Comment("End of GS_LOOP loop"))
        self.segment(isa_loop, "IEA", "R", 30, 1, {})
        root.append(ET.Comment("End of ISA_LOOP loop"))
        return root


# ---- the copied index, dictionary and code files ------------------------------------------------------------------
def parse_keep_comments(path: str) -> ET.ElementTree:
    return ET.parse(path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))


def prolog(path: str) -> str:
    """The comments before the root element of an XML file (ElementTree drops them)."""
    with open(path, encoding="utf-8") as f:
        text = f.read(20000)
    m = re.match(r"\s*(?:<\?xml[^>]*\?>)?\s*((?:<!--.*?-->\s*)*)", text, re.S)
    return m.group(1).rstrip() + "\n" if m and m.group(1) else ""


def write_xml(tree_or_root, path: str, header: str | None = None) -> None:
    tree = tree_or_root if isinstance(tree_or_root, ET.ElementTree) else ET.ElementTree(tree_or_root)
    ET.indent(tree, space="  ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        if header:
            out.write(header)
        tree.write(out, encoding="unicode", xml_declaration=False)
        out.write("\n")


def add_map_entries(path: str) -> None:
    head, tree = prolog(path), parse_keep_comments(path)
    versions = [v for v in tree.getroot().iter("version") if v.get("icvn") == ICVN]
    if not versions:
        version = ET.SubElement(tree.getroot(), "version", icvn=ICVN)
    else:
        version = versions[0]
    for m in list(version.iter("map")):
        if m.get("vriic") == VRIIC and m.get("fic") in {c["fic"] for c in SETS.values()}:
            version.remove(m)
    for i, (set_id, conf) in enumerate(SETS.items()):
        entry = ET.Element("map", vriic=VRIIC, fic=conf["fic"], abbr=set_id)
        entry.text = conf["file"]
        version.insert(i, entry)
    write_xml(tree, path, head)


def extend_dataele(path: str, segments: dict, used: set[str]) -> tuple[list[str], list[str]]:
    head, tree = prolog(path), parse_keep_comments(path)
    root = tree.getroot()
    have = {e.get("ele_num"): e for e in root.iter("data_ele")}
    added, changed = [], []
    for ele in sorted(used, key=lambda x: (len(x), x)):
        d = segments["elements"][ele]
        want = {"data_type": d["type"], "min_len": str(d["min"]), "max_len": str(d["max"])}
        if ele in have:
            e = have[ele]
            old = (e.get("data_type"), e.get("min_len"), e.get("max_len"))
            if old != (want["data_type"], want["min_len"], want["max_len"]):
                changed.append(f"{ele} {old[0]} {old[1]}-{old[2]} -> {d['type']} {d['min']}-{d['max']}")
                for k, v in want.items():
                    e.set(k, v)
        else:
            ET.SubElement(root, "data_ele", ele_num=ele, **want, name=d["name"])
            added.append(ele)
    write_xml(tree, path, head)
    return added, changed


def extend_codes(path: str, code_lists: dict, used: set[str]) -> None:
    head, tree = prolog(path), parse_keep_comments(path)
    root = tree.getroot()
    for cs in list(root.iter("codeset")):
        if (cs.findtext("id") or "").startswith(CODESET_PREFIX):
            root.remove(cs)
    for ele in sorted(used, key=lambda x: (len(x), x)):
        cs = ET.SubElement(root, "codeset")
        sub(cs, "id", CODESET_PREFIX + ele)
        sub(cs, "name", f"X12 004010 {code_lists[ele]['name']} (specs/x12/004010/codes.json)")
        sub(cs, "data_ele", ele)
        version = sub(cs, "version")
        for code in code_lists[ele]["codes"]:
            sub(version, "code", code)
    write_xml(tree, path, head)


def installed_map_dir() -> str:
    try:
        import pyx12  # noqa: PLC0415 (only needed without --pyx12-map-dir)
    except ImportError:
        raise SystemExit("pyx12-maps: pyx12 is not importable here; run with the venv's python or pass "
                         "--pyx12-map-dir") from None
    return os.path.join(os.path.dirname(pyx12.__file__), "map")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="map directory to write (made or overwritten)")
    parser.add_argument("--pyx12-map-dir", help="pyx12's map directory (default: the one of the importable pyx12)")
    parser.add_argument("--specs", default=SPECS, help="Wharf's 004010 folder (default specs/x12/004010)")
    parser.add_argument("--no-codes", action="store_true", help="no code lists (valid_codes) at all")
    args = parser.parse_args()

    src = args.pyx12_map_dir or installed_map_dir()
    if not os.path.isfile(os.path.join(src, "maps.xml")):
        raise SystemExit(f"pyx12-maps: {src} holds no maps.xml; not a pyx12 map directory")
    os.makedirs(args.out_dir, exist_ok=True)
    for name in os.listdir(src):
        if name.endswith((".xml", ".xsd", ".dtd")):
            shutil.copyfile(os.path.join(src, name), os.path.join(args.out_dir, name))

    with open(os.path.join(args.specs, "segments.json"), encoding="utf-8") as f:
        segments = json.load(f)
    code_lists = None
    if not args.no_codes:
        with open(os.path.join(args.specs, "codes.json"), encoding="utf-8") as f:
            code_lists = json.load(f)["codeLists"]
    writer = MapWriter(segments, {k: v["codes"] for k, v in code_lists.items()} if code_lists else None)
    header = ("<!--\n  GENERATED by scripts/pyx12-maps.py from Wharf's specs/x12/004010 (transactions/{}.json,\n"
              "  segments.json, codes.json); do not edit. Shape of pyx12's 830.4010.PS.xml.\n-->\n")
    for set_id, conf in SETS.items():
        with open(os.path.join(args.specs, "transactions", f"{set_id}.json"), encoding="utf-8") as f:
            spec = json.load(f)
        out = os.path.join(args.out_dir, conf["file"])
        write_xml(writer.transaction(set_id, spec, conf), out, header.format(set_id))
        print(f"pyx12-maps: wrote {out}")

    add_map_entries(os.path.join(args.out_dir, "maps.xml"))
    added, changed = extend_dataele(os.path.join(args.out_dir, "dataele.xml"), segments, writer.used_elements)
    print(f"pyx12-maps: dataele.xml: {len(added)} elements added, {len(changed)} set to their 004010 definition"
          + (f" ({'; '.join(changed)})" if changed else ""))
    if code_lists:
        extend_codes(os.path.join(args.out_dir, "codes.xml"), code_lists, writer.used_codesets)
        print(f"pyx12-maps: codes.xml: {len(writer.used_codesets)} 004010 code lists added "
              f"({CODESET_PREFIX}NNN)")
    print(f"pyx12-maps: maps.xml: icvn {ICVN} vriic {VRIIC}: "
          + ", ".join(f"fic {c['fic']} -> {c['file']}" for c in SETS.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
