#!/usr/bin/env python3
"""Builds companies.csv.gz (see SOURCE.txt) from the FinanceDatabase equity files.

Usage: python3 make_sample.py <equities_no_summary.csv.gz> <NYQ_commit_a35edeb.csv.gz> <out.csv.gz>
One row per company: rows with a website, one per web host, none whose domain label is shared by several hosts, one per distinctive name, one per ISIN /
composite FIGI, so that two rows of the sample are (as far as the data can tell) different companies.
"""
import csv, gzip, io, re, sys

LEGAL = set("""inc incorporated corp corporation co company ltd limited llc plc ag sa nv se gmbh kgaa bv ab asa oyj
spa s p a as a s bhd berhad tbk pt pcl jsc pjsc oao ojsc kk sas sarl srl lp l p holdings holding group the and of
publ cl adr reit trust ltda de do da del la le sab cv tbk persero international intl""".split())
BAD_NAME = re.compile(r"\b(fund|etf|fondo|fonds|index|warrant|notes?|preferred|pref|units?|rights?|adrs?|sponsored|depositary|class [a-z])\b", re.I)

def host(url):
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = u.split("/")[0].split("?")[0].split("#")[0].split(":")[0]
    u = re.sub(r"^www\d*\.", "", u)
    return u if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", u) else None

SECOND_LEVEL = set("""co.uk org.uk com.au net.au co.jp com.br com.cn com.hk co.kr com.tw co.in co.za co.nz com.sg com.my
co.id co.th com.mx com.tr co.il com.ar com.ph com.pk com.vn com.pl com.pe com.co com.cy com.mt net.cn or.jp ne.jp""".split())

def label(h):
    """The registrable domain's first label, as io.venn.bench.data.Websites computes it."""
    parts = h.split(".")
    keep = 3 if len(parts) > 2 and ".".join(parts[-2:]) in SECOND_LEVEL else 2
    return parts[-keep] if len(parts) >= keep else parts[0]

def key(name):
    toks = [t for t in re.split(r"[^a-z0-9]+", name.lower()) if t and t not in LEGAL]
    return " ".join(sorted(toks))

def quality(r):
    n = r["name"]
    return (bool(r["city"]), not n.isupper(), "," not in n or ", " in n, not re.search(r"\d", n), -len(n))

def main(src, nyq, out):
    rows = []
    for path in (nyq, src):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f) if r["website"].strip() and r["name"].strip()]
    by_host = {}
    for r in rows:
        h = host(r["website"])
        if h and not BAD_NAME.search(r["name"]):
            by_host.setdefault(h, []).append(r)
    seen_key, seen_id, out_rows = set(), set(), []
    hosts_per_label = {}
    for h in by_host:
        hosts_per_label.setdefault(label(h), set()).add(h)
    for h in sorted(by_host):
        group = by_host[h]
        if len({key(r["name"]) for r in group}) > 3:  # a shared host (fund families, broker pages)
            continue
        best = max(group, key=quality)
        k = key(best["name"])
        ids = {r[c] for r in group for c in ("isin", "composite_figi") if r[c]}
        # a label on several hosts (acme.com, acme.de, ir-platform.com/acme) could be one company or a
        # shared platform: either way the truth would be unclear, so keep none of them
        if not k or k in seen_key or ids & seen_id or len(hosts_per_label[label(h)]) > 1:
            continue
        seen_key.add(k)
        seen_id |= ids
        out_rows.append((best["name"].strip(), best["website"].strip(), best["country"].strip(), best["city"].strip()))
    # mtime=0 and no file name in the gzip header: the output is byte-for-byte reproducible
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "website", "country", "city"])
        w.writerows(out_rows)
    print(len(out_rows), "companies")

if __name__ == "__main__":
    main(*sys.argv[1:4])
