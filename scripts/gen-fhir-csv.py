#!/usr/bin/env python3
"""Benchmark inputs for FHIR and CSV: a FHIR collection Bundle of orders (the SupplyRequests, Organizations and
Locations of Tests/FHIRMappingTests/Goldens/850-hospital-order.R4.json, repeated with distinct order numbers and
ids) and an order-lines CSV file (the rows of `wharf translate examples/x12/850-hospital-order.edi --to csv`,
repeated the same way), each of about --size-mb megabytes."""
import argparse, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fhir(size):
    bundle = json.load(open(os.path.join(ROOT, "Tests/FHIRMappingTests/Goldens/850-hospital-order.R4.json")))
    template = json.dumps(bundle["entry"])
    entries, total, index = [], 0, 0
    while total < size:
        text = template.replace("PO-88231", "PO-%07d" % index).replace("urn:uuid:", "urn:uuid:%07d-" % index)
        chunk = json.loads(text)
        entries.extend(chunk)
        total += len(text)
        index += 1
    bundle["entry"] = entries
    return json.dumps(bundle, indent=1), index


def csv(size, sample):
    lines = open(sample, newline="").read().splitlines()
    header, rows = lines[0], lines[1:]
    out, total, index = [header], 0, 0
    while total < size:
        for row in rows:
            line = row.replace("PO-88231", "PO-%07d" % index)
            out.append(line)
            total += len(line) + 2
        index += 1
    return "\r\n".join(out) + "\r\n", index


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=float, default=10)
    parser.add_argument("--csv-sample", required=True, help="order-lines CSV rows to repeat")
    parser.add_argument("--fhir-out", required=True)
    parser.add_argument("--csv-out", required=True)
    args = parser.parse_args()
    size = int(args.size_mb * 1_000_000)
    text, orders = fhir(size)
    open(args.fhir_out, "w").write(text)
    text, orders_csv = csv(size, args.csv_sample)
    open(args.csv_out, "w", newline="").write(text)
    print("wrote %s (%d orders) and %s (%d orders)" % (args.fhir_out, orders, args.csv_out, orders_csv))


if __name__ == "__main__":
    main()
