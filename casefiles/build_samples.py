"""Build the sample case files that ship with the app.

    python casefiles/build_samples.py        (re)writes casefiles/*.casefile

The reports in ``casefiles/src`` were written for this project from public reporting.
Annotations quote the text instead of counting characters, so editing a report and
re-running this script keeps every mention and evidence span valid. Output is
byte-stable: the same sources give the same files.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from desktop.casefile.builder import CaseBuilder, stable_case_id  # noqa: E402
from desktop.casefile.bundle import write_bundle  # noqa: E402
from desktop.casefile.model import Count, FuzzyDate  # noqa: E402

ANALYST_A = "R. Haidari"
ANALYST_B = "M. Lindqvist"


def day(iso: str, text: str | None = None) -> FuzzyDate:
    return FuzzyDate(start=iso, end=iso, precision="day", text=text)


def exact(n: int, text: str) -> Count:
    return Count(min=n, max=n, text=text)


def at_least(n: int, text: str) -> Count:
    return Count(min=n, max=None, text=text)


def kabul_airport() -> CaseBuilder:
    text = (ROOT / "src" / "kabul-airport-2021.md").read_text(encoding="utf-8")
    b = CaseBuilder(stable_case_id("sample", "kabul-airport-2021"), "Kabul airport bombing (August 2021)",
                    created="2021-08-30T09:00:00Z", report_date="2021-08-30",
                    summary="The ISKP suicide bombing at Abbey Gate, the US strikes that followed, and the disputed Kabul drone strike.")
    b.document(text, title="Kabul airport bombing: who claimed it, and what followed", published="2021-08-30")
    b.entity("Islamic State Khorasan Province", "ORG", subtype="armed_group", aliases=("ISKP", "ISIS-K"))
    b.entity("Taliban", "ORG", subtype="armed_group")
    b.entity("Amaq News Agency", "ORG", subtype="media", aliases=("Amaq",))
    b.entity("United States Central Command", "ORG", subtype="military")
    b.entity("Pentagon", "ORG", subtype="government")
    b.entity("Twitter", "ORG", subtype="media")
    b.entity("Kenneth McKenzie", "PERSON", aliases=("McKenzie",))
    b.entity("Zabihullah Mujahid", "PERSON", aliases=("Mujahid",))
    b.entity("Abdul Rahman al-Logari", "PERSON")
    b.entity("Zemari Ahmadi", "PERSON")
    b.entity("Hamid Karzai International Airport", "LOC", subtype="facility")
    b.entity("Abbey Gate", "LOC", subtype="facility")
    b.entity("Kabul", "LOC", subtype="city")
    b.entity("Nangarhar", "LOC", subtype="province")
    b.entity("United States", "LOC", subtype="country")
    b.entity("Afghans", "NORP")
    b.entity("American", "NORP")
    b.entity("26 August", "DATE")
    b.entity("27 August", "DATE")
    b.entity("29 August", "DATE")

    i1 = b.incident("a suicide bomber detonated an explosive vest", "Explosions/Remote violence", sub_type="Suicide bomb",
                    summary="Suicide bombing at Abbey Gate during the evacuation", date=day("2021-08-26", "On 26 August"),
                    location="Abbey Gate", perpetrators=("ISKP",), targets=("Afghans",),
                    killed=at_least(183, "more than 170 people killed, and 13 United States service members"),
                    wounded=at_least(18, "Many more were wounded, among them at least 18"))
    i2 = b.incident("a United States drone strike in Nangarhar province", "Explosions/Remote violence",
                    sub_type="Air/drone strike", summary="US drone strike on ISKP members in Nangarhar",
                    date=day("2021-08-27", "On 27 August"), location="Nangarhar", perpetrators=("United States",),
                    targets=("ISKP",), killed=exact(2, "two planners and facilitators"), wounded=exact(1, "one was wounded"))
    i3 = b.incident("a second drone strike hit a car", "Explosions/Remote violence", sub_type="Air/drone strike",
                    summary="US drone strike on a car in a residential street of Kabul",
                    date=day("2021-08-29", "On 29 August"), location="Kabul", perpetrators=("United States",),
                    targets=("Zemari Ahmadi",), killed=exact(10, "ten members of their family"))

    s_iskp = b.source("Islamic State Khorasan Province", kind="organisation")
    s_amaq = b.source("Amaq News Agency", kind="outlet")
    s_mck = b.source("Kenneth McKenzie", role="commander", affiliation="United States Central Command")
    s_pentagon = b.source("Pentagon", kind="organisation")
    s_briefing = b.source("Pentagon briefing", kind="outlet")
    s_mujahid = b.source("Zabihullah Mujahid", role="spokesman", affiliation="Taliban")
    s_twitter = b.source("Twitter", kind="outlet")
    s_press = b.source("press conference in Kabul", kind="outlet")
    s_usmil = b.source("United States military", kind="organisation")
    s_family = b.source("Relatives of Zemari Ahmadi", kind="person", role="relatives of the driver")

    c1 = b.claim("claimed the bombing through its Amaq News Agency", s_iskp, "claimed",
                 "ISKP carried out the bombing; the attacker was Abdul Rahman al-Logari",
                 via=((s_amaq, "statement"),), incident=i1, date=day("2021-08-26"))
    c2 = b.claim("told reporters at a Pentagon briefing", s_mck, "told",
                 "ISIS-K carried out the attack and further attempts against the airport are expected",
                 via=((s_briefing, "briefing"),), incident=i1)
    c3 = b.claim("the Taliban had been screening people", s_mck, "said",
                 "The Taliban screened people at the outer perimeter but the bomber still reached the gate",
                 via=((s_briefing, "briefing"),), incident=i1)
    c4 = b.claim("condemned the bombing in a message on Twitter", s_mujahid, "said",
                 "The area of the bombing was under the control of American forces",
                 via=((s_twitter, "post"),), incident=i1)
    c5 = b.claim("told a press conference in Kabul", s_mujahid, "told",
                 "The Taliban will not allow ISKP to operate once foreign troops have left",
                 via=((s_press, "press conference"),))
    c6 = b.claim("The Pentagon said two planners", s_pentagon, "said",
                 "Two ISKP planners and facilitators were killed, one wounded, no civilians harmed", incident=i2)
    c7 = b.claim("The United States military said the vehicle", s_usmil, "said",
                 "The car struck in Kabul was carrying explosives meant for the airport", incident=i3)
    c8 = b.claim("Relatives of the driver, Zemari Ahmadi, told reporters", s_family, "told",
                 "Ten family members, seven of them children, were killed and the driver had no link to ISKP",
                 stance="deny", incident=i3)

    b.assess(s_iskp, "B", "Claims through Amaq have usually matched attacks the group carried out.",
             analyst=ANALYST_A, time="2021-08-30T10:05:00Z")
    b.assess(c1, "2", "Fast claim naming an attacker; consistent with the group's record in Kabul.",
             analyst=ANALYST_A, time="2021-08-30T10:06:00Z")
    b.assess(s_usmil, "C", "Official source with an interest in the outcome of the strike.",
             analyst=ANALYST_A, time="2021-08-30T10:10:00Z")
    b.assess(c7, "4", "Contradicted by the family's testimony; no independent confirmation.",
             analyst=ANALYST_A, time="2021-08-30T10:12:00Z")
    b.assess(c7, "5", "Family testimony names the victims; the explosives account looks improbable.",
             analyst=ANALYST_B, time="2021-08-30T14:40:00Z")
    b.assess(c8, "3", "Consistent with local reporting; not yet confirmed independently.",
             analyst=ANALYST_B, time="2021-08-30T14:42:00Z")
    b.note(c4, "Mujahid's point about control of the area shifts responsibility for security to US forces.",
           author=ANALYST_A, time="2021-08-30T10:20:00Z")
    del c2, c3, c5, c6, i2
    return b


def crocus_city_hall() -> CaseBuilder:
    text = (ROOT / "src" / "crocus-city-hall-2024.md").read_text(encoding="utf-8")
    b = CaseBuilder(stable_case_id("sample", "crocus-city-hall-2024"), "Crocus City Hall attack (March 2024)",
                    created="2024-03-26T08:00:00Z", report_date="2024-03-26",
                    summary="The gun and arson attack on a Moscow concert hall, the Islamic State claim and the Russian counter-narrative.")
    b.document(text, title="Crocus City Hall attack: competing accounts of responsibility", published="2024-03-26")
    # Longer names first: a mention belongs to the longest name that covers it.
    b.entity("Islamic State Khorasan Province", "ORG", subtype="armed_group")
    b.entity("Islamic State", "ORG", subtype="armed_group")
    b.entity("Amaq News Agency", "ORG", subtype="media")
    b.entity("Investigative Committee of Russia", "ORG", subtype="government")
    b.entity("Federal Security Service", "ORG", subtype="government", aliases=("FSB",))
    b.entity("Basmanny District Court", "ORG", subtype="government")
    b.entity("United States National Security Council", "ORG", subtype="government")
    b.entity("Vladimir Putin", "PERSON", aliases=("Putin",))
    b.entity("Alexander Bortnikov", "PERSON")
    b.entity("Mykhailo Podolyak", "PERSON")
    b.entity("Adrienne Watson", "PERSON")
    b.entity("Crocus City Hall", "LOC", subtype="facility")
    b.entity("Krasnogorsk", "LOC", subtype="city")
    b.entity("Moscow", "LOC", subtype="city")
    b.entity("Bryansk region", "LOC", subtype="province")
    b.entity("Ukraine", "LOC", subtype="country")
    b.entity("Tajikistan", "LOC", subtype="country")
    b.entity("Washington", "LOC", subtype="city")
    b.entity("Central Asian", "NORP")
    b.entity("Ukrainian", "NORP")
    b.entity("22 March", "DATE")

    i1 = b.incident("four gunmen in camouflage entered Crocus City Hall", "Violence against civilians", sub_type="Attack",
                    summary="Gun and arson attack on the audience of a concert", date=day("2024-03-22", "On the evening of 22 March"),
                    location="Crocus City Hall", perpetrators=("Islamic State",),
                    killed=exact(137, "137 people had been killed"), wounded=at_least(180, "more than 180 people"))
    i2 = b.incident("it had detained eleven people", "Strategic developments", sub_type="Arrests",
                    summary="FSB arrests of eleven people including the four suspected gunmen",
                    date=day("2024-03-23", "on 23 March"), location="Bryansk region",
                    perpetrators=("Federal Security Service",))

    s_is = b.source("Islamic State", kind="organisation")
    s_amaq = b.source("Amaq News Agency", kind="outlet")
    s_ic = b.source("Investigative Committee of Russia", kind="organisation")
    s_fsb = b.source("Federal Security Service", kind="organisation")
    s_bort = b.source("Alexander Bortnikov", role="director", affiliation="Federal Security Service")
    s_putin = b.source("Vladimir Putin", role="President", affiliation="Russia")
    s_tv = b.source("televised address", kind="outlet")
    s_pod = b.source("Mykhailo Podolyak", role="adviser", affiliation="Ukrainian presidential office")
    s_nsc = b.source("United States National Security Council", kind="organisation")
    s_watson = b.source("Adrienne Watson", role="spokesperson", affiliation="United States National Security Council")
    s_embassy = b.source("United States embassy in Moscow", kind="organisation")

    c1 = b.claim("Islamic State claimed the attack the same evening", s_is, "claimed",
                 "Islamic State carried out the attack", via=((s_amaq, "statement"),), incident=i1,
                 date=day("2024-03-22"))
    c2 = b.claim("The Investigative Committee of Russia said on 24 March", s_ic, "said",
                 "137 people were killed", incident=i1, date=day("2024-03-24"))
    c3 = b.claim("it had detained eleven people", s_fsb, "said",
                 "Eleven people were detained, including the four suspected gunmen, in the Bryansk region",
                 incident=i2, date=day("2024-03-23"))
    c4 = b.claim("later said the men had been heading", s_bort, "said",
                 "The gunmen were heading towards the border with Ukraine", incident=i2)
    c5 = b.claim("President Vladimir Putin said in a televised address", s_putin, "said",
                 "The attackers tried to escape to Ukraine, where a window had been prepared for them",
                 via=((s_tv, "broadcast"),), incident=i1, stance="accuse", date=day("2024-03-23"))
    c6 = b.claim("denied any Ukrainian involvement", s_pod, "denied",
                 "Ukraine had no involvement; the accusation is absurd", stance="deny", incident=i1)
    c7 = b.claim("said that Islamic State bore sole responsibility", s_nsc, "said",
                 "Islamic State bears sole responsibility for the attack", incident=i1)
    c8 = b.claim("Washington had shared information", s_watson, "said",
                 "The United States shared information about a planned attack with Moscow in early March")
    c9 = b.claim("had warned its citizens", s_embassy, "warned",
                 "Extremists had imminent plans to target large gatherings in Moscow, including concerts",
                 date=day("2024-03-07"))

    b.assess(s_is, "B", "Amaq claims for attacks abroad have usually been borne out.",
             analyst=ANALYST_A, time="2024-03-26T09:00:00Z")
    b.assess(c1, "2", "Backed by the attackers' own footage released later.", analyst=ANALYST_A,
             time="2024-03-26T09:02:00Z")
    b.assess(c1, "1", "Footage, suspects' nationality and the US warning now agree.", analyst=ANALYST_B,
             time="2024-03-26T16:30:00Z")
    b.assess(s_putin, "D", "Political interest in linking the attack to Ukraine.", analyst=ANALYST_A,
             time="2024-03-26T09:05:00Z")
    b.assess(c5, "5", "No evidence made public; conflicts with where the arrests took place.", analyst=ANALYST_A,
             time="2024-03-26T09:06:00Z")
    b.assess(c6, "3", "Party to the accusation; plausible given the lack of evidence.", analyst=ANALYST_A,
             time="2024-03-26T09:08:00Z")
    b.note(c9, "The embassy warning predates the attack by two weeks and matches its target type.",
           author=ANALYST_B, time="2024-03-26T16:35:00Z")
    del c2, c3, c4, c7, c8
    return b


SAMPLES = {"kabul-airport-2021": kabul_airport, "crocus-city-hall-2024": crocus_city_hall}


def main() -> int:
    for name, build in SAMPLES.items():
        case = build().case
        out = ROOT / f"{name}.casefile"
        write_bundle(case, out)
        print(f"wrote {out.name}: {len(case.entities)} entities, {len(case.mentions)} mentions, "
              f"{len(case.incidents)} incidents, {len(case.claims)} claims, {len(case.assessments)} assessments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
