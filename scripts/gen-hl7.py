#!/usr/bin/env python3
"""Generates synthetic HL7 v2.5.1 supply messages for benchmarks: OMS^O05 requisitions (1-20 lines) and DFT^P03
charges (1-10 FT1), CR segment terminators, one message after another. Deterministic for a seed; no real data.

  scripts/gen-hl7.py --size-mb 10 --seed 1 -o bench-data/hl7-10mb-seed1.hl7
"""
import argparse
import random


def requisition(rng, n):
    lines = [f"MSH|^~\\&|ORCAB|MERCY|WHARF|MERCY|20261121{rng.randrange(0, 24):02d}3000||OMS^O05^OMS_O05|REQ{n:08d}|P|2.5.1"]
    for line in range(1, rng.randrange(2, 22)):
        item = rng.randrange(100000, 999999)
        lines.append(f"ORC|NW|REQ-{n}-{line}^ORCAB|||||||20261121083000")
        lines.append(f"RQD|{line}|{item}^SUPPLY ITEM {item}^L|V-{item}^^VN|00614141{item:06d}^^GTIN|"
                     f"{rng.randrange(1, 50)}|{rng.choice(['BX', 'CA', 'EA'])}^unit^L|OR-{rng.randrange(1, 9)}|||20261124")
        lines.append(f"RQ1|{rng.randrange(1, 50000) / 100:.2f}|MFR{rng.randrange(1, 99)}^Maker^L|C-{item}|||N|Y")
    return "\r".join(lines) + "\r"


def charge(rng, n):
    lines = [f"MSH|^~\\&|ORCAB|MERCY|WHARF|MERCY|20261121091500||DFT^P03^DFT_P03|CHG{n:08d}|P|2.5.1",
             "EVN|P03|20261121091500", f"PID|1||MRN{n:07d}^^^MERCY^MR||TESTPATIENT^SYNTHETIC",
             f"PV1|1|I|OR-{rng.randrange(1, 9)}^^^MERCY||||||||||||||||V{n:07d}^^^MERCY^VN"]
    for line in range(1, rng.randrange(2, 12)):
        item = rng.randrange(100000, 999999)
        lines.append(f"FT1|{line}|T{n}-{line}||20261121091000|20261121091500|CG|{item}^SUPPLY ITEM {item}^L|||"
                     f"{rng.randrange(1, 5)}|{rng.randrange(1, 90000) / 100:.2f}^USD||OR-1^Operating room^L")
    return "\r".join(lines) + "\r"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.size_mb * 1_000_000)
    written = 0
    n = 0
    with open(args.output, "w", newline="") as out:
        while written < target:
            n += 1
            text = requisition(rng, n) if n % 2 else charge(rng, n)
            out.write(text)
            written += len(text)


if __name__ == "__main__":
    main()
