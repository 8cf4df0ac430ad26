"""Recomputes clientele's reports from the raw deals `deal list --format json`
prints (and the stage order read straight from the database file), without the
program's SQL, and compares them with what `report ... --format json` printed.

usage: reportcheck.py DIR DB FROM TO [MANAGER]
DIR holds deals.json, clients.json and interactions.json (the raw exports) and
snapshot.json, flow.json, losses.json, efficiency.json, interactions-report.json,
interactions-weeks.json, channels.json and abc.json (the reports), and with
MANAGER snapshot-manager.json and flow-manager.json (that one's funnel). Periods and months are in the local
zone of $TZ (UTC when unset), as the program that made the reports had it.
Prints each difference; exits 1 when there is one.
"""
import json
import os
import sqlite3
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZONE = ZoneInfo(os.environ.get("TZ") or "UTC")


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


def month(text):
    return when(text).astimezone(ZONE).strftime("%Y-%m")


folder, db_path, day_from, day_to = sys.argv[1:5]


def load(name):
    return json.load(open(folder + "/" + name, encoding="utf-8"))


deals = load("deals.json")
begin = datetime.combine(date.fromisoformat(day_from), datetime.min.time(), ZONE)
end = datetime.combine(date.fromisoformat(day_to) + timedelta(days=1), datetime.min.time(), ZONE)

con = sqlite3.connect(db_path)
pipeline_id, pipeline = con.execute(
    "SELECT id, name FROM pipelines ORDER BY position, id LIMIT 1").fetchone()
stages = con.execute("SELECT name, position, probability FROM stages WHERE pipeline_id = ? "
                     "ORDER BY position", (pipeline_id,)).fetchall()
position = {name: pos for name, pos, _ in stages}
last_position = stages[-1][1]

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


def check_funnel(label, mine, flow, snapshot):
    """The flow and the snapshot of the deals `mine` (the pipeline's, or one
    manager's of them); returns the period's new deals."""
    cohort = [d for d in mine if begin <= when(d["created_at"]) < end]
    won = [d for d in cohort if d["status"] == "won"]
    got_this_far = {name: [d for d in cohort if reached(d) >= pos] for name, pos, _ in stages}
    # Time in a stage: the pipeline's stays that ended in the period.
    stay_days = {name: [] for name, _, _ in stages}
    for d in mine:
        for stay in d["stage_history"]:
            if stay["status"] == "open" and stay["left_at"] and stay["stage"] in stay_days \
                    and begin <= when(stay["left_at"]) < end:
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
    common(flow, label + "flow")
    for i, (name, pos, probability) in enumerate(stages):
        row = flow["stages"][i]
        amount = sum(cents(d["amount"]) for d in got_this_far[name])
        expect(label + "flow %s count" % name, row["count"], len(got_this_far[name]))
        expect(label + "flow %s amount" % name, row["amount"], money(amount))
        expect(label + "flow %s weighted" % name, row["weighted_amount"],
               money((amount * probability + 50) // 100))
    lost = [d for d in cohort if d["status"] == "lost"]
    expect(label + "flow won", flow["won"], {"count": len(won), "amount": money(
        sum(cents(d["final_amount"] or d["amount"]) for d in won))})
    expect(label + "flow lost", flow["lost"], {"count": len(lost),
                                       "amount": money(sum(cents(d["amount"]) for d in lost))})

    # The snapshot: the open deals now; won and lost closed in the period.
    common(snapshot, label + "snapshot")
    for i, (name, pos, probability) in enumerate(stages):
        row = snapshot["stages"][i]
        here = [d for d in mine if d["status"] == "open" and d["stage"] == name]
        expect(label + "snapshot %s count" % name, row["count"], len(here))
        expect(label + "snapshot %s amount" % name, row["amount"],
               money(sum(cents(d["amount"]) for d in here)))
        expect(label + "snapshot %s weighted" % name, row["weighted_amount"], money(
            (sum(cents(d["amount"]) * d["probability"] for d in here) + 50) // 100))
    closed = [d for d in mine if d["closed_at"] and begin <= when(d["closed_at"]) < end]
    won_closed = [d for d in closed if d["status"] == "won"]
    lost_closed = [d for d in closed if d["status"] == "lost"]
    expect(label + "snapshot won", snapshot["won"], {"count": len(won_closed), "amount": money(
        sum(cents(d["final_amount"] or d["amount"]) for d in won_closed))})
    expect(label + "snapshot lost", snapshot["lost"], {"count": len(lost_closed), "amount": money(
        sum(cents(d["amount"]) for d in lost_closed))})
    return cohort


cohort = check_funnel("", [d for d in deals if d["pipeline"] == pipeline], load("flow.json"),
                      load("snapshot.json"))
if len(sys.argv) > 5:  # one manager's funnel too
    manager = sys.argv[5]
    check_funnel(manager + " ", [d for d in deals if d["pipeline"] == pipeline
                                 and d["responsible"] == manager],
                 load("flow-manager.json"), load("snapshot-manager.json"))


# Loss reasons: every pipeline's deals lost in the period.
losses = load("losses.json")
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


# Efficiency: every pipeline's deals closed in the period.
closed_all = [d for d in deals if d["status"] in ("won", "lost") and d["closed_at"]
              and begin <= when(d["closed_at"]) < end]


def efficiency_row(group):
    won_here = [d for d in group if d["status"] == "won"]
    revenue = sum(cents(d["final_amount"] or d["amount"]) for d in won_here)
    cycle = sum((when(d["closed_at"]) - when(d["created_at"])).total_seconds() / 86400
                for d in won_here)
    return {"closed": len(group), "won": len(won_here),
            "win_rate": len(won_here) / len(group) if group else None,
            "revenue": money(revenue),
            "average_deal": money((revenue + len(won_here) // 2) // len(won_here))
            if won_here else None,
            "average_cycle_days": cycle / len(won_here) if won_here else None}


def same_row(what, got, want):
    for key, value in want.items():
        if isinstance(value, float):
            expect("%s %s" % (what, key), got[key], value, 1e-6)
        else:
            expect("%s %s" % (what, key), got[key], value)


efficiency = load("efficiency.json")
same_row("efficiency total", efficiency["total"], efficiency_row(closed_all))
for field, name in (("source", "by_source"), ("responsible", "by_responsible")):
    keys = sorted({d[field] or "" for d in closed_all})
    expect("efficiency %s keys" % name, sorted(r["key"] for r in efficiency[name]), keys)
    for row in efficiency[name]:
        same_row("efficiency %s %s" % (name, row["key"]), row,
                 efficiency_row([d for d in closed_all if (d[field] or "") == row["key"]]))
for row in efficiency["by_month"]:
    same_row("efficiency month %s" % row["key"], row,
             efficiency_row([d for d in closed_all if month(d["closed_at"]) == row["key"]]))

# Interactions: from the raw export.
interactions = load("interactions.json")
in_period = [i for i in interactions if begin <= when(i["occurred_at"]) < end]
report = load("interactions-report.json")
expect("interactions total", report["total"], len(in_period))
for name, key in (("by_result", "result"), ("by_user", "user")):
    want = {}
    for i in in_period:
        want[(i["type"], i[key])] = want.get((i["type"], i[key]), 0) + 1
    expect("interactions %s" % name,
           {(r["type"], r[key]): r["count"] for r in report[name]}, want)
want = {}
for i in in_period:
    k = (i["type"], month(i["occurred_at"]))
    want[k] = want.get(k, 0) + 1
expect("interactions by_period", {(r["type"], r["period"]): r["count"]
                                   for r in report["by_period"]}, want)
# By week, each named by its local Monday.
want = {}
for i in in_period:
    local = when(i["occurred_at"]).astimezone(ZONE).date()
    k = (i["type"], (local - timedelta(days=local.weekday())).isoformat())
    want[k] = want.get(k, 0) + 1
expect("interactions by week", {(r["type"], r["period"]): r["count"]
                                for r in load("interactions-weeks.json")["by_period"]}, want)
clients = load("clients.json")
last = {}
for i in interactions:
    last[i["client_id"]] = max(last.get(i["client_id"], ""), i["occurred_at"])
cut = datetime.now(timezone.utc) - timedelta(days=report["no_contact_days"])
quiet = [c for c in clients if c["id"] not in last or when(last[c["id"]]) < cut]
expect("interactions no_contact_count", report["no_contact_count"], len(quiet))

# Channels: new clients by their source, new deals and won revenue by the deal's.
channels = load("channels.json")
want = {}
for c in clients:
    if begin <= when(c["created_at"]) < end:
        want.setdefault(c["source"] or "", [0, 0, 0, 0])[0] += 1
for d in deals:
    if begin <= when(d["created_at"]) < end:
        want.setdefault(d["source"] or "", [0, 0, 0, 0])[1] += 1
for d in closed_all:
    if d["status"] == "won":
        entry = want.setdefault(d["source"] or "", [0, 0, 0, 0])
        entry[2] += 1
        entry[3] += cents(d["final_amount"] or d["amount"])
expect("channels sources", {s["source"]: [s["new_clients"], s["new_deals"], s["won"],
                                          cents(s["revenue"])] for s in channels["sources"]},
       want)

# ABC and XYZ: won revenue per client over the period's months.
abc = load("abc.json")
months = []
m = date.fromisoformat(day_from).replace(day=1)
while m <= date.fromisoformat(day_to):
    months.append(m.strftime("%Y-%m"))
    m = (m + timedelta(days=32)).replace(day=1)
revenue = {}
for d in closed_all:
    if d["status"] == "won":
        per = revenue.setdefault(d["client_id"], {})
        per[month(d["closed_at"])] = per.get(month(d["closed_at"]), 0) + cents(
            d["final_amount"] or d["amount"])
total = sum(sum(v.values()) for v in revenue.values())
order = sorted(revenue, key=lambda k: (-sum(revenue[k].values()), k))
expect("abc order", [c["id"] for c in abc["clients"]], order)
before = 0.0
for row in abc["clients"]:
    mine_total = sum(revenue[row["id"]].values())
    share = mine_total / total
    cls = "A" if before * 100 < 80 else "B" if before * 100 < 95 else "C"
    before += share
    values = [revenue[row["id"]].get(m, 0) for m in months]
    mean = mine_total / len(months)
    variation = (sum((v - mean) ** 2 for v in values) / len(months)) ** 0.5 / mean
    xyz = "X" if variation * 100 <= 10 else "Y" if variation * 100 <= 25 else "Z"
    expect("abc %d revenue" % row["id"], cents(row["revenue"]), mine_total)
    expect("abc %d class" % row["id"], row["abc"], cls)
    expect("abc %d xyz" % row["id"], row["xyz"], xyz)
    expect("abc %d variation" % row["id"], row["variation"], variation, 1e-9)

print("checked %d deals (%d new in the period, %d closed), %d stages, %d interactions in the "
      "period, %d clients classified, %d sources" % (
          len(deals), len(cohort), len(closed_all), len(stages), len(in_period),
          len(abc["clients"]), len(channels["sources"])))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
