#!/usr/bin/python3
"""The exported calendars, read by other people's code: Python's vobject
(with validation) and icalendar, as Debian ships them.

usage: check-ics.py NETVAERK SOURCE_DIR
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar
import vobject

netvaerk, source = sys.argv[1], sys.argv[2]
samples = os.path.join(source, "data", "samples")
failures = 0


def check(name, condition, detail=""):
    global failures
    print(("ok - " if condition else "not ok - ") + name + (f" ({detail})" if detail and not condition else ""))
    failures += 0 if condition else 1


def export(plan, *options):
    out = os.path.join(tmp, "out.ics")
    subprocess.run([netvaerk, "--export-ics", out, *options, plan], check=True)
    with open(out, "rb") as f:
        return f.read()


tmp = tempfile.mkdtemp()
try:
    for sample in sorted(os.listdir(samples)):
        plan = os.path.join(tmp, sample)
        shutil.copy(os.path.join(samples, sample), plan)
        data = export(plan)

        calendar = vobject.readOne(data.decode("utf-8"), validate=True)
        events = calendar.contents.get("vevent", [])
        with open(plan) as f:
            meetings = [m for n in json.load(f).get("networks", []) for m in n.get("meetings", []) if "date" in m]
        check(f"{sample}: vobject reads every meeting", len(events) == len(meetings), f"{len(events)} of {len(meetings)}")

        # vobject works out the offsets from our VTIMEZONE alone
        for event in events:
            start = event.dtstart.value
            offset = start.utcoffset()
            summer = datetime.datetime(start.year, 3, 31) <= start.replace(tzinfo=None) <= datetime.datetime(start.year, 10, 25)
            if start.month in (4, 5, 6, 7, 8, 9) or summer:
                expected = datetime.timedelta(hours=2)
            elif start.month in (11, 12, 1, 2):
                expected = datetime.timedelta(hours=1)
            else:
                continue
            check(f"{sample}: {event.uid.value} is UTC{offset}", offset == expected)

        parsed = icalendar.Calendar.from_ical(data)
        check(f"{sample}: icalendar reads it", len(parsed.walk("VEVENT")) == len(meetings))

    # The days the clocks change: the instant of a meeting at noon
    plan = os.path.join(tmp, "dst.netvaerk")
    with open(plan, "w") as f:
        json.dump({"format": "netvaerk-plan", "version": 1, "networks": [{"id": "n", "meetings": [
            {"id": "m-march", "date": "2027-03-28", "start": "12:00"},
            {"id": "m-october", "date": "2027-10-31", "start": "12:00"},
            {"id": "m-night", "date": "2027-03-28", "start": "01:30"}]}]}, f)
    calendar = vobject.readOne(export(plan).decode("utf-8"), validate=True)
    # UID: the meeting's id, the plan's calendar id, @netvaerk
    utc = {e.uid.value.split("@")[0].split(".")[0]: e.dtstart.value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M") for e in calendar.vevent_list}
    check("last Sunday of March, noon, is 10:00 UTC", utc["m-march"] == "2027-03-28 10:00", utc["m-march"])
    check("last Sunday of October, noon, is 11:00 UTC", utc["m-october"] == "2027-10-31 11:00", utc["m-october"])
    check("before the change in March, 01:30 is 00:30 UTC", utc["m-night"] == "2027-03-28 00:30", utc["m-night"])
finally:
    shutil.rmtree(tmp)

sys.exit(1 if failures else 0)
