#!/usr/bin/python3
# generate.py: writes a Netværk plan file of a given size, for the
# benchmarks in bench/run.sh and the generator test in tests/meson.build.
#
# Copyright 2026 Netværk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Standard library only. The plan looks like the sample plans in
# data/samples/ (made from the Danish seed documents): networks with a
# purpose, theme, sub-themes, rules and members; meetings with a
# sub-theme, roles, an invitation, participants who reply, an agenda of
# timed items and pauses, action items and minutes; people with
# organisations, roles, e-mail addresses and phone numbers. The output
# is deterministic for a given seed, and written in the layout Netværk
# itself writes, so a load and a save reproduce it byte for byte.
#
# Every plan also holds, for the benchmarks:
#   - the meeting "m-temadag" (in the first network): a day-long theme
#     day with a 60-item agenda;
#   - the network "n-kontakter": everyone in the plan as members, the
#     contact list (about 30 people a page; 6 000 people is about 200
#     pages).
#
# Examples:
#   generate.py --meetings 1000 plan.netvaerk      # ≈5 MB, 50 networks
#   generate.py --grid grid.netvaerk               # one network, 50 meetings × 300 people

import argparse
import datetime
import json
import random
import sys

FIRST_NAMES = [
    "Mette", "Søren", "Anne", "Jens", "Hanne", "Peter", "Kirsten", "Lars",
    "Birgitte", "Ole", "Lene", "Henrik", "Susanne", "Morten", "Marianne",
    "Rasmus", "Signe", "Mads", "Ida", "Frederik", "Åse", "Bjørn", "Sørine",
    "Jørgen", "Helle", "Torben", "Karen", "Niels", "Ditte", "Kasper",
    "Amina", "Hanan", "Fatima", "Zeynep", "Nadia", "Ahmed", "Yusuf",
    "Leila", "Mia", "Emil", "Freja", "Magnus", "Astrid", "Thøger", "Æsa",
]
LAST_NAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
    "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen",
    "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller",
    "Mortensen", "Lund", "Holm", "Østergaard", "Frøslev", "Bækgaard",
    "Hassan", "Yousef", "Ahmadi", "Kaya", "Nørgaard", "Skovgård",
]
ORGANISATIONS = [
    "Borgerservice", "Ældre og Sundhed", "Miljø og Teknik", "Børn og Unge",
    "Digitalisering og IT", "Jobcenteret", "Skoleområdet", "Dagtilbud",
    "Socialforvaltningen", "HR og Arbejdsmiljø", "Økonomi", "Byrådet",
    "Familieplejen", "Bydelsmødrenes Landsorganisation", "ØS", "SPO",
    "Professionshøjskolen", "Sundhedshuset", "Kultur og Fritid",
    "Plan og Byg", "Rådhusets MED-udvalg",
]
ROLES = [
    "Netværksleder", "Referenceleder", "Kernedeltager", "Medarbejder",
    "Koordinator", "Frivillig", "Bydelsmor", "Familieplejer", "Skoleleder",
    "Arbejdsmiljørepræsentant", "Tillidsrepræsentant", "Afdelingsleder",
    "Konsulent", "Borger", "Politiker", "Forsker", "Sygeplejerske",
    "Pædagog", "Sagsbehandler", "Projektleder, Smart City",
]
REGIONS = [
    "Jylland Nord", "Jylland Syd", "Fyn", "Sjælland", "Hovedstaden",
    "Bornholm", "Østjylland", "Vestsjælland",
]
THEMES = [
    ("Borgerinddragelse i den digitale kommune", [
        "Digital selvbetjening set fra borgerens side",
        "Inddragelse af borgere, der ikke er digitale",
        "Data og Smart City – hvad må kommunen, og hvad vil borgerne?",
    ]),
    ("Social kapital på arbejdspladsen", [
        "Tillid mellem ledelse og medarbejdere",
        "Retfærdighed i fordelingen af opgaver",
        "Samarbejde på tværs af faggrupper",
    ]),
    ("Et godt netværk for familieplejere", [
        "Præsentation og forventninger",
        "Samarbejdet med de biologiske forældre",
        "Når anbringelsen slutter",
        "Egne grænser og faglig sparring",
    ]),
    ("Bydelsmødrenes lokale grupper", [
        "Rekruttering af nye bydelsmødre",
        "Samarbejde med kommunen og boligsociale projekter",
        "Fundraising og økonomi i de lokale grupper",
    ]),
    ("Sundhed og trivsel blandt ældre", [
        "Ensomhed og fællesskaber",
        "Velfærdsteknologi i hjemmeplejen",
        "Pårørendesamarbejde",
    ]),
    ("Grøn omstilling i kommunens drift", [
        "Affaldssortering på rådhuset",
        "Cykelkultur og transport",
        "Indkøb med omtanke",
    ]),
]
LOCATIONS = [
    "Rådhuset, mødelokale 1", "Rådhuset, mødelokale 2",
    "Borgerservice, Biblioteket", "Medborgerhuset i Aalborg Øst, mødesal 1",
    "Kulturhuset, lokale 3", "Sundhedshuset, Store mødesal",
    "Familiehuset, Åboulevarden 12", "Hos Karen i Hørsholm",
    "Skovbrynet Skole, personalerummet", "Online (Teams)",
]
CATERING = [
    "Kaffe, te og kage – netværket betaler",
    "Landsorganisationen betaler: let frokost",
    "Sandwich og frugt – hver forvaltning betaler for egne deltagere",
    "Kaffe, te og lidt forfriskninger – værten køber ind",
    "Smørrebrød fra kantinen",
]
AGENDA = [
    ("Velkomst, formål og program", 10, "chair", None),
    ("Præsentationsrunde: hvem er vi, og hvad håber vi på?", 30, "everyone", None),
    ("Inspiration: hvad har fungeret godt siden sidst (én succes pr. gruppe)", 25, "everyone", None),
    ("Fagligt oplæg", 40, "person", "Oplægget sendes ud sammen med referatet."),
    ("Sparring: hver gruppe får sparring på den vigtigste udfordring", 45, "everyone",
     "Brug refleksionsmodellen: situation – tanker – handlinger."),
    ("Punkt fra en lokal gruppe", 20, "other", None),
    ("Kort info fra landsorganisationen", 10, "chair", None),
    ("Erfaringsudveksling i grupper – hvad virker?", 30, "everyone", None),
    ("Status på handlinger fra sidste møde", 15, "chair", None),
    ("Evaluering af netværket efter et halvt år", 30, "everyone",
     "Hvad skal vi fortsætte med, starte på og stoppe med?"),
    ("Næste møde: hvor, hvornår og input til punkter", 10, "chair",
     "Vælg ordstyrer og referent til næste gang."),
]
PAUSES = ["Pause", "Frokost", "Kaffepause med kage"]
RULES = [
    ("Tavshedspligt", "Det, der bliver talt om på netværksmøderne, bliver i gruppen. "
     "Skal noget bringes videre, aftales det med hele gruppen."),
    ("Mødepligt", "Netværkets møder prioriteres højt – med både fysisk og mentalt nærvær. "
     "Bliver man forhindret, melder man afbud til mødet."),
    ("Etik", "Det skal altid være tilladt at sige til og fra. Gruppen udpeger en grænsevogter, "
     "som kan stoppe en diskussion og tage time-out."),
    ("Afbud", "Afbud sendes til ordstyreren senest to dage før mødet, gerne på sms."),
]
QUESTIONS = [
    "Hvad er dine behov, ønsker og krav til et netværk?",
    "Hvor meget tid har du til netværket?",
    "Hvilken udfordring vil du gerne have sparring på?",
    "Tag ét eksempel med på noget, der er lykkedes for jer siden sidst.",
]
CONTRIBUTIONS = [
    "Oplæg om egne erfaringer", "Bidrager med viden om målgruppen",
    "Modtager ydelsen og fortæller om den", "Opsamling fra sidste møde",
    "Viden om støtte til borgere uden MitID",
]
INVOLVEMENTS = [
    "Workshop m. borgere, facilitator", "Workshop m. borgere, deltager",
    "Kernedeltager, deltager", "Ekstern perspektivgiver", "Observatør",
]
ACTIONS = [
    "Sende deltagerliste med kontaktoplysninger til alle",
    "Booke mødested til næste møde",
    "Sende referat til alle inden næste møde",
    "Undersøge muligheden for et fælles oplæg med Sundhedshuset",
]
REPLIES = ["accepted"] * 6 + ["declined", "invited", "no-answer"]
ATTENDANCE = ["present"] * 6 + ["regrets", "absent"]

FIRST_DAY = datetime.date(2020, 1, 6)


def iso(day):
    return day.isoformat()


def weekday_on_or_after(day):
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def ascii_fold(text):
    return (text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            .replace(" ", "."))


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def person(self, i):
        rng = self.rng
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i * 7 + i // len(FIRST_NAMES)) % len(LAST_NAMES)]
        person = {"id": "p-%d" % (i + 1), "name": "%s %s" % (first, last)}
        if i % 5 != 4:
            person["organisation"] = ORGANISATIONS[i % len(ORGANISATIONS)]
        if i % 3 != 2:
            person["role"] = ROLES[(i * 3) % len(ROLES)]
        person["email"] = "%s.%s%d@kommune.example.dk" % (ascii_fold(first), ascii_fold(last), i + 1)
        person["phone"] = "%02d %02d %02d %02d" % (20 + rng.randrange(80), rng.randrange(100),
                                                   rng.randrange(100), rng.randrange(100))
        if i % 11 == 0:
            person["notes"] = "Foretrækker møder efter kl. 16 – har børn i institution."
        return person

    def agenda_item(self, ident, index, members):
        rng = self.rng
        if index % 4 == 3:
            return {"id": ident, "title": PAUSES[index % len(PAUSES)], "duration": 15, "kind": "pause"}
        title, duration, lead, notes = AGENDA[(index + rng.randrange(3)) % len(AGENDA)]
        item = {"id": ident, "title": title}
        if rng.random() < 0.9:
            item["duration"] = duration
        item["lead"] = lead
        if lead == "person":
            item["lead_person"] = rng.choice(members)
        elif lead == "other":
            item["lead_text"] = "Lokal TRIO"
        if notes is not None:
            item["notes"] = notes
        if index % 7 == 5:
            item["attachments"] = ["https://kommune.example.dk/bilag/%s.pdf" % ident]
        return item

    def meeting(self, net_index, number, day, network, members, ident, n_agenda, n_participants,
                closing, past):
        rng = self.rng
        subthemes = network.get("subthemes", [])
        start = "%02d:00" % rng.choice([10, 13, 15, 17])
        meeting = {"id": ident}
        if closing:
            meeting["title"] = "Afsluttende møde"
            meeting["subtheme"] = "Analyse og generering af læring"
            meeting["kind"] = "closing"
        else:
            meeting["title"] = "Netværksmøde %d" % number
            if subthemes:
                meeting["subtheme"] = subthemes[(number - 1) % len(subthemes)]
        meeting["date"] = iso(day)
        meeting["start"] = start
        if number % 3 == 0:
            meeting["duration"] = 150
        meeting["location"] = LOCATIONS[(net_index + number) % len(LOCATIONS)]
        if past or number % 2:
            # "planned" is the default, which Netværk leaves out
            meeting["status"] = "held" if past else "confirmed"
        meeting["catering"] = CATERING[(net_index + number) % len(CATERING)]
        chosen = rng.sample(members, min(len(members), max(n_participants, 4)))
        meeting["chair"] = chosen[0]
        meeting["minute_taker"] = chosen[1]
        if number % 2 == 0:
            meeting["host"] = chosen[2]
        if number % 5 == 0:
            meeting["boundary_keeper"] = chosen[3]
        invitation = {"reply_by": iso(day - datetime.timedelta(days=10))}
        if number % 4 == 1:
            invitation["questions"] = QUESTIONS[:2 + number % 3]
        if past or number % 2:
            invitation["sent"] = iso(day - datetime.timedelta(days=35))
        meeting["invitation"] = invitation
        if past:
            meeting["minutes"] = {"status": "sent", "approved": iso(day + datetime.timedelta(days=7)),
                                  "sent": iso(day + datetime.timedelta(days=8))}
        participants = []
        for k, person in enumerate(chosen[:n_participants]):
            participant = {"id": "%s-pt%d" % (ident, k + 1), "person": person}
            if k % 4 == 0:
                participant["contribution"] = CONTRIBUTIONS[(number + k) % len(CONTRIBUTIONS)]
                participant["involvement"] = INVOLVEMENTS[(number + k) % len(INVOLVEMENTS)]
            participant["reply"] = REPLIES[rng.randrange(len(REPLIES))]
            if past:
                participant["attendance"] = ATTENDANCE[rng.randrange(len(ATTENDANCE))]
            participants.append(participant)
        if participants:
            meeting["participants"] = participants
        agenda = [self.agenda_item("%s-a%d" % (ident, k + 1), k, chosen) for k in range(n_agenda)]
        if agenda:
            meeting["agenda"] = agenda
        if number % 2 == 1 and agenda:
            meeting["actions"] = [{
                "id": "%s-ac1" % ident,
                "what": ACTIONS[number % len(ACTIONS)],
                "who": chosen[1],
                "due": iso(day + datetime.timedelta(days=14)),
                "agenda_item": agenda[-1]["id"],
            }]
        return meeting

    def network(self, net_index, n_meetings, people, n_members, n_participants, n_agenda, today):
        rng = self.rng
        theme, subthemes = THEMES[net_index % len(THEMES)]
        region = REGIONS[net_index % len(REGIONS)]
        ident = "n-%d" % (net_index + 1)
        # Spread the series over a decade, never closer than a week
        step = max(7, 3650 // max(1, n_meetings))
        first = weekday_on_or_after(FIRST_DAY + datetime.timedelta(days=net_index % 28))
        last = first + datetime.timedelta(days=step * max(0, n_meetings - 1) + 30)
        members = rng.sample(people, min(len(people), n_members))
        network = {
            "id": ident,
            "name": "%s – %s" % (theme, region),
            "purpose": "At skabe brugbar læring for organisationen om %s, med borgere, "
                       "fagprofessionelle, eksterne perspektiver og politikere omkring bordet."
                       % theme.lower(),
            "theme": theme,
            "subthemes": subthemes,
            "region": region,
            "cadence": "%d møder om året" % max(1, round(365 / step)),
            "start_date": iso(first),
            "end_date": iso(last),
            "organiser": members[0],
            "reference_leader": members[1 % len(members)],
            "default_start": "15:00",
            "default_length": 180,
            "latest_end": "21:00",
            "minimum_length": 150,
            "group_size": 12,
            "rules": [{"id": "%s-r%d" % (ident, k + 1), "title": title, "text": text}
                      for k, (title, text) in enumerate(RULES)],
            "members": [],
            "meetings": [],
        }
        for k, person in enumerate(members):
            member = {"id": "%s-mb%d" % (ident, k + 1), "person": person}
            if k < 4:
                member["core"] = True
            member["role"] = ROLES[(net_index + k) % len(ROLES)]
            if k % 2 == 0:
                member["local_group"] = "Lokalgruppe %s" % ["Aalborg Øst", "Gellerup", "Vollsmose",
                                                             "Nørrebro", "Tingbjerg"][k % 5]
            network["members"].append(member)
        for number in range(1, n_meetings + 1):
            day = weekday_on_or_after(first + datetime.timedelta(days=step * (number - 1)))
            network["meetings"].append(self.meeting(
                net_index, number, day, network, members, "m-%d-%d" % (net_index + 1, number),
                n_agenda, n_participants, closing=(number == n_meetings and n_meetings > 2),
                past=day < today))
        if not network["members"]:
            del network["members"]
        if not network["meetings"]:
            del network["meetings"]
        return network


def build_plan(meetings, networks, people, agenda, participants, members, seed, theme_day,
               contacts):
    gen = Generator(seed)
    today = datetime.date(2025, 1, 1)
    plan = {
        "format": "netvaerk-plan",
        "version": 1,
        "name": "Kommunens netværk %d–%d" % (FIRST_DAY.year, FIRST_DAY.year + 10),
        "notes": "Genereret til ydelsesmålinger (bench/generate.py): %d møder i %d netværk, %d personer."
                 % (meetings, networks, people),
        "people": [gen.person(i) for i in range(people)],
        "networks": [],
    }
    ids = [p["id"] for p in plan["people"]]
    for n in range(networks):
        count = meetings // networks + (1 if n < meetings % networks else 0)
        plan["networks"].append(gen.network(n, count, ids, members, participants, agenda, today))

    if theme_day and plan["networks"] and plan["networks"][0].get("meetings"):
        # The first meeting is a day-long theme day: 60 items from 8.00
        network = plan["networks"][0]
        chosen = [m["person"] for m in network["members"]]
        first = network["meetings"][0]
        day = gen.meeting(0, 1, datetime.date.fromisoformat(first["date"]), network, chosen,
                          "m-temadag", 60, min(len(chosen), 40), False, False)
        day["title"] = "Temadag for alle netværk"
        day["start"] = "08:00"
        day.pop("duration", None)
        for k, item in enumerate(day["agenda"]):
            if item.get("kind") != "pause":
                # Members in the order Netværk writes them
                timed = {"id": item.pop("id"), "title": item.pop("title"), "duration": 10}
                item.pop("duration", None)
                timed.update(item)
                day["agenda"][k] = timed
        network["meetings"][0] = day

    if contacts:
        # Everyone in the plan, as one network's contact list
        plan["networks"].append({
            "id": "n-kontakter",
            "name": "Kommunens samlede netværk – kontaktliste",
            "purpose": "Alle, der deltager i et af kommunens netværk.",
            "members": [{"id": "n-kontakter-mb%d" % (k + 1), "person": pid,
                         "role": ROLES[k % len(ROLES)]} for k, pid in enumerate(ids)],
        })
    return plan


def main():
    parser = argparse.ArgumentParser(
        description="Write a Netværk plan file of a given size, with realistic Danish text.")
    parser.add_argument("output", help="the plan file to write (“-” for standard output)")
    parser.add_argument("--meetings", type=int, default=1000,
                        help="meetings in all (default 1000, ≈5 MB)")
    parser.add_argument("--networks", type=int,
                        help="networks (default: one per 20 meetings, at most 50)")
    parser.add_argument("--people", type=int,
                        help="people (default: 0.6 per meeting, at least 60)")
    parser.add_argument("--agenda", type=int, default=8, help="agenda items per meeting (default 8)")
    parser.add_argument("--participants", type=int, default=10,
                        help="participants per meeting (default 10)")
    parser.add_argument("--members", type=int, default=16, help="members per network (default 16)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("--grid", action="store_true",
                        help="the planning grid's case: one network with 50 meetings and "
                             "300 people, every one of them a member and a participant")
    parser.add_argument("--no-extras", action="store_true",
                        help="leave out the 60-item theme day and the contact-list network")
    args = parser.parse_args()

    if args.grid:
        meetings, networks, people = 50, 1, 300
        members = participants = 300
    else:
        meetings = args.meetings
        networks = args.networks or max(1, min(50, round(meetings / 20)))
        people = args.people or max(60, round(meetings * 0.6))
        members, participants = args.members, args.participants
    if meetings < 0 or networks < 1 or people < 4 or args.agenda < 0 or participants < 0:
        parser.error("sizes must be positive (and at least 4 people)")
    members = max(4, min(members, people))
    participants = min(participants, members)

    plan = build_plan(meetings, networks, people, args.agenda, participants, members, args.seed,
                      theme_day=not args.no_extras, contacts=not args.no_extras and not args.grid)
    text = json.dumps(plan, ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
