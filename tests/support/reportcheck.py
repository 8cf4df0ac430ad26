"""Recomputes clientele's reports from the raw deals `deal list --format json`
prints (and the stage order read straight from the database file), without the
program's SQL, and compares them with what `report ... --format json` printed.

usage: reportcheck.py DEALS.json DB FROM TO SNAPSHOT.json FLOW.json LOSSES.json
Prints each difference; exits 1 when there is one.
"""
import json
import sqlite3
import sys
from datetime import date, datetime, timedelta, timezone


def cents(text):
    if text is None:
        return None
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def money(value):
    sign = "-" if value < 0 else ""
    value = abs(value)
    return "%s%d.%02d" % (sign, value // 100, value % 100)


def when(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


deals_path, db_path, day_from, day_to, snap_path, flow_path, loss_path = sys.argv[1:8]
deals = json.load(open(deals_path, encoding="utf-8"))
begin = datetime.combine(date.fromisoformat(day_from), datetime.min.time(), timezone.utc)
end = datetime.combine(date.fromisoformat(day_to) + timedelta(days=1), datetime.min.time(),
                       timezone.utc)

con = sqlite3.connect(db_path)
pipeline_id, pipeline = con.execute(
    "SELECT id, name FROM pipelines ORDER BY position, id LIMIT 1").fetchone()
stages = con.execute("SELECT name, position, probability FROM stages WHERE pipeline_id = ? "
                     "ORDER BY position", (pipeline_id,)).fetchall()
position = {name: pos for name, pos, _ in stages}
last_position = stages[-1][1]

mine = [d for d in deals if d["pipeline"] == pipeline]
cohort = [d for d in mine if begin <= when(d["created_at"]) < end]
problems = []


def expect(what, got, want, tolerance=0.0):
    if isinstance(want, float) and got is not None:
        if abs(got - want) > tolerance:
            problems.append("%s: report %r, recomputed %r" % (what, got, want))
    elif got != want:
        problems.append("%s: report %r, recomputed %r" % (what, got, want))


def reached(d):
    if d["status"] == "won":
        return last_position
    furthest = position.get(d["stage"], 0)
    for stay in d["stage_history"]:
        furthest = max(furthest, position.get(stay["stage"], 0))
    return furthest


won = [d for d in cohort if d["status"] == "won"]
got_this_far = {name: [d for d in cohort if reached(d) >= pos] for name, pos, _ in stages}
stay_days = {name: [] for name, _, _ in stages}
for d in cohort:
    for stay in d["stage_history"]:
        if stay["status"] == "open" and stay["left_at"] and stay["stage"] in stay_days:
            length = when(stay["left_at"]) - when(stay["entered_at"])
            stay_days[stay["stage"]].append(length.total_seconds() / 86400)


def common(report, label):
    expect(label + " pipeline", report["pipeline"], pipeline)
    rows = report["stages"]
    expect(label + " stages", [r["stage"] for r in rows], [s[0] for s in stages])
    for i, (name, pos, probability) in enumerate(stages):
        row = rows[i]
        here = len(got_this_far[name])
        following = len(got_this_far[stages[i + 1][0]]) if i + 1 < len(stages) else len(won)
        expect("%s %s reached" % (label, name), row["reached"], here)
        if not here:
            expect("%s %s conversion_to_next" % (label, name), row["conversion_to_next"], None)
            expect("%s %s conversion_to_won" % (label, name), row["conversion_to_won"], None)
        else:
            expect("%s %s conversion_to_next" % (label, name), row["conversion_to_next"],
                   following / here, 1e-12)
            expect("%s %s conversion_to_won" % (label, name), row["conversion_to_won"],
                   len(won) / here, 1e-12)
        days = stay_days[name]
        if days:
            expect("%s %s avg_days_in_stage" % (label, name), row["avg_days_in_stage"],
                   sum(days) / len(days), 1e-6)
        else:
            expect("%s %s avg_days_in_stage" % (label, name), row["avg_days_in_stage"], None)


# The flow: the period's new deals, as far as each got.
flow = json.load(open(flow_path, encoding="utf-8"))
common(flow, "flow")
for i, (name, pos, probability) in enumerate(stages):
    row = flow["stages"][i]
    amount = sum(cents(d["amount"]) for d in got_this_far[name])
    expect("flow %s count" % name, row["count"], len(got_this_far[name]))
    expect("flow %s amount" % name, row["amount"], money(amount))
    expect("flow %s weighted" % name, row["weighted_amount"],
           money((amount * probability + 50) // 100))
lost = [d for d in cohort if d["status"] == "lost"]
expect("flow won", flow["won"], {"count": len(won), "amount": money(
    sum(cents(d["final_amount"] or d["amount"]) for d in won))})
expect("flow lost", flow["lost"], {"count": len(lost),
                                   "amount": money(sum(cents(d["amount"]) for d in lost))})

# The snapshot: the open deals now; won and lost closed in the period.
snapshot = json.load(open(snap_path, encoding="utf-8"))
common(snapshot, "snapshot")
for i, (name, pos, probability) in enumerate(stages):
    row = snapshot["stages"][i]
    here = [d for d in mine if d["status"] == "open" and d["stage"] == name]
    expect("snapshot %s count" % name, row["count"], len(here))
    expect("snapshot %s amount" % name, row["amount"],
           money(sum(cents(d["amount"]) for d in here)))
    expect("snapshot %s weighted" % name, row["weighted_amount"], money(
        (sum(cents(d["amount"]) * d["probability"] for d in here) + 50) // 100))
closed = [d for d in mine if d["closed_at"] and begin <= when(d["closed_at"]) < end]
won_closed = [d for d in closed if d["status"] == "won"]
lost_closed = [d for d in closed if d["status"] == "lost"]
expect("snapshot won", snapshot["won"], {"count": len(won_closed), "amount": money(
    sum(cents(d["final_amount"] or d["amount"]) for d in won_closed))})
expect("snapshot lost", snapshot["lost"], {"count": len(lost_closed), "amount": money(
    sum(cents(d["amount"]) for d in lost_closed))})

# Loss reasons: every pipeline's deals lost in the period.
losses = json.load(open(loss_path, encoding="utf-8"))
by_reason = {}
for d in deals:
    if d["status"] == "lost" and d["closed_at"] and begin <= when(d["closed_at"]) < end:
        entry = by_reason.setdefault(d["loss_reason"] or "No reason given", [0, 0])
        entry[0] += 1
        entry[1] += cents(d["amount"])
got = {r["reason"]: [r["count"], cents(r["amount"])] for r in losses["reasons"]}
expect("losses by reason", got, by_reason)
expect("losses total", losses["total"], {
    "count": sum(v[0] for v in by_reason.values()),
    "amount": money(sum(v[1] for v in by_reason.values()))})
counts = [r["count"] for r in losses["reasons"]]
expect("losses most first", counts, sorted(counts, reverse=True))

print("checked %d deals (%d new in the period), %d stages" % (len(deals), len(cohort),
                                                                len(stages)))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
