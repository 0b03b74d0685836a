#!/usr/bin/env python3
"""Converts the vendor export-classification snapshots into chipgate's vendor table files.

Input: the two snapshot files of github.com/strangeromo-cloud/compliance_hub (data/fallback/nvidia-export.json,
data/fallback/amd-export.json), read at the commit named below. Output: catalog/src/main/resources/io/chipgate/
catalog/vendor/{nvidia,amd}-export.json, one row per line, every row of the snapshot kept in order (NVIDIA lists
29 part numbers twice, with two HTS codes; both rows are kept). Only the columns are renamed and the strings of
TPP per GPU written as JSON numbers; no value is changed.

Usage: import_vendor_tables.py NVIDIA_SNAPSHOT AMD_SNAPSHOT OUT_DIR
"""
import json
import sys

REPO = "https://github.com/strangeromo-cloud/compliance_hub"
COMMIT = "7625951b0fc95e7662689a11b78f48924688ddf7"
RETRIEVED = "2026-11-30"


def write(path, header, columns, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        for k, v in header.items():
            f.write("  " + json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) + ",\n")
        f.write('  "columns": ' + json.dumps(columns) + ",\n")
        f.write('  "rows": [\n')
        f.write(",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in rows))
        f.write("\n  ]\n}\n")


def num(s):
    if s is None:
        return None
    n = int(s)
    assert str(n) == s, s
    return n


def main(nv_path, amd_path, out):
    nv = json.load(open(nv_path, encoding="utf-8"))
    rows = [[r["partNumber"], r["description"], r["eccn"], r["htsUs"], num(r["tppPerGpu"]), r["partType"],
             r["lifecycleState"]] for r in nv["records"]]
    write(out + "/nvidia-export.json", {
        "vendor": "NVIDIA",
        "source": {
        "title": "NVIDIA Export Regulations: export classification lookup (ECCN, HTS code and TPP per GPU by part number)",
        "url": "https://www.nvidia.com/en-us/about-nvidia/company-policies/export-regulations/",
        "service": nv["metadata"]["finalUrl"],
        "captured": nv["capturedAt"][:10],
        "asOf": None,
        "readFrom": REPO + "/blob/" + COMMIT + "/data/fallback/nvidia-export.json",
        "retrieved": RETRIEVED,
        "grade": "VENDOR",
        },
        "rowCount": len(rows),
    }, ["partNumber", "description", "eccn", "htsUs", "tppPerGpu", "partType", "lifecycleState"], rows)
    amd = json.load(open(amd_path, encoding="utf-8"))
    dates = {r["classificationDate"] for r in amd["records"]}
    assert dates == {"June 30th, 2026"}, dates
    rows = [[r["partNumber"], r["eccn"], r["htsUs"], r["ccats"], r["meets3A090a1"]] for r in amd["records"]]
    write(out + "/amd-export.json", {
        "vendor": "AMD",
        "source": {
        "title": "AMD product master: Classification Data as of June 30th, 2026 (US ECCN, HTS, CCATS, Meets 3A090.a.1 by OPN)",
        "url": "https://www.amd.com/content/dam/amd/en/documents/legal/product-master.pdf",
        "linkedFrom": "https://www.amd.com/en/legal/compliance/trade-compliance.html",
        "captured": amd["capturedAt"][:10],
        "asOf": "2026-06-30",
        "readFrom": REPO + "/blob/" + COMMIT + "/data/fallback/amd-export.json",
        "retrieved": RETRIEVED,
        "grade": "VENDOR",
        },
        "rowCount": len(rows),
    }, ["partNumber", "eccn", "htsUs", "ccats", "meets3A090a1"], rows)


if __name__ == "__main__":
    main(*sys.argv[1:4])
