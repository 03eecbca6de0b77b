#!/usr/bin/env python3
"""Regenerates service/src/main/resources/demo/*.csv from FinanceDatabase (MIT, see SOURCE.md).

Usage: python3 make-demo-lists.py /path/to/financedatabase/equities_no_summary.csv.gz
Deterministic (seeded): two CRM-style exports with ~50% overlap and realistic variations.
"""
import csv, gzip, random, re, sys

OUT = "../src/main/resources/demo/"
rng = random.Random(20261123)
rows = []
seen = set()
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        web, name = (r["website"] or "").strip(), (r["name"] or "").strip()
        if not web or not name or not r["country"] or not r["city"] or "%" in name:
            continue
        dom = re.sub(r"^https?://(www\.)?", "", web).split("/")[0].lower()
        if dom in seen or len(name) > 60:
            continue
        seen.add(dom)
        rows.append(r)
rng.shuffle(rows)
pool = rows[:560]
shared, only_a, only_b = pool[:160], pool[160:360], pool[360:560]

LEGAL = re.compile(r"[ ,]+(Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|SA|AG|SE|GmbH|Co\., Ltd\.|Holdings?)$")
ALIAS = {"United States": ["USA", "US", "United States of America"], "United Kingdom": ["UK", "GB", "Great Britain"],
         "Germany": ["DE", "Deutschland"], "Netherlands": ["NL", "The Netherlands"], "Japan": ["JP"], "France": ["FR"]}
OWNERS_A = ["Dana Whitfield", "Marco Rossi", "Priya Nair", "Tom Becker", "Aiko Tanaka"]
OWNERS_B = ["Lena Fischer", "Sam Okafor", "Julia Martins", "Ravi Shah"]
POPS = ["Customers", "Open Opportunities", "Prospects"]

def vary_name(n):
    k = rng.random()
    if k < 0.35 and LEGAL.search(n):
        return LEGAL.sub("", n)
    if k < 0.5:
        return n.upper()
    if k < 0.6:
        return n.replace(" and ", " & ")
    return n

def vary_web(w):
    d = re.sub(r"^https?://(www\.)?", "", w).split("/")[0]
    return rng.choice([d, "www." + d, "https://www." + d + "/", "http://" + d + "/en/home", w])

def vary_country(c):
    return rng.choice(ALIAS.get(c, [c]) + [c])

def pop():
    return rng.choices(POPS, weights=[4, 2, 4])[0]

a_rows, b_rows = [], []
for i, r in enumerate(shared + only_a):
    a_rows.append(["001A%05d" % (i + 1), r["name"], r["website"], r["country"], r["city"], pop(), rng.choice(OWNERS_A), r["industry"]])
for i, r in enumerate(shared + only_b):
    vary = i < len(shared)
    b_rows.append([str(870000 + i), vary_name(r["name"]) if vary else r["name"], vary_web(r["website"]) if vary else r["website"],
                   vary_country(r["country"]) if vary else r["country"], r["city"], pop(), rng.choice(OWNERS_B), r["industry"]])
rng.shuffle(a_rows)
rng.shuffle(b_rows)
with open(OUT + "northwind-accounts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Account ID", "Account Name", "Website", "Billing Country", "Billing City", "Type", "Account Owner", "Industry"])
    w.writerows(a_rows)
with open(OUT + "contoso-accounts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Record ID", "Company name", "Company Domain Name", "Country/Region", "City", "Lifecycle Stage", "Company owner", "Industry"])
    w.writerows(b_rows)
print(len(a_rows), len(b_rows))
