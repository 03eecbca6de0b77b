#!/usr/bin/env python3
"""Builds the labelled CRM-style corpus (core/src/test/resources/crm-corpus/) and the NYSE/SEC check
(core/src/test/resources/nyse-sec/) from the public data in ../shared/data. Python 3 standard library
plus ICU4J (the project's own dependency) for the script transforms, run through tools/Transliterate.java.

    python3 tools/build-crm-corpus.py ../shared/data core/src/test/resources

Deterministic: the same input gives byte-identical output. See crm-corpus/SOURCE.txt for what is built.
Every company comes from FinanceDatabase (real name, website, country, city); a labelled pair is one
company written down by two CRMs, with one named kind of difference. Hard negatives are pairs of
different companies that look alike (mostly mined from the real listings). Records are split into a
DEV part (tune on it) and a HELD-OUT part (report on it) by a hash of the company group.
"""
import collections, csv, glob, gzip, hashlib, json, os, random, re, subprocess, sys, unicodedata

root, out_root = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261202
rnd = random.Random(SEED)

# ---------------------------------------------------------------- reading and cleaning the listings
rows = list(csv.DictReader(gzip.open(os.path.join(root, "financedatabase/equities_no_summary.csv.gz"), "rt", encoding="utf-8")))
GERMAN = {"BER", "MUN", "DUS", "HAM", "HAN", "GER", "STU", "FRA", "EBS"}
# Exchange-only security descriptors no CRM account holds (as in tools/build-accuracy-set.py).
DESCRIPTOR = re.compile(
    r"(?:(?:[\s.]+|\s+-\s+)(?:-?,\d+|[A-Z]{2}\s?-?,\d+|[A-Z]{2}\s*-?\d+(?:,\d+)?|RP\s?\d+|INH\.?|O\.N\.?|NA|N|"
    r"CL(?:ASS)?\.?\s?[A-C]|(?:SP(?:ONSORED)?\.?\s?)?ADRS?(?:\s?\d+)?|S\.ADR|ORD(?:\s+SHS)?|SHS|REGS|"
    r"-?FGN\.?-?|\(?NEW\)?|COMMON\s+SHARES?|-\s+REGISTERED\s+SHARES|REGISTERED\s+SHARES)[\s.]*)$",
    re.IGNORECASE)
PRODUCT = re.compile(r"/|\b(?:TL\.Z|TS\.Z|ETC|ETF|ETN|OE|FUND|TRUST|WARRANTS?|UNITS?|RIGHTS?)\b", re.IGNORECASE)


def clean(name):
    previous = None
    while previous != name:
        previous = name
        name = DESCRIPTOR.sub("", name).strip(" -")
    return name or previous


def host(url):
    h = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split("?")[0]
    return re.sub(r"^www\d?\.", "", h)


SECOND_LEVEL = {"co", "com", "ne", "or", "ac", "go", "net", "org", "gov", "edu", "ltd", "plc"}


def registrable(h):
    """Good enough for building: the last two labels, three under a ccTLD's second level ("co.uk")."""
    parts = h.split(".")
    n = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in SECOND_LEVEL else 2
    return ".".join(parts[-n:])


def label(h):
    return registrable(h).split(".")[0]


# Legal-form words (cleanco, MIT) that CRMs add, drop or abbreviate: stripped to get a name's core.
LEGAL = set()
for line in open(os.path.join(root, "legal-forms/cleanco_terms.tsv"), encoding="utf-8").read().splitlines()[1:]:
    term = line.split("\t")[2].lower().replace(".", "").strip()
    if term and " " not in term:
        LEGAL.add(term)
LEGAL |= {"company", "co", "corp", "corporation", "limited", "ltd", "inc", "incorporated", "plc", "public", "the",
          "pcl", "publ", "pjsc", "ojsc", "jsc", "tbk", "bhd", "berhad", "holding", "holdings", "group"} - {"holding", "holdings", "group"}
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(name):
    return WORD.findall(name)


def core(name):
    """The name's words without bracketed parts, leading "The" and trailing legal forms or share-class letters."""
    ws = words(re.sub(r"\([^)]*\)", " ", name))
    while ws and ws[0].lower() == "the":
        ws = ws[1:]
    while len(ws) > 1 and (ws[-1].lower() in LEGAL or (len(ws[-1]) == 1 and ws[-1].isupper())):
        ws = ws[:-1]
    return ws


def squash(ws):
    return "".join(w.lower() for w in ws)


# ---------------------------------------------------------------- companies (one per ISIN / website)
groups = collections.defaultdict(list)
for r in rows:
    if not r["name"] or not r["country"] or PRODUCT.search(r["name"]):
        continue
    r["name"] = clean(r["name"])
    if r["isin"]:
        groups["i:" + r["isin"]].append(r)
    elif r["website"] and r["sector"]:
        groups["s:" + host(r["website"])].append(r)

companies, used_sites, used_names = [], set(), set()
for key in sorted(groups):
    g = groups[key]
    ranked = sorted(g, key=lambda r: (not r["website"], r["exchange"] in GERMAN, not r["city"], r["exchange"], r["symbol"]))
    p = ranked[0]
    if not p["sector"] and not p["website"]:
        continue  # funds and certificates
    site = host(p["website"]) if p["website"] else ""
    nk = squash(core(p["name"])) + "|" + p["country"]
    if (site and registrable(site) in used_sites) or nk in used_names or len(squash(core(p["name"]))) < 2:
        continue
    alts = sorted({r["name"] for r in g if r["name"] != p["name"] and r["country"] == p["country"]})
    for r in g:
        used_names.add(squash(core(r["name"])) + "|" + r["country"])
    if site:
        used_sites.add(registrable(site))
    companies.append({"key": key, "name": p["name"], "website": p["website"], "site": site, "country": p["country"],
                      "city": p["city"], "industry": p["industry"], "alts": alts})
rnd.shuffle(companies)
# A company without a website may be another company's listing under a second ISIN ("DR HOENLE AG" / "Hoenle AG"):
# such records are used only when no other company starts with the same six letters.
# ("NOVO-NORDISK NAM.B" is listed under a Danish and a Canadian ISIN, so the country is not part of the test.)
prefix_count = collections.Counter(squash(core(c["name"]))[:6] for c in companies)


def unique_prefix(c):
    return prefix_count[squash(core(c["name"]))[:6]] == 1


print(f"{len(companies)} companies ({sum(1 for c in companies if c['site'])} with a website)", file=sys.stderr)

taken = set()


def take(c):
    taken.add(c["key"])


def free(c):
    return c["key"] not in taken


# ---------------------------------------------------------------- hard negatives mined from the listings
negatives = []  # (left company record, right company record, kind)
with_site = [c for c in companies if c["site"]]


def mine(kind, pairs, limit):
    n = 0
    for a, b in pairs:
        if n >= limit:
            break
        if free(a) and free(b) and label(a["site"]) != label(b["site"]):
            take(a), take(b)
            ra, rb = rec(a), rec(b)
            if kind == "parent-subsidiary" and rnd.random() < 0.4:
                # Many subsidiaries live on a subdomain of the group's site (mobility.siemens.com): the same
                # registrable domain, and still another company.
                extra = squash(core(b["name"])[len(core(a["name"])):])[:20] or "group"
                rb["website"] = f"https://{extra}.{registrable(a['site'])}"
            negatives.append((ra, rb, kind) if rnd.random() < 0.5 else (rb, ra, kind))
            n += 1
    print(f"  {kind}: {n} pairs", file=sys.stderr)


def rec(c, **changes):
    r = {"group": c["key"], "name": c["name"], "website": c["website"], "country": c["country"], "city": c["city"]}
    r.update(changes)
    return r


# Parent vs subsidiary: one company's name is another's plus distinguishing words ("Siemens" / "Siemens Energy").
by_core = collections.defaultdict(list)
for c in with_site:
    by_core[squash(core(c["name"]))].append(c)
parent_pairs = []
for c in with_site:
    ws = core(c["name"])
    for k in range(1, len(ws)):
        head = squash(ws[:k])
        if len(head) >= 4 and head in by_core:
            parent_pairs += [(p, c) for p in by_core[head] if p is not c]
            break
rnd.shuffle(parent_pairs)

# Two companies under one sector word ("Bank of Baroda" / "Bank of India", "X Gramin Bank" / "Y Gramin Bank"):
# the same number of words, in one country, all but one word equal.
GENERIC = {"holdings", "holding", "group", "international", "intl", "industries", "enterprises", "technologies", "technology",
           "resources", "global", "corporation", "company", "limited", "capital", "partners", "ventures", "investments"}
by_mask = collections.defaultdict(list)
for c in with_site:
    ws = [w.lower() for w in core(c["name"])]
    if 2 <= len(ws) <= 5:
        for i in range(len(ws)):
            rest = ws[:i] + ["*"] + ws[i + 1:]
            shared = [w for w in rest if w != "*"]
            if any(len(w) >= 4 and w not in GENERIC for w in shared):
                by_mask[(c["country"], " ".join(rest))].append(c)
sector_pairs = []
for key in sorted(by_mask):
    g = by_mask[key]
    sector_pairs += [(g[i], g[i + 1]) for i in range(0, len(g) - 1, 2)]
rnd.shuffle(sector_pairs)
# Most shared words first: "X Gramin Bank" / "Y Gramin Bank" before "X Copper" / "Y Copper".
sector_pairs.sort(key=lambda p: -len(core(p[0]["name"])))

# Regional subsidiaries listed in their own country ("Nestlé India" / "Nestlé S.A."): a name that is another
# company's core plus a country name, in another country.
COUNTRY_WORDS = {"india", "indonesia", "malaysia", "thailand", "nigeria", "pakistan", "japan", "china", "korea", "brasil",
                 "brazil", "mexico", "canada", "australia", "france", "deutschland", "germany", "italia", "espana", "uk",
                 "america", "usa", "philippines", "vietnam", "singapore", "egypt", "kenya", "ghana", "bangladesh",
                 "sri", "lanka", "turkey", "turkiye", "polska", "chile", "peru", "colombia", "argentina", "hellas", "israel"}
regional_pairs = []
for c in with_site:
    ws = core(c["name"])
    rest = [w for w in ws if w.lower() not in COUNTRY_WORDS]
    if 0 < len(rest) < len(ws):
        regional_pairs += [(p, c) for p in by_core.get(squash(rest), []) if p is not c and p["country"] != c["country"]]

mine("regional-branch", regional_pairs, 200)
mine("parent-subsidiary", parent_pairs, 300)
mine("sector-word", sector_pairs, 400)

# Regional branches made from one brand: "Acme (France)" at acme.fr vs "Acme" at acme.be, other country.
CCTLD = {"France": "fr", "Belgium": "be", "Germany": "de", "Italy": "it", "Spain": "es", "Netherlands": "nl",
         "United Kingdom": "co.uk", "Switzerland": "ch", "Austria": "at", "Sweden": "se", "Poland": "pl",
         "Japan": "co.jp", "Australia": "com.au", "Canada": "ca", "Brazil": "com.br", "Mexico": "com.mx",
         "India": "in", "Singapore": "sg", "Denmark": "dk", "Norway": "no", "Ireland": "ie", "Portugal": "pt",
         "South Africa": "co.za", "New Zealand": "co.nz", "Finland": "fi"}
CITY = {}
for c in companies:
    if c["city"] and c["country"] in CCTLD:
        CITY.setdefault(c["country"], []).append(c["city"])
n = 0
for c in with_site:
    if n >= 200:
        break
    ws = core(c["name"])
    if not free(c) or not (1 <= len(ws) <= 3) or not registrable(c["site"]).endswith(".com"):
        continue
    brand, lab, reg = " ".join(ws), label(c["site"]), registrable(c["site"])
    a, b = rnd.sample(sorted(CCTLD), 2)
    if rnd.random() < 0.5:
        site_a, site_b = f"https://www.{lab}.{CCTLD[a]}", f"www.{lab}.{CCTLD[b]}"
    else:
        # Branches on the group's one site, by country path or subdomain: the same registrable domain.
        site_a, site_b = f"https://www.{reg}/{CCTLD[a][-2:]}/", f"{CCTLD[b][-2:]}.{reg}"
    left = rec(c, name=f"{brand} ({a})", website=site_a, country=a, city=rnd.choice(CITY[a]))
    right_name = brand if rnd.random() < 0.5 else f"{brand} ({b})"
    right = rec(c, name=right_name, website=site_b, country=b, city=rnd.choice(CITY[b]))
    take(c)
    negatives.append((left, right, "regional-branch"))
    n += 1

# Two companies under one sector suffix: Indian banks moved to <name>.bank.in (2025), lenders to <name>.fin.in.
n = 0
for suffix, test in ((".bank.in", lambda c: "Bank" in c["industry"]),
                     (".fin.in", lambda c: c["industry"] in ("Consumer Finance", "Capital Markets", "Financial Services"))):
    pool = [c for c in with_site if c["country"] == "India" and test(c) and free(c)]
    for a, b in zip(pool[0::2], pool[1::2]):
        take(a), take(b)
        negatives.append((rec(a, website="https://" + label(a["site"]) + suffix), rec(b, website="www." + label(b["site"]) + suffix),
                          "sector-suffix"))
        n += 1
print(f"  sector-suffix: {n} pairs", file=sys.stderr)

# One platform domain: small companies whose website is a shop or page on a hosting platform.
PLATFORMS = ["https://{s}.myshopify.com", "https://{s}.wixsite.com/home", "https://sites.google.com/view/{s}",
             "http://{s}.blogspot.com", "https://{s}.business.site", "https://{s}.square.site", "https://{s}.github.io",
             "https://{s}.webflow.io", "https://{s}.netlify.app"]
pool = [c for c in companies if free(c) and not c["site"] and unique_prefix(c)]
for i in range(200):
    a, b = pool[2 * i], pool[2 * i + 1]
    fmt = PLATFORMS[i % len(PLATFORMS)]
    take(a), take(b)
    negatives.append((rec(a, website=fmt.format(s=squash(core(a["name"]))[:20])), rec(b, website=fmt.format(s=squash(core(b["name"]))[:20])),
                      "platform-domain"))

# ---------------------------------------------------------------- positives: one company, two CRMs
ABBREV = [("Corporation", "Corp."), ("Incorporated", "Inc."), ("Limited", "Ltd"), ("Company", "Co."),
          ("Aktiengesellschaft", "AG"), ("Public Company Limited", "PCL"), ("Holdings", "Hldgs"),
          ("International", "Intl"), ("Technologies", "Tech"), ("Group", "Grp")]


def legal_variant(name):
    for long, short in rnd.sample(ABBREV, len(ABBREV)):
        if re.search(r"\b" + re.escape(long) + r"\b", name):
            return re.sub(r"\b" + re.escape(long) + r"\b", short, name)
    ws = words(name)
    if len(core(name)) < len(ws):
        return " ".join(core(name))
    return name + rnd.choice([" Inc.", " Ltd", " LLC", " GmbH", " S.A.", " Corp."])


def punct_variant(name):
    options = [name.upper(), re.sub(r"[.,]", "", name), name.replace("&", "and") if "&" in name else name.replace(" and ", " & "),
               name.replace("-", " ") if "-" in name else re.sub(r"[.,]", "", name).lower()]
    out = [o for o in options if o != name]
    return rnd.choice(out) if out else name.upper()


KEYS = "qwertyuiopasdfghjklzxcvbnm"


def typo(name):
    ws = words(name)
    long = [w for w in ws if len(w) >= 5 and w.isalpha()]
    if not long:
        return None
    w = rnd.choice(long)
    i = rnd.randrange(1, len(w) - 1)
    op = rnd.randrange(4)
    t = (w[:i] + w[i + 1] + w[i] + w[i + 2:] if op == 0 else w[:i] + w[i + 1:] if op == 1 else w[:i] + w[i] + w[i:] if op == 2
         else w[:i] + rnd.choice(KEYS) + w[i + 1:])
    return None if t == w else name.replace(w, t, 1)


def url_variant(c):
    h, reg = c["site"], registrable(c["site"])
    return rnd.choice([f"https://{h}/en/home", f"WWW.{reg.upper()}", f"http://{reg}/", f"https://www.{reg}/?utm_source=crm",
                       f"https://investors.{reg}", f"https://global.{reg}/about-us", f"{reg}/contact"])


def crm_website(url):
    """How the other CRM writes the same website: without scheme, without www, or as typed."""
    h = host(url)
    return rnd.choice([f"www.{h}", h, f"https://{h}", url, f"https://www.{h}/"])


def stems(name):
    return {w[:4] for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 3}


def acronym_of(c):
    ws = [w for w in core(c["name"]) if w.lower() not in {"of", "and", "the", "de", "&"}]
    lab = label(c["site"]).replace("-", "")
    if 2 <= len(ws) <= 6 and 2 <= len(lab) <= 6 and lab == "".join(w[0] for w in ws).lower():
        return lab.upper()
    return None


GENERIC_LABELS = {"corporate", "investor", "investors", "group", "global", "online", "home", "info", "china", "japan", "india",
                  "korea", "bank", "company", "official", "shop", "store", "site", "world", "energy", "tech"}


ONSETS = {"ch", "sh", "th", "ph", "wh", "tr", "br", "cr", "dr", "pr", "gr", "fr", "bl", "cl", "fl", "gl", "pl", "sl", "sp", "st",
          "sc", "sk", "sm", "sn", "sw", "kr", "kl"}


def trading_name_of(c):
    """The website's label as the trading name when the legal name shares nothing with it ("Mobily" for Etihad
    Etisalat Company at mobily.com.sa, "Inditex" for Industria de Diseno Textil at inditex.com)."""
    lab = label(c["site"])
    ws = core(c["name"])
    vowels = sum(ch in "aeiou" for ch in lab)
    if not (lab.isalpha() and 4 <= len(lab) <= 12 and vowels >= len(lab) / 4 and lab not in GENERIC_LABELS | GENERIC):
        return None
    if lab[0] not in "aeiou" and lab[1] not in "aeiouy" and lab[:2] not in ONSETS:
        return None  # initials read as a word ("pgel", "hhglove"): not a name anyone says
    if any(lab[:4] == w.lower()[:4] or lab in w.lower() or w.lower() in lab for w in ws if len(w) >= 3):
        return None
    if lab == "".join(w[0] for w in ws).lower():
        return None
    return lab.capitalize()


def brand_of(c):
    """A brand that is part of the legal name and is the website's label ("Toyota" for "Toyota Motor Corporation" at
    toyota-global.com), when the legal name says more than the brand."""
    ws = core(c["name"])
    parts = [p for p in label(c["site"]).split("-") if len(p) >= 4]
    for j in range(1, len(ws)):
        if squash(ws[:j]) in parts and len(squash(ws[:j])) >= 4 and squash(ws[:j]) not in GENERIC:
            return " ".join(ws[:j])
    return None


# Native script: ICU Latin-to-script transforms of the romanized core name, with the local legal form.
NATIVE = {"Japan": ("Latin-Katakana", "株式会社{}"), "South Korea": ("Latin-Hangul", "주식회사 {}"),
          "Russia": ("Latin-Cyrillic", "ПАО «{}»"), "Greece": ("Latin-Greek", "{} Α.Ε."),
          "Thailand": ("Latin-Thai", "บริษัท {} จำกัด (มหาชน)"), "Saudi Arabia": ("Latin-Arabic", "شركة {}"),
          "Qatar": ("Latin-Arabic", "شركة {}"), "United Arab Emirates": ("Latin-Arabic", "شركة {}"),
          "Egypt": ("Latin-Arabic", "شركة {}"), "Kuwait": ("Latin-Arabic", "شركة {}"), "Israel": ("Latin-Hebrew", "{} בע\"מ")}


def respell(text, country):
    """English spellings read closer to how the name is said, so the script form is the one a local writes."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"ph", "f", t)
    t = re.sub(r"c(?=[eiy])", "s", t)
    t = re.sub(r"ck|c(?!h)|q", "k", t)
    t = re.sub(r"x", "ks", t)
    if country == "Russia":
        # ICU reads "ch" as two letters (ц + х): the single Cyrillic letters come from the caron forms.
        for latin, caron in (("shch", "šč"), ("ch", "č"), ("sh", "š"), ("zh", "ž"), ("kh", "h")):
            t = t.replace(latin, caron)
    if country in ("Japan", "South Korea"):
        t = re.sub(r"th", "s", t)
        t = re.sub(r"y\b", "ī", t)
        t = re.sub(r"er\b", "ā", t)
        if country == "Japan":
            t = t.replace("l", "r").replace("v", "b")
    return t


def transliterate(requests):
    jar = os.path.expanduser("~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar")
    data = "".join(f"{t}\t{s}\n" for t, s in requests)
    done = subprocess.run(["java", "-cp", jar, os.path.join(HERE, "Transliterate.java")], input=data.encode("utf-8"),
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8").splitlines()


def finish_script(text, country):
    # A word that starts with a vowel comes out of ICU as a bare vowel sign: Arabic and Hebrew write a carrier letter.
    carrier = {"Israel": "א"}.get(country, "ا" if NATIVE[country][0] == "Latin-Arabic" else None)
    if carrier:
        text = re.sub(r"(^|\s)(?=[\u0591-\u05c7\u064b-\u065f])", lambda m: m.group(1) + carrier, text)
    # Company names in Arabic and Hebrew leave the vowel points out, and upper-case Greek its accents:
    # only those marks go. Every other script keeps its marks: they are letters there (the voicing
    # of ガ, the breve of Russian й, Thai vowel signs), and dropping them gave アッフハンク for AppBank.
    if NATIVE[country][0] in ("Latin-Arabic", "Latin-Hebrew") or country == "Greece":
        text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text)
    return text.upper() if country == "Greece" else text.title() if country == "Russia" else text


positives = []  # (left record, right record, kind)


def pair(c, kind, left_change=None, right_change=None, into=None, rng=None):
    """The company in both lists; the variant goes on a random side so no side is always the clean one."""
    plain = rec(c)
    varied = rec(c, **(right_change or {}))
    take(c)
    if (rng or rnd).random() < 0.5:
        (positives if into is None else into).append((plain, varied, kind))
    else:
        (positives if into is None else into).append((varied, plain, kind))


natives = [c for c in with_site if free(c) and c["country"] in NATIVE and len(squash(core(c["name"]))) >= 3]
per_country = collections.defaultdict(list)
for c in natives:
    per_country[c["country"]].append(c)
chosen = []
for country in sorted(per_country):
    chosen += per_country[country][:70]
LEADING_FORMS = [f.split() for f in ("public joint stock company", "open joint stock company", "joint stock company",
                                     "public joint stock", "joint stock", "public company", "kabushiki kaisha", "pjsc",
                                     "ojsc", "jsc", "pao", "oao")]


def native_core(name):
    """The core without a leading legal form ("Joint-Stock Company Ryazanenergosbyt"): the local form replaces it."""
    ws = core(name)
    for form in LEADING_FORMS:
        if len(ws) > len(form) and [w.lower() for w in ws[:len(form)]] == form:
            ws = ws[len(form):]
        elif len(ws) > len(form) and [w.lower() for w in ws[-len(form):]] == form:
            ws = ws[:-len(form)]
    return ws


translit = transliterate([(NATIVE[c["country"]][0], respell(" ".join(native_core(c["name"])), c["country"])) for c in chosen])
for c, t in zip(chosen, translit):
    pair(c, "native-script", right_change={"name": NATIVE[c["country"]][1].format(finish_script(t, c["country"]))})

counts = collections.Counter()
for c in with_site:
    if free(c) and counts["acronym"] < 400:
        a = acronym_of(c)
        if a:
            pair(c, "acronym", right_change={"name": a})
            counts["acronym"] += 1
for c in with_site:
    if free(c) and counts["brand-legal"] < 400:
        b = brand_of(c)
        if b:
            pair(c, "brand-legal", right_change={"name": b})
            counts["brand-legal"] += 1
for c in with_site:
    if free(c) and counts["trading-name"] < 300:
        b = trading_name_of(c)
        if b:
            pair(c, "trading-name", right_change={"name": b})
            counts["trading-name"] += 1
for c in with_site:
    if free(c) and counts["exchange-abbrev"] < 400:
        # The other listing's name must share a word stem: FinanceDatabase attaches a few ISINs to other companies.
        alts = [a for a in c["alts"] if squash(words(a)) != squash(words(c["name"])) and stems(a) & stems(c["name"])]
        if alts:
            pair(c, "exchange-abbrev", right_change={"name": alts[0]})
            counts["exchange-abbrev"] += 1
print(f"  positives so far: {collections.Counter(k for _, _, k in positives)}", file=sys.stderr)

ORDINARY = [("same-name", 300), ("legal-form", 450), ("punctuation", 350), ("url-variant", 350), ("website-missing", 400),
            ("typo", 350)]
rest = [c for c in with_site if free(c)]
at = 0
for kind, count in ORDINARY:
    made = 0
    while made < count and at < len(rest):
        c = rest[at]
        at += 1
        change = {"same-name": {}, "legal-form": {"name": legal_variant(c["name"])}, "punctuation": {"name": punct_variant(c["name"])},
                  "url-variant": {"website": url_variant(c)}, "website-missing": {"website": "", "name": legal_variant(c["name"]) if rnd.random() < 0.5 else c["name"]},
                  "typo": {"name": typo(c["name"])}}[kind]
        if change.get("name", "x") is None:
            continue
        pair(c, kind, right_change=change)
        made += 1

# Distractors: companies in one list only, most with a website (as in a CRM export).
rest = [c for c in companies if free(c)]
sited = [c for c in rest if c["site"]]
unsited = [c for c in rest if not c["site"] and unique_prefix(c)]
distract = sited[:3600] + unsited[:400]
rnd.shuffle(distract)
left_only = [rec(c) for c in distract[0::2]]
right_only = [rec(c) for c in distract[1::2]]
for c in distract:
    take(c)

# Names alone (added later, from companies nothing above used, with their own random stream, so every record
# above is byte-identical to the corpus before): nearly every true pair above shares a website, so recall on
# names alone was untested. The variant side has no website, as a CRM account typed in by hand.
#   native-script-no-website  the native-script name as in "native-script", without a website
# (An "acronym, no website" kind finds no company left: every company whose site label is its initials is used above.)
rnd_names = random.Random(SEED + 1)
names_only = []
late_natives = collections.defaultdict(list)
for c in natives:
    if free(c):
        late_natives[c["country"]].append(c)
late_chosen = []
for country in sorted(late_natives):
    late_chosen += late_natives[country][:25]
late_translit = transliterate([(NATIVE[c["country"]][0], respell(" ".join(native_core(c["name"])), c["country"]))
                               for c in late_chosen])
for c, t in zip(late_chosen, late_translit):
    pair(c, "native-script-no-website", into=names_only, rng=rnd_names,
         right_change={"name": NATIVE[c["country"]][1].format(finish_script(t, c["country"])), "website": ""})

# ---------------------------------------------------------------- ids, split and files
def digest(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def salesforce_id(seed):
    h = int(digest("L" + seed), 16)
    return "001" + "".join(ALNUM[(h >> (6 * i)) % 62] for i in range(15))


def hubspot_id(seed):
    return str(10_000_000_000 + int(digest("R" + seed), 16) % 90_000_000_000)


def part_of(group):
    """DEV or HELD-OUT by a hash of the company group: fixed, whatever else changes in the corpus."""
    return "dev" if int(digest("split:" + group), 16) % 2 == 0 else "heldout"


# Many CRMs store the country as an ISO code: the right list does for a quarter of its records.
ISO2 = {"United States": "US", "China": "CN", "Canada": "CA", "Japan": "JP", "Australia": "AU", "India": "IN",
        "South Korea": "KR", "United Kingdom": "GB", "Germany": "DE", "Taiwan": "TW", "Thailand": "TH", "France": "FR",
        "Hong Kong": "HK", "Sweden": "SE", "Brazil": "BR", "Indonesia": "ID", "Italy": "IT", "Singapore": "SG",
        "Israel": "IL", "Norway": "NO", "Switzerland": "CH", "Turkey": "TR", "Spain": "ES", "Finland": "FI",
        "Denmark": "DK", "Netherlands": "NL", "South Africa": "ZA", "Russia": "RU", "Belgium": "BE", "Greece": "GR",
        "Austria": "AT", "Mexico": "MX", "Ireland": "IE", "Saudi Arabia": "SA", "Poland": "PL", "Portugal": "PT"}
LEFT_TYPES = ["Customer", "Customer", "Prospect", "Open Opportunity"]
RIGHT_TYPES = ["Customer", "Prospect", "Prospect", "Open Opportunity"]
parts = {p: {"left": [], "right": [], "truth": [], "negatives": []} for p in ("dev", "heldout")}
serial = collections.Counter()


def emit(r, side, part, rng=None):
    rng = rng or rnd
    serial[r["group"] + side] += 1
    seed = f"{r['group']}#{serial[r['group'] + side]}"
    rid = salesforce_id(seed) if side == "left" else hubspot_id(seed)
    website = r["website"] if side == "left" or not r["website"] else crm_website(r["website"])
    city = r["city"] if side == "left" or rng.random() < 0.85 else ""
    country = ISO2.get(r["country"], r["country"]) if side == "right" and rng.random() < 0.25 else r["country"]
    parts[part][side].append({"Id": rid, "Account Name": r["name"], "Website": website, "Billing Country": country,
                              "Billing City": city, "Type": rng.choice(LEFT_TYPES if side == "left" else RIGHT_TYPES)})
    return rid


for left, right, kind in positives:
    part = part_of(left["group"])
    parts[part]["truth"].append((emit(left, "left", part), emit(right, "right", part), kind))
for left, right, kind in negatives:
    part = part_of(min(left["group"], right["group"]))
    parts[part]["negatives"].append((emit(left, "left", part), emit(right, "right", part), kind))
for r in left_only:
    emit(r, "left", part_of(r["group"]))
for r in right_only:
    emit(r, "right", part_of(r["group"]))
for left, right, kind in names_only:
    part = part_of(left["group"])
    parts[part]["truth"].append((emit(left, "left", part, rnd_names), emit(right, "right", part, rnd_names), kind))

out = os.path.join(out_root, "crm-corpus")
for part, data in parts.items():
    d = os.path.join(out, part)
    os.makedirs(d, exist_ok=True)
    for side in ("left", "right"):
        recs = sorted(data[side], key=lambda r: r["Id"])
        with open(os.path.join(d, side + ".csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["Id", "Account Name", "Website", "Billing Country", "Billing City", "Type"], lineterminator="\n")
            w.writeheader()
            w.writerows(recs)
    for name, pairs in (("truth.csv", data["truth"]), ("hard-negatives.csv", data["negatives"])):
        with open(os.path.join(d, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["left_id", "right_id", "kind"])
            w.writerows(sorted(pairs, key=lambda p: (p[2], p[0])))
    print(f"{part}: {len(data['left'])} left, {len(data['right'])} right, {len(data['truth'])} true pairs "
          f"{dict(sorted(collections.Counter(k for _, _, k in data['truth']).items()))}, {len(data['negatives'])} hard negatives "
          f"{dict(sorted(collections.Counter(k for _, _, k in data['negatives']).items()))}", file=sys.stderr)

# ---------------------------------------------------------------- US listings vs the SEC registry
# A listed-company list against a regulator's registry. Listings join SEC companies by ticker; SEC companies with no
# listing are the registry's distractors; the registry has no websites. Two checks of this kind:
#   nyse-sec        NYSE listings: report only, nothing is tuned on it.
#   us-listed-sec   NASDAQ Capital Market and NYSE American listings (other companies, same kind of lists): the
#                   registry kind's DEV set, whose mistakes may be read when a rule is written.
STOCK = re.compile(r"\s+(?:Class [A-C] )?(?:Common Stock|Ordinary Shares|American Depositary Shares)\b.*$", re.IGNORECASE)
sec = json.load(open(os.path.join(root, "sec-edgar/company_tickers_exchange.json"), encoding="utf-8"))
cik_of, sec_name = {}, {}
for cik, name, ticker, exchange in sec["data"]:
    if ticker:
        cik_of.setdefault(ticker.upper(), str(cik))
    sec_name.setdefault(str(cik), name)


def name_key(name):
    return squash(core(name))[:10]


sec_names = {name_key(n) for n in sec_name.values()}


def listed(rs):
    """Listings that are companies: no preferreds, units and warrants (symbol with "-"), notes ("%"), funds.
    A delisted company's ticker may since belong to another company in the SEC file: "B" is Barnes Group on the
    NYSE file, Barrick in SEC's."""
    return [r for r in rs if r["name"] and r["sector"] and not PRODUCT.search(r["name"]) and "%" not in r["name"]
            and "-" not in r["symbol"] and r["delisted"] != "True"]


def registry_check(listings, prefix, dirname):
    # Several rows of one company (preferred shares "BAC-PB", classes): keep the plainest ticker. Rows that join the
    # registry first, so a company's unjoined second ticker ("ATH" beside "ATHS") is the one dropped.
    listings = sorted(listings, key=lambda r: (r["symbol"].upper().replace(".", "-") not in cik_of, "." in r["symbol"],
                                               len(r["symbol"]), r["symbol"]))
    # A listing whose ticker is not in the (older) SEC file but whose name starts like an SEC company's ("ABB Ltd" /
    # "ABB LTD") may be the same company under a changed ticker: its label is unknown, so it is left out.
    left, truth, seen_cik, seen_name = [], [], set(), set()
    for r in listings:
        name = STOCK.sub("", clean(r["name"]))
        cik = cik_of.get(r["symbol"].upper().replace(".", "-"))
        if cik in seen_cik or name.lower() in seen_name or (not cik and name_key(name) in sec_names):
            continue
        seen_name.add(name.lower())
        rid = prefix + r["symbol"]
        left.append({"Id": rid, "Account Name": name, "Website": r["website"], "Billing Country": r["country"],
                     "Billing City": r["city"], "Type": "Customer"})
        if cik:
            seen_cik.add(cik)
            kind = "same-name" if squash(core(name)) == squash(core(sec_name[cik])) else "name-variant"
            truth.append((rid, "CIK" + cik, kind))
    right = [{"Id": "CIK" + cik, "Account Name": name, "Website": "", "Billing Country": "", "Billing City": "",
              "Type": "Prospect"} for cik, name in sec_name.items()]
    d = os.path.join(out_root, dirname)
    os.makedirs(d, exist_ok=True)
    for side, recs in (("left", left), ("right", right)):
        with open(os.path.join(d, side + ".csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["Id", "Account Name", "Website", "Billing Country", "Billing City", "Type"],
                               lineterminator="\n")
            w.writeheader()
            w.writerows(sorted(recs, key=lambda r: r["Id"]))
    with open(os.path.join(d, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["left_id", "right_id", "kind"])
        w.writerows(sorted(truth))
    with open(os.path.join(d, "hard-negatives.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("left_id,right_id,kind\n")
    print(f"{dirname}: {len(left)} listings, {len(right)} SEC, {len(truth)} true pairs "
          f"{dict(collections.Counter(k for _, _, k in truth))}", file=sys.stderr)


registry_check(listed(csv.DictReader(gzip.open(os.path.join(root, "financedatabase/NYQ_commit_a35edeb.csv.gz"), "rt",
                                               encoding="utf-8"))), "NYQ-", "nyse-sec")
registry_check(listed(r for r in rows if r["exchange"] in ("NCM", "ASE")
                      and r["symbol"].isalpha()), "US-", "us-listed-sec")
