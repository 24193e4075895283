"""Claims: who said what, with which cue, through which outlets.

Built on the dependency parse: a cue verb ("claimed", "told", "denied"...) and its subject
give the source and the stance, its clausal complement the content; "according to X" and
"as per X" name a source on their own. The chain the claim travelled is read from the
phrases around it: "in an interview with Y", "told Y", "as per the Z report", "through its
news agency", "on Telegram". A pronoun source ("he said") is the person last named.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace

from desktop.extract.dates import WEEKDAYS, names_month
from desktop.extract.entities import KIN, Ent, gazetteer, norm_key
from desktop.extract.events import NUMBER_WORDS
from desktop.extract.incidents import DATELINE, UPDATE_STAMP
from desktop.extract.places import is_place

CUE_VERBS = {
    "said": "assert", "says": "assert", "say": "assert", "saying": "assert", "claimed": "assert", "claims": "assert",
    "claim": "assert", "claiming": "assert", "told": "assert", "tells": "assert", "warned": "assert",
    "warns": "assert", "accused": "accuse", "accuses": "accuse", "accusing": "accuse", "blamed": "accuse",
    "blames": "accuse", "denied": "deny", "denies": "deny", "deny": "deny", "denying": "deny", "rejected": "deny",
    "dismissed": "deny", "refuted": "deny", "stated": "assert", "states": "assert", "announced": "assert",
    "announces": "assert", "alleged": "accuse", "alleges": "accuse", "added": "assert", "confirmed": "assert",
    "confirms": "assert", "insisted": "assert", "acknowledged": "assert", "admitted": "assert",
    "asserted": "assert", "reported": "assert", "reports": "assert", "noted": "assert", "argued": "assert",
    "explained": "assert", "maintained": "assert",
    "stressed": "assert", "suggested": "assert", "vowed": "assert", "declared": "assert", "described": "assert",
    "revealed": "assert", "disclosed": "assert", "indicated": "assert", "expressed": "assert",
    "highlighted": "assert", "condemned": "assert", "recounted": "assert", "wrote": "assert", "posted": "assert",
    "tweeted": "assert", "acknowledging": "assert", "says.": "assert", "stating": "assert", "spoke": "assert", "spoken": "assert",
}
# More cues, given as base forms; their -s, -ed and -ing forms count too.
_MORE_CUES = {"estimate": "assert", "suggest": "assert", "insist": "assert", "reject": "deny", "accuse": "accuse", "blame": "accuse",
              "conclude": "assert", "indicate": "assert", "urge": "assert", "inform": "assert", "link": "accuse",
              "attribute": "accuse", "contend": "assert", "assert": "assert", "acknowledge": "assert",
              "admit": "assert", "confirm": "assert", "announce": "assert", "state": "assert", "warn": "assert",
              "call": "assert", "deny": "deny", "dismiss": "deny", "refute": "deny", "report": "assert",
              "repeat": "assert", "vow": "assert", "pledge": "assert",
              # "Some witnesses disputed that account", "civil society leaders denounced as a reward for the coup",
              # "a move officials hailed as a sign", "promised to defeat al-Shabaab within two years"
              "dispute": "deny", "denounce": "accuse", "hail": "assert", "promise": "assert",
              # "Local doctors fear that the number of dead will rise", "Rights groups now count more than a dozen
              # deaths", "Human rights groups welcomed the releases", "UN agencies voiced alarm", "Survivors spoke of
              # more than 400 dead": what people hold, counted or felt, told as theirs
              "fear": "assert", "count": "assert", "welcome": "assert", "voice": "assert", "recommend": "assert",
              "believe": "assert", "expect": "assert", "condemn": "assert", "record": "assert",
              # "The interior ministry speaks of a mass breakout", "The government describes an armed insurrection",
              # "Wolde-Michael cited police records", "IPW criticised the police for waiting", "Observers judged them
              # the most credible": what a side holds, told as theirs
              "describe": "assert", "speak": "assert", "cite": "assert", "criticise": "accuse", "criticize": "accuse",
              "judge": "assert",
              # "They argue that it is state property", "Peru's joint command complained that Tiwinza was under fire",
              # "Some versions add that ...", "The coast guard identified the men as ...", "An official communiqué
              # listed Coangos ... as held by Ecuadorian troops", "presented the operation as the lawful suppression
              # of a revolt": what a side holds, told as theirs (not what it asks for: a request is no claim)
              "argue": "assert", "complain": "assert", "add": "assert", "identify": "assert", "list": "assert",
              "present": "assert",
              # "IPOB later disowned the order": what a side refuses as its own (7 of the 11 such sentences in the gold
              # reports are claims)
              "disown": "deny",
              # "some international agencies have referred to three bodies": what a side speaks of, told as theirs;
              # "One co-defendant testified that ...", "Rasmussen conceded that civilians may have died", "Hamas praised
              # the operation as heroic"
              "refer": "assert", "testify": "assert", "concede": "assert", "praise": "assert",
              # "he replied that it was the country that was vulnerable" (not "replied to the letter": see _unsaid)
              "reply": "assert", "retort": "assert"}


def _forms(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    return {base, base + "s", stem + "ed", stem + "ing"}


for _base, _stance in _MORE_CUES.items():
    for _form in _forms(_base):
        CUE_VERBS.setdefault(_form, _stance)
CUE_VERBS.update({"referred": "assert", "referring": "assert"})  # (the doubled consonant _forms does not make)
# "he had written on Twitter that ...", "Hamas has threatened to avenge the killing": what a side wrote or threatened is
# its claim (in 1-1930, 14 of 16 sentences with "has/had written" and 42 of 50 with "threatened to" are claims' evidence)
for _form in ("written", "writes", "threatened", "threatens"):
    CUE_VERBS.setdefault(_form, "assert")
# "the group demanded that Seoul cancel the deployment": what a side wants, told as theirs (not "gathered to demand" or
# "demanding the release of": a crowd's cause)
CUE_VERBS.setdefault("demanded", "assert")
CUE_VERBS.setdefault("demands", "assert")
# A figure a side gives is its claim ("put the death toll at 160", "the military gave 11 dead"), and so is what an
# account says of an event ("placed the abduction in Kanague village", "dated the killing to 22 August", "named the
# bomber as ..."; not "placed the bomb in a bin": a deed): each pattern opens on its verb.
_EVENT_WORDS = (r"(?:abduction|kidnapping|attack|assault|killing|killings|shootout|clash|clashes|blast|explosion|"
                r"bombing|incident|raid|strike|ambush|occupation|massacre|fire|fighting|seizure|hijacking|arrest|"
                r"shooting|death|deaths|crash|time|date)")
_COUNT = r"(?:\d[\d,]*|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r"|dozens|scores|hundreds)"
FIGURE_CUES = [
    # (and "The SDF put deaths on its side at 121", "have put their own dead at two", "gave a higher overall toll")
    # ("were putting the number of dead above 70")
    re.compile(r"(?:put|puts|putting|gave|gives|give|given|placed|places|placing)\s+(?:(?:the|a|an|its|their|his|her)\s+(?:own\s+)?"
               r"(?:[\w-]+['’]s\s+)?"  # ("Police put the day's death toll at 18")
               # ("put the civilian toll at no fewer than 1,200", "its own final count")
               r"(?:[\w-]+\s+){0,2}?(?:death\s+)?(?:tolls?|numbers?|figures?|count|tally)\b|"
               # ("put the attackers' losses at about 70")
               r"(?:(?:the|its|their|his|her)\s+(?:own\s+)?)?(?:[\w-]+(?:['’]s?)?\s+){0,2}?(?:deaths|dead|losses|casualties|"
               r"wounded|injured|missing|displaced|"
               # "Police put the crowd at around 50,000", "police put the turnout at about 60,000"
               r"crowds?|turnout|attendance|population|number\s+of\s+(?:protesters|demonstrators|marchers|participants))\b"
               r"[^.;]{0,40}?\b(?:at|above|below|as\s+high\s+as|as\s+low\s+as)\s+(?:about\s+|around\s+|some\s+|least\s+|"
               r"more\s+than\s+)?(?:\d|[a-z]+\b))", re.I),
    # "the military gave 11 dead and 92 wounded", "an earlier count gave at least 27", "several other sources give a
    # toll of 11": a figure given outright
    re.compile(r"(?:gave|gives|give|given)\s+(?:an?\s+(?:[\w-]+\s+)?(?:toll|figure|count)\s+of\s+|"
               r"(?:at\s+least|more\s+than|about|around|nearly|some|only)\s+)?" + _COUNT + r"\b(?:\s+[\w-]+){0,2}?"
               r"(?:\s+(?:dead|killed|deaths|wounded|injured|casualties|people|soldiers|civilians)\b|\s*[,;.]|$)", re.I),
    # "Community leaders gave higher estimates", "the hospital's director gave a similar account", "Police gave the time
    # as about 12.30 am", "gave reporters figures of up to 88": an account or figure given, the giver's claim
    # ("human rights groups have given figures as high as 3,000")
    re.compile(r"(?:gave|gives|give|given)\s+(?:(?:reporters|journalists|investigators|the\s+agency)\s+)?(?:(?:an?|the|its|their|"
               r"his|her|this)\s+)?(?:[\w-]+\s+){0,2}?(?:estimates?|figures?|tolls?|accounts?|totals?|breakdown|names|ages?|"
               # ("gave reporters a count of 70 personnel killed")
               r"counts?|tall(?:y|ies)|"
               # ("Some early reports gave the size of the tour party as 22")
               r"time|picture|version|numbers|statements|dates?|location|size|strength)\b", re.I),
    # "the local police gave it as 36", "Reuters put it in Dargol itself": the figure or place told before, given again
    # ("A security official put it at seven fighters")
    re.compile(r"(?:gave|gives|give|put|puts|placed|places)\s+(?:it|them)\s+(?:as|at|in|on|near)\s+(?:about\s+|around\s+|"
               r"some\s+)?(?:\d|(?-i:[A-Z])|" + _COUNT + r"\b)", re.I),
    # "the security secretariat counted 184 attacks since Friday night, 81 deaths and 49 wounded": its count
    re.compile(r"(?:counted|tallied)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+)?"
               + _COUNT + r"\b", re.I),
    # "the military later raised the insurgent toll to 63"
    re.compile(r"(?:raised|revised|lowered)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally)\s+"
               r"(?:up(?:ward)?\s+|down(?:ward)?\s+)?to\s+", re.I),
    # "Radio Free Asia put the shooting on Tuesday, January 13", "AFP placed the explosion at Waraou"
    re.compile(r"(?:placed|places|put|puts)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_WORDS
               + r"\s+(?:in|at|off|near|on|outside|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?(?-i:[A-Z])", re.I),
    re.compile(r"dated\s+(?:the|its|their|his|her|it)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_WORDS
               + r"|it)?\s*to\s+(?:the\s+)?(?:\d|(?-i:[A-Z])|morning|evening|night|early|late)", re.I),
    # ("Police named her companion, Antonio Lo Muscio, as the man who shot Graziosi", "named several senior security
    # officials as possible suspects")
    re.compile(r"named\s+(?:the|him|her|them|it|its|their|his|one|two|three|four|five|six|all|several|some)\b"
               r"(?:[^.;,]{0,40}?|[^.;]{0,80}?,)\s+as\s+(?:the\s+)?(?:(?-i:[A-Z])|man|woman|men|gunman|gunmen|bomber|"
               r"attackers?|organi[sz]ers?|ringleaders?|leaders?|possible|responsible|members?|suspects?|culprits?)", re.I),
    # "Local authorities put the weekend's total at close to 200", "whom Kosovo officials put at around 30 men", "the two
    # armies put the dead at twelve soldiers": any quantity put at a number
    # ("Antara later put Sunday's toll at four")
    re.compile(r"(?:put|puts|putting)\s+(?:(?:(?:the|a|an|its|their|his|her)\s+|[\w-]+['’]s\s+)(?:[\w'’-]+\s+){0,5}?)?at\s+"
               r"(?:about\s+|around\s+|"
               r"close\s+to\s+|least\s+|more\s+than\s+|some\s+|well\s+over\s+|over\s+|between\s+|nearly\s+|roughly\s+|"
               r"up\s+to\s+|fewer\s+than\s+|less\s+than\s+|no\s+more\s+than\s+|no\s+fewer\s+than\s+)?(?:\$|US\$|€|£)?"
               r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
               r"a\s+hundred|dozens|hundreds|thousands|tens)\b)", re.I),
    # "Police named Amadu Koita, a former soldier ..., as one of the ringleaders": who someone is, as the speaker tells it
    # (not "Kabul named Major General Sher Mohammed Karimi as its observer to the US board": an appointment)
    re.compile(r"named\s+(?-i:[A-Z])[^.;]{0,120}?\bas\s+(?:the|an?|one|its|their|his|her|responsible|possible)\b"
               r"(?!\s+(?:new|acting|interim|next)\b|"
               r"\s+(?:[\w-]+\s+){0,2}?(?:observers?|representatives?|envoys?|ambassadors?|successors?|candidates?|coach|"
               r"captain)\b)", re.I),
]
ISSUED_STATEMENT = re.compile(r"(?:issued|issues|released|releases|put\s+out)\s+(?:an?\s+|its\s+|their\s+)?(?:joint\s+)?"
                              r"(?:[\w-]+\s+)?(?:statements?|communiqu[eé]s?)\s+(?P<act>[a-z]+ing)\b", re.I)
FIGURE_VERBS = {"put", "puts", "putting", "gave", "gives", "give", "given", "placed", "places", "placing", "raised",
                "revised", "lowered", "dated", "named", "counted", "tallied"}
UNSAID = re.compile(r"\s*(?:whether|if)\b", re.I)
# Who speaks for a body: "the navy said", "state media reported", "the Yemeni government said".
BODY_WORDS = re.compile(r"\b(?:government|ministry|navy|army|military|police|media|office|agenc(?:y|ies)|authorities|court|"
                        r"committee|council|embassy|mission|monitors|investigators|doctors|workers|organi[sz]ations|"
                        r"groups|services?|spokes\w+|statement|report|press|forces?|command|prosecutors?|hospital|"
                        # "the regional emergency services said", "the ship's operator said", "community members said"
                        r"operators?|owners?|members|rescuers|paramedics|firefighters|charity|"
                        r"sources|information|association|union|federation|society|collective|network|coalition|"
                        r"movement|organi[sz]ation|group|associations|unions|families|relatives|activists|presidency|militias?|"
                        r"rebels|club|team|party|parties|company|firm|employer|department|directorate|bureau|"
                        # "the organisers said", "the opposition denounced", "the mutineers' statement", "partners fear"
                        r"organi[sz]ers|opposition|mutineers|partners|campaigners|protesters|demonstrators|"
                        # "; republicans put the number of injured mourners at about 20": a side speaking as one
                        r"republicans|loyalists|separatists|nationalists|unionists|royalists|dissidents|insurgents|"
                        r"militants|guerrillas|jihadists|"
                        r"authority|commission|tribunal|parliament|assembly|junta|regime|administration|"
                        # "other reports gave the date as 18 July", "other tallies put the number at seven"
                        r"reports|accounts?|tall(?:y|ies)|counts?|estimates?|versions?|"
                        # "..., the station reported", "the broadcaster said", "Mobile tower data, the paper reported, showed"
                        # ("while several newspapers reported 14 killed")
                        r"stations?|broadcasters?|(?:news)?papers?|channels?|outlets?|websites?|magazines?|dailies|"
                        # "..., the diocese said", "the church said in a statement"
                        r"(?:arch)?diocese|church|parish|patriarchate|synod)\b", re.I)
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# who speaks for a person named after them: "Relatives of the driver, Zemari Ahmadi", "supporters of Makarios"
SPEAK_FOR = re.compile(r"(?:" + KIN + r"|relatives?|famil(?:y|ies)|friends|colleagues|lawyers?|neighbou?rs|supporters|"
                       r"followers|children)$", re.I)
NOT_OUTLETS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "the", "this",
               "that", "his", "her", "their", "its", "a", "an"}
VIA_PATTERNS = [
    re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her|their|its)?\s*(?:\w+\s+){0,2}?(?:interview|conversation|"
               r"statement|message|post|press conference|news conference|briefing|video|audio|broadcast|address|"
               r"speech|tweet|report|letter|communiqu[eé])\s+(?:with|to|on|via|through|for|by|published by|"
               r"released by|carried by|aired by)\s+", re.I),
    re.compile(r"\b(?:told|telling|speaking to|talking to|said to|wrote to|testified before|testifying before)\s+", re.I),
    # (not "a bomb that ripped through a Shia mourning procession": a way through a place, no channel)
    re.compile(r"\b(?:as per|according to|as reported by|reported by|cited by|quoted by|quoting|via|"
               r"(?<!ripped\s)(?<!tore\s)(?<!swept\s)(?<!went\s)(?<!passed\s)(?<!drove\s)(?<!broke\s)(?<!raced\s)"
               r"(?<!marched\s)(?<!spread\s)(?<!moved\s)(?<!ran\s)(?<!cut\s)through)\s+"
               r"(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?", re.I),
    re.compile(r"\b(?:on|in a post on|in a message on)\s+(?=Telegram|Twitter|X\b|Facebook|WhatsApp|YouTube|TikTok|"
               r"Instagram)", re.I),
    re.compile(r"\b(?:broadcast|carried|published|aired|posted|released|relayed|distributed)\s+(?:by|on|through|via)\s+"
               r"(?:the\s+|its\s+|their\s+)?", re.I),
]
# Channels named by what they are, not by a name: "in a televised address", "told state television".
CHANNEL_PHRASES = re.compile(r"\b(?:in|during|through|via|on)\s+(?:an?|the|his|her|its|their)?\s*((?:televised|televized|"
                             r"video|recorded|radio|audio|online|national)\s+(?:address|statement|message|speech|"
                             r"broadcast|interview|briefing)|written\s+(?:address|message|speech)|"
                             r"an?\s+(?:televised\s+)?address\s+to\s+the\s+nation|"
                             r"(?:its|their|his|her)\s+(?:website|telegram channel|official account))"
                             r"|\b(?:told|to|on|broadcast\s+by|carried\s+by|aired\s+on|aired\s+by)\s+((?:state|national|local|public)\s+"
                             r"(?:television|tv|media|radio|broadcaster|news agency)|an?\s+(?:news|press)\s+conference|"
                             r"(?:the|this)\s+(?:news\s+)?(?:agency|newspaper|paper|channel|outlet|broadcaster|station)|"
                             # "told a Somali radio station", "told a Persian-language outlet abroad"
                             r"an?\s+(?:[\w-]+\s+){0,2}?(?:radio\s+station|television\s+(?:channel|station)|tv\s+channel|"
                             r"newspaper|news\s+agency|news\s+outlet|outlet|news\s+website|broadcaster)(?:\s+abroad)?)"
                             # "At a press conference in Kabul, the minister said", "posted a statement on social media"
                             r"|\bat\s+((?:a|an|the)\s+(?:[\w-]+\s+)?(?:news|press)\s+conference)"
                             r"|\b(?:posted|published|shared|said|wrote)\b[^.;]{0,40}?\bon\s+(social\s+media)\b"
                             # "in a speech", "in an e-mail": the channel, as annotators give it when no outlet is named (not
                             # "said in a statement", "in a joint communiqué": how it was said, neither outlet nor channel,
                             # and the annotation conventions leave `via` empty then; of the gold's claims told "in a
                             # statement" since 1850, 131 have none, 20 "a statement")
                             r"|\b(?:in|during)\s+(?:an?|his|her|its|their)\s+((?:short\s+|brief\s+|joint\s+|separate\s+|"
                             r"later\s+|written\s+)?(?:speech|press\s+briefing|briefing|"
                             r"broadcast|address|e-?mail))\b(?!\s+(?:posted|published|released|carried|sent|put\s+out|"
                             r"read\s+out|aired|issued\s+(?:by|through|via|on\s+(?-i:[A-Z])))\b)",
                             re.I)
ROLE_WORDS = re.compile(r"\b(senior |deputy |chief |former |acting |official |top )*(spokes(?:man|woman|person)|"
                        r"foreign minister|defen[cs]e minister|interior minister|prime minister|minister|president|"
                        r"governor|commander|general|secretary[- ]general|secretary|ambassador|envoy|official|"
                        r"police chief|chief|director|adviser|advisor|leader|founder|founding member|member|"
                        r"analyst|researcher|journalist|correspondent|witness|resident|mayor|judge|prosecutor|officer|soldier|"
                        r"sources?|diplomats?|medics?|nurse|villagers?|survivors?|relatives?|elders?|residents|witnesses|officials|"
                        r"lawyer|activist|head|representative|senator|coordinator|chairman|emir|cleric|"
                        + KIN + r"|neighbou?rs?|colleagues?|friends?|teachers?|doctors?|families|family|partners|"
                        # the people reports quote: "a municipal councillor said", "a shopkeeper told the agency"
                        r"councill?ors?|shopkeepers?|traders?|farmers?|herders?|fishermen|workers?|drivers?|students?|"
                        r"parents?|staff|administrators?|guards?|pilots?|imams?|priests?|pastors?|monks?|bishops?|"
                        r"clerics|lawmakers?|legislators?|MPs?|experts?|engineers?|employees?|passengers?|refugees?|"
                        r"returnees?|detainees?|prisoners?|inmates?|hostages?|captives?|mothers?|fathers?|women|men|"
                        # "a Western tourist said", "many observers said", "mourners told reporters"
                        r"tourists?|observers?|visitors?|mourners?|bystanders?|onlookers?|eyewitness(?:es)?|locals|"
                        r"youths?|pupils?|nuns?|commuters?|shoppers?|customers?|"
                        # '"We heard bangs," one woman told a local reporter', "one investigator told the Gleaner"
                        r"man|woman|girls?|boys?|teenagers?|investigators?|surgeons?|protesters?|volunteers?|waiters?|"
                        r"vendors?|nurses?|"
                        # "an aide told Horn Wire", "a paramedic said", "the commissioner said", "a mediator said"
                        r"aides?|bodyguards?|assistants?|paramedics?|rescuers?|firefighters?|rangers?|commissioners?|"
                        r"mediators?|negotiators?|organi[sz]ers?|campaigners?|historians?|scholars?|academics?|professors?)"
                        # (and every role counted: "community leaders said", "their lawyers said")
                        r"(?:s|es)?\b",
                        re.I)


# a list item's marker that opens the sentence a claim was read from ("- Security forces reported ...", "4.1 Partners
# said ...", "3. Dozens of officers were injured, health authorities said"): not the source's name nor the claim's
# words (a figure is kept: "5.2 million people need assistance")
LIST_MARKER = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}\.(?:\d{1,2}\.?)*\s+(?=[A-Z(“\"]|\d{1,2}\s+[A-Z]))")


# "**Late November, Garmsir (Helmand):** Local officials said": a bold run-in label, its stars kept or blanked out
# in the text the parser reads
_RUN_IN = r"(?:\*\*)?[^*\n]{1,80}?[:.](?:\*\*|\s{3})\s*(?=\S)"
RUN_IN_LEAD = re.compile(r"^\s*" + _RUN_IN)


# "The government rejected the claim.", "Ankara denies this", "disputed the police account": words that only point back
ANAPHORIC_CONTENT = re.compile(r"(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w-]+\s+)?(?:figures?|toll|"
                               r"number|accounts?|reports?|claims?|version|count|tally|estimates?|allegations?)|this|that",
                               re.I)


def answered(claim: FoundClaim, before: FoundClaim | None) -> None:
    """The words of a claim that only points back at another ("The government rejected the claim") are those of the
    claim told just before it in the paragraph, by another source, which is what was rejected or confirmed."""
    if before is not None and before.source != claim.source and ANAPHORIC_CONTENT.fullmatch(claim.content.strip(" .")):
        claim.content = before.content


def unlisted(text: str) -> str:
    """``text`` without the list marker and the run-in label it opens on ("11 May, Alexandra:   Late on Sunday")."""
    return RUN_IN_LEAD.sub("", LIST_MARKER.sub("", text, count=1), count=1)


@dataclass
class FoundClaim:
    source: str  # the name or phrase as the text gives it
    source_ent: Ent | None
    cue: str
    stance: str
    content: str
    via: list[tuple[str, Ent | None, str]] = field(default_factory=list)  # (name, entity, words)
    role: str | None = None
    affiliation: str | None = None
    last_media: Ent | None = None  # the outlet named last before the claim


def _ents_in(ents: list[Ent], start: int, end: int, types=("PERSON", "ORG", "LOC", "NORP")) -> list[Ent]:
    return [e for e in ents if e.start >= start and e.end <= end and e.type in types]


def _speaker_words(phrase: str) -> bool:
    """Whether a phrase names its speakers by what they are ("the army spokesman", "local officials", "the ministry")."""
    return ROLE_WORDS.search(phrase) is not None or BODY_WORDS.search(phrase) is not None


def _first_ent_after(ents: list[Ent], at: int, limit: int, types=("ORG", "PERSON", "LOC"),
                     text: str | None = None, base: int = 0) -> Ent | None:
    """The first name that starts within ``limit`` characters of ``at``; with ``text``, one
    used as an adjective ("Taliban-controlled") is passed over for the outlet after it."""
    candidates = [e for e in ents if at <= e.start <= at + limit and e.type in types]
    if text is not None:
        candidates = [e for e in candidates if text[e.end - base : e.end - base + 1] != "-"]
        media = [e for e in candidates if e.subtype == "media"]
        if media:
            return media[0]
    return candidates[0] if candidates else None


def _via(sentence: str, base: int, ents: list[Ent], source: Ent | None) -> list[tuple[str, Ent | None, str]]:
    hops: list[tuple[str, Ent | None, str]] = []
    used: set[int] = {source.start} if source else set()
    for pattern in VIA_PATTERNS:
        for m in pattern.finditer(sentence):
            target = _first_ent_after(ents, base + m.end(), 4, text=sentence, base=base)
            if target is None:  # "in an interview with the state broadcaster, RTA": an outlet a little further
                outlet = _first_ent_after(ents, base + m.end(), 60, ("ORG",), text=sentence, base=base)
                target = outlet if outlet is not None and outlet.subtype == "media" else None
            if target is None or target.start in used:
                # "told the US Senate Armed Services Committee": take the capitalised run
                run = re.match(r"(?:(?:the|its|his|her|their)\s+)?((?:[A-Z][\w'’.-]*\s?){1,8})", sentence[m.end():])
                if not run:
                    continue
                name = run.group(1).strip() if run else ""
                if not name or name.split()[0].lower() in PRONOUNS or (source and name in source.text) or \
                        name.split()[0].lower().rstrip(".,") in NOT_OUTLETS:
                    continue
                hops.append((name, None, m.group(0).strip() + " " + name))
                continue
            used.add(target.start)
            hops.append((target.text, target, sentence[m.start() : target.end - base].strip()))
    if not hops and (m := REPORTED_BY_OUTLET.search(sentence)) is not None:
        hops.append((re.sub(r"^the\s+", "", m.group("outlet")), None, m.group(0).strip(" ,.")))  # ", state television reported."
    if not hops:
        m = CHANNEL_PHRASES.search(sentence)
        if m:
            phrase = next(g for g in m.groups() if g)
            if not re.match(r"(?:the|this)\s", phrase, re.I):
                phrase = re.sub(r"^an?\s+", "", phrase)
            hops.append((phrase, None, m.group(0)))
    return hops


def _subject(tok, after: int = -1):
    """The subject of a cue verb; with ``after``, the first that starts past that offset of the sentence
    ("QUESTION (Kaya): The Central Council has said ...": not the label)."""
    subjects = [child for child in tok.children
                if child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.idx - child.sent.start_char >= after]
    if len(subjects) > 1:
        # "the Islamist sect Boko Haram said": the parser's two subjects are a noun and the name set beside it
        return next((c for c in reversed(subjects) if c.pos_ == "PROPN" and c.i < tok.i), subjects[0])
    if subjects and subjects[0].dep_ == "csubj" and subjects[0].lower_.endswith("ing"):
        # ("Trump, speaking at his golf club in Bedminster, New Jersey, condemned ...": the parse made "speaking ..."
        # the subject and hung the name on the verb; the one speaking is the name before it)
        name = next((c for c in tok.children if c.pos_ == "PROPN" and c.i < subjects[0].i
                     and c.dep_ in ("advcl", "npadvmod", "dep", "nmod")), None)
        if name is not None:
            return name
    if subjects:
        return subjects[0]
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        return _subject(tok.head)
    return None


# the words of a day the parse may run into a subject ("On 5 January police ...")
DAY_WORDS = {name.lower() for name in calendar.month_name if name} | set(WEEKDAYS) | {"on"}


def _through_hyphens(tok):
    """The last token of the hyphenated word ``tok`` begins ("co" of "co-defendant", which the parse may take for the
    subject, with the rest beside it)."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        tok = doc[tok.i + 2]
    return tok


def _dated_name(tok):
    """"On 4 December Cécile Pouilly, a spokeswoman ..., told reporters": the name the parse hung on the day the sentence
    opens on, with no subject left for the verb."""
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < tok.i), None)
    name = next((c for c in on.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if on is not None else None
    if name is None or not any(t.like_num or t.lower_ in DAY_WORDS for t in tok.doc[on.i + 1 : name.i]):
        return None
    return name


# ", Major General Paul Lokech": a comma, then up to three capitalised words of a title before a person's name
_TITLED = re.compile(r",\s+((?:(?-i:[A-Z])[\w.'’-]*\s+){0,3})")


def _named_after(text: str, at: int, ents: list[Ent], base: int) -> tuple[str, Ent] | None:
    """The person named, with any title, right after an office at ``at`` ("the governor, Lieutenant-Colonel Rodolphe
    Sorgho.", "his wife, Tiffany, who escaped"), when the name ends the clause; None otherwise."""
    m = _TITLED.match(text, at)
    if m is None:
        return None
    person = next((e for e in ents if e.type == "PERSON" and m.start(1) <= e.start - base <= m.end(1)
                   and not text[m.start(1) : e.start - base].strip(" ").endswith(",")), None)
    # (not "According to the prosecution, Šljivančanin, the security officer, had directed ...": the subject of what
    # the source says; the name must end the clause, or be followed by who it is)
    if person is None or not re.match(r"\s*(?:[.;:)]|,\s+who\b|$)", text[person.end - base :]):
        return None
    return text[m.start(1) : person.end - base], person


def _span_text(tok) -> tuple[int, int]:
    sub = list(tok.subtree)
    sub[-1] = _through_hyphens(sub[-1])
    first = 0
    # ("On 5 January police put the toll at 18": the day the parse ran into the subject, not who spoke)
    while first < len(sub) - 1 and sub[first].i < tok.i and (sub[first].like_num or sub[first].lower_ in DAY_WORDS):
        first += 1
    if not any(t.lower_ in DAY_WORDS and t.lower_ != "on" for t in sub[:first]):
        first = 0  # ("5.2 million people needed assistance": a figure, not a day)
    return sub[first].idx, sub[-1].idx + len(sub[-1].text)


def _head_entity(subj, ents: list[Ent], offset: int) -> Ent | None:
    """The name the subject is, or the person set beside it ("The spokesman, Jeeyand Baloch")."""
    def named(tok) -> Ent | None:
        at = tok.idx + offset
        return next((e for e in ents if e.start <= at < e.end and e.type in ("PERSON", "ORG", "LOC", "NORP")), None)

    appos = [c for c in subj.children if c.dep_ == "appos"]
    people = [e for e in map(named, appos) if e is not None and e.type == "PERSON"]
    if people:
        return people[0]  # "The Force Spokesperson, Fred Enanga,": the person
    return next((e for e in map(named, (subj, *appos)) if e is not None), None)


def _noun_phrase(subj) -> tuple[int, int]:
    """The subject's words up to its head and the phrases on it, without a relative clause, nor the paragraph's
    number the model took for a count ("3.2 Displaced women interviewed ... said")."""
    end = subj
    for c in subj.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct") or c.lower_ in ("who", "which", "that"):
            break
        end = c.right_edge
    end = _through_hyphens(end)
    start = subj.left_edge
    if start.i < subj.i and re.fullmatch(r"\d+(?:\.\d+)+\.?", start.text):
        start = start.nbor()
    return start.idx, end.idx + len(end.text)


def _governing_subject(tok, ents: list[Ent], offset: int) -> Ent | None:
    """The named subject of a verb above ``tok`` in the parse, if any."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.i < tok.i:
                at = child.idx + offset
                hit = next((e for e in ents if e.start <= at < e.end and e.type in ("ORG", "LOC", "NORP")), None)
                if hit is not None:
                    return hit
    return None


# the parser runs without a lemmatizer, so the forms are listed
REQUESTS = {form for base in ("ask", "urge", "call", "order", "advise", "instruct", "remind", "encourage", "request",
                              "invite") for form in _forms(base)} | {"tell", "tells", "told", "telling"}


def _unsaid(tok) -> bool:
    """A cue verb that says nothing was said, asks for a report, or declares an act, not a claim."""
    kids = list(tok.children)
    if any(c.dep_ == "neg" or c.lower_ in ("rarely", "never", "seldom") for c in kids):
        return True
    if any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in ("little", "nothing", "less") for c in kids):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "shall") for c in kids):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and tok.head.lower_ in REQUESTS:
        return True  # "asks citizens to report any suspicious movement": a request, not a report
    if tok.lower_ in ("replied", "replies", "reply", "replying", "retorted", "retorts") \
            and not any(c.dep_ == "ccomp" for c in kids):
        return True  # "replied to the letter": an answer given, its words not told
    if tok.lower_ in ("linking", "links", "link") and not any(c.dep_ == "nsubj" for c in kids) and re.search(
            r"\b(?:bridge|road|highway|railway|rail\s+line|line|pipeline|canal|strait|corridor|tunnel|route|motorway|"
            r"ferry|cable)\b[^,;]{0,60}$", tok.doc.text[max(0, tok.idx - 80) : tok.idx], re.I):
        return True  # "the road bridge over the Tonkyi Strait linking Henichesk with the Arabat Spit": what joins what
    # "declared a state of emergency", "declared three days of mourning": an act; "declared that ...": a claim
    return tok.lower_ in ("declared", "declares", "declaring", "declare") and not any(
        c.dep_ in ("ccomp", "xcomp") for c in kids)


# a sentence that opens with a quotation: what is quoted
QUOTE_FIRST = re.compile(r"\W{0,3}?[\"“](?P<q>[^\"“”]{3,}?)[,.?!]?[\"”]")


# "state television", "local media", "the news agency": an outlet as the subject of "reported"
OUTLET_SUBJECT = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:television|TV|radio|news\s+agency|media|press|newspapers?|"
                            r"broadcaster)", re.I)


REPORTED_BY_OUTLET = re.compile(r",\s+(?P<outlet>" + OUTLET_SUBJECT.pattern + r")\s+(?:reported|said|says|reports)\W*$", re.I)


def _reported_inside(tok) -> bool:
    """Is this cue inside what another cue reports ("said Washington had warned ...")?

    Not when its own subject opens a clause of its own: "..., and the health authorities reported
    ...", "..., while the Taliban accuse ...", "...; a students' association said ...".
    """
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.i < tok.i:
        first = subj.left_edge.i
        before = tok.doc[max(0, first - 2) : first].text.lower()
        if re.search(r"(?:[,;]\s*(?:and|while|but|whereas)|;)$", before.strip()):
            return False
    while tok.head.i != tok.i:
        dep, head = tok.dep_, tok.head
        between = tok.doc[min(tok.i, head.i) : max(tok.i, head.i)]
        if any(t.text in (";", ":") for t in between) and head.i > tok.i:
            return False  # "X denied it; Y wrote that ...": two claims, side by side
        if head.i > tok.i and REJECTED_AS.search(tok.doc[tok.i : head.i + 1].text):
            return False  # "Officials have blamed X, a charge student leaders reject": the claim, then its rejection
        tok = head
        if dep == "ccomp" and tok.lower_ in CUE_VERBS:
            # (not "Prime Minister Ahmed Ouyahia condemned the attack, state television reported": an outlet
            # reports what he said, and he is the source)
            outer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if outer is None and tok.i > between.start and tok.doc[tok.i - 1].text == ",":
                return False  # ("Governor Pavel Malkov confirmed the attack, said one drone had been shot down": the
                # parse gave "said" no subject and made the first verb what it says; he said both)
            return outer is None or not OUTLET_SUBJECT.fullmatch(tok.doc[outer.left_edge.i : outer.i + 1].text)
        if dep not in ("ccomp", "conj", "xcomp"):
            return False
    return False


SIDE_BY_SIDE = re.compile(r";\s*|,\s+(?:while|whereas)\s+")


def _own_clause(text: str, at: int) -> str:
    """The text with every clause but the one at ``at`` blanked out (offsets kept): "X denied it; Y
    wrote on Twitter that ..." names no channel for X."""
    # ("SOHR put losses at 36, while an earlier count quoted by Reuters gave 27": Reuters carried the other count)
    start = max([_clause_start(text, at), *(m.end() for m in SIDE_BY_SIDE.finditer(text[:at]))])
    end = next((m.start() for m in SIDE_BY_SIDE.finditer(text[at:])), len(text) - at) + at
    return " " * start + text[start:end] + " " * (len(text) - end)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: the sentence start, or after a semicolon or colon."""
    return max([0, *(m.end() for m in re.finditer(r"[;:]\s*", text[:at]))])


def _inside_quote(text: str, at: int) -> bool:
    """Is position ``at`` of the sentence inside a quotation (“...” or "...")?"""
    before = text[:at]
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


# the words after a closing quotation mark: '..., it is false," Majia said'
QUOTE_CLOSED = re.compile(r"[,.?!\u2014-]?\s*[\"\u201d]\s*,?\s+((?:[\w'\u2019.-]+\s+){0,8}[\w'\u2019.-]+)")


def _attributed(text: str) -> bool:
    """Does the text close a quotation and say who spoke it, within a few words ("... false," Majia said)?"""
    m = QUOTE_CLOSED.search(text)
    return m is not None and any(w.lower().strip(".") in CUE_VERBS for w in m.group(1).split())


# a list item's label that opens its line, before what the item tells: "- 24 August, near Yitzhar:", "3. Kabul, 20 October:"
LEAD = re.compile(r"(?:[-*\u2022+]\s+|\d{1,3}[.)]\s+)?[^.;:!?\n\"\u201c]{1,80}:")


def quoted_sentences(doc):
    """The doc's sentences, with a quotation of several sentences and the words that attribute it kept as one
    ("\"No suspect has left any of our cells. That story is false,\" Majia said."), as annotators and readers
    take it: the parser cuts inside the quotation and leaves its first sentences with no speaker."""
    sents = []
    text = doc.text  # (spaCy joins its tokens anew at every reading of doc.text)
    for sent in doc.sents:
        same_line = bool(sents) and "\n" not in text[sents[-1].end_char : sent.start_char]
        if same_line and not re.search(r"[^\W\d_]{2}", sents[-1].text) \
                and re.sub(r"^\W*\d{1,3}[.)]", "", sents[-1].text).strip():
            sents[-1] = doc[sents[-1].start : sent.end]  # "7. 7 | February, Biratnagar: ...": a list number, then its item
        elif same_line and sents[-1].text.rstrip().endswith(","):
            sents[-1] = doc[sents[-1].start : sent.end]  # "- 11 November, | Chirkei: ...": no sentence ends on a comma
        elif same_line and LEAD.fullmatch(sents[-1].text.strip()) \
                and not text[text.rfind("\n", 0, sents[-1].start_char) + 1 : sents[-1].start_char].strip(" \t"):
            sents[-1] = doc[sents[-1].start : sent.end]  # "- 24 August, near Yitzhar: A soldier ...": an item's label, then what it tells
        else:
            sents.append(sent)
    n = 0
    while n < len(sents):
        sent, last = sents[n], n
        if re.match(r"\W{0,3}[\"\u201c]", sent.text) and _inside_quote(sent.text, len(sent.text)):
            for k in range(n + 1, min(n + 4, len(sents))):
                if _inside_quote(sents[k].text, len(sents[k].text)):  # the quotation closes here
                    if _attributed(sents[k].text) and sents[k].end_char - sent.start_char < 800:
                        last = k
                    break
        yield doc[sent.start : sents[last].end] if last > n else sent
        n = last + 1


# ", a charge the authorities denied", ", a claim community groups rejected": who rejected what the sentence told
REJECTED_AS = re.compile(r",\s+(?:a|an|the)\s+(?:claim|charge|suggestion|description|version|account|assertion|accusation|"
                         r"allegation|characteri[sz]ation|figure|finding|narrative|view)\s+(?:that\s+)?"
                         r"(?P<who>(?:the\s+)?[^,;.\s][^,;.]{1,58}?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:later|also|strongly|"
                         r"flatly|firmly|repeatedly)\s+)?(?:rejected|rejects|reject|denied|denies|deny|disputed|disputes|dispute|dismissed|"
                         r"dismisses|dismiss|contested|contests|contest)\b")


# ", a doctor at Sheikh Zayed Medical College Hospital in Rahim Yar Khan" right before the cue: a role, then where
ROLE_PLACED = re.compile(r",\s+(?P<role>(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:at|in|of|from|with)\s+"
                         r"(?:the\s+)?[A-Z][^,;]{1,100}?\s*$")


# ("according to a statement signed by the governor", "... issued by the army": the signer, the issuer)
ACCORDING_TO = re.compile(r"\b(according to|as per|in the words of)\s+(?:the\s+|an?\s+)?(?:(?:\w+\s+){0,2}?"
                          r"(?:assessment|report|statement|estimate|figures|data|analysis|account)s?\s+"
                          r"(?:(?:signed|issued|released|published|posted|put\s+out)\s+by|by|of|from)\s+"
                          r"(?:the\s+)?)?", re.I)


# ("The European Court of Human Rights found in July 2018 that ...", "It found no evidence of ETA involvement", "the
# tribunal found Ali Hassan al-Majid guilty")
FOUND_THAT = re.compile(r"(?:\s+(?:in|on|last|this|earlier|later|after)\b[^,;.]{0,30}?)?,?\s+that\b|"
                        r"\s+no\s+(?:evidence|sign|signs|trace|proof|indication)\b|"
                        r"\s+(?-i:[A-Z])[^.;]{0,60}?\s(?:guilty|responsible|liable)\b")
# whose count no one is: "by its count", "by every count", "by the official count", "by the latest count"
NO_COUNTER = re.compile(r"(?:its|their|our|his|her|my|your|every|each|any|all|some|most|what|which|this|that|these|"
                        r"those|no|either|neither|one|another|other|official|latest|last|first|final|new|earlier|later|"
                        r"initial|rough)\b")  # (not "by the New York Times' count")
# "By the army's count, more than 500 militants were killed", "killing dozens by the count of rights groups", "nine
# people by the police count": whose count the figure is
BY_COUNT = re.compile(r"\b[Bb]y\s+(?:(?:the|one|an?)\s+)?(?:"
                      r"(?P<own>(?:[\w.&-]+\s+){0,4}?[\w.&-]+)['’]s?\s+(?:own\s+)?(?:count|estimate|tally|reckoning)|"
                      r"(?:count|estimate|tally|reckoning)\s+of\s+(?:the\s+)?(?P<of>(?:[\w.&'’-]+\s+){0,4}?[\w.&'’-]+)(?=\s*[,;.)]|\s*$)|"
                      r"(?P<adj>(?:[\w.&-]+\s+){0,2}?[\w.&-]+)\s+(?:count|estimate|tally|reckoning))\b")


# accounts told by how many or which tell it, not by who: "by some accounts only a minute before", "by later estimates",
# "named in most accounts as Alain Kazadi Mukalayi"
_HOW_MANY = r"(?:some|most|many|several|other|later|early|earlier|official|one|all|first|second|every)"
_ACCOUNTS = (r"(?:" + _HOW_MANY + r"|most\s+other|some\s+later|some\s+early)\s+(?:[\w-]+\s+)?(?:accounts?|estimates?|"
             r"reports?|versions?|compilations?|tellings?|retellings?)")
BY_ACCOUNTS = re.compile(r"\b(?:[Bb]y|in)\s+(?P<who>" + _ACCOUNTS + r")\b(?!\s+of\b)")
# "Some early reports placed the blast on the second floor", "Some chronologies date the attack to 12 February", "the
# official version held that ...", "Later histories ... place the operation with ...": accounts that tell where, when
# or what, by verbs no speaker's words need
ACCOUNT_TELLS = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\bwhile\s)|(?<=\bbut\s)|(?<=\bwhereas\s))\W*(?P<who>(?:[Tt]he\s+)?"
                           r"(?:(?i:" + _HOW_MANY + r")\s+)?(?:[\w-]+\s+){0,2}?(?:accounts?|reports?|"
                           r"estimates?|versions?|chronologies|histories|summaries|narratives|compilations|retellings?))"
                           r"(?:,[^,;]{3,80},)?\s+(?:also\s+|still\s+|instead\s+|variously\s+)?(?P<verb>placed|place|places|"
                           r"located|locate|locates|dated|date|dates|held|holds|hold|agree|agrees|agreed|tie|ties|tied|"
                           r"gave|give|gives|put|puts)\b")


# the report speaking of itself: "This review records 24 incidents", "This note sets out the main accounts"
SELF_REFERENCE = re.compile(r"\W*(?:This|The\s+present)\s+(?:review|note|report|update|bulletin|brief|briefing|analysis|"
                            r"paper|assessment|overview|summary)\b")


# a phrase a sentence opens on before its subject: "In its Lisbon statement ", "On 17 December ", "Later that day "
FRONTED = re.compile(r"\W*(?:In|On|At|By|During|Later|Earlier|Late|Early|That|The\s+next|On\s+the)\b[^,;:()\"“”]{0,60}?\s+")


# "that India calls the International Border", "what Israel calls Judea and Samaria": a name given, not a claim
NAMING_BEFORE = re.compile(r"\b(?:that|which|what)\s+(?:[\w'’-]+\s+){1,8}$", re.I)
NAME_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])")


def find_claims(sent, base: int, ents: list[Ent], last_person: Ent | None,
                last_org: Ent | None = None, last_group: Ent | None = None,
                last_role: FoundClaim | None = None, last_body: Ent | None = None) -> list[FoundClaim]:
    """The claims of one spaCy sentence (``base`` = its document offset); ``last_role`` is a claim whose
    speaker a role phrase gave ("A trader in the central market said ..."), made since the last person
    named, whom "he said" then continues; ``last_body`` the body, not an armed group, that spoke in the last
    sentences, whom "the organisation" then continues."""
    text = sent.text
    s0 = sent.start_char
    if text.rstrip().endswith("?") or SELF_REFERENCE.match(text):
        return []  # "- What did the two injured men say about their capture?", "This review records 25 incidents."
    # "Q (SABIR): Pakistani officials have told ...": the asker is no source; "- **20 June** - The minister
    # called for ...": nor is the date of a chronology's entry
    label = SPEAKER_LABEL.match(text) or ITEM_PREFIX.match(text)
    label_end = label.end() if label is not None else 0
    sent_ents = _ents_in(ents, base + label_end, base + len(text))
    claims: list[FoundClaim] = []
    seen_sources: set[str] = set()
    quoted = QUOTE_FIRST.match(text)  # a sentence that opens with what is quoted
    for tok in sent:
        low = tok.lower_
        toll_cue = low in FIGURE_VERBS and any(cue.match(text, tok.idx - s0) for cue in FIGURE_CUES)
        # "The IRGC issued a statement saying ...", "Western embassies issued a joint statement condemning the strike"
        issued = ISSUED_STATEMENT.match(text, tok.idx - s0) if low in ("issued", "issues", "released", "releases", "put") \
            else None
        # "The TRC found that more than 300 were killed", "a forensic report found that he was hit in the back": a
        # finding is its finder's claim (not "bodies were found", "found the bodies")
        found_that = low in ("found", "finds", "find") and FOUND_THAT.match(text, tok.idx - s0 + len(tok.text)) is not None
        if (low not in CUE_VERBS and not toll_cue and not found_that and issued is None) or tok.pos_ not in ("VERB", "AUX"):
            continue
        if _unsaid(tok):
            continue  # "did not say how many", "have said little", "should report to UKMTO", "declared a curfew"
        if low in ("call", "calls", "called") and NAMING_BEFORE.search(text, 0, tok.idx - s0) \
                and NAME_AFTER.match(text, tok.idx - s0 + len(tok.text)):
            continue  # "the stretch that India calls the International Border": what a name is, not a claim
        if _reported_inside(tok):
            continue  # "officials said Washington had warned Moscow": one claim, the officials'
        if UNSAID.match(text, tok.idx - s0 + len(tok.text)):
            continue  # "has yet said whether ...": nothing was said
        if tok.dep_ in ("amod", "compound") or (low in ("reported", "claimed") and tok.dep_ == "acl"):
            continue
        if low == "expected" and not any(c.dep_ == "nsubj" for c in tok.children):
            continue  # "Figures are expected to rise", "Next update expected: 15 April": a forecast no one is named for
        if _inside_quote(text, tok.idx - s0):
            continue  # words inside a quotation are the content of a claim, not a new claim
        subj = _subject(tok, label_end) or _subject(tok) or _dated_name(tok)
        if subj is not None and label_end and subj.idx - s0 < label_end and subj.dep_ == "nsubjpass":
            subj = None  # "- 2 November: IS said ...": the parse took the item's day for the subject and "IS" for a verb
        if subj is None:
            # "IS claimed the assault": the model read the acronym as a verb; the name before is the source
            # ("In its Lisbon statement UNITA said ...", "On 17 December SOHR reported ...": the parse took the name into
            # the phrase the sentence opens on)
            before = [e for e in sent_ents if e.end == base + tok.idx - s0 - 1 and e.type in ("ORG", "PERSON")
                      and (e.start == base + _clause_start(text, e.start - base) or FRONTED.fullmatch(
                          text, _clause_start(text, e.start - base), e.start - base))
                      and not NOT_A_SPEAKER.search(e.text)]
            # "The Forces for National Liberation (FNL), the last Hutu rebel movement still fighting, claimed ...":
            # the parse lost the subject in the aside; the name that opens the sentence, set off by it, is the source
            opening = min(sent_ents, key=lambda e: e.start, default=None)
            if not before and opening is not None and opening.type in ("ORG", "PERSON") \
                    and re.fullmatch(r"\W*(?:[Tt]he\s+)?", text[: opening.start - base]) \
                    and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?,\s+[^,;()]{3,140},\s*", text[opening.end - base : tok.idx - s0]):
                before = [opening]
            if before:
                e0 = before[0]
                claims.append(FoundClaim(source=e0.text, source_ent=e0, cue=low, stance=CUE_VERBS.get(low, "assert"),
                                         content=re.sub(r"^(?:on\s+[^,;]{1,30}?\s+)?that\s+", "", text[tok.idx - s0 + len(tok.text):].strip(" ,.;"))[:500]
                                         or text,
                                         via=_via(text, base, sent_ents, e0)))
                seen_sources.add(e0.text)
            continue
        if subj.dep_ == "nsubjpass":
            continue  # "X was reported": no one is named as saying it
        a, b = _span_text(subj)
        a, b = max(a - s0, label_end), b - s0
        if tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis", "advcl") and subj.i > tok.i:
            continue
        # ("..., a doctor at Sheikh Zayed Medical College Hospital in Rahim Yar Khan told Transcontinental Press": the
        # parse may make the last name of the place the subject; the one who spoke is the role the place follows)
        placed = ROLE_PLACED.search(text, label_end, a) if subj.pos_ == "PROPN" and subj.i < tok.i else None
        if placed is not None and ROLE_WORDS.search(placed.group("role")) and not text[a:b].strip()[:1].islower():
            a, b = placed.start("role"), placed.start("role") + len(placed.group("role"))
            subj = next((t for t in subj.doc if t.idx - s0 == a), subj)
        in_subject = _ents_in(sent_ents, base + a, base + b)
        source_ent = next((e for e in in_subject if e.type == "PERSON"), None) or \
            next((e for e in in_subject if e.type == "ORG"), None) or \
            next((e for e in in_subject if e.type in ("LOC", "NORP")), None)
        head = _head_entity(subj, sent_ents, base - s0)
        # ("Relatives of the driver, Zemari Ahmadi, told reporters": his relatives speak, as annotators name them)
        kin_of = SPEAK_FOR.match(subj.lower_) is not None and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].lower_ == "of"
        if kin_of and source_ent is not None and all(e.start >= base + subj.idx - s0 + len(subj.text) for e in in_subject):
            of = subj.doc[subj.i + 1]
            a, b = subj.idx - s0, max(t.idx + len(t.text) for t in of.subtree) - s0  # (not the name set beside them)
            source_ent = None
        elif head is None and source_ent is not None and subj.pos_ in ("NOUN", "PROPN") and \
                all(e.start >= base + subj.idx - s0 + len(subj.text) and e.type != "PERSON" for e in in_subject):
            # "Opposition figures in Ouagadougou", "Survivors who reached Sebba": the people are the
            # source; a name after them says where they are
            a, b = _noun_phrase(subj)
            a, b = a - s0, b - s0
            source_ent = None
        elif head is not None and head.type in ("PERSON", "ORG"):
            source_ent = head
        resolved = False  # the source comes from an earlier sentence, not from a name here
        borrowed = None  # the role phrase of an earlier claim, for "he said"
        if source_ent is None and subj.lower_ in ("it", "they"):
            # "Pakistan struck back at what it said were hideouts": the subject of the clause
            # the cue hangs from, when it is named in this sentence
            source_ent = _governing_subject(tok, sent_ents, base - s0)
        if source_ent is None and subj.lower_ in ("which", "who") and tok.dep_ == "relcl":
            # "blamed the attack on IPOB, which denied any involvement": the body the clause is said of
            at = base + tok.head.idx - s0
            source_ent = next((e for e in sent_ents if e.type in ("ORG", "PERSON") and e.start <= at < e.end), None)
        if source_ent is None and subj.lower_ in PRONOUNS:
            resolved = True
            if subj.lower_ in ("he", "she") and last_role is not None:
                borrowed = last_role
            elif subj.lower_ in ("he", "she") and last_person is not None:
                source_ent = last_person
            elif subj.lower_ in ("it", "they") and last_org is not None:
                source_ent = last_org
            else:
                continue
        if source_ent is None and last_body is not None and re.fullmatch(r"the\s+organi[sz]ation", text[a:b].strip(), re.I):
            source_ent, resolved = last_body, True  # "Amnesty said ... The organisation attributed ...": the body that spoke
        if source_ent is None and last_group is not None and re.fullmatch(
                r"(?:the|its)\s+(?:militant\s+|armed\s+|jihadist\s+|insurgent\s+)?(?:group|militants|outfit|"
                r"insurgents|movement|organi[sz]ation|rebels|jihadists)", text[a:b].strip(), re.I):
            source_ent, resolved = last_group, True
        if source_ent is None and last_org is not None and last_org.subtype != "media" and (body := re.fullmatch(
                r"(?:the|a|its|their)\s+(?:(?P<kind>\w+)\s+)?(?:statement|(?P<head>ministry)|group|organi[sz]ation|release|"
                r"press release|communiqu[eé]|report|announcement|message|monitor|(?P<place>embassy|office|department|agency|"
                r"force|mission))",
                text[a:b].strip(), re.I)) \
                and not any(w[:1].isupper() for w in text[a:b].split()[1:]) and _of_its_kind(body, last_org):
            source_ent = last_org  # "the ministry said": the body named before; "the Health Ministry" is named here
            # ("The monitor reported", "The force said": the Syrian Observatory, the Metropolitan Police named before;
            # "The mission said": MONUC, named before, as annotators give it in 21 of 27 such claims of gold 1-2050)
        a = max(a, label_end)
        phrase = text[a:b].strip()
        if source_ent is not None and source_ent.type in ("NORP", "LOC") and len(phrase.split()) > 6 and any(
                t.head.i == subj.i and t.dep_ in ("amod", "compound") for t in subj.doc
                if source_ent.start <= base + t.idx - s0 < source_ent.end):
            # "An Iraqi military intelligence officer investigating the attack said": the nation qualifies the officer,
            # who is the source, told without what he was doing
            np_a, np_b = _noun_phrase(subj)
            phrase = text[max(np_a - s0, a) : np_b - s0].strip()
        if source_ent is not None and source_ent.type in ("NORP", "LOC") and len(phrase.split()) <= 6 and \
                not phrase.startswith(source_ent.text + ",") and \
                re.search(r"[\w'’]+\s+\w+$", phrase[phrase.find(source_ent.text) + len(source_ent.text) - 1 :]
                          if source_ent.text in phrase else ""):
            # "a Somali army officer", "the Cuban government", "Iran's intelligence ministry":
            # the body or role is the source, the nation its affiliation
            source_ent = None
        if source_ent is not None:
            source = source_ent.text
        elif borrowed is not None:
            source = borrowed.source
        else:
            # ("a senior official of the National Muslim Council of Tanzania (BAKWATA)": a role and its body)
            # ('said a retired teacher who watched from the pavement opposite': a person told by what they did)
            # ("An official at the airport, who asked not to be named because ..., said": the person, not the aside;
            # "A doctor at the Hopital General de Reference Nationale said": a role at a place, named at length)
            phrase = re.split(r",\s+(?=(?:who|whose|whom|where|which|speaking|asking|citing|quoting)\b)", phrase)[0].strip(" ,")
            placed_role = ROLE_WORDS.search(phrase) is not None and re.search(r"\s(?:at|in|for|of|from|with)\s", phrase)
            if not phrase or phrase.lower() in ("it", "this", "that", "which", "who") \
                    or len(phrase.split()) > (14 if ROLE_OF_BODY.match(phrase) or re.search(r"\s(?:who|whose)\s", phrase)
                                              else 11 if placed_role else 8) \
                    or re.match(r"(?:no|none|nobody|neither)\b", phrase, re.I):
                continue
            if not ROLE_WORDS.search(phrase) and not BODY_WORDS.search(phrase) and not phrase[:1].isupper() \
                    and not SPEAK_FOR.match(re.sub(r"^(?:the|a|an)\s+", "", phrase).split()[0]) \
                    and not re.match(r"(?:one|two|three|four|several|some|many|most|a\s+few)\s+of\s+(?:the|those|his|"
                                     r"her|their)\s+[a-z]+$|(?:an?|one)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+who\s", phrase, re.I):
                continue  # (but "one of the boys said": a person among those told of)
            source = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
        if source in seen_sources or (resolved and claims):
            continue
        if NOT_A_SPEAKER.search(phrase if source_ent is None else source) and not ROLE_WORDS.search(phrase):
            continue  # "The second half of 2021 confirmed ...", "Videos posted that night showed ...": no one spoke
        if re.match(r"(?:neither|no|none|nobody|no one)\b", text[a:b].strip(), re.I):
            continue
        seen_sources.add(source)
        # content: the clause the verb introduces, else what follows the verb
        after = [c for c in tok.children if c.i > tok.i]
        # (what a cue set off by commas after its source was said of: "..., the diocese said, ..."; not the story's
        # dateline)
        said_before = DATELINE.sub("", text[label_end:a], count=1).strip(" ,") \
            if len(text[label_end:a].strip()) >= 40 and re.search(r",\s*$", text[label_end:a]) else ""
        deps = ("ccomp", "xcomp", "advcl") if low in ("told", "tells", "tell") else ("ccomp",) if low in ("spoke", "spoken") \
            else ("ccomp", "xcomp", "dobj", "advcl")
        # (not ", police said, as police defused a second device": a clause of when, not of what was said, when the
        # words before the source are what was said)
        after = [c for c in after if not (said_before and c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("as", "while", "when", "after", "before", "because", "since", "although",
                                              "though", "until", "once") for m in c.children))]
        comp = next((c for dep in deps for c in after if c.dep_ == dep), None) or \
            next((c for c in tok.children if c.i < subj.i and c.dep_ == "ccomp"  # '"...," a councillor said'
                  # (not "Estimates differ widely: the BBC spoke of 15,000": what a colon opens is no telling of it)
                  and ":" not in text[_span_text(c)[1] - s0 : subj.idx - s0]
                  # (nor "Officials spoke of two blasts; residents insisted on three": the clause before is another's)
                  and ";" not in text[_span_text(c)[1] - s0 : subj.idx - s0]), None)
        if comp is not None and comp.dep_ == "ccomp" and comp.pos_ not in ("VERB", "AUX"):
            # "told the state news agency IRNA that he had been shot": the parse may take the outlet's name for the
            # clause; the clause with a verb is what was said
            comp = next((c for c in after if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), comp)
        if issued is not None:  # what the statement said, did or asked: the words after the statement
            content = re.split(r";\s", text[issued.start("act") :])[0]
        elif toll_cue:  # "put the toll at around 160": the figure is the content
            content = re.split(r";|,\s+(?:while|whereas|but)\s", text[tok.idx - s0 :])[0]
        elif comp is not None:
            c_a, c_b = _span_text(comp)
            as_what = next((c for c in after if (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd")
                            and c.i > comp.i), None) if comp.dep_ == "dobj" else None
            if as_what is not None:  # "described the attackers as "rioters"", "called the killings a provocation"
                c_b = max(c_b, _span_text(as_what)[1])
            of_what = next((c for c in after if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > comp.i), None) \
                if comp.dep_ == "dobj" and CUE_VERBS.get(low) == "accuse" else None
            if of_what is not None:  # "accused police of firing tear gas into the crowd": of what, not only whom
                c_b = max(c_b, _span_text(of_what)[1])
            content = text[max(c_a - s0, label_end) : c_b - s0]  # (not the item's label the parse hung on the clause)
            if c_a - s0 <= label_end:  # (nor the story's dateline: "RAHIM YAR KHAN, Pakistan, January 16 (...) - ")
                content = DATELINE.sub("", content, count=1)
        elif tok.i < subj.i:  # "..., he said."
            content = text[label_end : tok.idx - s0].strip()
        elif said_before and not re.search(r"\b(?:who|whom|whose|which|that|where|when|through\s+which)\s*,\s*$",
                                           text[label_end:a]) \
                and (re.match(r"\s*,(?!\s*(?:that|adding|saying)\b)", text[tok.idx - s0 + len(tok.text) :])
                     # ("..., a doctor ... told Transcontinental Press.": whom it was told to ends the sentence)
                     or low in ("told", "tells", "tell") and re.fullmatch(r"\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+\s*[.;]?\s*",
                                                                        text[tok.idx - s0 + len(tok.text) :])):
            # "..., killing all 15 commandos on board, police said, in one of the deadliest rebel attacks ...": what was
            # said comes before them, not the aside after (but "a man and a woman who, witnesses said, had left a bag":
            # the clause after)
            content = said_before
        else:
            # (to the end of its own clause: "spoke of two blasts; residents insisted on three" is the officials' two)
            content = re.split(r";\s", text[tok.idx - s0 + len(tok.text):])[0]
            if low in ("told", "tells", "tell"):
                # ("told reporters at a Pentagon briefing that the attack ...": whom it was told to, then what)
                content = re.sub(r"^\s*(?:[\w'’.-]+\s+){1,10}?that\s+", "", content)
        if (other := re.search(r",\s+(?:while|whereas|but)\s+([^,]*)", content)) is not None \
                and any(w.lower() in CUE_VERBS for w in re.findall(r"[\w'’]+", other.group(1))):
            # "spoken of at least two victims, while some international agencies have referred to three bodies": the
            # other side's words are a claim of their own
            content = content[: other.start()]
        if said_before and (added := re.match(r"\s*,?\s*(?:adding|saying)\s+(?:that\s+)?", content)) is not None:
            # "Mobile police units scattered the crowds, the diocese said, adding that no life was lost": what was said
            # before the cue, and what was added after it
            content = said_before + "; " + content[added.end() :]
        if quoted is not None and comp is not None and comp.idx - s0 < quoted.end("q") <= tok.idx - s0:
            # '"The ceiling came down. There were children under the chairs," said X': the whole quotation
            content = quoted.group("q")
        content = re.sub(r"^(?:that|of|about|to)\s+", "", content.strip(" ,.:;“”\"'")).strip()
        # (a quotation that ends the claim keeps its closing mark, which the strip above took)
        if content.count('"') % 2:
            content += '"'
        elif content.count("“") > content.count("”"):
            content += "”"
        # ("... have been killed, and the United Nations says ...": the clause, not the word joining the next)
        content = re.sub(r"[,;]?\s+(?:and|but|while|whereas)$", "", content)
        content = REPORTED_BY_OUTLET.sub("", content) or content  # (not the ", state media reported" after it)
        if (len(content) < 3 or comp is None and CUE_VERBS.get(low) == "deny") and tok.dep_ == "relcl" \
                and tok.head.left_edge.idx > s0:
            # "..., a charge the presidency rejected": what was rejected is what the sentence told before
            content = text[label_end : tok.head.left_edge.idx - s0].strip(" ,;:")
        if len(content) < 3:
            content = text[label_end:].strip()
        subj_text = text[a:b]
        if borrowed is not None:  # "he said": the unnamed speaker before, with the role and body found then
            role, affiliation = borrowed.role, borrowed.affiliation
        else:
            role_m = ROLE_WORDS.search(subj_text)
            role = role_m.group(0).strip().lower() if role_m else None
            affiliation = next((e.text for e in in_subject if e is not source_ent and e.type in ("ORG", "LOC", "NORP")),
                               None)
        stance = CUE_VERBS.get(issued.group("act").lower(), "assert") if issued is not None else CUE_VERBS.get(low, "assert")
        claim = FoundClaim(source=source, source_ent=source_ent, cue=low, stance=stance,
                           content=content[:500], via=_via(_own_clause(text, tok.idx - s0), base, sent_ents, source_ent),
                           role=role, affiliation=affiliation)
        claims.append(claim)
        for other in _coordinated(a, b, claim, text, base, sent_ents, seen_sources) \
                or _first_conjunct(a, claim, text, base, sent_ents, seen_sources):
            claims.append(other)
            seen_sources.add(other.source)
    rejection = _rejection(text, base, label_end, sent_ents, claims, seen_sources) if claims else None
    if rejection is not None:
        claims.append(rejection)
    if not claims:
        # "The daily Le Faso Express quoted an unnamed security source as saying that ...": the source is the
        # one quoted, the outlet that quotes it is the channel
        q = QUOTED_AS.search(text)
        if q is not None and (passive := _quoted_by(text, base, sent_ents, q)) is not None:
            claims.append(passive)
            return claims
        if q is not None:
            src = _first_ent_after(sent_ents, base + q.start("src"), 2, ("PERSON", "ORG"))
            source = src.text if src is not None and src.end <= base + q.end("src") else \
                re.sub(r"^(?:the|a|an)\s+", "", q.group("src").strip(), flags=re.I)
            outlet = [e for e in sent_ents if e.type == "ORG" and e.end <= base + q.start()]
            via = [(outlet[-1].text, outlet[-1], outlet[-1].text)] if outlet else []
            claims.append(FoundClaim(source=source, source_ent=src if src is not None and src.text == source else None,
                                     cue="quoted", stance="assert",
                                     content=(q.group("content") or q.group("figure")).strip(" ,.;")[:500],
                                     via=via))
            return claims
    if not claims:
        # ("about 40 according to the US military, 42 according to local accounts and up to 45 according to AP": each
        # source its figure)
        told_to = None  # where the last source named ended
        sources_named = list(ACCORDING_TO.finditer(text))
        for m in sources_named:
            src = _first_ent_after(sent_ents, base + m.end(), 3, ("PERSON", "ORG", "LOC"))
            if src is not None and src.type == "LOC" and re.match(r"-(?:based|born|led|backed)\b", text[src.end - base :]):
                # ("according to the Dhaka-based rights organisation Ain o Salish Kendra": the body, not its seat)
                src = _first_ent_after(sent_ents, src.end, 60, ("PERSON", "ORG"))
            if src is not None and src.type == "LOC" and (own := re.match(r"['’]s\s+", text[src.end - base :])) is not None \
                    and (org := next((e for e in sent_ents if e.start == src.end + own.end() and e.type == "ORG"), None)) is not None:
                # ("according to Ukraine's Prosecutor General's Office": the country's office, not the country)
                src = replace(org, start=src.start, text=text[src.start - base : org.end - base])
            if src is not None:
                # ("according to Gauteng police": the place's police, not the place)
                body = PLACE_BODY.match(text, src.end - base) if src.type == "LOC" else None
                end = body.end() if body is not None else src.end - base
                alias = re.match(r"\s*\([^()]{1,30}\)", text[end:])
                said_from = end + (alias.end() if alias else 0)  # ("... Ain o Salish Kendra (ASK), the image ...")
                source, source_ent = text[src.start - base : end], None if body else src
                if (also := _and_others(text, said_from)) is not None:
                    source, source_ent, said_from = text[src.start - base : also], None, also
                content = _joined(text[label_end : m.start()], "" if len(sources_named) > 1 else text[said_from:])
            else:
                run = re.match(r"((?:[A-Za-z][\w'’-]*\s?){1,6})", text[m.end():])
                # ("according to the district police to 24 temples ...": the source, not the word after it)
                source = re.split(r"\s+(?:to|in|on|at|for|from|that|and|with|by|as|after|before|while|but)\b",
                                  run.group(1).strip(" .,;"))[0] if run else ""
                source_ent, said_from = None, m.end() + len(source)
                if source and (also := _and_others(text, said_from)) is not None:
                    source, said_from = text[m.end() : also], also
                elif source and (named := _named_after(text, said_from, sent_ents, base)) is not None:
                    # ("according to a statement issued by the deputy inspector general of police, Major General
                    # Paul Lokech": the person who holds the office, named after it)
                    (source, source_ent), said_from = named, named[1].end - base
                # ("By mid-June, according to Indian officials, Pakistan had violated ...": what follows the source too,
                # after a sentence's opening phrase of time or place; not "Three temples burned in Ramu according to the
                # district police to two dozen across the region")
                before = text[label_end : m.start()]
                opening = not before.strip(" ,") or FRONTED.fullmatch(before.strip(" ,") + " ") is not None
                content = _joined(before, text[said_from:] if opening and len(sources_named) == 1 else "") or text
            if told_to is not None:  # a later source: what the sentence gave since the one before
                content = re.sub(r"^(?:(?:and|while|but|or)\s+)", "", text[told_to : m.start()].strip(" ,.;:")).strip(" ,.;")
            told_to = said_from
            if source and content and source not in {c.source for c in claims}:
                claims.append(FoundClaim(source=source, source_ent=source_ent, cue=m.group(1).lower(), stance="assert",
                                         content=content[:500]))
    if not claims and (by := _by_count(text, base, label_end, sent_ents)) is not None:
        claims.append(by)
    if not claims:
        claims += _accounts_tell(text, label_end)
    if not claims and (given := _source_label(text, base, ents)) is not None:
        claims.append(given)
    if not claims and (given := _figure_is(text, base, label_end, sent_ents)) is not None:
        claims.append(given)
    if (by := _claimed_by(text, base, label_end, sent_ents)) is not None and by.source not in {c.source for c in claims}:
        claims.append(by)
    for claim in claims:
        _office_speaks_for(claim, text, base, label_end, sent_ents)
    for claim in claims:  # "X said four people died; police officials put the toll at six": each its own clause
        for other in claims:
            cut = re.search(r";\s+(?:the\s+)?" + re.escape(other.source) + r"\b", claim.content) \
                if other is not claim and other.source != claim.source else None
            if cut is not None and cut.start() >= 3:
                claim.content = claim.content[: cut.start()].strip(" ,")
    return [c for c in claims if not _deed_or_advice(c.cue.lower(), text)]


def _of_its_kind(body: re.Match[str], org: Ent) -> bool:
    """Whether the body named before can be the one a phrase tells by its kind: "the health ministry" the Lebanese
    health ministry, not the Islamic Health Committee; "the ministry" or "the statement" any body."""
    head, kind = body.group("head") or body.group("place"), body.group("kind")
    return not (head and kind) or all(w.lower() in org.text.lower() for w in (head, kind))


def _deed_or_advice(cue: str, text: str) -> bool:
    """A cue that tells no statement here: a threat made by a deed ("threatened residents with machetes", not
    "threatened to avenge", "threatened that ..."), or what a report's own body recommends now ("CPM-HoA urges all
    parties to allow safe passage", "calls on the authorities to ...": its advice; in 1-1930, 0 of 9 sentences with
    "urges" and 4 of 20 with "calls on" are claims' evidence, against 155 of 191 with "urged" and 91 of 101 with
    "called on")."""
    if cue in ("threatened", "threatens"):
        return re.search(r"\bthreaten(?:ed|s)\s+(?:to|that)\b", text, re.I) is None
    return cue in ("urges", "recommends") or cue == "calls" and re.search(r"\bcalls\s+(?:on|upon)\b", text, re.I) is not None


# "President Ashraf Ghani condemned the attack as inhumane, his office said": the office speaks for the one the sentence
# opens on, and annotators give him as the source (or "his office" resolved, "Ghani's office"): 50 of 62 such
# sentences in gold 1-1890 (the rest name a family, aides or a lawyer, who speak for someone they are not)
OFFICE_SOURCE = re.compile(r"(?:his|her|its|their)\s+(?:office|spokes(?:man|woman|person)|palace|press\s+(?:office|secretary)|"
                           r"media\s+office)", re.I)


def _office_speaks_for(claim: FoundClaim, text: str, base: int, label_end: int, sent_ents: list[Ent]) -> None:
    if not OFFICE_SOURCE.fullmatch(claim.source):
        return
    opener = next((e for e in sent_ents if e.type in ("PERSON", "ORG") and e.start - base >= label_end), None)
    if opener is None:
        return
    before = text[label_end : opener.start - base]
    if (before.strip() and not TITLED.fullmatch(before.lstrip(" -*"))) or not re.match(
            r"(?:\s*\([^()]{1,30}\))?(?:,[^,;]{1,100},)?\s+(?:has\s+|had\s+|also\s+)?[a-z]+", text[opener.end - base :]) \
            or opener.text not in claim.content:
        return
    claim.source, claim.source_ent = opener.text, opener


# "killed 21 people, in an attack claimed by al Qaeda", "That bombing was also claimed by Islamic State"
CLAIMED_BY = re.compile(r"\b(?:was\s+|were\s+|been\s+)?(?:(?:later|also|both|first|quickly|subsequently|since)\s+)?"
                        r"claimed\s+by\s+(?:the\s+)?(?=[A-Z])")


def _claimed_by(text: str, base: int, label_end: int, sent_ents: list[Ent]) -> FoundClaim | None:
    """An attack 'claimed by' a named group: the group's claim of it (the sentence without the words that say so)."""
    m = CLAIMED_BY.search(text, label_end)
    if m is None:
        return None
    group = _first_ent_after(sent_ents, base + m.end(), 0, ("ORG", "PERSON"))
    if group is None:
        return None
    before = re.sub(r",?\s+(?:in\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|bombing|operation)\s*$|"
                    r",?\s+(?:and|which)\s*$", "", text[label_end : m.start()].rstrip(" ,"))
    before = before.strip(" ,.;")
    if re.match(r"(?:The|That|This|These|Those|A|An|In|On|At|Both|Two|Three)\b", before):
        before = before[0].lower() + before[1:]  # ("That attack was claimed by ...": "claimed that attack")
    content = "claimed " + before if before else ""
    if len(content) < 16:
        return None
    return FoundClaim(source=group.text, source_ent=group, cue="claimed", stance="assert", content=content[:500])


# "The army spokesman's final figure is 22 soldiers killed", "By early November the government's own figures stood at
# 89 dead": a figure told as someone's
FIGURE_IS = re.compile(r"(?P<who>[Tt]he\s+(?:[\w.&-]+\s+){0,3}?[\w.&-]+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+"
                       r"(?:(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?){0,3}?(?:figures?|tolls?|counts?|estimates?|tally|tallies|totals?)"
                       # ("The government's toll, issued within days, was 46 dead")
                       r"(?:,\s+[^,;]{3,60},)?\s+(?:is|was|were|are|stands?\s+at|stood\s+at|came\s+to|reached)\b|"
                       # "Juba's account is that the withdrawal was a political decision": its account
                       r"(?:[\w-]+\s+){0,2}?(?P<account>account|version|position|case|view)\s+(?:is|was|has\s+been)\s+that\b)")


def _figure_is(text: str, base: int, label_end: int, sent_ents: list[Ent]) -> FoundClaim | None:
    """A figure told as the source's ("The government's later and settled figure is 48 killed"): its claim, when the
    phrase opens the sentence or its clause."""
    m = FIGURE_IS.search(text, label_end)
    if m is None:
        return None
    before = text[label_end : m.start()]
    if before.strip() and not (re.search(r"[,;:]\s*$", before) or FRONTED.fullmatch(before)):
        return None
    who = m.group("who")
    at = base + m.start("who")
    # ("Khartoum's account is that ...": a capital speaks for its government; "Nigeria's toll" is a toll in Nigeria)
    types = ("ORG", "PERSON", "LOC") if m.group("account") else ("ORG", "PERSON")
    named = next(iter(_ents_in(sent_ents, at, at + len(who) + 1, types)), None)
    if NO_COUNTER.match(who) or named is None and not _speaker_words(who):
        return None  # (not "The bomb's total was 16 devices")
    content = text[label_end:].strip()
    return FoundClaim(source=named.text if named is not None else who, source_ent=named, cue="gave", stance="assert",
                      content=content[:500])


# an update's list of tolls by who gave them: "- Urgun district chief (initial, 15 July, to AFP): 25 killed ...",
# "- Spokesman for the Paktika governor, Mokhlis Afghan (15 July): 43 dead."
# ("Russian news agencies on the evening of 9 May: six killed": who, then when)
SOURCE_LABEL = re.compile(r"\s*(?:[-*•]\s+)?(?:\*\*)?(?P<who>[A-Z][^:()\n\d]{1,90}?)"
                          r"(?:,?\s+(?:on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?\d{1,2}\s+[A-Z][a-z]+)?"
                          r"\s*(?:\((?P<aside>[^()\n]{2,80})\))?(?:\*\*)?:\s+(?P<what>\S.{6,})", re.S)
TOLL_WORDS = re.compile(r"\b(?:killed|dead|deaths?|died|wounded|injured|casualties|hurt)\b", re.I)
NOT_A_GIVER = re.compile(r"\b(?:toll|tolls|figures?|counts?|casualties|estimates?|killed|wounded|dead|injured|date|"
                         r"location|perpetrators?|summary|note|sources?|what|who|where|when|why|how)\b", re.I)
TO_OUTLET = re.compile(r"\bto\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")
STATEMENT = re.compile(r"(?:\b[A-Z][\w-]*\s+)?statement\b", re.I)
PRESS_PLURALS = re.compile(r"\b(?:agencies|reports|outlets|newspapers)\b")  # ("Russian news agencies on 9 May: ...")


def _source_label(text: str, base: int, ents: list[Ent]) -> FoundClaim | None:
    """A toll given under the label of who gave it ("Office of the President (statement, 15 July): 41 killed"): the
    label's person, or else its body, is the source; an outlet it was told to ("to AFP"), or a statement, the
    channel."""
    m = SOURCE_LABEL.match(text)
    if m is None or not (re.search(r"\d", m.group("what")) and TOLL_WORDS.search(m.group("what"))) \
            or NOT_A_GIVER.search(m.group("who")) or names_month(m.group("who")):
        return None
    named = _ents_in(ents, base + m.start("who"), base + m.end("who"), ("PERSON", "ORG"))
    person = [e for e in named if e.type == "PERSON"]
    source_ent = person[-1] if person else named[0] if named else None
    if source_ent is None and not (_speaker_words(m.group("who")) or PRESS_PLURALS.search(m.group("who"))):
        return None
    source = source_ent.text if source_ent is not None else re.sub(r"^(?:the|The)\s+", "", m.group("who").strip(" *"))
    claim = FoundClaim(source=source, source_ent=source_ent, cue="gave", stance="assert",
                       content=m.group("what").strip()[:500])
    aside = m.group("aside") or ""
    if (to := TO_OUTLET.search(aside)) is not None:
        at = base + m.start("aside") + to.start("outlet")
        outlet = next((e for e in ents if e.start == at and e.type == "ORG"), None)
        claim.via = [(outlet.text if outlet else to.group("outlet"), outlet, to.group(0))]
    elif (said := STATEMENT.search(aside)) is not None:
        claim.via = [(said.group(0), None, said.group(0))]
    return claim


# ("according to survivors and local officials, ...", "according to Reuters and AFP, ..."): the sources named together,
# up to the comma, one source as annotators give them (in gold 1-2450, most such sentences are one claim with both
# named); not "according to the QCPD and 33 according to some newspaper reports" (a second figure, a second source)
AND_OTHERS = re.compile(r"\s+and\s+(?:to\s+)?(?:the\s+|an?\s+)?(?P<who>[A-Za-z][\w'’&.-]*(?:\s+[\w'’&().-]+){0,5}?)(?=\s*,)")


def _and_others(text: str, at: int) -> int | None:
    """Where the sources named together with the one ending at `at` end, or None."""
    m = AND_OTHERS.match(text, at)
    if m is None or re.search(r"\d|\b(?:according|said|says|say|told|reported|that|who|which|were|was|is|are|had|has|have)\b",
                              m.group("who"), re.I):
        return None
    return m.end()


def _joined(before: str, after: str) -> str:
    """What a sentence says around the source it names ("On Sunday, | according to police, | gunmen killed four men"):
    the two parts as one clause."""
    before = LIST_MARKER.sub("", before, count=1)  # ("- By the OSCE's count, polling stations ...": not the item's dash)
    content = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", f"{before.strip()} {after.strip()}"))
    return re.sub(r",(?:\s*,)+", ",", content).strip(" ,.;")


def _accounts_tell(text: str, label_end: int) -> list[FoundClaim]:
    """Accounts as the source: "The attackers left, by some accounts only a minute before" (what the accounts have,
    the sentence around them); "Some chronologies date the Traversi attack to 12 February; other accounts ..." (each
    clause its accounts' claim)."""
    found: list[FoundClaim] = []
    tells = list(ACCOUNT_TELLS.finditer(text, label_end))
    for n, m in enumerate(tells):
        who = re.sub(r"^(?:the|a|an)\s+", "", m.group("who"), flags=re.I)
        if who.split()[0].lower() in ("this", "these", "our", "such"):
            continue
        end = tells[n + 1].start() if n + 1 < len(tells) else len(text)
        content = text[m.start("verb") : end].strip(" ,.;:")
        content = re.sub(r"[,;:]?\s*(?:while|but|whereas)$", "", content).strip(" ,.;")
        if len(content) >= 12:
            found.append(FoundClaim(source=who, source_ent=None, cue=m.group("verb").lower(), stance="assert",
                                    content=content[:500]))
    if found:
        return found
    by = BY_ACCOUNTS.search(text, label_end)
    if by is not None:
        content = _joined(text[label_end : by.start()], text[by.end() :])
        if len(content) >= 12:
            found.append(FoundClaim(source=by.group("who"), source_ent=None, cue="accounts", stance="assert",
                                    content=content[:500]))
    return found


def _by_count(text: str, base: int, label_end: int, sent_ents: list[Ent]) -> FoundClaim | None:
    """"By the army's count, more than 500 militants ... were killed": the army's claim, the figure with the rest of
    the sentence its content (not "by its count", "by our count": a body named before, or the report's own)."""
    m = BY_COUNT.search(text, label_end)
    if m is None:
        return None
    if m.group("adj") and not re.match(r"[Bb]y\s+the\s", m.group(0)):
        return None  # ("by the police count", not "By Sunday the count had risen")
    who = (m.group("own") or m.group("of") or m.group("adj")).strip()
    if who.lower() in PRONOUNS or NO_COUNTER.match(who) or re.search(r"\d", who):
        return None
    at = base + m.start(next(g for g in ("own", "of", "adj") if m.group(g)))
    named = next(iter(_ents_in(sent_ents, at, at + len(who) + 1, ("ORG", "PERSON"))), None)
    source = named.text if named is not None else who
    content = _joined(text[label_end : m.start()], text[m.end() :])
    if len(content) < 12:
        return None
    return FoundClaim(source=source, source_ent=named, cue="count", stance="assert", content=content[:500])


# what may stand before a person's name in a list of speakers: their body and office ("National Conference
# vice-president ", "Peoples Democratic Party president ", "Prime Minister ")
TITLED = re.compile(r"(?:[Tt]he\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,5}(?:vice-)?(?:" + ROLE_WORDS.pattern + r")\s+|"
                    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}", re.I)


def _coordinated(a: int, b: int, claim: FoundClaim, text: str, base: int, sent_ents: list[Ent],
                 seen_sources: set[str]) -> list[FoundClaim]:
    """"The BBC and the Associated Press spoke of at least 15,000 marchers": each one the subject names says it, a claim
    of its own with the same content, when every part is a name (not the parts of one name, "the Ministry of Justice and
    Security"; not "Residents and Memorial", people told by a word beside a name, which annotators keep as one source).
    The first claim's source is cut to the first of them."""
    phrase = text[a:b]
    if not re.search(r"\sand\s", phrase):
        return []
    parts, at = [], a
    for cut in re.finditer(r",\s+(?:and\s+)?|\s+and\s+", phrase):
        parts.append((at, a + cut.start()))
        at = a + cut.end()
    parts.append((at, b))
    names: list[tuple[str, Ent | None]] = []
    for n, (p_a, p_b) in enumerate(parts):
        words = text[p_a:p_b].strip()
        if n == 0:
            words = re.sub(r"^[Bb]oth\s+", "", words)  # ("Both Hernández and Nasralla claimed victory")
        # (the name, with "the" and at most two words of its own before it: "the opposition Awami League"; a person with
        # the office that names them: "National Conference vice-president Omar Abdullah")
        ent = next((e for e in sent_ents if e.type in ("ORG", "PERSON") and e.start >= base + p_a and e.end <= base + p_b
                    and (re.fullmatch(r"(?:[Tt]he\s+)?(?:(?!(?:of|for|in|at|from|to|with|and)\s)[a-z][\w-]*\s+){0,2}"
                                      + re.escape(e.text) + r"(?:\s+\([^()]{1,30}\))?"
                                      # ("Hamas and Islamic Jihad spokesmen praised the attack": each body's spokesmen)
                                      r"(?:\s+(?:spokes(?:man|men|woman|women|persons?|people)|officials|leaders|"
                                      r"representatives))?", words)
                         or e.type == "PERSON" and words.endswith(e.text) and TITLED.fullmatch(words[: -len(e.text)]))), None)
        if ent is None:
            return []  # ("Residents and Memorial said ...": annotators keep a name with people told by a word as one)
        names.append((ent.text, ent))
    if claim.source_ent is not None and all(claim.source_ent is not ent for _, ent in names):
        return []  # (the source is a name the subject does not list)
    seen_sources.discard(claim.source)
    claim.source, claim.source_ent = names[0]
    seen_sources.add(claim.source)
    return [FoundClaim(source=name, source_ent=ent, cue=claim.cue, stance=claim.stance, content=claim.content,
                       via=claim.via) for name, ent in names[1:] if name not in seen_sources and name != claim.source]


# what stands between two speakers the parse did not join: "President Asif Ali Zardari, on an official visit to Moscow,
# and Prime Minister ...", "Al-Qaeda in the Arabian Peninsula (AQAP) and its local front Ansar al-Sharia"
# (and the second's office: "National Front leader Marine Le Pen and the conservative lawmaker Eric Ciotti", "Lusa and
# the Sofala police commander, Paulique Ucacha, reported")
JOINED_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,[^,;:()]{3,60},)?,?\s+and\s+(?:(?:its|their|his|her|the)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+,\s+)?|(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}?)?(?:[Bb]oth\s+)?$")


def _first_conjunct(a: int, claim: FoundClaim, text: str, base: int, sent_ents: list[Ent],
                    seen_sources: set[str]) -> list[FoundClaim]:
    """The speaker named first of two when the parse gave the claim to the second only: a claim of its own, the same
    content, when the first opens the sentence (after its title)."""
    first = next((e for e in reversed(sent_ents) if e.type in ("ORG", "PERSON") and e.end <= base + a
                  and JOINED_BEFORE.fullmatch(text, e.end - base, a)), None)
    if first is None or first.text in seen_sources or first.text == claim.source:
        return []
    opening = text[: first.start - base]
    if not (re.fullmatch(r"\W*(?:[Bb]oth\s+)?(?:[Tt]he\s+)?", opening) or TITLED.fullmatch(opening.lstrip("- *"))):
        return []
    return [FoundClaim(source=first.text, source_ent=first, cue=claim.cue, stance=claim.stance, content=claim.content,
                       via=claim.via)]


def _rejection(text: str, base: int, label_end: int, sent_ents: list[Ent], claims: list[FoundClaim],
               seen_sources: set[str]) -> FoundClaim | None:
    """"The government said the unrest had been stirred up by drug traffickers, a claim community groups rejected":
    the claim of who rejected what the sentence told, when the parse lost them (None if it did not, or if no one
    did). "The group" there is the body the sentence blamed ("blamed ARSA ..., a charge the group rejected"); a claim
    the parse gave to "group" itself is renamed for it instead."""
    rejected = REJECTED_AS.search(text, label_end)
    if rejected is None:
        return None
    who = rejected.group("who")
    at = base + rejected.start("who")
    named = next((e for e in sent_ents if at <= e.start and e.end <= at + len(who) and e.type in ("ORG", "PERSON", "LOC")),
                 None)
    source = named.text if named is not None and re.fullmatch(r"(?:the\s+)?" + re.escape(named.text), who) else \
        re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
    if re.fullmatch(r"the\s+(?:group|party|movement|organi[sz]ation|company|force|militia|rebels)", who, re.I):
        named = next((e for e in reversed(sent_ents) if e.type == "ORG" and e.end <= base + rejected.start()
                      and e.text not in seen_sources), None)
        source = named.text if named is not None else ""
    # (the parse may give the claim to the generic name, or to the whole phrase: "a charge student leaders reject")
    phrase = re.sub(r"^[,\s]*(?:a|an|the)\s+", "", text[rejected.start() : rejected.end("who")]).lower()
    generic = next((c for c in claims if c.source.lower() in (who.lower().removeprefix("the "), phrase)), None)
    if generic is not None and (named is not None or source):
        generic.source, generic.source_ent = (named.text, named) if named is not None else (source, None)
        return None
    if not source or source in seen_sources or re.search(r"\b(?:neither|nor|not|never|after|before|by|initially|"
                                                         r"eventually)\b", who):
        return None
    if named is None and not (_speaker_words(who) or who[:1].isupper()
                              or re.search(r"\b(?:camp|prosecution|defence|supporters)\b", who)):
        return None
    cut = text[rejected.start() :].strip()
    for claim in claims:  # (what was said ends where the rejection begins)
        if cut[:30] in claim.content:
            claim.content = claim.content[: claim.content.index(cut[:30])].strip(" ,;:") or claim.content
    return FoundClaim(source=source, source_ent=named if named is not None and named.text == source else None,
                      cue="rejected", stance=CUE_VERBS.get("rejected", "deny"),
                      content=text[label_end : rejected.start()].strip(" ,;:")[:500], via=[])


# the body of a place that speaks: "Gauteng police", "Kano state officials"
PLACE_BODY = re.compile(r"(?:\s+(?:state|provincial|district|regional|city|county|local))?\s+(?:police|army|military|officials|"
                        r"authorities|government|officers|security\s+forces|health\s+officials|health\s+ministry|"
                        r"emergency\s+services|rescue\s+services|civil\s+defence)\b")
ROLE_OF_BODY = re.compile(r"(?:an?|the|one)\s+" + ROLE_WORDS.pattern + r"\s+of\b", re.I)
NOT_A_SPEAKER = re.compile(r"\b(?:19|20)\d\d\b|^(?:the\s+)?(?:first|second|third|fourth|last|latest)\b|"
                           r"^(?:videos?|images?|footage|photos?|photographs?|pictures?|satellite\s+imagery)\b|"
                           # ("The quarter confirmed the railway as one of the most exposed targets": a span of time)
                           # (not "Education Week", a paper)
                           r"^(?-i:(?:[Tt]he\s+|[Tt]his\s+|[Tt]hat\s+)?(?:[a-z][\w-]*\s+)?(?:quarter|month|week|year|period|half|"
                           r"season|decade|weekend|fortnight))$", re.I)


def _quoted_by(text: str, base: int, sent_ents: list[Ent], q: re.Match[str]) -> FoundClaim | None:
    """"Musharraf was quoted by The Indian Express as saying ...": the one quoted, who opens the clause, is the
    source and the outlet that quoted him the channel (in gold 1-2210 all 19 such claims are told so)."""
    by = re.match(r"by\s+(?:the\s+)?", q.group("src"), re.I)
    if by is None or not re.search(r"\b(?:was|were|is|are|been)\s+$", text[: q.start()], re.I):
        return None
    clause_at = text.rfind(";", 0, q.start()) + 1
    before = [e for e in sent_ents if base + clause_at <= e.start and e.end <= base + q.start()]
    src = next((e for e in before if e.type == "PERSON"), None) or next((e for e in before if e.type == "ORG"), None)
    if src is not None:
        source = src.text
    else:
        # ("One participant was quoted by national newspapers", "The same day, a deputy police chief in the province")
        subject = re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$", "", text[clause_at : q.start()])
        source = re.sub(r"^\W*(?:[^,]{1,40},\s+)?", "", subject) if subject.count(",") == 1 else subject.strip()
        source = re.sub(r"^the\s+", "", source.strip(" ,"), flags=re.I)
    if not source:
        return None
    src_at, src_end = base + q.start("src") + by.end(), base + q.end("src")
    outlets = [e for e in sent_ents if src_at <= e.start and e.end <= src_end and e.type == "ORG"]
    outlet = outlets[-1] if outlets else None
    name = outlet.text if outlet is not None else q.group("src")[by.end() :].strip(" ,")
    via = [(name, outlet, name)] if name else []
    return FoundClaim(source=source, source_ent=src, cue="quoted", stance="assert",
                      content=(q.group("content") or q.group("figure")).strip(" ,.;")[:500], via=via)


# ("quoted the same officer as putting the number of fighters killed at 938": a figure given, the words kept)
QUOTED_AS = re.compile(r"\bquoted\s+(?P<src>(?:an?|the|one|two|several)?\s*(?:[\w'’/-]+,?\s+){0,9}?)as\s+(?:saying\s+"
                       r"(?:that\s+)?(?P<content>.+)|(?P<figure>(?:putting|giving|describing|calling|blaming|"
                       r"denying|confirming)\s+.+))", re.I)


# -- a transcript: "SEIBERT: The Chancellor is deeply shaken." ---------------------------------------

# A speaker's label opening a paragraph: "SEIBERT:", "SPOKESPERSON (MUMTAZ ZAHRA BALOCH):", "Mr Alter:".
SPEAKER_LABEL = re.compile(r"^\s*(?P<label>(?:[A-Z][A-Z'’.-]*)(?:\s+[A-Z][A-Z'’.-]+){0,3}"
                           r"(?:\s*\((?P<inner>[^)]{2,60})\))?|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+)\s*:\s+(?=\S)")
# ("- 19 April, Kolofata: A suicide bomber ..., according to an official": the item's day and place, no speaker)
ITEM_PREFIX = re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*[^*\n]{1,40}\*\*|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?"
                         r"(?:,\s+[^,:;.\n]{1,60}?)?)\s*[-–—:|]\s+(?=\S)|"
                         r"^\s*(?:[-*•]\s+)?" + _RUN_IN + "|"
                         # "Fuel: Member agencies report that prices doubled": a sector's label, not a speaker
                         r"^\s*(?:[-*•]\s+)?(?:Fuel|Health|Food|Water|Protection|Shelter|Education|Access|Security|"
                         r"Displacement|Nutrition|Logistics|WASH|Electricity|Power|Communications|Telecommunications|"
                         r"Markets|Prices|Transport|Casualties|Damage|Response|Needs|Context|Background|Overview|"
                         r"Outlook|Situation|Humanitarian\s+access|Food\s+security)\s*:\s+(?=[A-Z])|"
                         # "UPDATE, 4:10 p.m.: Muhammad is being held ..., a Justice Department official said": a web
                         # page's update stamp, no speaker
                         r"^" + UPDATE_STAMP.pattern + r"\s+(?=[A-Z])")
# The roles a transcript labels its speakers by ("SPOKESPERSON:", "MINISTER:")
SPEAKER_ROLES = (r"spokes\w+|minister|secretary|president|ambassador|general|director|commissioner|chairman|chief|"
                 r"governor|mayor|envoy|official|representative|speaker|prosecutor")
QUESTION_LABELS = {"Q", "QUESTION", "JOURNALIST", "REPORTER", "MODERATOR", "CHAIR", "INTERVIEWER", "QUESTIONER"}
# Words that open a turn without saying anything: greetings, thanks, the floor handed on
PROCEDURAL = re.compile(r"^\W*(?:good (?:morning|afternoon|evening)|thank(?:s| you)|bismillah|welcome|yes|no|"
                        r"next question|let me (?:begin|start|say|add|repeat)|before we|i have (?:seen|noted|given|no)|"
                        r"we have noted|i do not comment|i will not|i can(?:not|'t) comment|as i said|"
                        # the speaker's own part in the briefing: "I can add ...", "I would ask that ..."
                        r"i (?:can|could|would|will|shall|want to|wish to|am (?:not )?going to|have no)|"
                        r"questions? (?:about|on) .{0,60}\bare (?:for|a matter for)|.{0,120}\bwill (?:give|provide) "
                        r"(?:details|more)|.{0,80}\bwill be announced)\b", re.I)


def remember_people(people: dict[str, Ent], ents: list[Ent]) -> None:
    """Index the persons named so far by surname, the way the report writes them rather than in capitals."""
    for e in ents:
        if e.type == "PERSON":
            key = e.text.split()[-1].lower()
            if key not in people or people[key].text.isupper() and not e.text.isupper():
                people[key] = e


def speaker_of(block: str, people: dict[str, Ent], base: int,
               known: dict[str, tuple[str, Ent | None]] | None = None) -> tuple[str, Ent | None, int] | None | bool:
    """Who speaks a transcript paragraph: the name in its label, as the report names that person in full
    elsewhere ("ALTER:" is Steve Alter; "SPOKESPERSON:" is who that label named before), and where the
    speech begins. False for a question's label, None for a paragraph with no label."""
    m = SPEAKER_LABEL.match(block)
    if m is None:
        return None
    label = m.group("label").split("(")[0].strip()
    if label.upper() in QUESTION_LABELS or label.upper().startswith(("Q ", "QUESTION")):
        return False
    known = {} if known is None else known
    inner = m.group("inner")
    if not inner and label.upper() in known:
        name, person = known[label.upper()]
        return name, person, base + m.end()
    words = (inner or label).replace(",", " ").split()
    if inner and not any(w[:1].isupper() for w in words):
        words = label.split()
    person = people.get(words[-1].lower().strip("."))
    if person is None and not inner and not re.search(rf"\b(?:{SPEAKER_ROLES})\b", label, re.I):
        return None  # "QUETTA: A suicide bomber ...": a dateline, not a speaker
    name = person.text if person is not None and not person.text.isupper() else \
        " ".join(w.capitalize() if w.isupper() else w for w in words)  # "MUMTAZ ZAHRA BALOCH" -> "Mumtaz Zahra Baloch"
    known[label.upper()] = (name, person)
    return name, person, base + m.end()


# "## [A] FACT page — 11/04/2021 19:52 — translated from French" over a quoted post: who posted it, where
POSTER = re.compile(r"^#+\s*(?:\[[^\]]{1,12}\]\s*)?(?P<where>(?P<who>[A-Z][^—–|:]{1,60}?)(?:['’]s)?"
                    r"(?:\s+(?:page|account|channel|feed|site|website|statement))?)\s+[—–|]\s")


def poster_of(heading: str | None, block: str, base: int) -> tuple[str, None, int, str] | None:
    """A quoted post under its header is the claim of whoever the header names, through that channel."""
    m = POSTER.match(heading or "")
    if m is None or not block.lstrip().startswith(("\"", "“", "«")):
        return None
    return m.group("who").strip(), None, base, m.group("where").strip()


def spoken_claims(sent, base: int, speaker: tuple) -> list[FoundClaim]:
    """A sentence of a speaker's turn, or of a quoted post, that says something is that speaker's claim."""
    name, person, speech_start = speaker[:3]
    via = [(speaker[3], None, speaker[3])] if len(speaker) > 3 and speaker[3] != name else []
    start = max(base, speech_start)
    text = sent.text[start - base :].strip()
    if len(text.split()) < 6 or text.endswith("?") or PROCEDURAL.match(text):
        return []
    return [FoundClaim(source=name, source_ent=person, cue="said", stance="assert", content=text[:500], via=via)]


# A label that is a role or a question, not a name: "SPOKESPERSON", "Q", "MODERATOR"
LABEL_ROLE = re.compile(r"^(?:" + "|".join(QUESTION_LABELS) + r"|ANSWER|A|VOICE|" + SPEAKER_ROLES + r")$", re.I)


def label_names(block: str, base: int, ents: list[Ent], people: dict[str, Ent]) -> list[Ent]:
    """The names in a transcript's speaker label: "Q (ASAD ULLAH KHATTAK, KHYBER DISPATCH):" is a person
    and an outlet, "ALTER:" a person when ``people`` holds one of that surname; the model reads such capitals as
    anything. "QUETTA:" is a dateline."""
    m = SPEAKER_LABEL.match(block)
    if m is None:
        return ents
    end = base + m.end()
    found: list[Ent] = []
    label = m.group("label").split("(")[0].strip()
    if m.group("inner"):
        inner_at = m.start("inner")
        name, _, outlet = m.group("inner").partition(",")
        if name.strip() and not LABEL_ROLE.match(name.strip()) and any(c.isalpha() for c in name):
            at = inner_at + len(name) - len(name.lstrip())
            found.append(Ent(base + at, base + at + len(name.strip()), name.strip(), "PERSON", None, "rule"))
        if outlet.strip():
            at = inner_at + len(name) + 1 + len(outlet) - len(outlet.lstrip())
            found.append(Ent(base + at, base + at + len(outlet.strip()), outlet.strip(), "ORG", "media", "rule"))
    if not LABEL_ROLE.match(label) and not any(LABEL_ROLE.match(w) for w in label.split()) \
            and not re.match(r"(?:Mr|Ms|Mrs|Dr)\.?\s", label) and not is_place(label) and not m.group("inner") \
            and label.split()[-1].lower() in people:
        at = m.start("label")
        found.append(Ent(base + at, base + at + len(label), label, "PERSON", None, "rule"))
    if not found:
        return ents
    return sorted([e for e in ents if not (base + m.start() <= e.start < end)] + found, key=lambda e: e.start)


# "said on its Radio Andalus that", "claimed the raid in its weekly al-Naba newsletter": the group's own outlet
OWN_OUTLET = re.compile(r"\b(?:on|in|through|via)\s+(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,2}?(?=[A-Z])")


# "AFP, citing security sources, put the death toll at around 30": the ones cited speak, the outlet carries it
# (and "SANA, quoting a military source, said ...")
# (people cited, not documents: "Papua police officers, citing survivors' accounts, told ..." stays the officers')
CITING = re.compile(r",\s+(?:citing|quoting)\s+(?P<cited>(?:an?\s+|the\s+|some\s+)?(?:[\w'’-]+\s+){0,6}?(?:sources?|officials?|witnesses|"
                    r"residents|officers?|spokes(?:man|woman|person)|diplomats?|doctors|medics|survivors|relatives|"
                    r"police|military|army)(?:\s+(?:in|at|of|from)\s+(?:the\s+)?[^,;]{1,60})?),\s+")


def cited_source(claim: FoundClaim, sentence: str, base: int, sent_ents: list[Ent]) -> None:
    """The claim of "Radio Dabanga, citing witnesses, reported ...": the witnesses' claim, through Radio Dabanga."""
    m = CITING.search(sentence)
    if m is None or claim.via or claim.source not in sentence[: m.start()]:
        return
    cited = re.sub(r"^(?:the|an?)\s+", "", m.group("cited"), flags=re.I)
    start, end = base + m.end("cited") - len(cited), base + m.end("cited")  # (without its article)
    claim.via = [(claim.source, claim.source_ent, claim.source)]
    claim.source = cited
    claim.source_ent = next((e for e in sent_ents if (e.start, e.end) == (start, end)), None)


def speaking_for(claim: FoundClaim, sentence: str, base: int, sent_ents: list[Ent],
                 doc_ents: list[Ent] | None = None) -> None:
    """An outlet a group speaks through is the channel, the group the source: "Amaq said its fighters had
    carried out the attack" (source Islamic State, via Amaq), "the Islamic State's Amaq news agency claimed
    both attacks", "Al-Shabaab said on its Radio Andalus that ...". The group is named as the report names it
    when it does ("al-Shabaab"), else by its gazetteer name."""
    outlets = [e for e in sent_ents if e.subtype == "media" and _voice_of(e) is not None]
    if not claim.via:
        for m in OWN_OUTLET.finditer(sentence):
            own = next((e for e in outlets if e.start - base == m.end()), None)
            if own is not None:
                claim.via.append((own.text, own, sentence[m.start() : own.end - base]))
                return
    src = claim.source_ent
    if src is not None and src.subtype == "media" and (group := _voice_of(src)) is not None:
        named = [e for e in (doc_ents or sent_ents) if e.type == "ORG" and e.subtype == "armed_group"
                 and _entry(e).get("name") == group]
        claim.via = [(src.text, src, src.text)] + [h for h in claim.via if h[1] is not src]
        claim.source, claim.source_ent = (named[0].text, named[0]) if named else (group, None)
        return
    if not claim.via and outlets:
        # "The Islamic State's Amaq news agency claimed both attacks": the group, through its outlet
        own = next((e for e in outlets if src is not None and _voice_of(e) == _entry(src).get("name")), None)
        if own is not None:
            claim.via.append((own.text, own, own.text))


def _entry(e: Ent) -> dict:
    """The gazetteer entry of a name, by its canonical key when it has one; empty if none."""
    return gazetteer().get(norm_key(e.key or e.text)) or {}


def _voice_of(outlet: Ent) -> str | None:
    return _entry(outlet).get("voice_of")

