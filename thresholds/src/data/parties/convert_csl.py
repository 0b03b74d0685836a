#!/usr/bin/env python3
"""Convert a copy of the US Consolidated Screening List into chipgate's bundled party snapshot.

Usage:
    python3 convert_csl.py INPUT.json LIST-DATE OUTPUT.tsv.gz

INPUT.json is either
  * the compact copy in github:seelpeed-debug/export-controls-agent-mcp, file src/data/screening-list.json
    (keys "tables" and "entries"; what the bundled snapshot was converted from), or
  * trade.gov's own bulk download consolidated.json (key "results"), as published at
    https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json
LIST-DATE is the date the list was generated (ISO yyyy-mm-dd); it is written into the snapshot's header.

The output is a gzipped UTF-8 text file (written deterministically: fixed gzip mtime, entries in input order):
  lines starting with '#' are header lines "#key<TAB>value" (format, date, source, read-from, entries);
  every other line is one party, ten tab-separated fields:
    list code (EL DPL UVL MEU SDN SSI CMIC NS-MBS PLC CAP DTC ISN), type (Entity, Individual, Vessel, Aircraft or
    empty), name, alternative names, countries (ISO-2 as given), entity number, Federal Register notice,
    licence requirement, licence policy, programmes.
  Multi-valued fields (alternative names, countries, programmes) are joined with ' | '. Whitespace runs inside any
  value (including the tabs two SDN names carry) become one space; nothing else is changed.
Python 3 standard library only; the snapshot's reader is io.chipgate.parties.PartyList.
"""
import gzip
import io
import json
import re
import sys
from datetime import date

# The source names trade.gov uses, mapped to the short codes the lists use themselves.
CODES = {
    "Entity List (EL) - Bureau of Industry and Security": "EL",
    "Denied Persons List (DPL) - Bureau of Industry and Security": "DPL",
    "Unverified List (UVL) - Bureau of Industry and Security": "UVL",
    "Military End User (MEU) List - Bureau of Industry and Security": "MEU",
    "Specially Designated Nationals (SDN) - Treasury Department": "SDN",
    "Sectoral Sanctions Identifications List (SSI) - Treasury Department": "SSI",
    "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department": "CMIC",
    "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department": "NS-MBS",
    "Palestinian Legislative Council List (PLC) - Treasury Department": "PLC",
    "Capta List (CAP) - Treasury Department": "CAP",
    "ITAR Debarred (DTC) - State Department": "DTC",
    "Nonproliferation Sanctions (ISN) - State Department": "ISN",
}
SEP = " | "


def clean(value):
    if value is None:
        return ""
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text.replace("|", "/")


def many(values):
    out = []
    for v in values or []:
        c = clean(v)
        if c and c not in out:
            out.append(c)
    return SEP.join(out)


def from_compact(doc):
    t = doc["tables"]

    def at(table, entry, key):
        i = entry.get(key)
        return "" if i is None else t[table][i]

    for e in doc["entries"]:
        yield {
            "source": t["sources"][e["s"]], "type": e.get("t"), "name": e["n"], "alt_names": e.get("a"),
            "countries": e.get("c"), "entity_number": e.get("e"), "federal_register_notice": e.get("fr"),
            "license_requirement": at("licenceRequirements", e, "lr"), "license_policy": at("licencePolicies", e, "lp"),
            "programs": [at("programmes", e, "pg")] if e.get("pg") is not None else [],
            "start_date": None,
        }


def from_trade_gov(doc):
    for r in doc["results"]:
        yield {
            "source": r.get("source"), "type": r.get("type"), "name": r.get("name"), "alt_names": r.get("alt_names"),
            "countries": [a.get("country") for a in (r.get("addresses") or []) if a and a.get("country")],
            "entity_number": r.get("entity_number"), "federal_register_notice": r.get("federal_register_notice"),
            "license_requirement": r.get("license_requirement"), "license_policy": r.get("license_policy"),
            "programs": r.get("programs"),
            "start_date": r.get("start_date"),
        }


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: convert_csl.py INPUT.json LIST-DATE OUTPUT.tsv.gz")
    src, list_date, out = argv[1], argv[2], argv[3]
    date.fromisoformat(list_date)
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    if "entries" in doc and "tables" in doc:
        rows, read_from = from_compact(doc), "github:seelpeed-debug/export-controls-agent-mcp src/data/screening-list.json"
    elif "results" in doc:
        rows, read_from = from_trade_gov(doc), "trade.gov consolidated.json"
    else:
        sys.exit(f"{src}: neither 'entries'+'tables' (compact copy) nor 'results' (trade.gov consolidated.json)")
    lines = []
    counts = {}
    for n, r in enumerate(rows, 1):
        code = CODES.get(clean(r["source"]))
        if code is None:
            sys.exit(f"{src}: entry {n}: source {r['source']!r} is not one of the twelve lists")
        name = clean(r["name"])
        if not name:
            sys.exit(f"{src}: entry {n}: empty name")
        counts[code] = counts.get(code, 0) + 1
        countries = [clean(c).upper() for c in (r["countries"] or [])]
        lines.append("\t".join([
            code, clean(r["type"]), name, many(r["alt_names"]), many(countries), clean(r["entity_number"]),
            clean(r["federal_register_notice"]), clean(r["license_requirement"]), clean(r["license_policy"]),
            many(r["programs"]), clean(r["start_date"])[:10]]))
    header = [
        "#format\tchipgate-parties 2",
        f"#date\t{list_date}",
        "#source\tUS Consolidated Screening List, International Trade Administration, https://www.trade.gov/consolidated-screening-list",
        f"#read-from\t{read_from}",
        f"#entries\t{len(lines)}",
        "#counts\t" + " ".join(f"{k}={v}" for k, v in sorted(counts.items())),
        "#columns\tlist\ttype\tname\talt_names\tcountries\tentity_number\tfederal_register_notice\tlicense_requirement\tlicense_policy\tprograms\tstart_date",
    ]
    data = ("\n".join(header + lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as g:
        g.write(data)
    with open(out, "wb") as f:
        f.write(buf.getvalue())
    print(f"{out}: {len(lines)} entries, {len(buf.getvalue())} bytes gzipped; {counts}")


if __name__ == "__main__":
    main(sys.argv)
