#!/usr/bin/env python3
"""Generate large, realistic, valid X12 interchanges for benchmarks and soak tests.

Usage:
    python3 scripts/gen-x12.py --set 850|856 [--size-mb 10] [--seed 1]
                               [--version 004010|005010] [--count N] -o OUT

Output is ONE interchange (ISA ... IEA) holding ONE functional group (GS01 PO for 850,
SH for 856) with as many transaction sets as it takes to reach --size-mb megabytes
(1 MB = 1,000,000 bytes; the file ends with the set that crosses the size, plus GE/IEA),
or exactly --count sets when that is given.

Format: ISA is exactly 106 bytes with fixed-width fields, element separator '*',
component separator '>' (ISA16), ISA11 'U' for 004010 / '^' (repetition separator) for
005010, segment terminator '~' followed by '\n'. Control numbers match (ISA13 = IEA02,
GS06 = GE02, ST02 = SE02); SE01, GE01 and IEA01 are exact counts.

Totals:
  850  CTT01 = number of PO1 segments, CTT02 = sum of PO102 (quantities are integers),
       AMT*TT = sum of PO102 x PO104, rounded half-up to cents.
  856  CTT01 = number of HL segments, CTT02 = sum of SN102.

Every value respects the X12 004010 element dictionary (type and min/max length) and the
syntax notes of the segments used: dates CCYYMMDD, times HHMM, R numbers without sign or
needless leading zeros, identifiers within their maximum length, text only from the
basic character set (upper case, digits, space and . , - /), so no data value ever holds
a separator of either version.

The output depends only on the arguments: same arguments, same bytes. Standard library
only; writes about 100 MB in well under a minute.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import sys
import time

SEG_END = "~\n"

# --------------------------------------------------------------------------------------
# Reference data (invented names; values only need to look like real trading data)
# --------------------------------------------------------------------------------------

RETAILERS = [
    ("MEGAMART STORES INC", "MEGAMART"), ("NORTHWIND GROCERY CO", "NORTHWIND"),
    ("BLUE RIVER PHARMACY", "BLUERIVERRX"), ("HARBOR HEALTH SUPPLY", "HARBORHS"),
    ("SUMMIT VALUE MARKETS", "SUMMITVM"), ("PRAIRIE DRUG CENTERS", "PRAIRIEDRUG"),
]
VENDORS = [
    ("ACME CONSUMER PRODUCTS", "ACMECP"), ("GLOBEX PHARMACEUTICALS", "GLOBEXRX"),
    ("INITECH HOUSEHOLD LLC", "INITECHHH"), ("UMBRELLA HEALTH BRANDS", "UMBRELLAHB"),
    ("STARK FOODS CORP", "STARKFOODS"), ("WAYNE MEDICAL SUPPLY", "WAYNEMED"),
]
CARRIERS = [
    ("UPSN", "UPS GROUND"), ("FDEG", "FEDEX GROUND"), ("ODFL", "OLD DOMINION"),
    ("SAIA", "SAIA LTL FREIGHT"), ("RDWY", "YRC FREIGHT"), ("EXLA", "ESTES EXPRESS"),
    ("ABFS", "ABF FREIGHT"), ("CNWY", "XPO LOGISTICS"),
]
BUYERS = [
    "JANE MORALES", "ROBERT CHEN", "PRIYA PATEL", "MICHAEL OBRIEN", "LAURA KOWALSKI",
    "DAVID NGUYEN", "SARAH JOHNSON", "AHMED HASSAN", "EMILY ROSSI", "KEVIN TANAKA",
]
CITIES = [
    ("CINCINNATI", "OH", "45202"), ("COLUMBUS", "OH", "43215"), ("INDIANAPOLIS", "IN", "46204"),
    ("LOUISVILLE", "KY", "40202"), ("NASHVILLE", "TN", "37203"), ("ATLANTA", "GA", "30303"),
    ("CHARLOTTE", "NC", "28202"), ("RICHMOND", "VA", "23219"), ("PITTSBURGH", "PA", "15222"),
    ("CHICAGO", "IL", "60606"), ("MILWAUKEE", "WI", "53202"), ("MINNEAPOLIS", "MN", "55401"),
    ("DES MOINES", "IA", "50309"), ("KANSAS CITY", "MO", "64105"), ("OMAHA", "NE", "68102"),
    ("DENVER", "CO", "80202"), ("DALLAS", "TX", "75201"), ("HOUSTON", "TX", "77002"),
    ("PHOENIX", "AZ", "85004"), ("SALT LAKE CITY", "UT", "84101"), ("PORTLAND", "OR", "97204"),
    ("SEATTLE", "WA", "98101"), ("SACRAMENTO", "CA", "95814"), ("BOISE", "ID", "83702"),
]
STREETS = [
    "MAIN", "OAK", "MAPLE", "INDUSTRIAL", "COMMERCE", "LOGISTICS", "RIVERSIDE", "HIGHLAND",
    "WASHINGTON", "LINCOLN", "PARK", "CENTRAL", "DISTRIBUTION", "GATEWAY", "AIRPORT",
]
STREET_KINDS = ["ST", "AVE", "BLVD", "DR", "PKWY", "RD", "WAY", "CT"]
MSG_TEXTS = [
    "DELIVER TO RECEIVING DOCK 4 BETWEEN 0600 AND 1400",
    "ALL CASES MUST CARRY GS1-128 LABELS WITH SSCC",
    "CALL 24 HOURS AHEAD TO SCHEDULE DELIVERY APPOINTMENT",
    "NO BACKORDERS. CANCEL ANY QUANTITY NOT SHIPPED BY THE CANCEL DATE",
    "PALLETS MUST NOT EXCEED 60 INCHES IN HEIGHT",
    "INCLUDE PACKING LIST IN CARTON 1 OF EACH ORDER",
    "TEMPERATURE SENSITIVE ITEMS MUST SHIP IN INSULATED CONTAINERS",
    "SUBSTITUTIONS ARE NOT ACCEPTED WITHOUT BUYER APPROVAL",
    "LOT NUMBERS AND EXPIRATION DATES REQUIRED ON ASN",
    "MINIMUM REMAINING SHELF LIFE 12 MONTHS AT RECEIPT",
]
# Grocery / household items: (brand, product, size value, size unit)
BRANDS = ["ACME", "SUNVALE", "NORTHSTAR", "GREENLEAF", "PUREWAY", "HOMEBASE", "BRIGHTDAY",
          "FARMSIDE", "CLEARBROOK", "GOLDCREST", "EVERFRESH", "TRUEBLUE"]
PRODUCTS = [
    ("ORGANIC TOMATO SAUCE", 24, "OZ"), ("WHOLE BEAN COFFEE DARK ROAST", 12, "OZ"),
    ("PAPER TOWELS 2-PLY", 6, "RL"), ("LAUNDRY DETERGENT HE", 100, "OZ"),
    ("CHICKEN NOODLE SOUP", 10, "OZ"), ("SPARKLING WATER LIME", 12, "OZ"),
    ("PEANUT BUTTER CREAMY", 16, "OZ"), ("DISH SOAP LEMON", 22, "OZ"),
    ("TRASH BAGS 13 GAL", 40, "CT"), ("ROLLED OATS", 42, "OZ"), ("OLIVE OIL EXTRA VIRGIN", 500, "ML"),
    ("BLACK BEANS LOW SODIUM", 15, "OZ"), ("GRANOLA BARS OATS AND HONEY", 12, "CT"),
    ("HAND SANITIZER GEL", 8, "OZ"), ("FACIAL TISSUE", 160, "CT"), ("AA ALKALINE BATTERIES", 8, "CT"),
    ("BABY WIPES UNSCENTED", 72, "CT"), ("SPAGHETTI PASTA", 16, "OZ"), ("JASMINE RICE", 5, "LB"),
    ("ALL PURPOSE CLEANER", 32, "OZ"), ("SHAMPOO DAILY MOISTURE", 13, "OZ"), ("TOOTHPASTE MINT", 6, "OZ"),
]
DRUGS = [
    "AMOXICILLIN", "LISINOPRIL", "ATORVASTATIN", "METFORMIN HCL", "AMLODIPINE BESYLATE",
    "OMEPRAZOLE DR", "LOSARTAN POTASSIUM", "SERTRALINE HCL", "GABAPENTIN", "LEVOTHYROXINE",
    "IBUPROFEN", "ACETAMINOPHEN", "CETIRIZINE HCL", "LORATADINE", "NAPROXEN SODIUM",
    "MONTELUKAST SODIUM", "PANTOPRAZOLE SODIUM DR", "SIMVASTATIN", "PREDNISONE", "CLOPIDOGREL",
]
DRUG_STRENGTHS = ["5MG", "10MG", "20MG", "25MG", "40MG", "50MG", "100MG", "200MG", "250MG", "500MG"]
DRUG_FORMS = [("TABLET", "TAB"), ("CAPSULE", "CAP"), ("TABLET FILM COATED", "TAB"), ("SOFTGEL", "CAP")]
DRUG_COUNTS = [30, 60, 90, 100, 500, 1000]

# 850 line-level allowance codes (SAC02, element 1300) with a description.
ALLOWANCES = [("C310", "PROMOTIONAL DISCOUNT"), ("A260", "ADVERTISING ALLOWANCE"),
              ("C000", "DEFECTIVE ALLOWANCE"), ("B750", "VOLUME DISCOUNT")]


def gs1_check_digit(body: str) -> str:
    """GS1 mod-10 check digit for a GTIN/GLN/SSCC body (all digits but the last)."""
    total = 0
    weight = 3
    for ch in reversed(body):
        total += (ord(ch) - 48) * weight
        weight = 4 - weight  # 3, 1, 3, 1, ...
    return str((10 - total % 10) % 10)


def fmt_r(units: int, scale: int) -> str:
    """Format units / 10**scale as an X12 R value with exactly `scale` decimals (no sign)."""
    if scale == 0:
        return str(units)
    q, r = divmod(units, 10 ** scale)
    return f"{q}.{r:0{scale}d}"


def fmt_tenths(tenths: int) -> str:
    """Weight in tenths -> R value, dropping a needless '.0'."""
    q, r = divmod(tenths, 10)
    return str(q) if r == 0 else f"{q}.{r}"


class Generator:
    def __init__(self, tset: str, version: str, seed: int) -> None:
        self.tset = tset
        self.version = version
        self.rng = random.Random(seed * 1_000_003 + (850 if tset == "850" else 856))
        rng = self.rng
        # Calendar: a table of CCYYMMDD strings; the interchange date falls in 2023..2025.
        base = _dt.date(2022, 1, 3) + _dt.timedelta(days=rng.randrange(0, 400))
        self.base_date = base
        self.dates = [(base + _dt.timedelta(days=i)).strftime("%Y%m%d") for i in range(1700)]
        self.times = [f"{h:02d}{m:02d}" for h in range(24) for m in range(60)]
        # Parties.
        retailer = rng.choice(RETAILERS)
        vendor = rng.choice(VENDORS)
        self.retailer_name, retailer_id = retailer
        self.vendor_name, vendor_id = vendor
        if tset == "850":
            self.sender_id, self.receiver_id = retailer_id, vendor_id
        else:
            self.sender_id, self.receiver_id = vendor_id, retailer_id
        self.retailer_prefix = str(rng.randrange(1_000_000, 9_999_999))  # GS1 company prefix
        self.vendor_prefix = str(rng.randrange(1_000_000, 9_999_999))
        self.buyer_gln = self._gln(self.retailer_prefix, 1)
        self.vendor_number = str(rng.randrange(100_000, 999_999))
        self.vendor_gln = self._gln(self.vendor_prefix, 1)
        self.vendor_addr = self._address()
        self.stores = []  # (store number, GLN, street, city, state, zip)
        for k in range(40):
            store_no = str(rng.randrange(100, 9999)).zfill(4)
            self.stores.append((store_no, self._gln(self.retailer_prefix, 100 + k)) + self._address())
        self.catalog = [self._item(k) for k in range(4000)]
        self.interchange_no = rng.randrange(1, 999_999_999)
        self.group_no = rng.randrange(1, 999_999_999)
        self.po_counter = rng.randrange(4_500_000_000, 4_600_000_000)
        self.ship_counter = rng.randrange(10_000_000, 99_000_000)
        self.sscc_serial = rng.randrange(100_000_000, 500_000_000)
        self.env_day = rng.randrange(400, 700)  # interchange date offset into self.dates
        self.env_time = self.times[rng.randrange(360, 1320)]

    # -- reference-data helpers ---------------------------------------------------------
    def _gln(self, prefix: str, location: int) -> str:
        body = prefix + str(location).zfill(12 - len(prefix))
        return body + gs1_check_digit(body)

    def _address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        street = f"{rng.randrange(10, 99999)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        city, state, zipc = rng.choice(CITIES)
        if rng.random() < 0.3:  # ZIP+4 (ID 3/15, digits only)
            zipc += str(rng.randrange(1000, 9999))
        return street, city, state, zipc

    def _item(self, k: int) -> dict:
        rng = self.rng
        pharma = rng.random() < 0.4
        item_ref = str(10000 + k)  # 5-digit item reference under the vendor's prefix
        upc_body = self.vendor_prefix[1:] + item_ref  # 6 + 5 digits
        upc = upc_body + gs1_check_digit(upc_body)  # UPC-A, 12 digits
        gtin_body = str(rng.randrange(1, 9)) + "0" + upc[:11]  # case-level GTIN-14
        gtin14 = gtin_body + gs1_check_digit(gtin_body)
        if pharma:
            name = rng.choice(DRUGS)
            strength = rng.choice(DRUG_STRENGTHS)
            form, short = rng.choice(DRUG_FORMS)
            count = rng.choice(DRUG_COUNTS)
            desc = f"{name} {strength} {form} {count}CT BOTTLE"
            ndc = f"{rng.randrange(10000, 99999)}{rng.randrange(0, 9999):04d}{rng.randrange(1, 99):02d}"
            pack, size, size_uom = rng.choice([(12, 1, "EA"), (24, 1, "EA"), (6, 1, "EA"), (1, count, "EA")])
            price = rng.randrange(150, 25000) * 100  # in 1/10000 dollars
        else:
            brand = rng.choice(BRANDS)
            product, size, size_uom = rng.choice(PRODUCTS)
            desc = f"{brand} {product} {size} {size_uom}"
            ndc = None
            pack = rng.choice([4, 6, 8, 12, 12, 24, 24, 36, 48])
            price = rng.randrange(100, 4000) * 100
        # unit price with 2, 3 or 4 decimals (stored in 1/10000 units)
        decimals = rng.choice((2, 2, 2, 3, 4))
        if decimals == 3:
            price += rng.randrange(0, 10) * 10
        elif decimals == 4:
            price += rng.randrange(1, 100)
        return {
            "vp": f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randrange(10000, 99999)}-{rng.randrange(10, 99)}",
            "in": str(rng.randrange(100_000_000, 999_999_999)),
            "upc": upc,
            "gtin14": gtin14,
            "ndc": ndc,
            "desc": desc[:80],
            "pack": pack,
            "size": size,
            "size_uom": size_uom if size_uom in ("OZ", "ML", "LB", "RL") else "EA",  # PO403 code
            "price_e4": price,
            "price": fmt_r(price // 10 ** (4 - decimals), decimals),
            "weight_tenths": rng.randrange(20, 600),
        }

    # -- envelope -----------------------------------------------------------------------
    def isa(self) -> str:
        is_5010 = self.version == "005010"
        d = self.dates[self.env_day]
        t = self.env_time
        fields = [
            "ISA", "00", " " * 10, "00", " " * 10,
            "ZZ", self.sender_id.ljust(15), "ZZ", self.receiver_id.ljust(15),
            d[2:], t, "^" if is_5010 else "U", "00501" if is_5010 else "00401",
            f"{self.interchange_no:09d}", "0", "P", ">",
        ]
        seg = "*".join(fields) + "~"
        assert len(seg) == 106, len(seg)
        return seg + "\n"

    def gs(self) -> str:
        code = "PO" if self.tset == "850" else "SH"
        return (f"GS*{code}*{self.sender_id}*{self.receiver_id}*{self.dates[self.env_day]}*{self.env_time}"
                f"*{self.group_no}*X*{self.version}" + SEG_END)

    def trailers(self, n_sets: int) -> str:
        return (f"GE*{n_sets}*{self.group_no}" + SEG_END +
                f"IEA*1*{self.interchange_no:09d}" + SEG_END)

    # -- 850 ------------------------------------------------------------------------------
    def po850(self, control: str) -> str:
        rng = self.rng
        rand = rng.random
        dates = self.dates
        day = self.env_day - rng.randrange(0, 3)
        self.po_counter += rng.randrange(1, 40)
        po_no = str(self.po_counter)
        store = rng.choice(self.stores)
        s = [f"ST*850*{control}",
             f"BEG*00*SA*{po_no}**{dates[day]}",
             "CUR*BY*USD",
             f"REF*DP*{rng.randrange(1, 999):03d}",
             f"PER*BD*{rng.choice(BUYERS)}*TE*{rng.randrange(200, 989)}555{rng.randrange(0, 9999):04d}"]
        if rand() < 0.5:
            s.append("FOB*PP*OR*SHIPPING POINT")
        else:
            s.append("FOB*CC*DE*DESTINATION")
        if rand() < 0.6:
            s.append("ITD*01*3*2**10**30")
        else:
            s.append("ITD*05*3*****" + rng.choice(("30", "45", "60")))
        s.append(f"DTM*002*{dates[day + rng.randrange(7, 30)]}")
        scac, carrier = rng.choice(CARRIERS)
        s.append(f"TD5*B*2*{scac}*M*{carrier}")
        s.append("N9*L1*SPECIAL INSTRUCTIONS")
        for msg in rng.sample(MSG_TEXTS, rng.randrange(1, 4)):
            s.append(f"MSG*{msg}")
        s.append(f"N1*BY*{self.retailer_name}*UL*{self.buyer_gln}")
        store_no, store_gln, street, city, state, zipc = store
        s.append(f"N1*ST*{self.retailer_name} STORE {store_no}*UL*{store_gln}")
        s.append(f"N3*{street}")
        s.append(f"N4*{city}*{state}*{zipc}*US")
        s.append(f"N1*VN*{self.vendor_name}*92*{self.vendor_number}")
        if rand() < 0.5:
            street, city, state, zipc = self.vendor_addr
            s.append(f"N3*{street}")
            s.append(f"N4*{city}*{state}*{zipc}*US")
        n_lines = rng.randrange(20, 51)
        qty_total = 0
        amount_e4 = 0
        for line_no, item in enumerate(rng.sample(self.catalog, n_lines), 1):
            r = rand()
            uom = "EA" if r < 0.6 else ("CA" if r < 0.85 else "BX")
            qty = rng.randrange(1, 48) if uom != "EA" else rng.randrange(1, 500)
            if uom == "EA":
                price_e4, price = item["price_e4"], item["price"]
            else:  # case/box price = pack x each price, keeping the same decimals
                price_e4 = item["price_e4"] * item["pack"]
                dec = len(item["price"]) - item["price"].index(".") - 1
                price = fmt_r(price_e4 // 10 ** (4 - dec), dec)
            qty_total += qty
            amount_e4 += qty * price_e4
            po1 = (f"PO1*{line_no}*{qty}*{uom}*{price}*PE*VN*{item['vp']}*IN*{item['in']}"
                   f"*UK*{item['gtin14']}")
            if item["ndc"]:
                po1 += f"*N4*{item['ndc']}"
            s.append(po1)
            s.append(f"PID*F****{item['desc']}")
            if rand() < 0.35:
                if rand() < 0.5:
                    s.append(f"PO4*{item['pack']}*{item['size']}*{item['size_uom']}")
                else:
                    s.append(f"PO4*{item['pack']}*{item['size']}*{item['size_uom']}*CTN25*G*"
                             f"{fmt_tenths(item['weight_tenths'])}*LB")
            if rand() < 0.2:
                s.append(f"REF*PD*PROMO{rng.randrange(1000, 9999)}")
            if rand() < 0.15:
                code, desc = rng.choice(ALLOWANCES)
                # SAC05 is N2 (implied 2 decimals); SAC06..SAC14 empty, SAC15 description.
                s.append(f"SAC*A*{code}***{rng.randrange(100, 50000)}" + "*" * 10 + desc)
            if rand() < 0.1:
                s.append(f"DTM*002*{dates[day + rng.randrange(10, 45)]}")
        s.append(f"CTT*{n_lines}*{qty_total}")
        cents = (amount_e4 + 50) // 100
        s.append(f"AMT*TT*{fmt_r(cents, 2)}")
        s.append(f"SE*{len(s) + 1}*{control}")
        return SEG_END.join(s) + SEG_END

    # -- 856 ------------------------------------------------------------------------------
    def asn856(self, control: str) -> str:
        rng = self.rng
        rand = rng.random
        randrange = rng.randrange
        dates = self.dates
        day = self.env_day - randrange(0, 2)
        self.ship_counter += randrange(1, 25)
        ship_time = self.times[randrange(360, 1200)]
        scac, carrier = rng.choice(CARRIERS)
        store = rng.choice(self.stores)
        # Build the tree first so TD1 can carry the pack count and weight.
        orders = []
        n_packs_total = 0
        weight_tenths = 0
        for _ in range(randrange(1, 6)):
            self.po_counter += randrange(1, 40)
            packs = []
            for _ in range(randrange(1, 11)):
                self.sscc_serial += 1
                body = str(randrange(0, 10)) + self.vendor_prefix + f"{self.sscc_serial:09d}"
                items = rng.sample(self.catalog, randrange(1, 9))
                packs.append((body + gs1_check_digit(body), items))
                n_packs_total += 1
                weight_tenths += randrange(30, 600)
            orders.append((str(self.po_counter), dates[day - randrange(5, 30)], packs))

        s = [f"ST*856*{control}",
             f"BSN*00*{self.ship_counter}*{dates[day]}*{ship_time}*0001",
             f"DTM*011*{dates[day]}*{ship_time}",
             "HL*1**S*1",
             f"TD1*CTN25*{n_packs_total}****G*{fmt_tenths(weight_tenths)}*LB",
             f"TD5*B*2*{scac}*M*{carrier}",
             f"REF*BM*{self.vendor_number}{self.ship_counter}"]
        if rand() < 0.5:
            s.append(f"REF*CN*{randrange(100_000_000, 999_999_999)}")
        s.append(f"DTM*017*{dates[day + randrange(1, 6)]}")
        street, city, state, zipc = self.vendor_addr
        s.append(f"N1*SF*{self.vendor_name}*UL*{self.vendor_gln}")
        s.append(f"N3*{street}")
        s.append(f"N4*{city}*{state}*{zipc}*US")
        store_no, store_gln, street, city, state, zipc = store
        s.append(f"N1*ST*{self.retailer_name} STORE {store_no}*UL*{store_gln}")
        s.append(f"N3*{street}")
        s.append(f"N4*{city}*{state}*{zipc}*US")
        hl = 1
        qty_total = 0
        for po_no, po_date, packs in orders:
            hl += 1
            order_hl = hl
            s.append(f"HL*{order_hl}*1*O*1")
            s.append(f"PRF*{po_no}***{po_date}")
            if rand() < 0.3:
                s.append(f"REF*IA*{self.vendor_number}")
            for sscc, items in packs:
                hl += 1
                pack_hl = hl
                s.append(f"HL*{pack_hl}*{order_hl}*P*1")
                s.append(f"MAN*GM*{sscc}")
                for item in items:
                    hl += 1
                    qty = randrange(1, 49)
                    qty_total += qty
                    s.append(f"HL*{hl}*{pack_hl}*I*0")
                    lot = f"L{dates[day][2:4]}{'ABCDEFGHJKLM'[randrange(0, 12)]}{randrange(0, 10000):04d}"
                    lin = f"LIN**VP*{item['vp']}*UP*{item['upc']}*LT*{lot}"
                    if item["ndc"]:
                        lin += f"*N4*{item['ndc']}"
                    s.append(lin)
                    s.append(f"SN1**{qty}*EA")
                    s.append(f"PID*F****{item['desc']}")
                    s.append(f"DTM*036*{dates[day + randrange(180, 900)]}")
        s.append(f"CTT*{hl}*{qty_total}")
        s.append(f"SE*{len(s) + 1}*{control}")
        return SEG_END.join(s) + SEG_END


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate one large, valid X12 interchange (850 purchase orders or 856 ship notices).")
    ap.add_argument("--set", dest="tset", required=True, choices=("850", "856"), help="transaction set")
    ap.add_argument("--size-mb", type=float, default=10.0,
                    help="target size in MB (1 MB = 1,000,000 bytes); default 10")
    ap.add_argument("--count", type=int, default=None,
                    help="write exactly this many transaction sets instead of a size target")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--version", default="004010", choices=("004010", "005010"),
                    help="GS08 / ISA12 version (default 004010)")
    ap.add_argument("-o", "--output", required=True, help="output file ('-' for stdout)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    args = ap.parse_args(argv)
    if args.count is not None and args.count < 1:
        ap.error("--count must be at least 1")
    if args.count is None and args.size_mb <= 0:
        ap.error("--size-mb must be positive")

    started = time.perf_counter()
    gen = Generator(args.tset, args.version, args.seed)
    make = gen.po850 if args.tset == "850" else gen.asn856
    target = int(args.size_mb * 1_000_000)

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="ascii", newline="\n")
    try:
        head = gen.isa() + gen.gs()
        out.write(head)
        written = len(head)
        buf: list[str] = []
        buffered = 0
        n = 0
        while True:
            if args.count is not None:
                if n >= args.count:
                    break
            elif written + buffered >= target and n > 0:
                break
            n += 1
            ts = make(f"{n:04d}")
            buf.append(ts)
            buffered += len(ts)
            if buffered >= 1 << 20:
                out.write("".join(buf))
                written += buffered
                buf.clear()
                buffered = 0
        tail = gen.trailers(n)
        buf.append(tail)
        buffered += len(tail)
        out.write("".join(buf))
        written += buffered
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        secs = time.perf_counter() - started
        print(f"gen-x12: {args.tset} {args.version} seed={args.seed}: {n} transaction sets, "
              f"{written:,} bytes in {secs:.2f}s -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
