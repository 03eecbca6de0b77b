#!/usr/bin/env python3
"""Builds the labelled accuracy set in core/src/test/resources/accuracy/ from FinanceDatabase (MIT).

    python3 tools/build-accuracy-set.py ../shared/data core/src/test/resources/accuracy

The same security (ISIN) listed on several exchanges is one company written down by different
sources: "WESTPAC BKG" on Berlin, "Westpac Banking Corporation" on the ASX. For each sampled ISIN the
LEFT list gets a primary listing (with website and city when there is one) and the RIGHT list a
secondary listing, preferring one whose name is written differently. Both lists also get companies
the other lacks (single listings), which is where false matches would come from. Companies with
several securities (share classes) are kept to one ISIN, so the truth has no same-company negatives.
"""
import csv, gzip, os, random, re, sys, collections

root, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(gzip.open(os.path.join(root, "financedatabase/equities_no_summary.csv.gz"), "rt", encoding="utf-8")))
GERMAN = {"BER", "MUN", "DUS", "HAM", "HAN", "GER", "STU", "FRA", "EBS"}

def site_key(w):
    w = re.sub(r"^https?://", "", w.lower()).split("/")[0]
    return re.sub(r"^www\d?\.", "", w)

def name_key(n, country=""):
    # Six letters and the country: share classes and re-listings of one company ("SAGAX AB-A" / "SAGAX AB-B",
    # "HTG MOLECUL.DIAGN" / "HTG Molecular Diagnostics") must not end up as two "different" companies.
    return re.sub(r"[^a-z0-9]", "", n.lower())[:6] + "|" + country

# Exchange-only security descriptors that no CRM account name holds: par values ("DL -,01", "EO-,60",
# "RP100"), share types and classes ("INH", "O.N.", "NA", "CL. A", "Class B", "SP.ADR 1", "ORD SHS",
# "REGS", "-FGN-", "NEW", "Common Share", "Registered Shares"). Company words and their abbreviations
# ("HLDG", "TECHN.", "MNG") are left as the exchange wrote them: that is the variation being measured.
DESCRIPTOR = re.compile(
    r"(?:(?:[\s.]+|\s+-\s+)(?:-?,\d+|[A-Z]{2}\s?-?,\d+|[A-Z]{2}\s*-?\d+(?:,\d+)?|RP\s?\d+|INH\.?|O\.N\.?|NA|N|"
    r"CL(?:ASS)?\.?\s?[A-C]|(?:SP(?:ONSORED)?\.?\s?)?ADRS?(?:\s?\d+)?|S\.ADR|ORD(?:\s+SHS)?|SHS|REGS|"
    r"-?FGN\.?-?|\(?NEW\)?|COMMON\s+SHARES?|-\s+REGISTERED\s+SHARES|REGISTERED\s+SHARES)[\s.]*)$",
    re.IGNORECASE)

def clean(name):
    previous = None
    while previous != name:
        previous = name
        name = DESCRIPTOR.sub("", name).strip(" -")
    return name or previous

# Certificates and exchange-traded products ("EGB OE TL.Z./SAP", "GPF Physical Gold ETC") are not companies.
PRODUCT = re.compile(r"/|\b(?:TL\.Z|TS\.Z|ETC|ETF|ETN|OE)\b")

def stems(name):
    return {w[:4] for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 3}

def same_company(p, s):
    """Drops label errors of the source: a secondary listing whose country is the exchange's (a Swedish
    company 'in Vietnam'), or whose name shares no word stem with the primary and no website (FinanceDatabase
    attaches a few ISINs to unrelated names)."""
    if p["country"] != s["country"]:
        return False
    if s["website"] and site_key(s["website"]) == site_key(p["website"]):
        return True
    return bool(stems(p["name"]) & stems(s["name"]))

by_isin = collections.defaultdict(list)
for r in rows:
    if PRODUCT.search(r["name"]):
        continue
    # Rows without a sector are funds, certificates and other instruments, not companies.
    if r["isin"] and r["country"] and r["name"] and r["sector"]:
        r["name"] = clean(r["name"])
        by_isin[r["isin"]].append(r)

random.seed(20261123)
isins = sorted(by_isin)
random.shuffle(isins)
used_sites, used_names = set(), set()
pairs, left_only, right_only = [], [], []

def claim(r):
    """False when this company (by website or name) is already in the set under another ISIN."""
    keys = {("n", name_key(r["name"], r["country"]))}
    if r["website"]:
        keys.add(("s", site_key(r["website"])))
    if keys & (used_sites | used_names):
        return False
    for k in keys:
        (used_sites if k[0] == "s" else used_names).add(k)
    return True

for isin in isins:
    group = by_isin[isin]
    with_site = [r for r in group if r["website"] and r["exchange"] not in GERMAN] or [r for r in group if r["website"]]
    if len(group) > 1 and with_site:
        primary = with_site[0]
        others = [r for r in group if r is not primary]
        differing = [r for r in others if r["name"] != primary["name"]]
        secondary = (differing or others)[0]
        if not same_company(primary, secondary):
            continue
        if not differing and random.random() < 0.6:
            continue  # keep the set weighted towards names written differently
        if not claim(primary):
            continue
        for r in group:
            used_names.add(("n", name_key(r["name"], r["country"])))
        pairs.append((primary, secondary))
    elif len(group) == 1:
        r = group[0]
        if not claim(r):
            continue
        (left_only if len(left_only) <= len(right_only) else right_only).append(r)

pairs = pairs[:1800]
left_only, right_only = left_only[:1500], right_only[:1500]
POPS_L = ["Customers", "Customers", "Open Opportunities", "Prospects"]
POPS_R = ["Customers", "Prospects", "Prospects", "Partners"]

def rec(r, rid, pops):
    return {"Id": rid, "Name": r["name"], "Website": r["website"], "Country": r["country"], "City": r["city"],
            "Type": random.choice(pops)}

left, right, truth = [], [], []
for i, (p, s) in enumerate(pairs):
    left.append(rec(p, f"L{i:05d}", POPS_L))
    right.append(rec(s, f"R{i:05d}", POPS_R))
    truth.append((f"L{i:05d}", f"R{i:05d}", "same-name" if p["name"] == s["name"] else "name-variant"))
for i, r in enumerate(left_only):
    left.append(rec(r, f"L{len(pairs) + i:05d}", POPS_L))
for i, r in enumerate(right_only):
    right.append(rec(r, f"R{len(pairs) + i:05d}", POPS_R))
random.shuffle(left)
random.shuffle(right)

os.makedirs(out, exist_ok=True)
for name, data in (("left.csv", left), ("right.csv", right)):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["Id", "Name", "Website", "Country", "City", "Type"])
        w.writeheader()
        w.writerows(data)
with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["left_id", "right_id", "kind"])
    w.writerows(truth)
print(f"{len(pairs)} true pairs, {len(left)} left, {len(right)} right", file=sys.stderr)
