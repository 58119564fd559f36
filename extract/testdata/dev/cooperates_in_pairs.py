#!/usr/bin/env python3
"""One-off migration of the dev gold to unordered COOPERATES_IN pairs.

The contract orders the countries of COOPERATES_IN: one fact per unordered
pair and sector, `from` the alphabetically smaller code. The gold used to
list the fact for every country. For each article and sector this keeps the
COOPERATES_IN facts of every country except the alphabetically largest of
the countries that have that sector in that article. Applied once
(2026-11-27); do not run it again: a second run would drop more facts.

Usage: python3 cooperates_in_pairs.py *.gold.json ../gold/*.gold.json
"""
import json
import sys


def migrate(path):
    raw = open(path, encoding="utf-8").read()
    gold = json.loads(raw)
    by_sector = {}
    for f in gold.get("facts", []):
        if f["type"] == "COOPERATES_IN":
            by_sector.setdefault(f["to"], set()).add(f["from"])
    drop = {(max(cs), s) for s, cs in by_sector.items() if len(cs) > 1}
    if not drop:
        return 0
    if json.dumps(gold, indent=1, ensure_ascii=False) + "\n" == raw:
        # an indented file (the seed's gold): rewrite it the same way
        before = len(gold["facts"])
        gold["facts"] = [f for f in gold["facts"]
                         if not (f["type"] == "COOPERATES_IN" and (f["from"], f["to"]) in drop)]
        open(path, "w", encoding="utf-8").write(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        return before - len(gold["facts"])
    # one object a line (the dev gold): drop the lines, keep the layout
    lines = raw.split("\n")
    out, removed = [], 0
    for line in lines:
        body = line.strip().rstrip(",")
        tail = ""
        while body.endswith("]}") or body.endswith("]"):
            cut = 2 if body.endswith("]}") else 1
            tail = body[-cut:] + tail
            body = body[:-cut]
        try:
            obj = json.loads(body) if body.startswith("{") else None
        except json.JSONDecodeError:
            obj = None
        if obj and obj.get("type") == "COOPERATES_IN" and (obj["from"], obj["to"]) in drop and "key" not in obj:
            removed += 1
            if tail:  # the last element: the previous line closes the list
                prev = out.pop().rstrip()
                out.append(prev.rstrip(",") + tail)
            continue
        out.append(line)
    text = "\n".join(out)
    json.loads(text)  # still valid
    open(path, "w", encoding="utf-8").write(text)
    return removed


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, migrate(p))
