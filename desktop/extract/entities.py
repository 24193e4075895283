"""Named entities: spaCy's statistical NER with a domain layer on top.

The statistical model finds names it has never seen; the layer fixes what it gets wrong in
this genre: armed groups and state bodies from a gazetteer of general knowledge (with their
aliases and transliterations), names after a title or role word are persons, organisation
shapes ("Ministry of ...", "... Front", "... News Agency") are organisations, and a name
typed once is typed the same everywhere in the document.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from desktop.extract.cleanup import DAY_OF_MONTH
from desktop.extract.dates import MONTHS, WEEKDAYS, names_month
from desktop.extract.events import TRIGGERS
from desktop.extract.places import is_place, is_region
from desktop.resources import load_json

# the words after which a town's name stands: "near Absard", "including Quneitra", "a truce for Manbij"
PLACED_BY = {"in", "near", "at", "for", "from", "to", "into", "of", "including", "around", "outside", "inside",
             "towards", "toward", "between"}
# spaCy label -> (our type, LOC subtype)
LABELS = {"PERSON": ("PERSON", None), "ORG": ("ORG", None), "GPE": ("LOC", "city"), "LOC": ("LOC", "region"),
          "FAC": ("LOC", "facility"), "NORP": ("NORP", None), "DATE": ("DATE", None)}
PRIORITY = {"gazetteer": 3, "rule": 2, "ner": 1, "propagated": 0}
CONNECTORS = {"al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "de", "del", "da", "dos", "van", "von", "der",
              "ul", "ud", "e", "le", "la",
              "ya", "cha"}  # Swahili: "Sauti ya Haki Network", "Chama cha Mapinduzi"
ORG_HEADS = {"front", "brigade", "brigades", "battalion", "army", "movement", "province", "party", "council",
             "committee", "command", "forces", "force", "police", "agency", "news", "media", "radio", "television",
             "tv", "times", "post", "press", "tribune", "herald", "wire", "gazette", "journal", "monitor", "observer",
             "daily", "weekly", "magazine", "channel", "broadcasting", "newswire", "ministry", "department", "directorate",
             "commission", "court", "parliament", "assembly", "organization", "organisation", "group", "network",
             "foundation", "institute", "office", "service", "services", "guard", "guards", "corps", "militia",
             "coalition", "alliance", "union", "federation", "association", "regiment", "division", "cartel",
             "legion", "mission", "bureau", "center", "centre", "university", "company", "corporation", "bank",
             "authority", "authorities", "secretariat", "tribunal", "embassy", "consulate", "branch", "squad",
             "ledger", "chronicle", "dispatch", "courier", "telegraph", "inquirer", "sentinel", "bulletin",
             "diocese", "archdiocese", "prelature", "eparchy", "patriarchate", "society"}
STARTERS = {"the", "a", "an", "in", "on", "as", "but", "and", "or", "at", "by", "for", "from", "with", "after",
            "before", "since", "during", "when", "while", "this", "that", "these", "those", "its", "their", "his",
            "her", "our", "some", "many", "several", "according", "despite", "although", "if", "last"}
MONTH_AND_DAY_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
PLACE_KINDS = {"town", "city", "village", "district", "province", "region", "governorate", "county", "state",
               "strait", "gulf", "bay", "sea",
               "municipality", "commune", "prefecture", "department", "oblast", "valley", "island", "peninsula",
               "river", "lake", "coast", "mountains", "desert", "plateau", "settlement"}
# the small units of local government no people is named before: "Bekuji kebele", "Bankass cercle"
LOCAL_UNITS = {"kebele", "woreda", "cercle", "tehsil", "upazila", "raion", "township"}
FAC_HEADS = {"hall", "stadium", "airport", "hotel", "mosque", "church", "cathedral", "temple", "synagogue", "shrine",
             "station", "market", "bazaar", "hospital", "clinic", "school", "gate", "bridge", "palace",
             "prison", "jail", "camp", "base", "checkpoint", "square", "mall", "port", "harbour",
             "harbor", "dam", "compound", "complex", "tower", "theatre", "theater", "centre", "center", "plaza",
             "academy", "barracks", "airbase", "airfield", "refinery", "mine", "crossing", "resort", "gurdwara",
             "monastery", "pagoda", "basilica", "chapel", "madrassa", "madrasa", "seminary", "café", "cafe",
             "restaurant", "nightclub", "arena", "pier", "jetty", "oilfield"}
# A name followed by its kind of building: "the al-Hol camp", "the Tajoura detention centre".
FACILITY_AFTER = re.compile(r"\s+(?:(?:detention|education|training|health|cultural|refugee|military|police|army)\s+)?"
                            r"(?:" + "|".join(sorted(FAC_HEADS - {"port", "mine", "gate", "square", "tower"})) + r")\b")
# Roads and crossings named before their kind: "the Shahid Haghani expressway", "the Zoobe junction".
ROUTE_HEADS = {"highway", "expressway", "road", "junction", "intersection", "reservoir", "roundabout"}
# A lower-case kind after a name that annotators leave out of it: "the Bilal mosque compound" is the Bilal mosque
OUTER_HEADS = {"compound", "complex", "crossing"}
# and natural features they name with their kind, as they do not rivers or islands
# (forests both ways, as often: "the Assar forest" is Assar, "the Sambisa forest" the Sambisa forest)
NAMED_WITH_FEATURE = {"valley", "mountains", "peninsula", "highlands", "plateau"}
# Natural features written after their name: "the Hamrin mountains", "the Juba river".
FEATURES = {"mountains", "mountain", "hills", "river", "valley", "desert", "forest", "lake", "island", "islands",
            "plateau", "plains", "peninsula", "highlands", "corridor", "gorge", "basin"}
ORG_OF = {"ministry", "department", "office", "council", "committee", "commission", "agency", "directorate",
          "court", "parliament", "assembly", "bureau", "university", "federation", "union", "government",
          "embassy", "consulate"}
# time zones of datelines and page stamps ("Updated 09:10 EAT"), never a body
TIME_ZONES = {"eat", "wat", "cat", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "ist", "pkt", "ast", "est", "edt",
              "pst", "pdt", "msk", "ict", "wib", "pht", "aft", "irst", "sast", "aest", "jst"}
GENERIC = {"covid-19", "covid", "coronavirus",  # a disease, no body
           "government", "militants", "police", "army", "the group", "group", "state", "ministry", "forces",
           "security forces", "military", "officials", "authorities", "president", "report", "north", "south",
           "east", "west", "centre", "center", "administration", "regime", "taliban government", "commander",
           "spokesman", "spokesperson", "minister", "general", "sheikh", "interior", "finance", "cabinet",
           "department", "bombers", "lga", "local government area", "front", "force", "security", "defence",
           "defense", "humanitarian", "road", "staff", "email", "turnout", "mass", "western", "eastern",
           "northern", "southern", "gulf", "gunmen", "gunman", "attackers", "fighters", "insurgents",
           "jihadists", "bandits", "rebels", "assailants", "bismillah", "inshallah", "alhamdulillah", "mashallah",
           "coverage", "supreme", "support", "date", "headquarters", "village", "commanding", "next", "our", "federal",
           # words that open a sentence about the attackers, capitalised there: "Suspected cartel gunmen ambushed"
           "suspected", "repeated", "alleged", "unidentified", "unknown", "masked", "armed", "renewed", "heavy",
           "fresh", "several", "dozens", "hundreds", "coordinated", "simultaneous", "rival",
           # weapons that open a sentence: "Drones struck a military graduation ceremony"
           "drones", "drone", "missiles", "rockets", "mortars", "shells", "warplanes", "jets", "airstrikes",
           # feasts and holidays name a time, not a person or a place
           "yom kippur", "lag baomer", "passover", "hanukkah", "purim", "ramadan", "eid", "eid al-fitr", "eid al-adha",
           "eid ul-fitr", "eid ul-adha", "mawlid", "maulud", "milad-un-nabi", "ashura", "nowruz", "diwali", "holi",
           "easter", "christmas", "good friday", "palm sunday", "new year", "independence day", "victory day",
           # ideals, named alone only inside a body's quoted name: 'the Civic Initiative "Freedom, Democracy, Justice"'
           "democracy", "justice", "freedom", "liberty", "solidarity", "progress", "reconciliation", "equality"}
# "the defence ministry" is a common noun; "the Defence Ministry", capitalised, is a body's name
GENERIC_LOWER = {"defence ministry", "defense ministry", "interior ministry", "foreign ministry", "health ministry",
                 "justice ministry", "home ministry"}
COUNTRY_WORDS: set[str] | None = None
# Role words that mark the following name as a person even in lower case ("spokesman Zabihullah Mujahid").
LOWERCASE_ROLES = {"brother", "brothers", "son", "sons", "father", "mother", "wife", "widow", "sister", "sisters",
                   "daughter", "cousin", "nephew", "uncle", "husband", "niece", "grandson", "granddaughter",
                   "interpreter", "translator", "aide", "assistant", "bodyguard", "driver", "lawyer", "pastor",
                   "priest", "vicar", "archbishop", "colleague", "friend", "neighbour", "neighbor", "lawmaker",
                   "spokesman", "spokeswoman", "spokesperson", "minister", "president", "commander", "governor",
                   "leader", "official", "envoy", "ambassador", "general", "chief", "director", "adviser",
                   "advisor", "founder", "cleric", "journalist", "reporter", "analyst", "activist", "secretary",
                   "footballer", "presenter", "commentator"}
# What a person does for a living or in public life, which only a person can be: "X, a 38-year-old painter"
TRADES = (r"journalist|reporter|doctor|nurse|teacher|student|farmer|trader|driver|lawyer|priest|pastor|imam|businessman|"
          r"businesswoman|villager|blogger|activist|writer|worker|engineer|photographer|poet|shopkeeper|fisherman|herder|"
          r"policeman|soldier|officer|candidate|councill?or|lawmaker|singer|cameraman|fishmonger|vendor|painter|musician|"
          r"artist|actor|actress|footballer|athlete|rapper|comedian|carpenter|tailor|mechanic|labou?rer|electrician|"
          r"shepherd|pilot|clerk|nun|monk|watchman|porter|cobbler|barber|baker|butcher|mason|catechist|geologist|"
          r"missionary|seminarian|deacon|chaplain|medic|paramedic|translator|interpreter|surveyor|miner|"
          r"technician|contractor|guide")
# "The Minister for the Armed Forces, Florence Parly, said": a name set off after a role.
APPOSITIVE_PERSON = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Dd]irector|[Cc]ommander|[Gg]overnor|[Ss]pokes(?:man|woman|person)|"
    r"[Cc]hief|[Hh]ead|[Ll]eader|[Aa]mbassador|[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Cc]hairman|[Mm]ayor|[Pp]rosecutor|"
    r"[Cc]ommissioner|[Cc]oordinator|[Rr]apporteur|[Nn]egotiator)"
    r"\b[^,.;:]{0,60},\s+((?:[A-Z][\w'’-]+)(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3}),")
# "who gave only his first name, Harouna,", "identified only as Abu Rami", "gave his name only as Armen": a person
# named by one name
ONE_NAME_PERSON = re.compile(r"\b(?:(?:first|given|last)\s+name|surnamed?|(?:identified|named|known)\s+only|"
                             r"(?:his|her)\s+name(?:\s+only|\s+simply)?(?=\s+as\s))\s*,?\s+(?:as\s+)?"
                             r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
NICKNAME = re.compile(r"\b(?:known\s+as|alias|nicknamed|a\.k\.a\.?)\s+[\"“]((?:[A-Z][\w'’-]*|de|del|la)(?:\s+(?:[A-Z][\w'’-]*|de|del|la)){0,3}?),?[\"”]")
# "Vera Grabe, who heads the delegation", "Pablo Beltrán, the group's chief negotiator": a person.
NAME_THEN_ROLE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:who\s+(?:heads|leads|chairs|commands|directs|"
    r"runs|founded)\b|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|negotiator|commander|"
    r"leader|founder|chairman|chairwoman|minister|governor|mayor|envoy|ambassador|director|president|head|regent|"
    # "gunmen shot dead Oktovianus Rayo, a primary school teacher": who the victim was
    + TRADES + r")\b)")
# "the deputy governor of Lorestan Habibollah Khojastehpour", "The regent of Yahukimo, Didimus Yahuli": the place
# of an office, then its holder
OFFICE_OF_PLACE = re.compile(r"\b(?:[Gg]overnor|[Rr]egent|[Mm]ayor|[Hh]ead|[Cc]hief|[Pp]refect|[Cc]ommissioner|[Ss]heriff)"
                             r"\s+of\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")
# a lake, a mountain, a river or a gulf by its kind word first ("Lake Chad", "Mount Elgon", "Lac Kivu"): never a person,
# whatever words stand around it ("the insurgency around Lake Chad, despite ...")
NATURAL_FEATURE = re.compile(r"(?:Lake|Lakes|Mount|Mt\.?|River|Gulf|Bay|Cape|Lac|Lago|Mont|Monte)\s+[A-Z]")
DISCOURSE_OPENERS = {"first", "second", "third", "fourth", "fifth", "finally", "however", "meanwhile", "instead", "still",
                     "yet", "also", "later", "earlier", "separately", "elsewhere", "moreover", "lastly", "next", "then"}
# "Karapatan, the human rights alliance, said": a body named, then what kind of body it is
NAME_THEN_BODY = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:alliance|"
    r"organi[sz]ation|movement|coalition|federation|association|ngo|militia|rebel\s+group|armed\s+group|"
    r"rights\s+group|watchdog|broadcaster|news\s+agency|newspaper|daily|weekly|think\s+tank|trade\s+union|"
    r"political\s+party|opposition\s+party|ruling\s+party)\b"
    # (not "Eduardo Dizon, a broadcaster for Brigada News", "X, a militia commander": a person who works for one)
    r"(?!\s+(?:for|with|at|who|whose|on)\b|\s+(?:leader|commander|member|chief|official|founder|head|fighter|"
    r"spokes\w+|editor|reporter|journalist|presenter|host|anchor|columnist|correspondent|activist|lawyer|"
    r"researcher|analyst|director)s?\b)")
# "(BIR, for Bataillon d'intervention rapide)", "(VDP, from the French Volontaires pour la défense de la
# patrie)": the name in its own language, set after the acronym, is another name of the body.
FOREIGN_LONG_FORM = re.compile(
    r"\(\s*([A-Z][A-Za-z-]{1,9})\s*,\s*(?:from|for|in)\s+(?:the\s+)?(?:(?:French|Spanish|Portuguese|Arabic|Italian|"
    r"German|Russian|Turkish|Persian|Kurdish|Pashto|Dari|Urdu|Burmese|Tagalog)\s*[:,]?\s+)?[*_]?"
    r"([A-ZÀ-Ý][^()*_\n]{3,80}?)[*_]?\s*\)")
SOCIAL_X = re.compile(r"\b(?:on|via|to|from)\s+(X)\b(?=\s*(?:[,.;:)]|\(|on\b|that\b|and\b|,?\s+formerly\b|$))"
                      r"|\b(X)\s*(?:\(|,\s*)formerly\s+(?:known\s+as\s+)?Twitter")
# "Secretary of National Defense Delfin Lorenzana": the office, then the name of who holds it.
OFFICE_THEN_NAME = re.compile(
    r"\b(?:Secretary|Minister|Director|Chief|Commissioner|Head|Chairman|Chairwoman|Governor)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:and\s+)?){0,4}?(?:Defen[cs]e|Interior|Justice|Affairs|Finance|Health|Security|"
    r"State|Education|Agriculture|Energy|Trade|Information|Transport|Planning|Labou?r|Commerce|Development|"
    r"Environment|Staff|Intelligence|Police)\s+([A-Z][\w'’-]+(?:\s+(?:al-|el-|de\s+|bin\s+)?[A-Z][\w'’-]+){1,2})\b")
# "the Tamaulipas Attorney General's Office", "the Prime Minister's Office": a body named after its holder
HOLDERS_OFFICE = re.compile(r"\b(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:Attorney|Solicitor|Inspector|Auditor|Prosecutor|"
                            r"Accountant|Surveyor)[- ]General|Prime\s+Minister|President|Chief\s+Minister|Governor|"
                            r"Ombudsman|Public\s+Prosecutor|Mayor)['’]s\s+(?:Office|Department|Chambers|Bureau)\b")
PLACE_THEN_PROVINCE = re.compile(r"\b(?:in|near|at|outside)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+([A-Z][\w'’-]+)(?=[,.;])")
# "near Kouré, Niger": a town named with its country.
PLACE_COMMA_COUNTRY = re.compile(r"\b(?:near|in|at|outside|from|of)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+"
                                 r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\b")
# "X, Secretary General of ...": a name followed by a role is a person.
# Words for relatives, in the singular and plural: "Their father, X", "a cousin of one of the dead wrote".
KIN = (r"(?:father|mother|brother|sister|son|daughter|wife|husband|widow|uncle|aunt|cousin|nephew|niece|grandson|"
       r"granddaughter|parent)s?")
ROLES = (r"spokes(?:man|woman|person)|minister|"
         r"president|commander|governor|leader|secretary[- ]general|secretary|director|chief|head|"
         r"founder|member|adviser|advisor|envoy|ambassador|official|general|emir|mayor|chairman|"
         r"deputy|analyst|researcher|negotiator|commissioner|coordinator|rapporteur|"
         r"resident|witness|survivor|relative|neighbou?r|cleric|bishop|elder|cook|professor|ombuds(?:man|woman)|"
         r"prosecutor|judge|" + TRADES + "|" + KIN)
ROLE_AFTER = re.compile(r"^\s*,\s*(?:(?:the\s+|a\s+|an\s+)?(?:(?!(?:and|or)\b)[\w'’-]+\s+){0,3}?(?:" + ROLES + r"|\d+-year-old)\b|"
                        r"(?-i:from\s+[A-Z]))", re.I)  # "Raed Masalmeh, from Dura near Hebron, stabbed": where he is from
# "the blogger Amadou Diallo", "aid worker Marco Bellini": a name right after a word for what a person does
ROLE_BEFORE = re.compile(r"\b(?:(?i:" + ROLES + r"|gunman|attacker|assailant|suspect|bomber|man|woman|youth|teenager|"
                         # "shot dead two colleagues, Kim Levengrond Yehezkel and Ziv Hajbi"
                         r"colleagues|companions|friends|hostages|victims)"
                         r"(?:\s+(?:in|for|to|of|on|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,|,)|(?i:" + ROLES + r")|"
                         r"killing|killed|assassinated|murdered|kidnapped)\s+$")  # "coordinator in Nigeria, Edward Kallon"
# "Their father, Cayamora Maute, was arrested": a name set off after a word for a relative.
KIN_BEFORE = re.compile(r"\b" + KIN + r"(?:\s+of\s+(?:the\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}"
                        r"[\w'’-]+,)?\s*,?\s*$", re.I)  # "Their father, X", "The father of the Maute brothers, X"


@functools.cache
def _and_places() -> re.Pattern[str]:
    """Countries and regions with "and" in their names, as written with capitals."""
    names = {n for n in (*countries(), *load_json("gazetteers", "regions.json")["regions"]) if " and " in n.lower()}
    forms = sorted((" ".join(w if w.lower() == "and" else w[:1].upper() + w[1:] for w in n.split()) for n in names),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b") if forms else re.compile(r"(?!x)x")


def countries() -> set[str]:
    """Lower-case country names (pytz's table, installed with dateparser)."""
    global COUNTRY_WORDS
    if COUNTRY_WORDS is None:
        try:
            import pytz

            names = {n.lower().replace("’", "'") for n in pytz.country_names.values()}
        except ImportError:  # pragma: no cover
            names = set()
        COUNTRY_WORDS = set()
        for name in names:  # "myanmar (burma)", "bosnia & herzegovina", "central african rep.": as reports write them
            name = name.replace(" & ", " and ").replace(" rep.", " republic")
            if name.startswith("st "):
                name = "saint " + name[3:]
            COUNTRY_WORDS.add(" ".join(re.sub(r"\([^)]*\)", " ", name).split()))  # "korea (north)" -> "korea"
        COUNTRY_WORDS -= {"congo republic", "congo dem. republic"}
        COUNTRY_WORDS |= {n.replace("'", "’") for n in COUNTRY_WORDS if "'" in n}
        COUNTRY_WORDS |= {"uae", "türkiye", "turkiye", "czechia", "ivory coast", "cote d'ivoire", "timor-leste",
                          "the gambia", "bosnia", "cabo verde", "republic of the congo", "holland", "vatican",
                          "south ossetia", "abkhazia", "somaliland", "transnistria", "northern cyprus", "swaziland",
                          "republic of congo", "democratic republic of congo"}
        COUNTRY_WORDS |= {"us", "usa", "u.s.", "united states", "uk", "britain", "russia", "iran", "syria",
                          "south korea", "north korea", "congo", "drc", "democratic republic of the congo",
                          "palestine", "gaza", "west bank", "kosovo", "taiwan", "burma"}
    return COUNTRY_WORDS


@dataclass
class Ent:
    """One entity mention found in the text (document offsets, code points)."""

    start: int
    end: int
    text: str
    type: str
    subtype: str | None
    how: str  # gazetteer | rule | ner | propagated
    key: str = field(default="")  # gazetteer canonical name, if any

    def overlaps(self, other: Ent) -> bool:
        return self.start < other.end and other.start < self.end


THE_OPENING = re.compile(r"^(the)\s+")
POSSESSIVE_END = re.compile(r"'s$")
NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def norm_key(text: str) -> str:
    """A key under which spelling variants of one name meet (kept for the names met most: it is asked for each
    name many times)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("organisation", "organization").replace("defence", "defense").replace("’", "'")
    text = THE_OPENING.sub("", text)
    text = POSSESSIVE_END.sub("", text)
    return NOT_ALNUM.sub("", text)


@functools.cache
def gazetteer() -> dict[str, dict]:
    """Normalised alias -> gazetteer entry."""
    index: dict[str, dict] = {}
    for entry in load_json("gazetteers", "actors.json")["entries"]:
        for form in (entry["name"], *entry["aliases"]):
            index.setdefault(norm_key(form), entry)
    return index


@functools.cache
def lower_case_names() -> frozenset[str]:
    """The gazetteer's names written all in lower case, as reports write them ("anti-balaka")."""
    return frozenset(form for entry in load_json("gazetteers", "actors.json")["entries"]
                     for form in (entry["name"], *entry["aliases"]) if form.islower())


@functools.cache
def gazetteer_forms() -> tuple[list[str], list[str]]:
    """(case-sensitive short forms such as acronyms, case-insensitive longer forms)."""
    exact, folded, seen = [], [], set()
    for entry in load_json("gazetteers", "actors.json")["entries"]:
        for form in (entry["name"], *entry["aliases"]):
            if len(form) <= 5 or form.isupper():
                exact.append(form)
            else:
                folded.append(form)
                seen.add(form)
                # the Arabic article is written with a space as often as with a hyphen: "al Qaeda in the Arabian
                # Peninsula", "Al Quds Brigades"
                spaced = ARTICLE_HYPHEN.sub(r"\1 ", form)
                if spaced != form and spaced not in seen:
                    seen.add(spaced)
                    folded.append(spaced)
    return exact, folded


ARTICLE_HYPHEN = re.compile(r"\b((?:[Aa]l|[Ee]l|[Aa]d|[Aa]n|[Aa]sh|[Aa]s|[Aa]r|[Aa]t|[Aa]z))-(?=[A-Z])")


@functools.cache
def person_titles() -> frozenset[str]:
    return frozenset(load_json("gazetteers", "roles.json")["person_titles"])


OPENING_WORD = re.compile(r"(?:for|from|with|by|according\s+to|under|against|after|before|despite|unlike)\s+(?=the\s)", re.I)
# "A Nigerian Air Force jet", "A Kosovo Police officer": the article, capitalised after a colon or a dateline, before
# a force's name (not the initial of "A K Viswanathan", nor "A Company", "A Just Russia")
FORCE_AFTER_ARTICLE = re.compile(r"A\s+(?=(?:[A-Z][\w'’-]*\s+)+(?:Police|Force|Forces|Army|Guard|Gendarmerie|Corps|Brigade|"
                                 r"Battalion|Regiment)\b)")
LEADING_WORD = re.compile(r"(?:including|excluding|counting|besides|january|february|march|july|september|october|november|"
                          # ("In December the Department of Refugee Affairs said")
                          r"december)\s+(?:the\s+)?(?=[^\W\d_]{2})", re.I)
KIND_AFTER_NAME = re.compile(r"\s+(?:province|district|city|region|area|town|village|county|governorate|state|"
                             r"[Ll]ocal [Gg]overnment [Aa]rea|LGA|"
                             r"subdivision|division|township|municipality|commune|prefecture|sub-county|subcounty|"
                             r"tehsil|oblast|raion|wilaya|locality)$")
SPAN_OF_TIME_END = re.compile(r"\s+(?:minutes|hours|days|weeks|months|years)$")
WEEKDAY_END = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
COUNT_END = re.compile(r"\s+\d[\d,]*$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim "the", possessives and punctuation off a span; None if nothing name-like is left."""
    s, e = start, end
    while s < e and not text[s].isalnum():
        s += 1
    if s > start and text[s - 1] in "'’" and text[s : s + 2] == "s ":
        s += 2  # "the army's Rapid Intervention Battalion": the possessive's ending is not the name
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in ")":
        e -= 1
    if text[e : e + 1] == "." and re.search(r"(?:^|[^\w.])(?:[A-Z]\.)+[A-Z]$", text[s:e]):
        e += 1  # "the U.S.", "U.N.": an abbreviation keeps its last full stop
    # ("For the Swaziland National Union of Students (SNUS), the matter was settled": a sentence's opening word is
    # no part of the name)
    opening = OPENING_WORD.match(text[s:e])
    if opening:
        s += opening.end()
    if text[s:e].lower().startswith("the "):
        s += 4
    elif (article := FORCE_AFTER_ARTICLE.match(text, s, e)) is not None:
        s = article.end()  # "Sopore, July 1: A Central Reserve Police Force (CRPF) head constable"
    # "In September Jordanian Army units ...", "Including Amrani, ...": a month or a joining word the model took
    # into the name before it
    # (not the months that are also given names: "May Chidiac", "June Carter")
    lead = LEADING_WORD.match(text[s:e])  # (and "On 4 December Cécile Pouilly")
    if lead and text[s + lead.end() :][:1].isupper() and not (
            re.search(r"\d\s*$", text[max(0, s - 4) : s]) and DATED_NAME.match(text, s + lead.end())):
        s += lead.end()
    for suffix in ("'s", "’s"):
        if text[s:e].endswith(suffix):
            e -= len(suffix)
    if text[s:e].count("(") != text[s:e].count(")"):
        e = s + text[s:e].rfind("(") if "(" in text[s:e] else e
        while e > s and not text[e - 1].isalnum():
            e -= 1
    trailing = KIND_AFTER_NAME.search(text[s:e])
    if trailing and text[s:e][:1].isupper() and trailing.start() > 0:
        e = s + trailing.start()  # "Balkh province" -> the name is "Balkh"
    # "at Camp Bastion weeks after it was handed over": a span of time the model read on into, no part of the name
    elapsed = SPAN_OF_TIME_END.search(text[s:e])
    if elapsed and re.match(r"\s+(?:after|before|later|earlier|ago)\b", text[e:]):
        e = s + elapsed.start()
    # ("the Security Council on Thursday": the day it met, no part of the name)
    weekday = WEEKDAY_END.search(text[s:e])
    if weekday and weekday.start() > 0:
        e = s + weekday.start()
    counted = COUNT_END.search(text[s:e])
    if counted and counted.start() > 0 and re.match(r"\s+(?:people|persons|civilians|dead|were|died|killed|of|"
                                                     r"others|more|soldiers|police)\b", text[e:]):
        e = s + counted.start()  # "in Vadodara 14 people died": the name ends before the count
    leading = LOWER_COMPASS.match(text, s, e)
    if leading:
        s = leading.end()  # "in north-east Nigeria", "across northern Mali": the name is the place's own
    if e <= s or not any(ch.isupper() for ch in text[s:e]):
        return None
    # ("End of May, Trelawney:", "in mid-May": part of a month, never a name)
    # ("Third week of March, Baringo North:", "5 March, Seretion:": a month, never a place)
    if text[s:e].lower() in MONTHS and (re.search(r"\b(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|"
                                                   r"(?:week|half|fortnight|weekend|days?)\s+of)[\s-]+$",
                                                   text[max(0, s - 14) : s], re.I)
                                         or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", text[max(0, s - 6) : s])):
        return None
    return s, e


# ("the 17 February Martyrs Brigade", "the 6 April Youth Movement": a name that carries its day)
DATED_NAME = re.compile(r"(?:Martyrs|Movement|Youth|Revolution|Revolutionaries|Brigades?|Battalion|Front|Coalition|"
                        r"Uprising)\b")


LOWER_COMPASS = re.compile(r"(?:far\s+|upper\s+|lower\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|"
                           r"west(?:ern)?|central)\s+(?=[A-Z])")


# the kind of document a masthead names: "Analyst Note", "Periodic Review No. 9", "Situation Update No. 2"
DOC_KIND = re.compile(r"^(?:Note|Brief|Update)\b|\b(?:Note|Review|Update|Brief|Report|Bulletin)\s+No\b|"
                      r"^(?:Analyst|Insight|Policy|Periodic|Regional|Country|Weekly|Monthly|Situation|Incident)\s+"
                      r"(?:Note|Review|Update|Brief|Report|Bulletin)s?$")
# what a minister is minister of: "Minister for Information and Communication Technology Zunaid Ahmed Palak"
PORTFOLIOS = {"affairs", "technology", "security", "defence", "defense", "interior", "justice", "information", "health",
              "education", "finance", "communication", "communications", "development", "planning", "trade", "energy",
              "agriculture", "transport", "labour", "labor", "welfare", "relations", "administration", "resources",
              "environment", "commerce", "industry", "tourism", "culture", "youth", "housing", "telecommunications",
              "broadcasting", "legal", "political", "economic", "social", "internal", "home", "foreign", "territorial",
              "public", "local", "national", "civil", "religious", "family", "women", "water", "mines", "petroleum",
              "works", "lands", "decentralisation", "decentralization", "reconciliation", "veterans", "reconstruction",
              "infrastructure", "sports", "science", "research", "higher", "human", "rights", "peace", "unity",
              "cohesion", "integration", "immigration", "citizenship", "budget", "economy", "employment", "solidarity",
              "disaster", "management", "refugees", "and", "of"}
ROLE_TAIL = {"coordinator", "spokesperson", "spokesman", "spokeswoman", "envoy", "representative", "rapporteur",
             "commissioner", "humanitarian", "special", "deputy", "resident", "senior", "high"}
NAME_TITLES = {"sheikh", "shaikh", "haji", "hajji", "mullah", "sayed", "syed", "sayyid", "mir", "khan", "sharif", "sultan",
               "maulana", "mawlawi", "hafiz", "qari", "sufi", "pir", "imam"}
# honorifics that reports and their readers take as part of the name itself: "Syed Ali Geelani", "Maulana Fazlur
# Rehman", "Qari Hussain", "Hafiz Saeed"
NAME_PART_TITLES = {"syed", "sayyid", "maulana", "qari", "hafiz"}
ORG_KINDS = {"service": "other", "company": "company", "firm": "company", "group": None, "band": "other",
             "militia": "armed_group", "militias": "armed_group", "network": None, "foundation": "other",
             "charity": "other", "newspaper": "media", "broadcaster": "media", "channel": "media", "website": "media",
             "daily": "media", "outlet": "media", "party": "political_party", "movement": None, "faction": "armed_group",
             "gang": "armed_group", "cartel": "armed_group", "coalition": None}
# "USS Carney", "HMS Diamond", "MV Rubymar": a ship's name after its navy's or its kind's prefix (not "PNS" or
# "INS", which also name naval bases ashore: "PNS Siddique", an air station annotators list)
VESSEL_PREFIXES = {"uss", "usns", "hms", "hmas", "hmcs", "tcg", "mv", "mt"}
VESSELS = {"ship", "vessel", "carrier", "tanker", "freighter", "bulker", "destroyer", "frigate", "warship",
           "corvette", "yacht", "ferry", "trawler", "dhow", "boat", "cruiser", "submarine", "containership"}
# Transliterated words that name a movement, front, army or party ("Jaish", "Harakat", "Lashkar"):
# a name that starts with one is an organisation, whatever the model says.
GROUP_WORDS = {"jamaat", "jamaah", "jamaa", "jamaatu", "jaish", "jaysh", "harakat", "harakah", "ansar", "ansaru",
               "ansarallah", "hizb", "hezb", "hizbul", "lashkar", "tehrik", "tehreek", "tahrik", "ahl", "ahlu", "ahlul",
               "jund", "junud", "katiba", "katibat", "kataib", "liwa", "jabhat", "saraya", "tanzim", "hayat", "majlis",
               "madinat", "jamiat", "jamiatul", "sipah", "tahreek", "imarat", "jamath", "jammat", "jamaath", "thowheed",
               "tawheed", "tawhid"}
# Arabic joining words inside one name: "wal-Muslimin", "wa Jama'a", "fi Bilad".
JOINERS = {"wal", "wa", "fi", "lil", "li", "al", "el", "ul", "ad", "ud", "ash", "ath", "an", "ar", "as", "az", "e"}


ENGLISH_JOINERS = {"as", "an", "at"}  # joiners that are English words as well, unless glued with a hyphen


GLUED_PREFIX = re.compile(r"([a-z]+)-[A-Z]")


def _joined(doc, ent):
    """An entity continued across Arabic joining words ("Jama'at Nusrat al-Islam" + "wal-Muslimin")."""
    end = ent.end
    if doc[end - 1].lower_ in JOINERS and end + 1 < len(doc) and doc[end].text == "-" \
            and doc[end + 1].text[:1].isupper():
        end += 2  # "... al" + "-Qurashi": the model stopped at the article
    while end + 1 < len(doc):
        k = end
        if doc[k].text == "-":
            k += 1
        glued = GLUED_PREFIX.match(doc[k].text) if k < len(doc) else None
        if glued and glued.group(1) in JOINERS:
            end = k + 1  # "al-Sarraj" as one token
            continue
        if k >= len(doc) or doc[k].lower_ not in JOINERS or not doc[k].text[:1].islower():
            break
        if doc[k].lower_ in ENGLISH_JOINERS and not (k + 1 < len(doc) and doc[k + 1].text == "-"):
            break  # "known in Iran as Niru-ye ...": the English word, not the article of "as-Sahab"
        k += 1
        if k < len(doc) and doc[k].text == "-":
            k += 1
        if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
            break
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k - ent.start < 13:
            k += 1
        end = k
    return doc[ent.start : end] if end > ent.end else ent


# "the UN Support Mission in Libya" is a name; "the Northern Command in Mekelle" says where a body is
NAMED_WITH_PLACE = {"mission", "delegation", "embassy", "consulate"}
PLACED_BODIES = {"mission", "office", "command", "delegation", "force", "representative", "envoy", "operation",
                 "embassy", "consulate", "bureau", "branch", "chapter", "province"}


# "the Armed Forces of the Philippines", "the Prelature of Marawi": a body named with its country or seat
OF_COUNTRY_BODIES = {"forces", "force", "army", "navy", "police", "guard", "prelature", "diocese", "archdiocese",
                     "church", "parliament", "government", "bank", "court", "republic", "kingdom", "federation",
                     "movement", "front", "party", "congress", "assembly", "university"}


OF_WORDS = {"of", "for", "in", "de", "du", "des", "del", "and", "pour"}
OF_OR_ARTICLE = OF_WORDS | {"the", "la", "le", "les", "el"}


def _of_continued(doc, span):
    """A name the model ended on "of", "for" or "de": it goes on over the capitalised words after it
    ("Law Society of Kenya", "Catholic Diocese of Pemba"), or, where none follow, it ends before them."""
    end = span.end
    while end < len(doc) and end - span.start < 14 and span[-1].lower_ != "and" and (
            doc[end].text[:1].isupper() and doc[end].is_alpha
            or doc[end].lower_ in OF_OR_ARTICLE and doc[end - 1].lower_ not in OF_WORDS
            and end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in ("the", "la", "le"))):
        end += 1
    while end > span.start + 1 and doc[end - 1].lower_ in OF_OR_ARTICLE:
        end -= 1
    return doc[span.start : end]


FOR_BODIES = ORG_HEADS | {"league", "forum", "mechanism", "observatory", "council", "centre", "center", "fund",
                          "programme", "program", "society", "campaign", "initiative", "platform", "watch"}


def _for_continued(doc, span):
    """A body the model ended before its "for", "on" or "against" and the capitalised words after it: "the
    Algerian League for the Defence of Human Rights", "the World Economic Forum on Africa", "the Special
    Prosecutor's Office for Crimes against Freedom of Expression"."""
    end = span.end
    while end + 1 < len(doc) and doc[end - 1].text[:1].isupper() and doc[end].lower_ in ("for", "on", "against") \
            and (doc[end - 1].lower_ in FOR_BODIES
                 or doc[end].lower_ == "against" and any(t.lower_ == "for" for t in doc[span.start : end])):
        k = end + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        if not (doc[k].text[:1].isupper() and doc[k].is_alpha) or doc[k].lower_ in MONTH_AND_DAY_NAMES:
            break  # (not "Parliament on Wednesday")
        while k < len(doc) and k - span.start < 16 and (
                doc[k].text[:1].isupper() and doc[k].is_alpha
                or doc[k].lower_ in ("of", "and", "the") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            k += 1
        end = k
    return doc[span.start : end] if end > span.end else span


# heads of bodies whose names may hold "and": "the Justice and Development Party", "Freedom and Justice Party"
AND_NAMED_HEADS = {"party", "front", "movement", "alliance", "union", "coalition", "congress", "league"}


def _placed_body(doc, span):
    """A body named with where it works: "the UN Support Mission in Libya", "US Embassy in Kabul"."""
    end = span.end
    if end + 1 < len(doc) and span[-1].text[:1].isupper() and (
            span[-1].lower_ in PLACED_BODIES and doc[end].lower_ in ("in", "for", "to")
            or span[-1].lower_ in OF_COUNTRY_BODIES and doc[end].lower_ == "of"):
        k = end + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        if doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ == "B":
            k += 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            return doc[span.start : k]
    return span




ACRONYM_STOP = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "wal", "&"}


def acronym_of(short: str, long: str) -> bool:
    """Is ``short`` an acronym of ``long`` (initials of its significant words, or all words)?"""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    if len(letters) < 2 or not short.replace("-", "").replace(".", "").isupper():
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", long)
    full = "".join(w[0] for w in words).upper()
    significant = "".join(w[0] for w in words if w.lower() not in ACRONYM_STOP).upper()
    return letters in (full, significant) or (len(letters) >= 3 and significant.startswith(letters))


def _acronym_spans(doc):
    """The long form an acronym in brackets spells: "Task Force Bangon Marawi (TFBM)",
    "the Liberation Tigers of Tamil Eelam (LTTE)". The model often stops short of it."""
    tokens = list(doc)
    for i, tok in enumerate(tokens):
        if not (0 < i < len(tokens) - 1 and tok.text == "(" and tokens[i + 1].is_upper and tokens[i + 2 : i + 3]
                and tokens[i + 2].text == ")"):
            continue
        short, start = tokens[i + 1].text, i
        while start > 0 and i - start < 10 and (tokens[start - 1].text[:1].isupper() and not tokens[start - 1].is_punct
                                                or tokens[start - 1].lower_ in ACRONYM_STOP):
            start -= 1
        for s in range(start, i - 1):
            if tokens[s].text[:1].isupper() and acronym_of(short, doc[s:i].text):
                span = doc[s:i]
                places = sum(t.ent_type_ in ("GPE", "LOC") for t in span)
                yield span, "LOC" if places * 2 > len(span) else "ORG"
                break


def _listed_names(span, kind: str):
    """The known places and bodies of a comma list the model took for one name ("Kermanshah, Rasht"), or None
    when no item is known ("Return, Reclamation and Rehabilitation" is one group's name). In a list of places, a
    one-word item among known ones is a place too ("Dhusamareb, Galinsoor and Balanbale")."""
    parts, start = [], 0
    for n, tok in enumerate(span):
        if tok.text == "," or tok.lower_ in ("and", "or"):
            if n > start:
                parts.append(span[start:n])
            start = n + 1
    if start < len(span):
        parts.append(span[start:])
    known = []
    for part in parts:
        entry = gazetteer().get(norm_key(part.text))
        if entry is not None:
            known.append((part, entry["type"], entry["subtype"]))
        elif part.text[:1].isupper() and is_place(part.text):
            sub = "country" if part.text.lower() in countries() else "region" if is_region(part.text) else "city"
            known.append((part, "LOC", sub))
    if known and (kind == "LOC" or all(k[1] == "LOC" for k in known)):
        typed = {part.start for part, _, _ in known}
        known += [(part, "LOC", "city") for part in parts
                  if part.start not in typed and len(part) == 1 and part[0].is_title]
        known.sort(key=lambda k: k[0].start)
    return known or None


def _is_name_token(tok) -> bool:
    return tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start) or \
        tok.lower_ in CONNECTORS or "-" in tok.text and tok.text[:1].isupper()


def _hyphen_in_name(tokens, k: int) -> bool:
    """A hyphen glued between two parts of one name: "al-Sarraj", "El-Rufai", "Dasht-e-Barchi"."""
    return tokens[k].text in ("-", "‐") and k > 0 and not tokens[k - 1].whitespace_ and k + 1 < len(tokens) \
        and tokens[k + 1].is_alpha and not tokens[k].whitespace_


# -- rules on the words around one token; each yields (span, type, subtype) ------------------

def _title_person(doc, tokens, i: int, tok, low: str, titles):
    """Title or role word followed by capitalised name tokens: a person."""
    if low in titles and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and \
            (tok.text[:1].isupper() or low in LOWERCASE_ROLES):
        j = i + 1
        while j < len(tokens) and (tokens[j].lower_.rstrip(".") in titles or tokens[j].text == "Staff") \
                and tokens[j].text[:1].isupper():
            j += 1  # "General Staff Valery Gerasimov": the office's last word is no part of the name
        k = j
        while k < len(tokens) and (tokens[k].pos_ == "PROPN" or tokens[k].lower_ in CONNECTORS or
                                   (tokens[k].text[:1].isupper() and tokens[k].is_alpha) or _hyphen_in_name(tokens, k)):
            if tokens[k].lower_ in ORG_HEADS or tokens[k].lower_ in ORG_OF or tokens[k].lower_ in FAC_HEADS \
                    or tokens[k].lower_ in STREET_KINDS:
                k = j  # "Lady Reading Hospital", "Bishop Street": a building or a street, not a person
                break
            k += 1
        while k > j and tokens[k - 1].lower_ in CONNECTORS:
            k -= 1
        if k < len(tokens) and tokens[k].text.islower() and (tokens[k].lower_ in PLACE_KINDS or tokens[k].lower_ in (
                "township", "neighbourhood", "neighborhood", "suburb", "quarter") or tokens[k].lower_ in LOCAL_UNITS):
            return  # "the Sheikh Othman district": a place named after a man, not the man
        if k > j:
            # "Sheikh Akram": an honorific before a single name is how the person is known
            span = doc[i:k] if j == i + 1 and (k == j + 1 and low in NAME_TITLES
                                               or low in NAME_PART_TITLES and tok.text[:1].isupper()) else doc[j:k]
            if len(span) <= 5 and not any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in span):
                yield span, "PERSON", None
            # "the brothers Abdullah Maute and Omar Maute": a plural title names two
            if low.endswith("s") and k + 1 < len(tokens) and tokens[k].lower_ == "and" \
                    and tokens[k + 1].text[:1].isupper() and tokens[k + 1].is_alpha:
                m = k + 1
                while m < len(tokens) and m - k <= 4 and tokens[m].text[:1].isupper() and tokens[m].is_alpha:
                    m += 1
                yield doc[k + 1 : m], "PERSON", None


def _org_of(doc, tokens, i: int, tok, low: str, titles):
    """Finds "Ministry of Foreign Affairs", "Council of Ministers"."""
    if low in ORG_OF and tok.text[:1].isupper() and i + 2 < len(tokens) and tokens[i + 1].lower_ in ("of", "for"):
        k = i + 2
        if k < len(tokens) and tokens[k].lower_ == "the":
            k += 1
        m = k
        # "Office of the UN High Commissioner for Human Rights": "for" and "on" join the name too
        while m < len(tokens) and (tokens[m].text[:1].isupper() or tokens[m].lower_ in ("and", "of", "&")
                                   or tokens[m].lower_ in ("for", "on") and m + 1 < len(tokens)
                                   and tokens[m + 1].text[:1].isupper()
                                   and tokens[m + 1].lower_ not in MONTH_AND_DAY_NAMES) \
                and tokens[m].is_alpha | (tokens[m].text == "&"):
            m += 1
        while m > k and tokens[m - 1].lower_ in ("and", "of", "&", "for", "on"):
            m -= 1
        if m > k:
            start = i
            # take capitalised modifiers before it ("Afghan Ministry of ...")
            while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha \
                    and not tokens[start - 1].is_sent_start and tokens[start - 1].lower_ not in titles:
                start -= 1
            span = doc[start:m]
            yield span, "ORG", "government"


ARMED_BODY_KINDS = frozenset({"force", "forces", "operation", "mission", "brigade", "militia", "battalion", "regiment"})
AREA_KINDS = frozenset({"township", "area", "junction", "intersection", "crossroads", "park", "neighbourhood",
                        "neighborhood", "suburb"})


def _armed_body_kind(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the Barkhane force", "Operation Serval": a name before a lower-case kind of armed body (not "2.5 The
    operation", whose "The" the model did not see open a sentence)"""
    if low in ARMED_BODY_KINDS and tok.text.islower() and i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].is_alpha \
            and not tokens[i - 1].is_sent_start and tokens[i - 1].lower_ not in STARTERS \
            and tokens[i - 1].ent_type_ not in ("GPE", "NORP", "LOC") \
            and tokens[i - 1].lower_ not in titles and tokens[i - 1].text.lower() not in countries() \
            and not is_region(tokens[i - 1].text):  # "the Tigray forces": the region's, not a body named Tigray
        span = doc[i - 1 : i]
        yield span, "ORG", "military"


WORDLIKE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _wordlike(text: str) -> bool:
    """A word, or a transliterated one with an apostrophe inside ("Sana'a", "Ma'rib")."""
    return bool(WORDLIKE.fullmatch(text))


def _placed_village(doc, tokens, i: int, tok, low: str, titles):
    """Finds "near Sebba", "attacked Quissanga": a capitalised name the model left out, after a word
    that places it, which GeoNames knows as an inhabited place
    """
    if low in PLACING and (tok.text.islower() or tok.is_sent_start) and i + 1 < len(tokens) \
            and tokens[i + 1].text[:1].isupper() \
            and _wordlike(tokens[i + 1].text) and not tokens[i + 1].ent_type_:
        k = i + 1
        while k < len(tokens) and k - i <= 3 and not tokens[k].ent_type_ and (
                tokens[k].text[:1].isupper() and _wordlike(tokens[k].text) or tokens[k].lower_ in CONNECTORS):
            k += 1
        while k > i + 1 and tokens[k - 1].lower_ in CONNECTORS:
            k -= 1
        span = doc[i + 1 : k]
        glued = k
        while glued < len(tokens) and glued - i <= 7 and _hyphen_in_name(tokens, glued):
            glued += 2  # "Dasht-e-Barchi": a place, of which "Dasht" alone is another one
        if glued > k and tokens[glued - 1].text[:1].isupper():
            if is_place(span.text) or is_place(doc[i + 1 : glued].text):
                yield doc[i + 1 : glued], "LOC", "city"
        elif span.text.lower() not in gazetteer_names() and is_place(span.text):
            yield span, "LOC", "city"


# "2.4 No group had claimed it", "Any militia": a word that says how many, capitalised after a number
DETERMINERS = STARTERS | {"no", "any", "every", "each", "another", "which", "what", "whichever", "neither", "either",
                          "both", "all", "such", "one", "two", "three", "four", "five", "more", "most", "other"}


def _org_kind(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the Aamin Ambulance service", "the rock group Piknik", "militias known as Macawisley": a
    name beside a lower-case word for a kind of body is that body
    """
    if low in ORG_KINDS and tok.text.islower():
        if i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].is_alpha \
                and not tokens[i - 1].is_sent_start and tokens[i - 1].ent_type_ not in ("NORP", "GPE", "DATE") \
                and tokens[i - 1].lower_ not in titles and tokens[i - 1].text.lower() not in countries() \
                and tokens[i - 1].lower_ not in DETERMINERS \
            and not is_region(tokens[i - 1].text):  # "the Tigray forces": the region's, not a body named Tigray
            start = i - 1
            while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha \
                    and not tokens[start - 1].is_sent_start and i - start < 4 \
                    and tokens[start - 1].ent_type_ not in ("NORP", "GPE"):
                start -= 1
            span = doc[start:i]
            if span.text.lower() not in gazetteer_names():
                yield span, "ORG", ORG_KINDS[low]
        nxt = i + 1
        if nxt < len(tokens) and tokens[nxt].lower_ in ("known", "called", "named") and nxt + 1 < len(tokens) \
                and tokens[nxt + 1].lower_ == "as":
            nxt += 2
        if nxt < len(tokens) and tokens[nxt].text[:1].isupper() and tokens[nxt].is_alpha \
                and tokens[nxt].ent_type_ not in ("GPE", "DATE") and tokens[nxt].lower_ not in titles:
            k = nxt
            while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].is_alpha and k - nxt < 4:
                k += 1
            span = doc[nxt:k]
            if span.text.lower() not in countries() and span.text.lower() not in gazetteer_names():
                yield span, "ORG", ORG_KINDS[low]


def _capitalised_to(tokens, start: int, stop: int) -> int:
    """Where the run of capitalised words from ``start`` ends, at ``stop`` at the latest."""
    k = start
    while k < min(stop, len(tokens)) and tokens[k].text[:1].isupper() and tokens[k].is_alpha:
        k += 1
    return k


def _ship_name(span) -> bool:
    return len(span) > 0 and span.text.lower() not in countries() and span.text.lower() not in gazetteer_names()


def _vessel(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the bulk carrier True Confidence", "USS Carney", "the Genco Picardy, a US-owned bulk carrier": a ship.
    Found so that its name is not typed as a person's or a place's; the pipeline lists no ship and places no
    incident on one."""
    if low in VESSEL_PREFIXES:
        if tok.text.isupper() and i + 1 < len(tokens) and tokens[i + 1].lower_ not in titles \
                and tokens[i + 1].lower_ not in ORG_HEADS and (k := _capitalised_to(tokens, i + 1, i + 4)) > i + 1:
            yield doc[i:k], "LOC", "vessel"
        return
    if low not in VESSELS or not tok.text.islower():
        return
    if i + 1 < len(tokens) and tokens[i + 1].ent_type_ != "DATE":  # (a known place is no ship name: _ship_name)
        span = doc[i + 1 : _capitalised_to(tokens, i + 1, i + 5)]
        if _ship_name(span):
            yield span, "LOC", "vessel"
    # the name before an appositive that says it is a ship
    article = next((j for j in range(i - 1, max(0, i - 7), -1) if tokens[j].lower_ in ("a", "an")), None)
    if article is None or article < 2 or tokens[article - 1].text != "," \
            or any(t.text in ",;:()" for t in tokens[article:i]):
        return
    j = end = article - 1
    while j > 0 and end - j < 4 and tokens[j - 1].text[:1].isupper() and tokens[j - 1].is_alpha \
            and tokens[j - 1].lower_ not in STARTERS:
        j -= 1
    if _ship_name(doc[j:end]) and not is_place(doc[j:end].text):
        yield doc[j:end], "LOC", "vessel"


def _named_by_kind_after(doc, tokens, i: int, tok, low: str, titles):
    """Finds "Pazigyi village", "Kanbalu township": a capitalised name before a lower-case place kind (not "- The
    city is observing", whose "The" opens an item the model did not see as a sentence)"""
    if (low in PLACE_KINDS or low in AREA_KINDS or low in LOCAL_UNITS) \
            and tok.text.islower() and i > 0 \
            and tokens[i - 1].text[:1].isupper() and tokens[i - 1].is_alpha and not tokens[i - 1].is_sent_start \
            and tokens[i - 1].lower_ not in STARTERS \
            and (tokens[i - 1].ent_type_ != "NORP" or low in LOCAL_UNITS) and tokens[i - 1].lower_ not in titles \
            and tokens[i - 1].lower_ not in gazetteer_names() \
            and not (tokens[i - 1].lower_ in peoples() and not is_region(tokens[i - 1].text)
                     and low in ("village", "town", "area", "neighbourhood", "neighborhood", "suburb")):  # "the Dogon village of"
        start = i - 1
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha or
                             (tokens[start - 1].lower_ in ("and", "-") or tokens[start - 1].lower_ in CONNECTORS)
                             and start >= 2 and tokens[start - 2].text[:1].isupper()
                             and tokens[start - 2].ent_type_ != "NORP") \
                and not tokens[start - 1].is_sent_start and i - start < 5:
            start -= 1  # "Sistan and Baluchestan province", "the Bab el-Mandeb strait": one name
        joined = [k for k in range(start, i) if tokens[k].lower_ == "and"]
        if joined and start > 0 and tokens[start - 1].text == ",":
            # "from Sinun, Dugure and Sinjar town": the last two of a list, not one name
            if all(t.text[:1].isupper() and t.is_alpha for t in tokens[start : joined[-1]]):
                yield doc[start : joined[-1]], "LOC", "city"
            start = joined[-1] + 1
        span = doc[start:i]
        yield span, "LOC", "city" if low in ("town", "city", "village", "area") else "district"


def _named_facility_lower(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the Shah Cheragh shrine", "the Mirwais hospital": a capitalised name before a lower-case
    facility word is a named facility
    """
    if (low not in FAC_HEADS and low not in FEATURES and low not in ROUTE_HEADS) or not tok.text.islower() or i < 2:
        return
    # one lower-case word may stand between: "the Tajoura detention centre", "the Tebyan cultural centre"
    last = i - 2 if tokens[i - 1].is_lower and tokens[i - 1].pos_ in ("NOUN", "ADJ") and low in FAC_HEADS else i - 1
    name = tokens[last]
    if name.text[:1].isupper() and name.is_alpha and not name.is_sent_start \
            and not (name.ent_type_ == "NORP" and re.search(r"(?:an|ese|ish|i|ic)$", name.lower_)) \
            and name.lower_ not in titles and name.text.lower() not in countries():
        start = last
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha
                             or tokens[start - 1].text == "-"
                             or tokens[start - 1].lower_ in JOINERS and not tokens[start - 1].whitespace_) \
                and not tokens[start - 1].is_sent_start \
                and i - start < 5:
            start -= 1
        if start > 0 and (tokens[start].text[:1].isupper() or tokens[start].lower_ in JOINERS) and (
                tokens[start - 1].lower_ in ("the", "'s", "’s") or tokens[start - 1].lower_ in PLACING
                and not any(t.ent_type_ == "GPE" for t in tokens[start:i])) \
                and not any(t.lower_ in ORG_HEADS or t.ent_type_ == "ORG" for t in tokens[start : last + 1]) \
                and tokens[start - 1].text[:1] != "'":
            span = doc[start : i + 1]  # "the Tizit police station": the word between only says what kind
            if low in OUTER_HEADS and tokens[i - 1].lower_ != "border":
                span = doc[start:i]  # "the Bilal mosque compound", "the Bab al-Hawa crossing": named without it
            yield span, "LOC", "facility" if low in FAC_HEADS | ROUTE_HEADS else "region"
        elif low in FEATURES and last == i - 1 and start > 0 and tokens[start - 1].lower_ in ("the", "'s", "’s") \
                and all(t.ent_type_ == "ORG" and t.lower_ not in ORG_HEADS for t in tokens[start:i]):
            # "in the Kolamarka forest", "along the Juba river": the model read a body; the name of a
            # forest or river is a place, as the text gives it: "the Djurdjura mountains" with their kind, as
            # annotators name valleys and mountains, and the Juba without its river
            if low in NAMED_WITH_FEATURE:
                yield doc[start : i + 1], "LOC", "region"
            else:
                yield doc[start:i], "LOC", None


def _named_by_kind_before(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the town of Dori", "Kunduz province": a place named by its kind"""
    if low in PLACE_KINDS and i + 2 < len(tokens) and tokens[i + 1].lower_ == "of" \
            and tokens[i + 2].text[:1].isupper() and not tok.text[:1].isupper():
        k = i + 2
        while k < len(tokens) and (tokens[k].text[:1].isupper() and tokens[k].is_alpha or
                                   tokens[k].lower_ in CONNECTORS) and k - i < 6:
            k += 1
        span = doc[i + 2 : k]
        yield span, "LOC", "city" if low in ("town", "city", "village") else "region"


def _named_facility(doc, tokens, i: int, tok, low: str, titles):
    """Finds "Crocus City Hall", "Abbey Gate", "Russian Embassy": a capitalised run ending in a
    facility word
    """
    if low in FAC_HEADS and tok.text[:1].isupper() and i > 0 and (
            tokens[i - 1].text[:1].isupper() or tokens[i - 1].text in ("'s", "’s") and i > 1
            and tokens[i - 2].text[:1].isupper()) and not tokens[i - 1].is_sent_start:
        start = i - 1
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha
                             or tokens[start].text in ("'s", "’s")) and not tokens[start - 1].is_sent_start:
            start -= 1  # "St Anthony's Shrine": the saint's name is part of it
        if start > 0 and tokens[start - 1].is_sent_start and tokens[start - 1].text[:1].isupper() \
                and tokens[start - 1].is_alpha and tokens[start - 1].lower_ not in STARTERS:
            start -= 1  # "Mitiga International Airport, the only ...": a name may open the sentence
        span = doc[start : i + 1]
        if len(span) == 2 and all(t.ent_type_ == "PERSON" for t in span) and span[0].lower_ in given_names():
            return  # "John Ridsdel and Robert Hall": a given name and a surname the model read as a person
        if len(span) <= 6 and low in ("centre", "center") and tokens[i - 1].lower_ in WORK_CENTRES:
            yield span, "ORG", None  # "the Joint Maritime Information Centre": a body, not a building
        elif len(span) <= 6:
            yield span, "LOC", "facility"


WORK_CENTRES = {"information", "coordination", "operations", "operation", "research", "media", "crisis", "fusion",
                "analysis", "monitoring", "counter-terrorism", "counterterrorism", "intelligence", "command"}


FAC_FIRST = {"cathedral", "church", "temple", "mosque", "shrine", "basilica", "chapel", "monastery", "palace", "tomb",
             "museum", "mausoleum", "citadel", "fortress"}


def _facility_of(doc, tokens, i: int, tok, low: str, titles):
    """Finds "the Cathedral of Our Lady of Mount Carmel", "the Church of the Intercession", "the
    Temple of the Tooth": a building named by its kind first, then "of" and a capitalised name."""
    if low not in FAC_FIRST or not tok.text[:1].isupper() or i + 2 >= len(tokens) or tokens[i + 1].lower_ != "of":
        return
    k = i + 2
    last = None
    while k < len(tokens) and k - i <= 10:
        if tokens[k].text[:1].isupper() and tokens[k].is_alpha:
            last = k
        elif not (tokens[k].lower_ in ("of", "the", "our") and k + 1 < len(tokens)):
            break
        k += 1
    if last is not None:
        first = i
        while first > 0 and i - first < 2 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].is_alpha \
                and not tokens[first - 1].is_sent_start and tokens[first - 1].lower_ not in STARTERS:
            first -= 1  # "the Grand Mosque of Paris", "the Great Mosque of al-Nuri": its epithet is its name's
        yield doc[first : last + 1], "LOC", "facility"


def _of_inside_name(tokens, start: int) -> bool:
    """"Horn of Africa Newswire", "Voice of the Sahel Radio": "of" and "the" between capitalised words."""
    word = tokens[start - 1].lower_
    if word == "of":
        return start > 1 and tokens[start - 2].text[:1].isupper() and tokens[start - 2].is_alpha \
            and tokens[start - 2].ent_type_ != "PERSON" and not tokens[start - 2].is_sent_start and (
            tokens[start].text[:1].isupper() or tokens[start].lower_ == "the")
    return word == "the" and start > 1 and tokens[start - 2].lower_ == "of" and tokens[start].text[:1].isupper()


PEOPLE_OF = {"fighters", "members", "militants", "soldiers", "troops", "gunmen", "supporters", "leaders", "commanders",
             "officers", "officials", "units", "elements", "cadres", "men", "forces"}


def _org_head(doc, tokens, i: int, tok, low: str, titles):
    """Finds "... Front", "... News Agency", "... Province": capitalised run ending in an org head"""
    if low in FAC_HEADS and tok.text[:1].isupper() and i > 0 and (
            tokens[i - 1].text[:1].isupper() or tokens[i - 1].text in ("'s", "’s") and i > 1
            and tokens[i - 2].text[:1].isupper()) and not tokens[i - 1].is_sent_start:
        return  # "Crocus City Hall": a facility (_named_facility), not a body
    if low in ORG_HEADS and tok.text[:1].isupper() and i > 0 and (tokens[i - 1].text[:1].isupper() or (
            # "the Movement for the Self-Determination of Kabylie": the kind first, then what it is for
            tokens[i - 1].lower_ == "the" and i + 2 < len(tokens) and tokens[i + 1].lower_ in ("for", "of")
            and (tokens[i + 2].text[:1].isupper() or tokens[i + 2].lower_ == "the"))):
        start = i - 1
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha
                             or tokens[start - 1].lower_ in CONNECTORS or tokens[start - 1].text in ("-", "'s")
                             or _of_inside_name(tokens, start)) \
                and not tokens[start - 1].is_sent_start and tokens[start - 1].lower_ not in titles:
            start -= 1
        if tokens[start].lower_ in PEOPLE_OF and start + 1 < i and tokens[start + 1].lower_ == "of":
            start += 1  # "Fighters of the Islamic State West Africa Province": who, then the body
        while start < i and tokens[start].lower_ in ("of", "the"):
            start += 1  # "the Chief of the Joint Command": the title stays out, and so does its "of"
        while start > 0 and tokens[start - 1].is_sent_start and tokens[start - 1].text[:1].isupper() \
                and tokens[start - 1].is_alpha and tokens[start - 1].lower_ not in STARTERS:
            start -= 1  # "Dyck Advisory Group, a ... company": a name may open the sentence
        if tokens[start].is_sent_start and tokens[start].lower_ in STARTERS:
            start += 1
        if low in AND_NAMED_HEADS and start >= 2 and tokens[start - 1].lower_ == "and" \
                and tokens[start - 2].text[:1].isupper() and tokens[start - 2].is_alpha \
                and (tokens[start - 1].ent_iob_ == "I" or start >= 3 and tokens[start - 3].lower_ == "the"
                     and tokens[start - 2].ent_type_ not in ("ORG", "GPE", "PERSON", "NORP")):
            start -= 2  # "the Justice and Development Party": one name with "and" in it
        end = i + 1
        the = 1 if end + 2 < len(tokens) and tokens[end + 1].lower_ == "the" else 0
        if end + 1 + the < len(tokens) and (tokens[end].lower_ in ("for", "of") or tokens[end].lower_ == "on" and low in (
                "committee", "commission", "council", "conference", "tribunal", "court", "forum") or
                                            tokens[end].lower_ == "in" and low in NAMED_WITH_PLACE) \
                and tokens[end + 1 + the].text[:1].isupper() and tokens[end + 1 + the].is_alpha:
            placed = tokens[end].lower_ == "in"
            end += 1 + the  # "International Organization for Migration", "Joint Command of the Armed Forces"
            # "... Mission in Colombia and the Resident Coordinator": another body, not more of the name
            while end < len(tokens) and (tokens[end].text[:1].isupper() and tokens[end].is_alpha
                                         # "Movement for the Self-Determination of Kabylie"
                                         or tokens[end].text == "-" and end + 1 < len(tokens)
                                         and tokens[end + 1].text[:1].isupper() and not tokens[end].whitespace_
                                         or not placed and end + 1 < len(tokens) and (
                                             tokens[end].lower_ in ("the", "of") and (
                                                 tokens[end + 1].text[:1].isupper() or tokens[end + 1].lower_ == "the")
                                             or tokens[end].lower_ == "and" and tokens[end + 1].text[:1].isupper())):
                end += 1
            while tokens[end - 1].lower_ in ("and", "the", "for", "of", "on"):
                end -= 1
        span = doc[start:end]
        if 2 <= len(span) <= 9 and not all(t.ent_type_ == "GPE" for t in span[:-1]):
            subtype = "media" if low in ("news", "media", "radio", "television", "tv", "times", "post", "press", "ledger",
                                         "chronicle", "dispatch", "courier", "telegraph", "inquirer", "sentinel", "bulletin",
                                         "tribune", "herald", "wire", "gazette", "journal", "monitor", "observer",
                                         "daily", "weekly", "magazine", "channel", "broadcasting",
                                         "newswire") else None
            if low == "agency" and i > 0 and tokens[i - 1].lower_ in ("news", "press"):
                subtype = "media"
            if low in BUILDING_HEADS and end == i + 1 and not SPOKEN.match(doc.text, tok.idx + len(tok.text)):
                yield span, "LOC", "facility"  # "Greenfield University was raided": the building
                return
            yield span, "ORG", subtype


def _org_head_first(doc, tokens, i: int, tok, low: str, titles):
    """Finds "Ejército de Liberación Nacional", "Mouvement pour la Renaissance du Cameroun",
    "Defensoría del Pueblo": in French, Spanish and Portuguese the word for the kind of body
    comes first, then its name joined by de, du, pour, la ...
    """
    if not tok.text[:1].isupper() or i + 2 >= len(tokens) or norm_key(tok.text) not in HEAD_FIRST_ORGS:
        return
    k = i + 1
    while k < len(tokens) and k - i <= 11 and (
            tokens[k].text[:1].isupper() and tokens[k].is_alpha or tokens[k].lower_ in ROMANCE_JOINERS
            or tokens[k].text in ("'", "’") or re.fullmatch(r"[dl]['’]\w+", tokens[k].text, re.I)
            or _romance_lower(tokens, i, k)):
        k += 1
    while k > i + 1 and (tokens[k - 1].lower_ in ROMANCE_JOINERS or tokens[k - 1].text in ("'", "’")):
        k -= 1
    span = doc[i:k]
    if len(span) >= 3 and any(t.lower_ in ROMANCE_JOINERS or re.match(r"[dl]['’]", t.lower_) for t in span):
        yield span, "ORG", None


def _romance_lower(tokens, i: int, k: int) -> bool:
    """French, Spanish and Portuguese names capitalise only their first word: "Conseil supérieur de
    la communication", "Volontaires pour la défense de la patrie". A lower-case word belongs to the
    name after a joining word, or as the adjective right after the kind word when a joiner follows."""
    tok = tokens[k]
    if not tok.is_alpha or not tok.text.islower() or tok.lower_ in ENGLISH_STOPS:
        return False
    if tokens[k - 1].lower_ in ROMANCE_JOINERS - {"en", "e", "y", "sa", "ng"}:
        return True
    return k == i + 1 and k + 1 < len(tokens) and tokens[k + 1].lower_ in ROMANCE_JOINERS


ENGLISH_STOPS = {"the", "of", "and", "in", "on", "at", "to", "for", "by", "with", "said", "says", "was", "were", "is",
                 "are", "has", "have", "had", "which", "who", "that", "a", "an", "its", "their", "his", "her"}
# Words for a kind of body that come first in French, Spanish and Portuguese names.
HEAD_FIRST_ORGS = {"mouvement", "movimiento", "movimento", "front", "frente", "ejercito", "exercito", "armee",
                   "fuerzas", "forcas", "forces", "parti", "partido", "ordem", "ordre", "orden", "primeiro", "conselho",
                   "superintendencia", "secretaria", "assembleia", "asamblea", "camara", "chambre", "bataillon", "batallon", "batalhao", "brigade",
                   "brigada", "ministere", "ministerio", "defensoria", "comando", "commandement", "police",
                   "policia", "guardia", "garde", "gendarmerie", "rassemblement", "union", "alianza", "alliance",
                   "coordination", "coordinadora", "groupe", "grupo", "conseil", "consejo", "direction",
                   "direccion", "fiscalia", "procuraduria", "tribunal", "cour", "corte", "comite", "comision",
                   "commission", "organisation", "organizacion", "agence", "agencia", "unidad", "unite", "volontaires",
                   "voluntarios", "milice", "milicia", "sandatahang", "hukbong", "pambansang", "collectif",
                   "colectivo", "coletivo", "association", "asociacion", "associacao", "institut", "instituto",
                   "syndicat", "sindicato", "observatoire", "observatorio", "haut", "alto", "corps",
                   "cuerpo", "servicio", "service", "agrupacion", "ligue", "liga", "coalition", "coalicion",
                   "coligacao", "universidad", "universite", "universidade", "federation", "federacion",
                   "confederation", "confederacion", "convergence", "convergencia", "congres", "congreso"}
ROMANCE_JOINERS = {"de", "del", "de la", "la", "las", "los", "le", "les", "du", "des", "pour", "para", "por", "et",
                   "y", "e", "da", "do", "das", "dos", "en", "ng", "sa", "l", "d", "au", "aux"}


# In this order: where two rules find the same span, the earlier one wins a tie.
def _place_kind_first(doc, tokens, i: int, tok, low: str, titles):
    """Finds "Colonia LeBarón", "Ciudad Juárez", "Port Sudan": a place name that starts with its kind."""
    if low in PLACE_FIRST and tok.text[:1].isupper() and i + 1 < len(tokens) \
            and tokens[i + 1].text[:1].isupper() and tokens[i + 1].is_alpha:
        k = i + 1
        while k < len(tokens) and k - i <= 3 and (tokens[k].text[:1].isupper() and tokens[k].is_alpha
                                                  or tokens[k].lower_ in ("de", "del", "do", "da", "la")):
            k += 1
        while tokens[k - 1].lower_ in ("de", "del", "do", "da", "la"):
            k -= 1
        if not any(t.lower_ in ORG_HEADS or t.lower_ in ORG_OF or t.lower_ in FAC_HEADS for t in tokens[i:k]):
            yield doc[i:k], "LOC", "city"


TOKEN_RULES = (_title_person, _facility_of, _org_of, _armed_body_kind, _placed_village, _org_kind, _vessel,
               _named_by_kind_after,
               _named_facility_lower, _named_by_kind_before, _named_facility, _org_head, _org_head_first,
               _place_kind_first)


@functools.lru_cache(maxsize=1 << 16)
def _token_rules(low: str) -> tuple:
    """The token rules that can fire on a word: each opens only on a word of its own set, so a word that is in
    none of them (most words) is tried by none. Kept in TOKEN_RULES' order."""
    opens = {_title_person: low in person_titles(), _facility_of: low in FAC_FIRST, _org_of: low in ORG_OF,
             _armed_body_kind: low in ARMED_BODY_KINDS, _placed_village: low in PLACING,
             _org_kind: low in ORG_KINDS, _vessel: low in VESSELS or low in VESSEL_PREFIXES,
             _named_by_kind_after: low in PLACE_KINDS or low in AREA_KINDS or low in LOCAL_UNITS,
             _named_facility_lower: low in FAC_HEADS or low in FEATURES or low in ROUTE_HEADS,
             _named_by_kind_before: low in PLACE_KINDS, _named_facility: low in FAC_HEADS,
             _org_head: low in ORG_HEADS, _org_head_first: norm_key(low) in HEAD_FIRST_ORGS,
             _place_kind_first: low in PLACE_FIRST}
    return tuple(rule for rule in TOKEN_RULES if opens[rule])


DATELINE_AGENCY = re.compile(r"\s*(?P<city>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}),\s+[^\n()]{0,40}?"
                             r"\((?P<agency>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\)\s*[-–—]")
# "ERBIL - Ballistic missiles fired from Iran struck ...": a dateline of a city alone, then the story
DATELINE_DASH = re.compile(r"\s*(?P<city>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\s+[-–—]\s")
TOLD_THE = re.compile(r"\b(?:told|telling|tells)\s+the\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})(?![\w'’-])"
                      r"(?!\s+(?:of|for)\s+[A-Z])"
                      # (not "told the Jayapura daily Papua Pagi", "told the British embassy": the name is its modifier)
                      r"(?!\s+(?:daily|weekly|newspaper|paper|news|agency|station|channel|broadcaster|radio|television|tv|"
                      r"embassy|consulate|government|ministry|authorities|court|police|army|military|media|press|outlet|"
                      r"website|magazine|service|committee|parliament|officials?|side|people)\b)")


KIND_WORD_END = re.compile(r"\s(?:party|group|movement|militia|gang|coalition|network|faction)$")
CLAUSE_OPENER = re.compile(r"(?:Whether|While|Whereas|Although|Though|Unless|Because|If|When|Once)\s+(?=[A-Z])")
STATE_AGENCY = re.compile(r"(?:the\s+)?(US|U\.S\.|United States|UK|United Kingdom)\s+(?=(?:[A-Z][\w'’-]*\s+)+?(?:Bureau|"
                          r"Administration|Agency|Department|Command|Service|Office|Commission|Institute)\b)")
OPERATION_NAME = re.compile(r"Operation\s+[A-Z0-9]")
POSSESSOR_END = re.compile(r"(?<![\w'’-])[A-Z][\w-]*['’]s $")
POSSESSED_AFTER = re.compile(r"['’]s [A-Z][\w-]*")
SLASHED_NAMES = re.compile(r"([A-Z][\w'’-]+)/([A-Z][\w'’-]+)")
SPACED_DASH = re.compile(r"\s[-–—]\s")
MINISTER_AFTER = re.compile(r"\s+(?:Minister|Secretary|Ministry)\b")
TIMESTAMP_LABEL = re.compile(r"(?:Updated|Published|Posted|Last updated)\b")
BYLINE_ROLE_END = re.compile(r"\s(?:Correspondents?|Reporters?|Stringer)$")
PATRONYM_OPENER = re.compile(r"(?:Ag|Ould) [A-Z]")


def find_entities(doc, base: int, text: str, matchers) -> list[Ent]:
    """Candidate mentions in one spaCy doc whose text starts at ``base`` in the document."""
    found: list[Ent] = []
    exact_matcher, folded_matcher = matchers
    gaz = gazetteer()
    for matcher in (exact_matcher, folded_matcher):
        for _id, s, e in matcher(doc):
            span = doc[s:e]
            entry = gaz.get(norm_key(span.text))
            if entry is None:
                continue
            if len(span) > 1 and span[-1].lower_ in PLACE_KINDS and span[-1].text.islower():
                continue  # "Egypt's North Sinai province" is a place, not the group "Sinai Province"
            trimmed = False
            while len(span) > 1 and span[-1].text.islower() and span.text not in lower_case_names() and not (
                    span[-1].text in ("movement", "coalition") and span.text in (entry["name"], *entry["aliases"])):
                span, trimmed = span[:-1], True  # "its Amaq news agency": the name is "Amaq"
            if trimmed and (span.text.lower() in countries() or is_place(span.text)):
                continue  # "the Myanmar military", "Tigray forces": the country or region, which the model finds
            # A short all-caps alias must stand as a capitalised word, not be part of another.
            found.append(Ent(base + span.start_char, base + span.end_char, span.text, entry["type"],
                             entry["subtype"], "gazetteer", entry["name"]))
    titles = person_titles()
    tokens = list(doc)
    for i, tok in enumerate(tokens):
        low = tok.lower_.rstrip(".")
        for rule in _token_rules(low):
            for span, kind, subtype in rule(doc, tokens, i, tok, low, titles):
                found.append(Ent(base + span.start_char, base + span.end_char, span.text, kind, subtype, "rule"))
    dtext = doc.text  # spaCy joins its tokens anew at every reading
    for m in itertools.chain(PLACE_LIST.finditer(dtext), PLACE_LIST_NAMED.finditer(dtext)):
        # "in the areas of Chabriha, Borj El Chmali ... and Tayr Harfa", "villages, among them Aila and Akwu"
        for item in re.finditer(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|el|al|de|du|la))*", m.group("list")):
            at = m.start("list") + item.start()
            found.append(Ent(base + at, base + at + len(item.group(0)), item.group(0), "LOC", "city", "rule"))
    for m in PLACED_LIST.finditer(dtext):  # "around Lashio, Hsenwi and Kunlong": one place makes all places
        items = list(LIST_ITEM.finditer(m.group("list")))
        if len(items) >= 2 and not any(w.lower() in MONTH_AND_DAY_NAMES for it in items for w in it.group(0).split()) \
                and any((_tagged_place(doc, m.start("list") + it.start()) or is_place(it.group(0)))
                        and it.group(0).lower() not in peoples() for it in items):
            for item in items:
                if plural_gang(item.group(0)) or item.group(0).lower() in peoples():
                    continue  # "the rivalry between Los Ardillos and Los Tlacos": two gangs; "between Fulani and Dogon"
                if _said_of_person(dtext, m.start("list") + item.start(), m.start("list") + item.end()):
                    continue  # "in Saudabad, Malir, and Nadeem Akhtar was shot dead": the list ended before the man
                at = m.start("list") + item.start()
                found.append(Ent(base + at, base + at + len(item.group(0)), item.group(0), "LOC", "city", "rule"))
    for m in NAME_LIST.finditer(dtext):  # a long list in which most names are known places: the others too
        items = list(LIST_ITEM.finditer(m.group("list")))
        known = [it for it in items if is_place(it.group(0)) and it.group(0).lower() not in MONTH_AND_DAY_NAMES
                 and it.group(0).lower() not in peoples() and norm_key(it.group(0)) not in gazetteer()]
        if len(known) * 3 >= len(items) * 2:
            for item in known:
                at = m.start("list") + item.start()
                found.append(Ent(base + at, base + at + len(item.group(0)), item.group(0), "LOC", "city", "rule"))
    for span, kind in _acronym_spans(doc):
        found.append(Ent(base + span.start_char, base + span.end_char, span.text, kind, None, "rule"))
    for m in _and_places().finditer(dtext):  # "Jammu and Kashmir": one place, whatever the model split
        sub = "country" if m.group(0).lower() in countries() else "region"
        found.append(Ent(base + m.start(), base + m.end(), m.group(0), "LOC", sub, "rule"))
    for m in APPOSITIVE_PERSON.finditer(dtext):
        found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "PERSON", None, "rule"))
    for m in OFFICE_OF_PLACE.finditer(dtext):
        words = m.group(2).split()
        if not is_place(m.group(2)) and not _body_word(words) and not any(
                w.lower() in MONTH_AND_DAY_NAMES | STARTERS for w in words) and m.group(2).lower() not in countries():
            # (a governor, regent, mayor or prefect is always of a place, whether the gazetteer knows it or not)
            if is_place(m.group(1)) or re.match(r"[Gg]overnor|[Rr]egent|[Mm]ayor|[Pp]refect|[Ss]heriff", m.group(0)):
                found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "region", "rule"))
            found.append(Ent(base + m.start(2), base + m.end(2), m.group(2), "PERSON", None, "rule"))
    for m in ONE_NAME_PERSON.finditer(dtext):
        found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "PERSON", None, "rule"))
    for m in NICKNAME.finditer(dtext):  # 'known as "El Marro"': the name a person goes by
        if m.group(1).lower() not in countries() and not is_place(m.group(1)):
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "PERSON", None, "rule"))
    for m in NAMED_BY_EVENT.finditer(dtext):  # "The Bajaur bombing of July 2023": the place of the event
        name = m.group(1)
        if name.split()[0].lower() in MONTH_AND_DAY_NAMES:
            continue  # "The May bombings", "the Sunday attack": when, not where
        if is_place(name) or not (name.isupper() or name.lower() in gazetteer_names() or DEMONYM.search(name)
                                  or any(w.lower() in MONTH_AND_DAY_NAMES | person_titles() for w in name.split())
                                  or _body_word(name.split())):
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "city", "rule"))
    for m in NUMBERED_UNIT.finditer(dtext):  # "the 10th Front", "the 3rd Infantry Division"
        found.append(Ent(base + m.start(), base + m.end(), m.group(0), "ORG", "armed_group"
                         if (m.group(1) or "").lower() == "front" else "military", "rule"))
    for m in re.finditer(r"(?<![\w.])(U\.S\.|U\.K\.|U\.A\.E\.)(?=-[a-z])", dtext):  # "the U.S.-backed SDF": one token
        found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "country", "rule"))
    for m in SOCIAL_X.finditer(dtext):  # "in a post on X": the network, whose name is one letter
        at = m.start(1) if m.group(1) else m.start(2)
        found.append(Ent(base + at, base + at + 1, "X", "ORG", "media", "rule"))
    for m in FOREIGN_LONG_FORM.finditer(dtext):
        if len(m.group(2).split()) >= 2:
            found.append(Ent(base + m.start(2), base + m.end(2), m.group(2), "ORG", None, "rule"))
    for m in HOLDERS_OFFICE.finditer(dtext):
        at = m.start() + (4 if dtext.startswith("The ", m.start()) else 0)
        found.append(Ent(base + at, base + m.end(), dtext[at : m.end()], "ORG", "government", "rule"))
    for m in OFFICE_THEN_NAME.finditer(dtext):
        if not _body_word(m.group(1).split()):
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "PERSON", None, "rule"))
    for m in NAME_THEN_ROLE.finditer(dtext):
        words = m.group(1).split()
        while words and words[0].lower() in STARTERS | {"neither", "nor", "both", "either", "while", "whereas"}:
            words = words[1:]
        if len(words) >= 2 and not any(w.lower() in ORG_HEADS or w.lower() in ORG_OF or w.lower() in PLACE_KINDS
                                       for w in words):
            name = " ".join(words)
            start = m.end(1) - len(name)
            found.append(Ent(base + start, base + m.end(1), name, "PERSON", None, "rule"))
    for m in NAME_THEN_BODY.finditer(dtext):
        words = m.group(1).split()
        while words and words[0].lower() in STARTERS:
            words = words[1:]
        name = " ".join(words)
        if words and not is_place(name) and name.lower() not in countries() and not (
                len(words) == 1 and name.lower() in DISCOURSE_OPENERS) and not any(
                w.lower() in person_titles() or w.lower() in MONTH_AND_DAY_NAMES for w in words):
            start = m.end(1) - len(name)
            found.append(Ent(base + start, base + m.end(1), name, "ORG", None, "rule"))
    for m in PLACE_THEN_PROVINCE.finditer(dtext):  # "in Puerto Jordán, Arauca, ...": the province after the town
        if is_place(m.group(1)):
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "region", "rule"))
    for m in FRONTED_PLACE.finditer(dtext):  # "5.1 In Kharkiv, the governor said ...": the model often misses it
        if is_place(m.group(1)) and m.group(1).lower() not in MONTH_AND_DAY_NAMES | given_names():
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "city", "rule"))
    for m in SAINTS_SITE.finditer(dtext):  # "the Church of St Peter and St Paul": one church, two saints
        found.append(Ent(base + m.start(), base + m.end(), m.group(0), "LOC", "facility", "rule"))
    for m in DATELINE_PAIR.finditer(dtext):  # "NAIROBI/KAMPALA, May 4 (...)": a story filed from two places
        if all(is_place(p) for p in m.groups()):
            for k in (1, 2):
                found.append(Ent(base + m.start(k), base + m.end(k), m.group(k), "LOC", "city", "rule"))
    for m in PLACE_COMMA_COUNTRY.finditer(dtext):
        if m.group(2).lower() in countries():
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "LOC", "city", "rule"))
    for ent in doc.ents:
        mapped = LABELS.get(ent.label_)
        if mapped is None and ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE") \
                and ent.text[:1].isupper() and is_place(ent.text) and ent.text.lower() not in peoples() \
                and ent.start > 0 and doc[ent.start - 1].lower_ in PLACED_BY:
            mapped = ("LOC", "city")  # "near Absard", "including Quneitra": a town the model took for a product
        if mapped is None:
            continue
        kind, subtype = mapped
        if kind == "LOC" and ent.label_ == "GPE" and ent.text.lower() in countries():
            subtype = "country"
        if kind == "LOC" and (ent.text.lower() in person_titles() and ent.end < len(doc) and doc[ent.end].lower_ == "of"
                              or len(ent) >= 3 and ent[0].lower_ in person_titles() and ent[1].lower_ == "of"):
            continue  # "the Fon of Nso", "the Emir of Kano": a ruler's title, not a place (alone or with its domain)
        if kind in ("ORG", "PERSON", "LOC") and STREET_NAMED.match(ent.text):  # (and "Boulevard Moulay Youssef", read as a man)
            kind, subtype = "LOC", "facility"  # "Avenue Habib Bourguiba": a street named after someone, a place
        if kind == "PERSON" and PLACE_SUFFERED.match(dtext, ent.end_char) and norm_key(ent.text) not in gazetteer():
            kind, subtype = "LOC", "city"  # "Panakuach was bombed again overnight": only a place is bombed or shelled
        if ent.label_ == "FAC" and " " not in ent.text and is_place(ent.text) and not is_region(ent.text):
            subtype = "city"  # "north of Mandalay": a town the model took for a building
        elif ent.label_ == "FAC" and " " in ent.text and ent.text.split()[0].lower() in COMPASS and not any(
                w.lower() in FAC_HEADS or w.lower() in ROUTE_HEADS or w.lower() in FEATURES for w in ent.text.split()):
            subtype = "region"  # "near Mandori in Lower Kurram": a district the model took for a building
        if kind == "DATE" and len(ent) == 1 and ent[0].is_alpha and ent.text[:1].isupper() \
                and ent[0].lower_ not in MONTH_AND_DAY_NAMES and ent.start > 0 and doc[ent.start - 1].lower_ in PLACED_BY \
                and is_place(ent.text):
            kind, subtype = "LOC", "city"  # "the naval air station in Turbat": a town the model took for a date
        if kind in ("ORG", "PERSON") and len(ent) == 1 and (ent[0].pos_ in ("VERB", "ADV", "INTJ") or ent[0].pos_ == "ADJ"
                                                             and re.search(r"(?:al|ous|ive|ful|less|ible|able)$", ent.text, re.I)
                                                             # "Groups of young men clashed": a plural noun opening it
                                                             or ent[0].tag_ == "NNS" and ent[0].is_sent_start
                                                             # "Guerrillas ambushed a road-opening party": the model's
                                                             # name is a common noun made capital by the sentence
                                                             or ent[0].is_sent_start and ent[0].lower_ in ACTOR_NOUNS) \
                and norm_key(ent.text) not in gazetteer():
            continue  # "Transcribed from the live feed", "Unofficial translation": a word, not a name
        if kind in ("ORG", "PERSON") and (after := PRODUCT_AFTER.match(dtext, ent.end_char)) is not None \
                and (kind == "PERSON" or after.group(1) or any(c.isdigit() for c in ent.text) or len(ent) == 2) \
                and norm_key(ent.text) not in gazetteer():
            continue  # "a Mitsubishi Delica minivan", "an AR-15-style rifle": a make of vehicle or gun, not a name
            # (but "an FPI car", "a Hamas car bomb": a body's)
        if kind in ("ORG", "PERSON", "LOC") and 2 <= len(ent) <= 3 \
                and COLOURED_MAKE.search(dtext[max(0, ent.start_char - 30) : ent.start_char]) \
                and norm_key(ent.text) not in gazetteer() and not (kind == "LOC" and is_place(ent.text)):
            continue  # "a black Ford Fiesta sped along the shopping street"
        span = _joined(doc, ent) if kind in ("PERSON", "ORG", "LOC") else ent
        if kind == "LOC" and span.end + 1 < len(doc) and doc[span.end].lower_ in ROMANCE_JOINERS:
            for k in range(min(len(doc), span.end + 4), span.end + 1, -1):  # "Valle" + "del Cauca": one department
                if doc[k - 1].text[:1].isupper() and is_place(doc[span.start : k].text):
                    span = doc[span.start : k]
                    break
        if kind == "DATE" and len(span) >= 3 and span[0].text[:1].isupper() and span[0].is_alpha \
                and span.start > 0 and doc[span.start - 1].lower_ in PLACED_BY \
                and span[0].lower_ not in MONTH_AND_DAY_NAMES and span[0].lower_ not in STARTERS and is_place(span[0].text):
            # "a truce for Manbij two days later": the town, then the time
            found.append(Ent(base + span[0].idx, base + span[0].idx + len(span[0].text), span[0].text, "LOC", "city", "ner"))
            span = span[1:]
        if kind in ("LOC", "ORG") and any(t.text == "," for t in span[1:-1]) and norm_key(span.text) not in gaz:
            parts = _listed_names(span, kind)
            if parts is not None:  # "Meta, Guaviare and Caquetá": a list the model took for one name
                for part, part_kind, part_sub in parts:
                    found.append(Ent(base + part.start_char, base + part.end_char, part.text, part_kind, part_sub, "ner"))
                continue
        if kind == "LOC":
            pair = [n for n, t in enumerate(span) if t.lower_ in ("to", "and", "or") and 0 < n < len(span) - 1
                    and span[n - 1].text[:1].isupper() and span[n + 1].text[:1].isupper()]
            if pair and _and_places().fullmatch(span.text):
                pair = []  # "Jammu and Kashmir", "Bosnia and Herzegovina": one place with "and" in its name
            if pair:  # "from Abuja to Kaduna": two places, not one
                for part in (span[: pair[0]], span[pair[0] + 1 :]):
                    found.append(Ent(base + part.start_char, base + part.end_char, part.text, "LOC", subtype, "ner"))
                continue
        if kind == "ORG":
            span = _placed_body(doc, span)
        if kind in ("ORG", "LOC") and len(span) >= 2 and span[-1].lower_ in OF_WORDS:
            span = _of_continued(doc, span)  # "the Law Society of" + "Kenya": the model stopped at "of"
        if kind == "ORG":
            span = _for_continued(doc, span)
        how = "ner"
        entry = gaz.get(norm_key(span.text))
        if entry is not None:  # "Jama'at Nusrat al-Islam wal-Muslimin": a spelling of a known group
            kind, subtype, how = entry["type"], entry["subtype"], "gazetteer"
        elif kind in ("PERSON", "LOC") and any(norm_key(t.text) in GROUP_WORDS for t in span) \
                and not is_place(span.text):  # "Lashkar Gah" is a city
            kind, subtype, how = "ORG", "armed_group", "rule"  # "Jaish al-Adl", "Ahlu Sunna wal Jamaa"
        found.append(Ent(base + span.start_char, base + span.end_char, span.text, kind, subtype, how,
                         entry["name"] if entry else ""))
    # "PESHAWAR, Mar 4 (Meridian) - ...": a wire's dateline names its city and its agency
    # (whatever else a dateline's names were read as: "(Meridian)" is the agency, though a town in Mississippi)
    dateline: list[tuple[re.Match, str, str, str]] = []
    if (bare := DATELINE_DASH.match(dtext)) is not None and is_place(bare.group("city")):
        dateline.append((bare, "city", "LOC", "city"))  # "ERBIL - Ballistic missiles ...": its city alone
    if (line := DATELINE_AGENCY.match(dtext)) is not None:
        dateline += [(line, "city", "LOC", "city"), (line, "agency", "ORG", "media")]
    for m, group, kind, sub in dateline:
        start, end = base + m.start(group), base + m.end(group)
        found = [e for e in found if not (e.start < end and start < e.end)]
        found.append(Ent(start, end, m.group(group), kind, sub, "rule"))
    # "several Syrians told the Observer", "told the Ledger as she sat": what is told with an article is an outlet or
    # a body, not a person
    for m in TOLD_THE.finditer(dtext):
        words = m.group(1).split()
        if words[0].lower() not in person_titles() and m.group(1).lower() not in GENERIC \
                and words[0].lower() not in MONTH_AND_DAY_NAMES and m.group(1).lower() not in countries():
            found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "ORG", "media", "rule"))
    # "Shaeed Woodard and Zindell Brown were dead": a full name paired with a person's is a person
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        for m in (PAIRED_BEFORE.search(dtext, max(0, ent.start_char - 40), ent.start_char),
                  PAIRED_AFTER.match(dtext, ent.end_char)):
            if m is None:
                continue
            span = doc.char_span(m.start(1), m.end(1))
            if span is not None and not any(t.ent_type_ for t in span) and not _body_word(m.group(1).split()) \
                    and not any(w.lower() in person_titles() or w.lower() in STARTERS for w in m.group(1).split()):
                found.append(Ent(base + m.start(1), base + m.end(1), m.group(1), "PERSON", None, "rule"))
    cleaned = []
    for ent in found:
        if ent.type == "DATE":
            cleaned.append(ent)
            continue
        span = clean_span(text, ent.start, ent.end)
        if span is None and ent.how == "gazetteer" and ent.text in lower_case_names():
            span = ent.start, ent.end  # "anti-balaka fighters": a name written in lower case
        if span is None:
            continue
        s, e = span
        surface = text[s:e]
        # (a UN mission's official name runs to 96 characters: "United Nations Multidimensional Integrated
        # Stabilization Mission in the Central African Republic")
        if surface.lower() in GENERIC or (len(surface) < 2 and surface != "X") or len(surface) > 110 \
                or surface.lower() in GENERIC_LOWER and not all(w[:1].isupper() for w in surface.split()) \
                or ent.how == "ner" and surface in capitals_of_common_words(text):
            continue
        kind_word = KIND_WORD_END.search(surface)
        if ent.type == "ORG" and kind_word and ent.how != "gazetteer" and surface[:1].isupper() \
                and len(surface[: kind_word.start()].split()) >= 1 and surface[: kind_word.start()].split()[-1][:1].isupper():
            e = s + kind_word.start()  # "the ruling United Russia party", "the Gran Grif gang": the name is before
            surface = text[s:e]
        if ent.type == "ORG" and ent.how != "gazetteer":
            words = surface.split()
            if MINISTER_AFTER.match(text[e : e + 12]) and words[-1].lower() not in ORG_HEADS:
                continue  # "Union Home Minister Amit Shah": part of a title, not a body
            if len(words) >= 3 and words[0].lower() in person_titles() and words[1].lower() in ("of", "for"):
                continue  # "Minister of Foreign Affairs": an office, not a body
            cut = len(words)
            while cut > 0 and words[cut - 1].lower() in ROLE_TAIL | person_titles():  # "Resident Coordinator": no body
                cut -= 1
            if 0 < cut < len(words) and words[cut - 1].lower() not in ("of", "the", "for", "and"):
                e = s + len(" ".join(words[:cut]))  # "United Nations Humanitarian Coordinator": the body is before
                surface = text[s:e]
            elif cut == 0 or (cut < len(words) and cut <= 1):
                continue
        if ent.type in ("PERSON", "ORG", "LOC") and ent.how != "gazetteer" and _weapon_name(surface):
            continue  # "three Katyusha rockets", "Kalibr cruise missiles", "a Navy Black Hawk": a weapon
        if ent.type in ("PERSON", "ORG", "LOC") and ent.how != "gazetteer" \
                and surface.lower().replace("’", "'") in FAITH_TERMS:
            continue  # "worshippers reciting the Quran", "home for Shabbat": a faith, a scripture or a feast
        if ent.type in ("PERSON", "ORG", "LOC") and ent.how != "gazetteer" and DOC_KIND.search(surface):
            continue  # "Analyst Note | Burkina Faso", "Periodic Review No. 9": a masthead's cells, not names
        if ent.type in ("PERSON", "ORG", "LOC") and ent.how != "gazetteer" and (
                surface.isupper() and surface.lower() in TIME_ZONES or TIMESTAMP_LABEL.match(surface)
                or BYLINE_ROLE_END.search(surface)):
            continue  # "Updated 09:10 EAT", "Our Kandy Correspondent": a page's stamp and byline, not names
        if ent.type == "ORG" and ent.how != "gazetteer" and len(surface.split()) >= 3 and DEMONYM.search(surface.split()[0]) \
                and gazetteer().get(norm_key(surface.split(None, 1)[1]), {}).get("subtype") == "armed_group" \
                and surface.split()[0].lower() not in peoples():
            s += len(surface.split()[0]) + 1  # "the Russian Wagner Group": the group, named without its country
            surface = text[s:e]
        if ent.how == "ner" and CELL_OPENS.search(text, max(0, s - 4), s) and CELL_WORD.fullmatch(surface):
            continue  # "| Ambush on an army convoy |", "| Unclaimed |": a table cell's event word or empty claim, no name
        if OPERATION_NAME.match(surface) and ent.how != "gazetteer":
            continue  # "Operation Shujaa": a named operation is an event, not an actor or a place
        if ent.type == "PERSON" and (any(ch.isdigit() for ch in surface) or surface.isupper() and len(surface) > 3):
            continue
        if ent.type == "LOC" and ent.how == "ner" and len(surface.split()) >= 3 and surface.split()[0].lower() in NAME_TITLES \
                and re.match(r"\s+(?:told|said|says|added|claimed|denied|wrote|warned|announced)\b", text[e:]):
            # "Sheikh Abdiasis Abu Musab told a Somali radio station": a man who speaks, whatever the recogniser made of
            # the title it took for a place's ("Sheikh Zuweid", "Sheikh Othman")
            ent.type, ent.subtype = "PERSON", None
        if ent.type == "PERSON" and " " in surface:
            words = surface.split()
            # a title inside a name is part of it ("Hassan Sheikh Mohamud", "Abdirahman Haji Aden")
            # ("Lieutenant-General Constant Ndima", "Sub-Inspector Ibrahim Mollah": a hyphenated rank is a title too)
            cut = max((i for i, w in enumerate(words[:-1]) if (w.lower().rstrip(".") in person_titles()
                                                                 or w.lower().rstrip(".").split("-")[-1] in person_titles())
                       and not ((i > 0 or len(words) == 2) and w.lower() in NAME_TITLES)
                       and not (i == 0 and w.lower() in NAME_PART_TITLES)), default=-1)
            if cut < 0 and len(words) >= 3 and words[0].isupper() and 2 <= len(words[0]) <= 5:
                cut = 0  # "AIGP Fred Enanga": a rank's initials
            if cut >= 0:  # "Deputy Defence Minister Abdifatah Qasim" -> "Abdifatah Qasim"
                s = s + len(" ".join(words[: cut + 1])) + 1
                surface = text[s:e]
        if ent.type == "ORG" and ent.how == "ner" and len(surface.split()) >= 3 and surface.split()[0].lower() in PORTFOLIOS \
                and re.search(r"\bMinist(?:er|re)\s+(?:of|for)\s+(?:the\s+)?$", text[max(0, s - 30) : s]) \
                and surface.split()[-1].lower() not in ORG_HEADS and surface.split()[-1].lower() not in PORTFOLIOS:
            ent.type, ent.subtype, ent.how = "PERSON", None, "rule"  # "Minister of Territorial Administration Limane
            # Mahamat": the office, then the man who holds it
        if ent.type == "PERSON" and len(surface.split()) >= 3 and surface.split()[0].lower() in PORTFOLIOS:
            words = surface.split()  # "... Communication Technology Zunaid Ahmed Palak": the office ends before
            k = 0
            while k < len(words) - 2 and words[k].lower().rstrip(",") in PORTFOLIOS:
                k += 1
            s += len(" ".join(words[:k])) + 1
            surface = text[s:e]
        lead = CLAUSE_OPENER.match(surface)
        if lead and ent.how != "gazetteer" and len(surface.split()) >= 2:
            s += lead.end()  # "Whether Russia's Africa Corps can hold ...": a clause's first word, not the name's
            surface = text[s:e]
        if ent.type == "PERSON" and ent.how == "ner" and " " not in surface and \
                re.search(r"\b(the|a|an|this|that)\s+(?:\w+\s+)?$", text[max(0, s - 25) : s], re.I):
            continue  # "the security Checkpoint": a capitalised noun, not a person
        if ent.type in ("PERSON", "ORG", "LOC") and surface.split()[0].lower() in ("and", "or", "but", "in", "on"):
            continue
        people = PERSONS_AND.fullmatch(surface) if ent.type in ("ORG", "LOC") and ent.how == "ner" else None
        if people and people.group(2).split()[0].lower() in given_names():
            for k in (1, 2):  # "Prigozhin and Dmitry Utkin": two persons the model read as one body
                cleaned.append(Ent(s + people.start(k), s + people.end(k), people.group(k), "PERSON", None, "rule"))
            continue
        if ent.type == "LOC":
            # ("in Cox's Bazar district", "at King's Cross": a place whose name has a possessive in it, cut there)
            before = POSSESSOR_END.search(text[max(0, s - 30) : s])
            after = POSSESSED_AFTER.match(text[e : e + 30])
            if before and " " not in surface and is_place(before.group(0) + surface):
                s -= len(before.group(0))
            elif after and " " not in surface and is_place(surface + after.group(0)):
                e += after.end()
            surface = text[s:e]
        owner = OWNED.match(surface)
        if owner and not _owner_is_name(owner.group(1)):
            owner = None  # "Tigray People's Liberation Front", "St Mark's Cathedral": one name
        if ent.type == "ORG" and owner and " " in owner.group(1) and owner.group(1).split()[0].lower() in given_names() \
                and ent.how != "gazetteer" and len(surface[owner.end() :].split()) >= 1:
            # "Alexei Navalny's Anti-Corruption Foundation": the person, then the body that is his
            cleaned.append(Ent(s, s + len(owner.group(1)), owner.group(1), "PERSON", None, "rule"))
            s += owner.end()
            surface = text[s:e]
            owner = None
        state = STATE_AGENCY.match(surface)
        if ent.type == "ORG" and ent.how != "gazetteer" and state is not None and owner is None:
            # "the United States Federal Bureau of Investigation": the country, then its agency
            cleaned.append(Ent(s + state.start(1), s + state.end(1), state.group(1), "LOC", "country", "rule"))
            s += state.end()
            surface = text[s:e]
        if ent.type == "ORG" and owner and owner.group(1).lower() in countries() | {"us", "u.s.", "uk"}:
            # "Iran's Islamic Revolutionary Guard Corps": the country, then the body, whose name it is not part of
            cleaned.append(Ent(s, s + len(owner.group(1)), owner.group(1), "LOC", "country", "rule"))
            s += owner.end()
            surface = text[s:e]
        elif ent.type in ("LOC", "ORG") and owner and ent.how != "gazetteer" and is_place(owner.group(1)) \
                and len(surface[owner.end() :].split()) >= 2:
            # "Karachi's Jinnah International Airport": the city, then the place in it
            cleaned.append(Ent(s, s + len(owner.group(1)), owner.group(1), "LOC", "city", "rule"))
            s += owner.end()
            surface = text[s:e]
        elif ent.type == "ORG" and owner and ent.how != "gazetteer" and (
                (entry := gazetteer().get(norm_key(owner.group(1)))) is not None
                or owner.group(1).split()[-1].lower() in OWNING_FORCES):
            # "the Islamic State's Amaq agency", "the Indian Army's Spear Corps": two bodies, the owner and its own
            cleaned.append(Ent(s, s + len(owner.group(1)), owner.group(1), entry["type"] if entry else "ORG",
                               entry["subtype"] if entry else None, "rule"))
            s += owner.end()
            surface = text[s:e]
        patronym = re.search(r"(?<![\w'’-])([A-Z][\w'’-]+) $", text[max(0, s - 24) : s]) \
            if ent.type in ("PERSON", "ORG", "LOC") and PATRONYM_OPENER.match(surface) else None
        if patronym is not None and patronym.group(1).lower() not in STARTERS:
            s -= len(patronym.group(1)) + 1  # "Bilal" + "Ag Acherif": the given name before the patronymic
            ent.type, ent.subtype, ent.how = "PERSON", None, "rule"
            surface = text[s:e]
        if ent.type in ("PERSON", "ORG", "LOC"):
            s, e = _glued(text, s, e)
            article = LEADING_ARTICLE.search(text, max(0, s - 4), s)
            if article is not None and not surface.lower().startswith(("al-", "al ", "el-", "el ")):
                s = article.start()  # "the mostly Shi'ite al-Shaab area": the article is part of the name
                head = re.search(r"(?<=[a-z,] )([A-Z][a-z]+) $", text[max(0, s - 16) : s])
                if head is not None and head.group(1).lower() not in STARTERS | person_titles() | MONTH_AND_DAY_NAMES:
                    s -= len(head.group(1)) + 1  # "the Bab el-Mandeb strait", "Deir el-Balah"
            elif ent.type == "PERSON" and re.search(r"(?:^|[\s(])Pope $", text[max(0, s - 6) : s]):
                s -= 5  # "Pope Francis", "Pope Tawadros II": a pope is named with the title
            elif ent.type in ("PERSON", "ORG") and (street := STREET_FIRST.search(text, max(0, s - 12), s)) is not None:
                s = street.start()  # "Avenue Habib Bourguiba", "Rua Augusta": a street named after someone
                ent.type, ent.subtype, ent.how = "LOC", "facility", "rule"
            surface = text[s:e]
        slash = SLASHED_NAMES.fullmatch(surface) if ent.how != "gazetteer" else None
        if slash and all(is_place(p) for p in slash.groups()):  # "KAMPALA/MOGADISHU, June 3": filed from two places
            for k in (1, 2):
                cleaned.append(Ent(s + slash.start(k), s + slash.end(k), slash.group(k), "LOC", "city", "rule"))
            continue
        pair = PLACE_PAIR.fullmatch(surface) if ent.type in ("PERSON", "ORG", "LOC") and ent.how != "gazetteer" else None
        if pair and all(is_place(p) and p.lower() not in COMPASS for p in pair.groups()) \
                and (" - " in surface or ROUTE_AFTER.match(text, e)):
            # "the Jos-Bokkos road", "PLATEAU - Bokkos": two places, not one name
            for k in (1, 2):
                cleaned.append(Ent(s + pair.start(k), s + pair.end(k), pair.group(k), "LOC", "city", "rule"))
            continue
        dash = SPACED_DASH.search(surface) if ent.type in ("PERSON", "ORG", "LOC") else None
        if dash and ent.how != "gazetteer":
            # "ERBIL - Ballistic missiles ...": a dateline, then the story; the name ends at the dash
            e = s + dash.start()
            surface = text[s:e]
            if surface.isupper() and is_place(surface):
                ent.type, ent.subtype = "LOC", "city"
            elif surface.isupper() or not all(w[:1].isupper() for w in surface.split()):
                continue  # "HIGHLIGHTS - The RSF ...", "Easter services - St Anthony's": no name before the dash
        ent.start, ent.end, ent.text = s, e, surface
        if ent.how == "ner":
            _retype(ent, text)
        if ent.type == "PERSON" and surface.lower().removeprefix("the ") in countries():
            ent.type, ent.subtype = "LOC", "country"  # "the United Arab Emirates, a leading member of ...": a country
        elif ent.type == "PERSON" and " " in surface and surface.split()[-1].lower() in ("college", "university",
                                                                                         "school", "academy", "institute"):
            ent.type, ent.subtype = "ORG", None  # "Dr Mahbubur Rahman Mollah College": named after a man, a college
        if ent.how != "gazetteer" and ent.type in ("ORG", "PERSON") and _people_word(surface, s, e, text):
            ent.type, ent.subtype = "NORP", None  # "Fulani herders", "the main Anglophone opposition party"
        elif ent.how == "ner" and ent.type == "ORG" and " " not in surface and not surface.isupper() \
                and DEMONYM.search(surface) and surface.lower() not in gazetteer_names():
            ent.type, ent.subtype = "NORP", None  # "Guatemalan", "Tigrayan", "Hazaras": a people, not a body
        elif ent.how == "ner" and ent.type == "LOC" and " " not in surface and surface.lower() not in countries() and (
                not is_place(surface) and FAITH_NOUN.match(text, e)
                # "the mainly Christian district of Ashrafiyeh", though a gazetteer knows a place called Christian
                or MOSTLY_BEFORE.search(text, max(0, s - 20), s) and PEOPLED_PLACE.match(text, e)):
            ent.type, ent.subtype = "NORP", None  # "a Sikh temple", "the Druze town", "Mormon families"
        pair = PLACES_AND.fullmatch(surface) if ent.type in ("PERSON", "LOC") and ent.how in ("ner", "rule") else None
        if pair and all(is_place(p) for p in pair.groups()) and not _and_places().fullmatch(surface):
            for k in (1, 2):  # "Tibú and Ocaña", "Saravena and Arauca": two places the model read as one name
                cleaned.append(Ent(s + pair.start(k), s + pair.end(k), pair.group(k), "LOC", "city", "rule"))
            continue
        if ent.how != "gazetteer" and ent.type in ("PERSON", "ORG", "LOC") and surface in languages() \
                and not re.match(r"\s+(?:region|state|province|district|county|city|town|zone)\b", text[e : e + 12]):
            ent.type, ent.subtype = "NORP", None  # "said in Hausa", "Pashto and Dari": a language
        if ent.type == "LOC" and surface in demonyms() and (NATION_AFTER.match(text, e) or re.match(
                r"\s+(?:[a-z-]+\s+)?(?:city|town|village|capital|port|police|army|forces|troops)\b", text[e : e + 24])
                # "Palestinian medical sources reported casualties": an adjective before the words it qualifies
                or ADJECTIVE_BEFORE.match(text, e)):
            # "the southern Kazakh city of Taraz", "Uzbek riot police": the country's adjective, whatever its ending
            # and even where a place bears the same name (Qazax, "Kazakh", in Azerbaijan)
            ent.type, ent.subtype = "NORP", None
        cleaned.append(ent)
    return _whole_person_names(cleaned, text)


# "Alexei Navalny's Anti-Corruption Foundation", "Karachi's Jinnah Airport", "IRGC's Quds Force": a name with its owner
OWNED = re.compile(r"([A-ZÀ-Ý][\w.'’-]*?(?:\s+[A-ZÀ-Ý][\w-]*){0,3})['’]s\s+(?=[A-ZÀ-Ý])")
OWNING_FORCES = {"army", "forces", "force", "police", "navy", "guard", "guards", "corps", "state", "ministry", "government"}
# the words before "'s" inside one name: "People's Army", "Children's Fund", "Prosecutor's Office", "St Mark's"
OWN_NAME_WORDS = {"people", "peoples", "children", "women", "men", "workers", "ombudsman", "prosecutor", "spokesperson",
                  "spokesman", "general", "minister", "president", "governor", "mayor", "attorney", "defender",
                  "commissioner", "secretary", "chief", "farmers", "martyrs", "mothers", "veterans", "youth", "nation",
                  "sailors", "soldiers", "students", "citizens", "lord", "god", "king", "queen", "prophet", "cox"}


# where a capital is only a sentence's or an item's: after a full stop, at a line's start, after a list mark,
# a heading's hashes, a paragraph's number, bold stars or an opening quote
_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n[ \t]*(?:[-*•#>]+[ \t]*|\d+(?:\.\d+)*\.?[ \t]+)?|\*\*|[\"“(‘'][ \t]*|\|[ \t]*)$")


@functools.lru_cache(maxsize=4)
def capitals_of_common_words(text: str) -> frozenset[str]:
    """Words written with a capital only where a sentence or an item opens, and in lower case elsewhere in the
    same text: "Drones struck the parade" where "the drones" follows, "Parliament" opening a line of a text that
    says "parliament". No name: a name keeps its capital wherever it stands."""
    lower, opening, inside = set(), set(), set()
    for m in re.finditer(r"(?<![\w'’-])[A-Za-z][a-z'’-]*(?![\w'’-])", text):
        word = m.group(0)
        if word[0].islower():
            lower.add(word)
        elif _OPENING.search(text, max(0, m.start() - 12), m.start()):
            opening.add(word)
        else:
            inside.add(word)
    return frozenset(w for w in opening - inside if w.lower() in lower)


def _owner_is_name(before: str) -> bool:
    """Can the part before "'s" be a name of its own, not a word of the name ("People's", "St Mark's")?"""
    words = before.split()
    return words[-1].lower() not in OWN_NAME_WORDS and words[0].lower().rstrip(".") not in SAINT_WORDS


SAINT_WORDS = {"st", "saint", "san", "santa", "sainte"}


PERSONS_AND = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) and ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})")
FRONTED_PLACE = re.compile(r"(?:^|[.!?]\s+)(?:[-*]\s+)?(?:\d+(?:\.\d+)*\.?\s+)?(?:In|At|Near|Outside|Around)\s+"
                           r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,", re.M)
SAINTS_SITE = re.compile(r"\b(?:Church|Cathedral|Basilica|Chapel|Monastery|Abbey|Parish|Shrine)\s+of\s+(?:St\.?|Saint|"
                         r"Saints|Sts\.?)\s+[A-Z][\w'’-]+\s+and\s+(?:St\.?|Saint)\s+[A-Z][\w'’-]+")
# "a Kia sedan", "AK-47 rifles", "an AR-15-style rifle": what follows a make of vehicle or gun
PRODUCT_AFTER = re.compile(r"(-style|-type)?\s+(?:minivans?|vans?|pick-?ups?|sedans?|SUVs?|trucks?|lorry|lorries|cars?|"
                           r"motorcycles?|(?:assault\s+)?rifles?|pistols?|handguns?|shotguns?|carbines?)\b")
# "A white Chevrolet Malibu smashed through a barricade": a car told by its colour and make, no one's name
COLOURED_MAKE = re.compile(r"\b(?:an?|the)\s+(?:white|black|silver|grey|gray|red|blue|green|beige|brown|yellow|"
                           r"dark|light|dark-coloured|light-coloured)\s+$", re.I)
DATELINE_PAIR = re.compile(r"^\W*([A-Z][A-Z'’-]+)/([A-Z][A-Z'’-]+),", re.M)
STREET_WORDS = "Avenue|Rue|Boulevard|Avenida|Calle|Rua|Jalan|Plaza|Praça|Piazza|Ulitsa|Prospekt"
STREET_FIRST = re.compile(r"(?<![\w'’-])(?:" + STREET_WORDS + r"|Place|Via)(?: (?:de la|de|du|des|del|da|do))? $")
CELL_OPENS = re.compile(r"\|[ \t]*$")
CELL_WORD = re.compile(r"(?:Ambush|Attack|Raid|Clash(?:es)?|Bombing|Shelling|Air\s*strikes?|Explosion|Blast|Suicide|"
                       r"Gunmen|Abduction|Kidnapping|Killing|Protests?|Riots?|Arrests?|Assault|Strikes?|Massacre|"
                       r"Unclaimed|Unknown|None|Unattributed|Disputed|Denied|Suspected)")
STREET_NAMED = re.compile(r"(?:" + STREET_WORDS + r")\s+[A-Z]")  # (not "Place", "Via": words that open other names)
LEADING_ARTICLE = re.compile(r"(?<![\w'’-])(?:al|Al|el|El)(?:-| (?=[A-Z]))$")
PAIRED_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ'’-]+ [A-ZÀ-Ý][a-zà-ÿ'’-]+) and $")
PAIRED_AFTER = re.compile(r" and ([A-ZÀ-Ý][a-zà-ÿ'’-]+ [A-ZÀ-Ý][a-zà-ÿ'’-]+)(?![\w'’-]| [A-Z])")
NAMED_BY_EVENT = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:bombings?|attacks?|massacre|raid|"
                            r"siege|blasts?|strike|ambush|shooting|killings|explosions?)\b")
NUMBERED_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,2}(Front|Brigade|Battalion|Division|Army|"
                           r"Corps|Regiment|Fleet|Squadron|Company)\b|"
                           # "Detachment 88", "Task Force 373": a unit named by its number
                           r"\b(?:[A-Z][a-z]+\s+)?(Detachment|Brigade|Battalion|Division|Regiment|Squadron|Unit|Force)\s+"
                           r"\d{1,4}\b(?!\s*(?:people|killed|soldiers|men|troops|dead))")
# Buildings annotators name as bodies, attacked or not: "Greenfield University" (113 times in the gold reports against
# 50 as a building); still where an attack on them happened (see incidents._location_in)
BODY_BUILDING_HEADS = {"university"}
BUILDING_HEADS = {"college", "school", "museum", "penitentiary", "prison", "jail", "hospital", "clinic",
                  "bakery", "academy", "seminary", "madrasa", "madrassa", "polytechnic", "cathedral", "church", "mosque",
                  "hotel"}
DEMONYM = re.compile(r"(?:an|ans|ian|ians|ien|iens|ienne|ese|ish|i|is|as|un|uns)$")  # "Nigerien", "Ivoirien"
NOT_A_GIVEN_NAME = STARTERS | {"mr", "mrs", "ms", "dr", "said", "says", "told", "then", "now", "yesterday", "today",
                               "president", "leader", "general", "colonel", "police", "army", "minister",
                               "staff"} | \
    MONTH_AND_DAY_NAMES
OFFICE_ENDINGS = ("er", "or", "man", "ce", "ent", "ion", "ary", "ist", "ate", "ity", "ic", "al")  # "Ombudsman", "Defence"
# "On 31 May, ", "In March 2022, ": a date that opens a sentence, then a comma
_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + ")"
DATE_OPENER = re.compile(rf"(?:[.!?]\s+|^|\n)(?:(?:On|In|By|Late|Early)\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?)"
                         r"(?:,?\s+\d{4})?,\s+\Z")
# (one space, then the very end: "$" would also match before a last newline and take the end of a heading)
GIVEN_BEFORE = re.compile(r"(?:^|[\s(“\"‘'])([A-ZÀ-Ý][a-zà-ÿ'’]+) \Z")


NAME_PARTICLE = re.compile(r" (?:da|do|dos|das|de|del|du|van|von|der|ez|es|el) ")


def _whole_person_names(ents: list[Ent], text: str) -> list[Ent]:
    """Four-part names the model cut in two ("José Adolfo" + "Macías Villamar") are one name, and a
    given name the model left out before a surname pair ("Adil" before "Ahmad Dar") is part of it."""
    gone: set[int] = set()
    ordered = sorted((e for e in ents if e.type != "DATE"), key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        # "Maxciel Pereira" + "dos" + "Santos", "Atalaia" + "do" + "Norte": one name the model cut at its particle
        if id(a) not in gone and a.type in ("PERSON", "LOC") and b.type in ("PERSON", "LOC", "ORG") \
                and a.how != "gazetteer" and b.how != "gazetteer" \
                and NAME_PARTICLE.fullmatch(text[a.end : b.start]) \
                and b.text[:1].isupper() and len(b.text.split()) <= 2:
            a.end, a.text = b.end, text[a.start : b.end]
            gone.add(id(b))
    ordered = [e for e in ordered if id(e) not in gone]
    for a, b in itertools.pairwise(ordered):
        if b.type == "PERSON" and a.type in ("LOC", "ORG", "NORP") and a.how == "ner" and " " not in a.text \
                and a.text.lower() in given_names() and text[a.end : b.start] == " " and " " not in b.text:
            b.start, b.text = a.start, text[a.start : b.end]  # "Natalia" (a place?) + "Babachenko": one person
            gone.add(id(a))
    taken_at = [(e.start, e.end) for e in ents if e.type != "DATE"]
    for e in ordered:
        # "Ilya" + "Ponomarev" (an organisation?): a surname after a given name is a person
        if id(e) in gone or e.how != "ner" or e.type not in ("ORG", "LOC") or " " in e.text or e.text.isupper() \
                or e.text.lower() in countries() or is_place(e.text) or _body_word([e.text]):
            continue
        m = GIVEN_BEFORE.search(text[max(0, e.start - 20) : e.start])
        if m is None or m.group(1).lower() not in given_names() or m.group(1).lower() in person_titles():
            continue
        at = e.start - len(m.group(1)) - 1
        if any(s <= at < t for s, t in taken_at):
            continue
        e.start, e.text, e.type, e.subtype, e.how = at, text[at : e.end], "PERSON", None, "rule"
    persons = sorted((e for e in ents if e.type == "PERSON" and e.how == "ner" and id(e) not in gone),
                     key=lambda e: e.start)
    for a, b in itertools.pairwise(persons):
        if id(a) not in gone and text[a.end : b.start] == " ":
            if a.text.split()[-1].lower() in person_titles() and len(a.text.split()) >= 2:
                gone.add(id(a))  # "Garissa Governor" + "Ali Korane": the holder, not his office
                continue
            a.end, a.text = b.end, text[a.start : b.end]
            gone.add(id(b))
    _third_parts(ents, text, gone)
    others = [e for e in ents if e.type != "DATE" and e.type != "PERSON" and id(e) not in gone]
    for e in persons:
        if id(e) in gone:
            continue
        m = GIVEN_BEFORE.search(text[max(0, e.start - 20) : e.start])
        if m is None:
            continue
        word = m.group(1)
        at = e.start - len(word) - 1
        # the name opens its sentence, or follows the date that opens it ("On 31 May, Rajni Bala, ...")
        opens = re.search(r"(?:[.!?]\s+|^|\n)$", text[max(0, at - 3) : at]) or DATE_OPENER.search(text[max(0, at - 40) : at])
        # "Hachalu Hundessa, the singer, ...": an opening name of which the model took only the surname
        if " " not in e.text and not (re.match(r"\s*,", text[e.end : e.end + 2]) and opens):
            continue
        low = word.lower()
        known = low in given_names()  # "Satish", "Bilal": a given name, whatever its ending or the model's tag
        under = [o for o in others if o.start <= at < o.end]
        if known and len(under) == 1 and under[0].how == "ner" and (under[0].start, under[0].end) == (at, at + len(word)):
            gone.add(id(under[0]))  # "Satish" (a people?) + "Kumar Singh": one person
            under = []
        if low in NOT_A_GIVEN_NAME or low in person_titles() or low in countries() or low in ROLE_TAIL | PORTFOLIOS \
                or low in ORG_HEADS or under or not known and (
                    low.endswith(OFFICE_ENDINGS) or re.search(r"(?:an|ese|ish|ian|i)$", low) and not opens):
            continue
        e.start, e.text = at, text[at : e.end]
    return [e for e in ents if id(e) not in gone]


def _stray_name_part(word: str) -> bool:
    """Could ``word``, a capitalised word beside a person's name, be one more part of it?"""
    low = word.lower()
    return word[:1].isupper() and not word.isupper() and " " not in word and low not in countries() \
        and not is_place(word) and low not in gazetteer_names() and low not in person_titles() \
        and low not in MONTH_AND_DAY_NAMES and low not in ORG_HEADS and low not in NOT_A_GIVEN_NAME \
        and low not in peoples() and low not in ROLE_TAIL | PORTFOLIOS and not DEMONYM.search(low)


def _third_parts(ents: list[Ent], text: str, gone: set[int]) -> None:
    """A three-part name the model cut after two parts or before the last two: "Salvador Cienfuegos" + "Zepeda"
    (a place?), "Kim Levengrond" + "Yehezkel" (nothing), "Maiwada" (a place?) + "Raphael Galadima"."""
    live = sorted((e for e in ents if e.type != "DATE" and id(e) not in gone), key=lambda e: e.start)
    for k, e in enumerate(live):
        if e.type != "PERSON" or e.how != "ner" or len(e.text.split()) != 2 or id(e) in gone:
            continue
        before = live[k - 1] if k else None
        if before is not None and before.how == "ner" and before.type in ("LOC", "ORG", "NORP") \
                and id(before) not in gone and text[before.end : e.start] == " " and _stray_name_part(before.text) \
                and re.search(r"(?:^|,\s|\n)$", text[max(0, before.start - 2) : before.start]):
            e.start, e.text = before.start, text[before.start : e.end]
            gone.add(id(before))
            continue
        m = re.match(r" ([A-Z][\w'’-]+)(?=[,.;)]|\s+and\s)", text[e.end : e.end + 40])
        if m is None or not (_stray_name_part(m.group(1)) or m.group(1) in ("I", "II", "III", "IV")):
            continue
        at, end = e.end + 1, e.end + m.end()
        after = live[k + 1] if k + 1 < len(live) else None
        if after is not None and after.start < end:
            if (after.start, after.end) != (at, end) or after.how != "ner" or after.type not in ("LOC", "ORG", "NORP"):
                continue
            gone.add(id(after))
        e.end, e.text = end, text[e.start : end]


PEOPLE_NOUNS = re.compile(r"\s+(?:\([^)]{1,20}\)\s+)?(?:[a-z]+\s+)?(?:herders?|communit(?:y|ies)|people|villagers?|"
                          r"civilians?|fighters?|militias?|men|women|youths?|opposition|party|parties|groups?|"
                          r"population|minority|majority|areas?|regions?|separatists?|leaders?|elders?|clans?|tribes?|"
                          r"settlements?|villages?|traders?)\b")


def _people_word(surface: str, start: int, end: int, text: str) -> bool:
    """A people's or a language group's name used as a word for them ("ethnic Fulani", "Fulani
    (Peul) communities", "the Anglophone opposition"), not an organisation."""
    if " " in surface or surface.isupper() or surface.lower() in gazetteer_names():
        return False
    if re.match(r"\s+(?:women|men|children|families|villagers|herders|worshippers|pilgrims|community|communities|"
                r"minority|elders|refugees)\b", text[end : end + 16]) and surface.lower() not in countries():
        return True  # "dozens of Hazara women"
    if not re.search(r"(?:an|ese|ish|i|ic|phone|ite)$", surface.lower()):
        return False
    return bool(PEOPLE_NOUNS.match(text, end) or re.search(r"\bethnic\s+$", text[max(0, start - 10) : start]))


# ("Clichy-sous-Bois", "Stratford-upon-Avon", "Pagny-sur-Moselle": the joining words of French and English names)
GLUED_AFTER = re.compile(r"(?:[-‐](?:[a-zà-ÿ]{1,4}[-‐])*[A-ZÀ-Ý][\w'’]*)+")
EZAFE_END = re.compile(r"[-‐](?:e|i|ye|ul|ol|al|el|ud|ad|ur|ush|ash)$")
GLUED_BEFORE = re.compile(r"(?:[A-Z][\w'’]*[-‐](?:[a-zà-ÿ]{1,4}[-‐])*)+$")
# the Arabic article in its assimilated forms, glued to the word after it: "Deir ez-Zor", "Ras es-Sour"
_ASSIMILATED = r"(?:ez|es|ed|et|en|er|esh|eth|adh|az|as|ad|at|an|ar|ash|ath|ud|us|un|ur)"
ARTICLE_JOINED_AFTER = re.compile(r" " + _ASSIMILATED + r"[-‐][A-ZÀ-Ý][\w'’]*")
ARTICLE_JOINED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’]* " + _ASSIMILATED + r"[-‐]$")


COMPASS = {"centre", "center", "central", "nord", "sud", "est", "ouest", "north", "south", "east", "west", "upper",
           "lower", "norte", "sur", "este", "oeste"}  # "the Centre-Nord corridor" is one region's name
COMPASS_WORDS = COMPASS | {"northern", "southern", "eastern", "western"}  # "Central Sulawesi", "Northern Kivu"
FAITH_NOUN = re.compile(r"\s+(?:temples?|church(?:es)?|mosques?|gurdwaras?|shrines?|women|men|families|communit(?:y|ies)|"
                        r"worshippers|pilgrims|minority|majority|militias?|faith|clergy|leaders|town|villages?)\b")
# "the mainly Christian district", "a predominantly Shia area": an adjective of the people who live there
MOSTLY_BEFORE = re.compile(r"\b(?:mainly|mostly|largely|predominantly|overwhelmingly|majority)[\s-]+$", re.I)
PEOPLED_PLACE = re.compile(r"\s+(?:districts?|areas?|neighbou?rhoods?|quarters?|suburbs?|towns?|villages?|cities|city|regions?)\b")
PLACES_AND = re.compile(r"([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?) and ([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")
ROUTE_AFTER = re.compile(r"\s+(?:and\s+[\w-]+\s+)?(?:road|roads|highway|axis|route|corridor|railway|railroad|line|"
                         r"train|expressway|motorway|border|pipeline|flight|bus|convoy)\b", re.I)
PLACE_PAIR = re.compile(r"([A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’]+)?)\s?[-‐–]\s?([A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’]+)?)")


# "Nioro du Sahel", "Santo Domingo de Acobamba": a name joined to a known one by a Romance particle
PARTICLE_JOINED = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’]+)?) (?:du|de|des|del) $")


def _glued(text: str, s: int, e: int) -> tuple[int, int]:
    """A name cut at a hyphen is whole again: "Mazar-e-Sharif", "Pont-Sondé", "Croix-des-Bouquets",
    and a Persian ezafe runs on to the next word: "Sar-e Kariz", "Kawsar-e Danish".

    Every join needs a hyphen at or a few letters from the cut, so each pattern is tried only where
    one is (most names have none: this runs for every name found)."""
    if text[e : e + 1] in HYPHENS and text[e - 1 : e].isalpha():
        m = GLUED_AFTER.match(text, e)
        if m:
            e = m.end()
    tail = re.match(r"[-‐](?:e|i|ye|ul|ol|al|el|ud|ad|ur) [A-Z][\w'’-]+", text[e : e + 40]) \
        if text[e : e + 1] in HYPHENS else None
    if tail and text[e - 1 : e].isalpha():
        e += tail.end()  # "Mazar" + "-e Sharif"
    elif _hyphen_in(text[max(s, e - 4) : e]) and EZAFE_END.search(text[s:e]):
        nxt = re.match(r" ([A-Z][\w'’-]+)", text[e : e + 40])
        if nxt:
            e += nxt.end()
    if _hyphen_in(text[max(0, s - 5) : s]):
        ezafe = re.search(r"(?<![\w-])[A-Z][\w'’]*[-‐](?:e|i|ye|ul|ol|al|el|ud|ad|ur) $", text[max(0, s - 30) : s])
        if ezafe:
            s -= len(ezafe.group(0))  # "Mazar-e Sharif"
    if text[e : e + 1] == " " and _hyphen_in(text[e + 2 : e + 6]) and text[e - 1 : e].isalpha():
        article = ARTICLE_JOINED_AFTER.match(text, e)
        if article:
            e = article.end()  # "Deir" + " ez-Zor": one name, its article glued to the second word
    if text[s - 1 : s] in HYPHENS and s > 0 and text[s : s + 1].isupper():
        article = ARTICLE_JOINED_BEFORE.search(text[max(0, s - 30) : s])
        if article:
            s -= len(article.group(0))  # "Deir ez-" + "Zor"
    if text[s - 1 : s] in HYPHENS and s > 0:
        before = GLUED_BEFORE.search(text[max(0, s - 40) : s])
        if before and (s - len(before.group(0)) == 0 or not text[s - len(before.group(0)) - 1].isalnum()):
            s -= len(before.group(0))
    if s >= 5 and " d" in text[s - 5 : s]:  # (a cheap look first: most names follow no particle)
        joined = PARTICLE_JOINED.search(text, max(0, s - 30), s)
        words = joined.group(1).split() if joined else []
        while words and words[0].lower() in STARTERS:
            words.pop(0)  # ("In Nioro du Sahel": the sentence's first word is no part of the name)
        if words:
            s = joined.end(1) - len(" ".join(words))  # "Nioro du" + "Sahel": one town, the model having read the region
    return s, e


# faiths, scriptures and feasts: no person, body or place ("the Quran", "Shabbat", "Milad", "Durga Puja")
FAITH_TERMS = frozenset({"islam", "christianity", "hinduism", "buddhism", "judaism", "sikhism", "quran", "koran", "qur'an",
                         "bible", "torah", "sharia", "shabbat", "sabbath", "ramadan", "eid", "milad", "easter",
                         "christmas", "diwali", "passover", "yom kippur", "ashura", "muharram", "holi", "durga puja",
                         "hanukkah", "lent", "good friday", "navratri"})
HYPHENS = ("-", "‐")


def _hyphen_in(window: str) -> bool:
    return "-" in window or "‐" in window


@functools.cache
def demonyms() -> dict[str, str]:
    """A country's adjective and its country: "Kazakh" -> "Kazakhstan", "Dutch" -> "Netherlands"."""
    return load_json("gazetteers", "demonyms.json")["demonyms"]


@functools.cache
def languages() -> frozenset[str]:
    return frozenset(load_json("gazetteers", "languages.json")["languages"])


# "**Kizlyar twin bombing.** On 31 March, ...", "2.1 **Convoy attack, 21 November.** Gunmen ...", "**23 March,
# Likoni.** Gunmen burst into ...": a bold label run in before the first sentence of its paragraph
RUN_IN_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\d+(?:\.\d+)*\.?[ \t]+)?\*\*(?P<label>[^*\n]{2,80}?)\*\*(?=[ \t]*\S)")


def dated_label(text: str, at: int, *, month: bool = False) -> re.Match[str] | None:
    """The bold dated label that runs in before an item's text on the line at `at` (not a masthead's
    "Publisher | Series | 3 May 2023", nor "Published 2 May"); with `month`, a month is date enough ("Late
    November, Garmsir")."""
    m = RUN_IN_LABEL.match(text, at)
    if m is None or "|" in m.group("label") \
            or DAY_OF_MONTH.search(m.group("label")) is None \
            and not (month and names_month(m.group("label"))) \
            or re.match(r"\s*(?:Published|Issued|Date|Coverage|Period|Updated)\b", m.group("label")):
        return None
    return m


def _in_dated_label(ent: Ent, text: str) -> bool:
    """Whether the name stands in a bold dated label that runs in before its item's text."""
    m = dated_label(text, text.rfind("\n", 0, ent.start) + 1)
    return m is not None and m.start("label") <= ent.start and ent.end <= m.end("label")


# the common nouns of those who do violence: never a name, even capitalised at a sentence's start
ACTOR_NOUNS = frozenset({"guerrillas", "guerrilla", "gunmen", "gunman", "militants", "militant", "insurgents",
                         "insurgent", "rebels", "rebel", "fighters", "attackers", "assailants", "jihadists",
                         "extremists", "terrorists", "separatists", "bandits", "raiders", "kidnappers", "abductors",
                         "pirates", "vigilantes", "militiamen", "tribesmen", "soldiers", "troops", "policemen",
                         "protesters", "demonstrators", "rioters", "mobs", "assailant", "attacker", "bombers",
                         "bomber", "snipers", "sniper", "commandos", "paramilitaries"})


# the words before a name that make it a place, whatever the model read
PLACE_CONTEXT = re.compile(r"(?:\b(?:strikes?|airstrikes?|attacks?|raids?|assaults?|shelling|bombing|bombardment|"
                           r"offensive)\s+(?:on|against)\s+(?:the\s+)?|"
                           r"\b(?:towns?|villages?|cities|areas?|bases|camps|districts|airports|places|localities|"
                           r"neighbou?rhoods|settlements)\s*,?\s+(?:such\s+as|including|like)\s+|"
                           r"\bbetween\s+|"
                           # "the mountain resort of Tikjda", "in the centre of Fotokol", "the village of Duma"
                           r"\b(?:village|town|city|resort|suburb|district|centre|center|outskirts|heart|edge|"
                           r"streets)\s+of\s+)$", re.I)


# a lower-case word after a name that is no word of a sentence's frame ("in Palestinian", "Palestinian said")
ADJECTIVE_BEFORE = re.compile(r"\s+(?!(?:and|or|in|on|at|to|of|for|from|by|with|is|was|were|are|has|had|have|said|says|"
                              r"told|which|who|that|where|when|after|before|as|but|while|near)\b)[a-z][a-z-]+\b")
# what follows a nationality the model took for a place: "a Nigerien army position", "the western Mexican state of
# Michoacán", "the Iranian side"
NATION_AFTER = re.compile(r"\s+(?:army|forces|troops|soldiers|police|government|authorities|officials|military|gendarmes|"
                          r"border|national|nationals|citizens?|man|woman|men|women|position|base|convoy|patrol|"
                          r"state|province|region|side|capital|coast|waters|airspace|territory|town|city|village)\b")


# What is said of a person and never of a place or a body: another name ("alias"), or being shot, killed or seized.
SAID_OF_PERSON = re.compile(r",\s+alias\s+[A-Z]|\s+(?:was|had\s+been)\s+(?:shot(?:\s+dead)?|killed|murdered|"
                            r"gunned\s+down|stabbed|assassinated|abducted|kidnapped|arrested|executed|hanged|beheaded|"
                            r"detained)\b")

# (the name opening its clause, not "Ashiq Hussain Bhat of Chawalgam was killed", "a flight to Kuala Lumpur was shot
# down": a place or a body inside the subject)
CLAUSE_OPENS = re.compile(r"(?:^|[,;:.]\s+|\band\s+)$")


def _said_of_person(text: str, start: int, end: int) -> bool:
    """Is what the words say of the name at ``start``-``end`` only ever said of a person?"""
    return SAID_OF_PERSON.match(text, end) is not None \
        and CLAUSE_OPENS.search(text[max(0, start - 8) : start]) is not None


AGE_AFTER_NAME = re.compile(r",\s+(?:also\s+|aged\s+)?\d{1,2},")
RELIEF_BODY_END = re.compile(r"\b(?:Red\s+Crescent|Red\s+Cross|Civil\s+Defen[cs]e|Relief\s+Society)$")
STAFF_AFTER = re.compile(r"\s+(?:staff|correspondents?|reporters?|newsroom|desk)\b")
PATRONYMIC_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:Ag|ag|Ould|ould|bin|ibn) [A-Z][\w'’-]+")
REGION_AFTER = re.compile(r"\s+(?:region|province|district|county|governorate|valley|state|prefecture|(?:city|town|village)\b"
                          r"(?!\s+of\b))\b")
BODY_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?!(?:[\w-]+\s+){0,2}?(?:member|leader|head|spokes\w+|official|founder|chief|"
                             r"commander|director|chairman|secretary)\b)(?:[\w-]+\s+){0,3}(?:company|agency|group|organi[sz]ation|ministry|body|movement|"
                             r"party|militia|network|operator|broadcaster|newspaper|outlet|firm|corporation|authority|service)\b"
                             r"(?!\s+(?:for|with|at)\b)")
MEDIA_AFTER = re.compile(r"\s+(?:radio|television|tv|news agency|newspaper|channel|website|outlet|broadcaster)\b", re.I)
REGION_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,2}(?:State|Region|Province|Zone|"
                         r"District|County|Governorate|Territory)")
FEATURE_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}(?:Forest|Mountains?|Hills|River|Valley|Desert|Lake|Islands?|Plateau|Gorge|Basin|"
                          r"National Park|Park|Reserve)")
LOS_LAS = re.compile(r"(?:Los|Las)\s+[A-ZÀ-Ý]")


def _retype(ent: Ent, text: str) -> None:
    """Fix the statistical model's usual slips with the words around a name."""
    lower = ent.text.lower()
    before = text[max(0, ent.start - 12) : ent.start].lower()
    if ent.how == "ner" and (ent.type == "PERSON" or ent.type == "ORG" and is_place(ent.text)) \
            and _in_dated_label(ent, text):
        ent.type, ent.subtype = "LOC", "city"  # a review's item labelled by its day and place: the name is the place
        return
    if lower in countries() and (ent.type in ("PERSON", "NORP") or ent.type == "ORG" and lower not in gazetteer_names()):
        ent.type, ent.subtype, ent.how = "LOC", "country", "rule"
        return
    # "an ASG position led by Isnilon Hapilon", "and Eva Kral, also 30, were found shot dead": who leads, and an age,
    # make the model's body or place a person
    # ("killing Ashish, 24, from Sarsawa": one name with an age, unless a place's preposition comes before it)
    aged = AGE_AFTER_NAME.match(text[ent.end : ent.end + 12])
    if ent.type in ("ORG", "LOC") and ent.how == "ner" and (
            2 <= len(ent.text.split()) <= 3 or len(ent.text.split()) == 1 and aged
            and not re.search(r"\b(?:in|at|near|from|of|outside|to)\s+$", before)) \
            and (re.search(r"\b(?:led|headed|commanded|founded)\s+by\s+(?:[A-Z][\w'’-]+['’]s\s+)?$",
                           text[max(0, ent.start - 40) : ent.start])
                 or aged) \
            and all(w[:1].isupper() for w in ent.text.split()) and not _body_word(ent.text.split()) \
            and lower not in gazetteer_names() and not is_place(ent.text):
        ent.type, ent.subtype, ent.how = "PERSON", None, "rule"
        return
    if ent.type in ("LOC", "ORG") and ent.how == "ner" and 1 <= len(ent.text.split()) <= 3 \
            and _said_of_person(text, ent.start, ent.end) and all(w[:1].isupper() for w in ent.text.split()) \
            and not _body_word(ent.text.split()) and lower not in gazetteer_names():
        ent.type, ent.subtype, ent.how = "PERSON", None, "rule"  # "Waqas, alias Kala", "Nadeem Akhtar was shot dead"
        return
    if ent.type == "NORP" and ent.how == "ner" and " " not in ent.text and lower not in peoples() \
            and lower not in languages() and re.search(r"\b(?:at|near|outside|in)\s+$", before) \
            and re.match(r"(?:\s*[,.;)]|\s+(?:in|on|near)\b)", text[ent.end : ent.end + 8]):
        ent.type, ent.subtype = "LOC", "city"  # "attacked the gendarmerie post at Samorogouan in the west": a place
        return
    if ent.type == "NORP" and ent.how == "ner" and lower not in peoples() and lower not in languages() \
            and not (" " not in lower and re.search(r"(?:an|ese|ish|ian)$", lower)) and re.search(r"\bthe\s+$", before) \
            and re.match(r"\s+(?:neighbou?rhood|district|sector|quarter|locality|area)\s+of\s+[A-Z]",
                         text[ent.end : ent.end + 24]):
        ent.type, ent.subtype = "LOC", "city"  # "the Faj Attan neighbourhood of Sanaa", "the Manzakai sector": a place
        return
    if ent.type in ("LOC", "PERSON", "ORG") and ent.how == "ner" and plural_gang(ent.text) \
            and not FACILITY_AFTER.match(text, ent.end):
        ent.type, ent.subtype = "ORG", "armed_group"  # "Los Ardillos", "Los Tlacos": a gang named in the plural
        return
    if ent.type in ("LOC", "PERSON", "ORG") and RELIEF_BODY_END.search(ent.text):
        ent.type, ent.subtype = "ORG", "international_org"  # "rescuers of the Libyan Red Crescent": a body
        return
    if ent.type in ("PERSON", "ORG") and STAFF_AFTER.match(text[ent.end : ent.end + 16]):
        ent.type, ent.subtype = "ORG", "media"  # "By Tunis Horizon staff": the outlet
        return
    if ent.type in ("PERSON", "LOC", "ORG") and _a_people(ent, text):
        ent.type, ent.subtype = "NORP", None  # "Dogon hunters", "the Kuki and Meitei", "Kosovo Serbs": a people
        return
    if ent.type == "NORP" and ent.how == "ner" and " " not in ent.text and is_place(ent.text) \
            and not DEMONYM.search(lower) and lower not in peoples() and not re.match(
                r"\s+(?:police|forces|army|government|authorities|officials|troops|militias?|security)\b",
                text[ent.end : ent.end + 16]):  # not "Punjab police", whose name is the force's
        ent.type, ent.subtype = "LOC", "city"  # "the attack on Kidal": the model's people is a town
        return
    if ent.type in ("LOC", "ORG") and PATRONYMIC_NAME.fullmatch(ent.text):
        ent.type, ent.subtype = "PERSON", None  # "Bilal Ag Acherif", "Mohamed Ould Ghazouani": a patronymic name
        return
    if " " in ent.text and (ent.type == "LOC" and lower.split()[-1] in BODY_TAILS
                            or ent.type == "PERSON" and lower.split()[-1] in ORG_HEADS | BODY_TAILS):
        # "the Bosphorus Risk Desk", "Sierra Madre Risk Analytics", "the Venezuela Programme", "the Liaison Office"
        ent.type, ent.subtype = "ORG", None
        return
    if ent.type in ("LOC", "ORG") and _looks_like_person(ent, text):
        ent.type, ent.subtype = "PERSON", None  # "Mahmoud Abbas" said: a person the model took for a place
        return
    if ent.type == "PERSON" and " " not in ent.text and re.search(r"(?:ian|ien|ean|ese|ish|i|an)$", lower) \
            and not (is_place(ent.text) and lower not in peoples()) \
            and re.match(r"\s+[a-z]+", text[ent.end : ent.end + 20]) and not re.match(
                r"\s+(?:said|says|told|added|claimed|denied|warned|stated|was|is|had|has|who|and)\b",
                text[ent.end : ent.end + 20]) and not re.search(r"\b(?:at|near|outside|in)\s+$", before):
        ent.type, ent.subtype = "NORP", None  # "their Nigerien driver": a nationality (not "the post at Samorogouan in")
        return
    if ent.type == "LOC" and " " not in ent.text and re.search(r"(?:ien|ian|ican|ese|ish|i)$", lower) \
            and not is_place(ent.text) and lower not in countries() and NATION_AFTER.match(text, ent.end):
        ent.type, ent.subtype = "NORP", None  # "a Nigerien army position": a nationality the model took for a place
        return
    if ent.text.endswith(" Province") and re.search(r"(?:\bits|\bIslamic State(?:['’]s)?|\bIS)\s+$",
                                                   text[max(0, ent.start - 20) : ent.start]):
        ent.type, ent.subtype, ent.how = "ORG", "armed_group", "rule"  # "its Central Africa Province": a branch
        return
    if ent.type == "PERSON" and " " not in ent.text and PEOPLE_AFTER.match(text[ent.end : ent.end + 30]):
        ent.type, ent.subtype = "NORP", None  # "Tajik nationals", "Nigerien soldiers": a nationality
        return
    line_start = text.rfind("\n", 0, ent.start) + 1
    if ent.text.isupper() and ent.start == line_start and re.match(r"\s*,?\s*(?:\w+\.?\s+\d|\d|\()",
                                                                      text[ent.end : ent.end + 12]):
        ent.type, ent.subtype, ent.how = "LOC", "city", "rule"  # a dateline: "MOGADISHU, Jan 15 (...)"
    elif ent.type == "PERSON" and len(ent.text.split()) <= 3 and re.search(
            r"\b(in|at|near|from|outside|across|towards?|base in|village of|town of|city of|border with|"
            r"borders? of|into|around|inside|retake|retook|recapture|recaptured|overran|stormed|shelled|bombarded|"
            r"fled|leave|left|entered|evacuated)\s+$", before) \
            and text[ent.end : ent.end + 2] not in ("'s", "’s"):
        ent.type, ent.subtype = "LOC", "city"  # "near Gao": a place
    elif (ent.type == "PERSON" or ent.type == "ORG" and lower not in gazetteer_names() and not _body_word(ent.text.split())
          and not ent.text.isupper()) \
            and ent.how == "ner" and len(ent.text.split()) <= 3 and " and " not in ent.text \
            and text[ent.end : ent.end + 2] not in ("'s", "’s") and not _looks_like_person(ent, text) and (
                PLACE_CONTEXT.search(text[max(0, ent.start - 40) : ent.start])
                or (near := re.match(r"\s+near\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[ent.end : ent.end + 40]))
                and is_place(near.group(1))):
        # "strikes on Burj al-Barajneh", "border towns such as Ben Guerdane", "air bases, including Nur Khan near
        # Rawalpindi", "between Tiru and Oting": what is struck, listed as towns, or lies near a town is a place
        ent.type, ent.subtype, ent.how = "LOC", "city", "rule"
    elif ent.type in ("PERSON", "ORG", "NORP") and REGION_AFTER.match(text[ent.end : ent.end + 20]) \
            and not (ent.type == "NORP" and DEMONYM.search(lower) and not is_place(ent.text)):
        # (not "the Druze town of Majdal Shams", nor "the western Mexican state of Michoacán": a people's word)
        ent.type, ent.subtype = "LOC", "region"  # "the Sahel region", "Balkh province"
    elif ent.type in ("LOC", "PERSON") and ent.subtype != "facility" and BODY_APPOSITION.match(text[ent.end : ent.end + 60]):
        ent.type, ent.subtype = "ORG", None  # "Ukrzaliznytsia, the state railway company"
    elif ent.type in ("ORG", "PERSON", "LOC") and not ent.text.isupper() and (
            head := FACILITY_AFTER.match(text, ent.end, ent.end + 24)):
        # "the al-Hol camp", "the DusitD2 hotel complex": the named place, with its kind as written
        ent.type, ent.subtype = "LOC", "facility"
        if head.group(0)[1:2].islower() and (
                re.search(r"\b(?:the|at|in|on|near|of)\s+$", before)
                # "the city's al-Jumhouri hospital", "among them Al-Thawra hospital": a hospital named by its own
                # name, not by its town's (but "Rwanda's Mahama camp", as annotators name camps)
                or head.group(0).split()[-1] in ("hospital", "bridge", "barracks") and not is_place(ent.text)) \
                and head.group(0).split()[-1] not in OUTER_HEADS \
                and ent.text.split()[-1].lower() not in FAC_HEADS | {"lodge", "lines", "house", "towers", "gardens"}:
            ent.end = head.end()
            ent.text = text[ent.start : ent.end]
    elif ent.type in ("ORG", "PERSON", "LOC", "NORP") and MEDIA_AFTER.match(text[ent.end : ent.end + 14]):
        ent.type, ent.subtype = "ORG", "media"  # "its Andalus radio station"
    elif ent.type == "ORG" and " " in ent.text and lower.split()[-1] in BUILDING_HEADS \
            and not SPOKEN.match(text[ent.end : ent.end + 12]):
        ent.type, ent.subtype = "LOC", "facility"  # "Greenfield University", "the Bardo National Museum": a building
    elif ent.type in ("PERSON", "ORG") and REGION_NAME.fullmatch(ent.text) \
            and not re.match(r"(?:Islamic|Daesh|Khilafah)\b", ent.text):
        ent.type, ent.subtype = "LOC", "region"  # "Shan State", "West Gojjam Zone": the model's person is a place
    elif ent.type in ("ORG", "PERSON", "NORP") and ent.how == "ner" and FEATURE_NAME.fullmatch(ent.text):
        ent.type, ent.subtype = "LOC", "region"  # "his Sambisa Forest stronghold": a natural feature
    elif ent.type in ("ORG", "NORP") and ent.how == "ner" and " " not in ent.text and lower not in gazetteer_names() \
            and not _body_word([ent.text]) and re.search(
                r"\b(?:residents?|villagers?|people|officials?|elders?|authorities|chiefs?|mayor|governor|"
                r"lawmakers?|inhabitants)\s+(?:of|in|from)\s+$", text[max(0, ent.start - 24) : ent.start].lower()):
        ent.type, ent.subtype = "LOC", "city"  # "a resident of Karimama", "elected officials in Alibori"
    elif ent.type in ("ORG", "PERSON") and " " in ent.text and lower.split()[-1] in STREET_KINDS \
            and ent.text.split()[-1][:1].isupper():
        ent.type, ent.subtype = "LOC", "facility"  # "Fanad Drive", "Jefferson Avenue": a street
    elif ent.type in ("LOC", "PERSON") and LOS_LAS.match(ent.text) and not is_place(ent.text):
        ent.type, ent.subtype = "ORG", "armed_group"  # "Los Choneros", "Los Lobos": gangs; "Los Mochis" is a town
    elif ent.type in ("ORG", "PERSON") and " " in ent.text and lower.split()[0] in PLACE_FIRST:
        ent.type, ent.subtype = "LOC", "city"  # "Colonia LeBarón", "Ciudad Juárez", "Sierra Madre"
    elif ent.type in ("ORG", "PERSON") and " " not in ent.text and lower.endswith(CITY_PARTS) and len(lower) > 8:
        ent.type, ent.subtype = "LOC", "facility"  # "Breitscheidplatz", "Seitenstettengasse": a square, a street
    elif ent.type in ("ORG", "PERSON") and ent.how == "ner" and len(ent.text.split()) == 2 \
            and lower.split()[0] in COMPASS_WORDS \
            and is_place(ent.text.split()[1]) and not _body_word(ent.text.split()):
        ent.type, ent.subtype = "LOC", "region"  # "Central Sulawesi", "North Kivu": part of a known place
    elif (ent.type == "NORP" and not re.search(r"(?:an|ese|ish|i|ic|ean)$", lower)
          or ent.type == "ORG" and " " not in ent.text and lower not in gazetteer_names() and not ent.text.isupper()) \
            and re.match(
            r"\s+(?:raid|attack|bombing|strike|air strike|massacre|siege|blast|killings|offensive|shelling)\b",
            text[ent.end : ent.end + 16]):
        ent.type, ent.subtype = "LOC", "city"  # "the Tajoura raid": where it happened
    elif ent.type == "NORP" and lower in countries():
        ent.type, ent.subtype = "LOC", "country"
    elif ent.how == "ner" and ent.type in ("PERSON", "ORG") and _village(ent, text):
        ent.type, ent.how = "LOC", "rule"  # "Sebba", "El Tarra": GeoNames knows the place
        ent.subtype = "region" if " " in ent.text and is_region(ent.text) else "city"  # "Khyber Pakhtunkhwa": a province
    elif ent.type in ("ORG", "LOC") and " " in ent.text and (
            ROLE_AFTER.match(text[ent.end : ent.end + 60]) or KIN_BEFORE.search(text[max(0, ent.start - 50) : ent.start])
            or ROLE_BEFORE.search(text[max(0, ent.start - 30) : ent.start])) \
            and not _body_word(ent.text.split()) and not NATURAL_FEATURE.match(ent.text) \
            and not (ent.type == "LOC" and (lower.split()[-1] in PLACE_KINDS or lower.split()[-1] in LOCAL_UNITS)) \
            and not re.search(r"\b(?:[Ii]n|at|near|outside)\s+$", text[max(0, ent.start - 8) : ent.start]):
        # (not "In Kiryat Arba, a 17-year-old from ... climbed the fence": the place, then who did it)
        # (not "killings in Mandera County, Interior Cabinet Secretary Joseph Ole Lenku": a county named by its kind)
        ent.type, ent.subtype, ent.how = "PERSON", None, "rule"
        words = ent.text.split()
        while len(words) > 2 and words[0].lower().rstrip(".") in person_titles():
            ent.start += len(words[0]) + 1  # "Lieutenant General Igor Konashenkov": the name, not the rank
            words = words[1:]
        ent.text = text[ent.start : ent.end]
    elif ent.type == "ORG" and not ent.text.isupper() and lower not in gazetteer_names() \
            and not _body_word(ent.text.split()) \
            and (re.search(r"\b(in|at|near|from|to|outside|across|into|entered|approached|fled|attack on|"
                           r"assault on|raid on|attacked|stormed|overran|struck|raided|shelled)\s+$", before)
                 or re.search(r"\bin\s+[A-Z][\w-]+\s+and\s+$", text[max(0, ent.start - 30) : ent.start])):
        ent.type, ent.subtype, ent.how = "LOC", "city", "rule"  # context outweighs the model's other votes
    elif ent.type == "PERSON" and ent.how == "ner" and re.search(
            r"\b(?:in|inside|near|outside|around|attacked|stormed|raided|overran|captured|seized|reached|entered|"
            r"shelled|bombed|besieged|struck)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$", before) \
            and text[ent.end : ent.end + 2] not in ("'s", "’s") and not SPOKEN.match(text[ent.end : ent.end + 12]):
        # "fighting inside Anefis", "they attacked Quissanga": nobody is inside a person, and the
        # names that follow an assault verb in reports are places or the groups holding them
        ent.type, ent.subtype, ent.how = "LOC", "city", "rule"
    elif ent.type == "LOC" and lower in countries():
        ent.subtype = "country"


@functools.cache
def peoples() -> frozenset[str]:
    return frozenset(p.lower() for p in load_json("gazetteers", "peoples.json")["peoples"])


def _a_people(ent: Ent, text: str) -> bool:
    """Is a name a people, a clan or a faith ("Dogon", "Kosovo Serbs", "Shia Hazara") rather than a place
    ("in Amhara", "Kachin State") or a person ("Karen Bradley")?"""
    words = ent.text.split()
    if not 1 <= len(words) <= 2 or ent.text.lower() in gazetteer_names() or is_region(ent.text):
        return False  # "Amhara", "Kachin", "Rakhine": a region's name as much as a people's
    if len(words) == 1 and ent.text.lower() not in peoples() or len(words) == 2 and not (
            words[1].lower() in peoples() and words[1].endswith("s") or all(w.lower() in peoples() for w in words)):
        return False
    after = text[ent.end : ent.end + 24]
    if re.match(r"\s+(?:[A-Z][\w-]*|region|state|province|zone|district|county|division|township|hills|valley)\b", after) \
            or re.match(r"\s+(?:capital|city|town|village)\b", after) and is_place(ent.text):
        return False  # "Kachin State", "the Amhara region", "Karen Bradley"
    if re.match(r"\s+(?:town|village|villages|hamlet|community|communities|tribe|clan|areas)\b", after):
        return True  # "a resident of the Bedouin town of Hura", "the Dogon villages of Gangafani and Yoro"
    return not re.search(r"\b(?:in|at|near|across|from|into|to|towards|outside|inside|around|of)\s+(?:the\s+)?$",
                         text[max(0, ent.start - 16) : ent.start])


# the last word of a publisher's or a body's unit the model takes for a place or a person
BODY_TAILS = {"desk", "programme", "program", "analytics", "unit", "institute", "observatory", "monitor", "forum",
              "cell", "review", "network", "team"}
CITY_PARTS = ("platz", "straße", "strasse", "gasse", "allee", "plein", "gracht")
STREET_KINDS = {"street", "road", "avenue", "drive", "lane", "boulevard", "highway", "motorway", "crescent", "terrace",
                "close", "parkway", "expressway"}
# Spanish, Portuguese and French place names that start with their kind.
PLACE_FIRST = {"colonia", "ciudad", "villa", "puerto", "vila", "cidade", "bahía", "bahia", "isla", "ilha", "île",
               "sierra", "serra", "cerro", "valle", "laguna", "lago", "río", "rio", "mont", "monte", "fort", "port",
               # and Arabic ones: "Ras al-Ain", "Deir al-Balah", "Kafr Nabl", "Wadi Fira", "Jabal Marra", "Maarat al-Numan"
               "ras", "deir", "kafr", "wadi", "jabal", "jebel", "maarat", "qasr", "bir",
               # and Malay and Indonesian streets: "Jalan Internasional Karawang Barat"
               "jalan",
               # mountains and the streets and squares of Romance cities: "Mount Toubkal", "Avenida Paulista"
               "mount", "avenida", "rua", "calle", "carrera", "praça", "plaza", "rue", "piazza", "via", "place", "complexo",
               "route", "zona", "barrio", "bairro", "quartier", "colônia", "morro", "favela"}
PLACING = {"in", "near", "at", "outside", "around", "inside", "towards", "toward", "from", "into", "attacked",
           "stormed", "raided", "entered", "reached", "between", "of", "against"}


PEOPLE_AFTER = re.compile(r"\s+(?:nationals?|citizens?|migrants?|men|women|workers?|troops|soldiers?|officials?|"
                          r"authorities|police|army|forces|engineers|pilgrims|refugees|fighters|militants|"
                          r"community|communities|descent|origin)\b")
PLACE_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:capital|town|city|village|district|"
                              r"province|region|port|hub|seat|settlement|commune|municipality|headquarters)\b"
                              # not "Marielle Franco, a Rio de Janeiro city councillor": a person of the place
                              r"(?!['’]s|\s+(?:councill?or|council|official|mayor|commissioner|governor|chief|head|elder|"
                              r"residents?|police|officer|administrator|spokes\w+|judge|prosecutor|lawmaker|deputy|"
                              r"representative|leader|trader|doctor|teacher|native|man|woman|boy|girl|dweller)s?\b)", re.I)
SPOKEN = re.compile(r"\s*(?:,\s*)?(?:said|says|told|added|stated|claimed|denied|warned|who|whose|wrote|"
                    r"asked|argued|explained|insisted|, (?:a|an|the)\s)", re.I)
WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


def _titled(ent: Ent, text: str) -> bool:
    """Is the name set after a person's title ("Mr Kaya", "Colonel Goita") or "by"?"""
    m = WORD_BEFORE.search(text[max(0, ent.start - 16) : ent.start])
    word = m.group(1).lower().rstrip(".") if m else ""
    return word in person_titles() or word in ("by", "major")


def _village(ent: Ent, text: str) -> bool:
    """Is a name the model took for a person or body an inhabited place GeoNames knows?

    Only when nothing around it speaks for a person ("Kaya said", "Mr Kaya") or a body
    (a word such as "Police" or "Mission" in the name), and the name is not a common word.
    """
    words = ent.text.split()
    if len(words) > 4 or not ent.text[:1].isupper() or ent.text.isupper() and len(ent.text) <= 5:
        return False
    if any(w.lower() in ORG_HEADS or w.lower() in ORG_OF or w.lower() in FAC_HEADS for w in words):
        return False
    if PLACE_APPOSITIVE.match(text[ent.end : ent.end + 50]):
        return True  # "Sebba, the provincial capital", "Foduma Kolomdi, a village of herders"
    if len(words) >= 2 and is_region(ent.text) and not _titled(ent, text):
        return True  # "a former chief minister of Khyber Pakhtunkhwa who is contesting": the region, whoever follows
    if SPOKEN.match(text[ent.end : ent.end + 12]) or _titled(ent, text):
        return False
    if text[ent.end : ent.end + 2] in ("'s", "’s") and ent.type == "PERSON":
        return False
    return is_place(ent.text)


@functools.cache
def given_names() -> frozenset[str]:
    return frozenset(load_json("gazetteers", "given_names.json")["names"])


NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "du", "van", "von", "del", "dos", "das",
                  "ould", "wa", "abu", "abd", "ul", "ud"}


def _looks_like_person(ent: Ent, text: str) -> bool:
    """"Mahmoud Abbas", "Karen Bradley", "Ashraf al-Qudra": a common given name, then a surname, where
    the model said place or body; not a known place, a known body, or a name ending in a kind of place or body."""
    words = ent.text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in given_names() or is_place(ent.text) \
            or ent.text.lower() in gazetteer_names():
        return False
    last = words[-1].lower()
    if last in PLACE_KINDS | FAC_HEADS | ORG_HEADS | ORG_OF | STREET_KINDS | FEATURES | BUILDING_HEADS | BODY_BUILDING_HEADS \
            | {"park", "gardens"}:
        return False
    return all(w[:1].isupper() or w.split("-")[0].lower() in NAME_PARTICLES for w in words[1:]) and not re.search(
        r"\b(?:in|at|near|from|to|into|outside|inside|of)\s+$", text[max(0, ent.start - 8) : ent.start])


@functools.cache
def weapon_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("gazetteers", "weapons.json")["weapons"])


# what befalls a place and never a person: "was bombed again overnight", "had been shelled", "was overrun"
PLACE_SUFFERED = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|again\s+|also\s+)?"
                            r"(?:bombed|shelled|bombarded|overrun|besieged|razed|sacked)\b")


def _weapon_name(surface: str) -> bool:
    """Is a name a weapon's ("Kalibr", "AK-47s"), or a weapon's after its maker or service ("Navy Black Hawk")?"""
    words = surface.lower().split()
    tails = [" ".join(words[k:]) for k in range(len(words))]
    return any(tail in weapon_names() or tail.endswith("s") and tail[:-1] in weapon_names() for tail in tails) \
        and surface.lower() not in gazetteer_names()


@functools.cache
def gazetteer_names() -> frozenset[str]:
    return frozenset(e["name"].lower() for e in gazetteer().values()) | frozenset(
        a.lower() for e in gazetteer().values() for a in e["aliases"])


def _extends(outer: Ent, inner: Ent) -> bool:
    """Does ``outer`` contain ``inner`` and add only capitalised words ("Kenya Red Cross")?"""
    if not (outer.start <= inner.start and inner.end <= outer.end) or outer.type == "DATE":
        return False
    extra = (outer.text[: inner.start - outer.start] + " " + outer.text[inner.end - outer.start :]).split()
    return bool(extra) and _name_part(extra[-1]) and outer.type == inner.type and \
        all(_name_part(w) or w.lower() in ("for", "of", "the", "and", "on", "de", "in") for w in extra)


def _name_part(word: str) -> bool:
    """A capitalised word, or one with a joining particle ("al-Sarraj", "-e-Barchi")."""
    return word[:1].isupper() or bool(re.fullmatch(r"-?(?:[a-z]{1,3}-)+[A-Z][\w'’-]*", word))


ACRONYM_BEFORE = re.compile(r"\b(?:acronym|abbreviation|initials)\s+$", re.I)


# "the National Rally and Development Committee", "its Peace and Security Council", "the Hong Kong and Macao Affairs
# Office": a body's name may join two capitalised parts with "and"
JOINED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)\s+"
                           r"((?:[A-Z][\w'’-]*\s+){1,3}and\s+)$")
# "the Confederation of Indigenous Nationalities of Ecuador (CONAIE)", "the United Nations Mission for Justice Support
# in Haiti (MINUJUSTH)": the name runs on to the acronym in brackets after it
TAIL_TO_ACRONYM = re.compile(r"\s+(?:of|in|for|on)\s+(?:the\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+(?:of|the|[A-ZÀ-Ý][\w'’-]*)){0,5}?"
                             r"(?=\s*\([A-Z][A-Za-z-]{1,11}\))")


BODY_NAME_HEADS = frozenset(ORG_HEADS | ORG_OF)
KIND_WORDS = frozenset(PLACE_KINDS | FAC_HEADS | STREET_KINDS | FEATURES)  # words that end a place's name, not a person's


def whole_body_names(ents: list[Ent], text: str) -> list[Ent]:
    """A body's name the model or a rule cut short, made whole; the names inside it go."""
    grown: list[Ent] = []
    for ent in ents:
        if ent.type != "ORG" or ent.how == "gazetteer" and ent.subtype == "armed_group":
            continue
        words = ent.text.split()
        joined = JOINED_BEFORE.search(text, max(0, ent.start - 60), ent.start) \
            if words[-1].lower() in BODY_NAME_HEADS else None
        if joined is not None and not any(e.type == "ORG" and joined.start(1) <= e.start < ent.start for e in ents):
            ent.start, ent.how = joined.start(1), "rule"
            grown.append(ent)
        tail = TAIL_TO_ACRONYM.match(text, ent.end) if len(words) >= 2 and any(
            w.lower() in BODY_NAME_HEADS or w.lower() in ("confederation", "mission", "organization", "organisation")
            for w in words) else None
        if tail is not None and not any(e.type == "ORG" and tail.start() <= e.start < tail.end() for e in ents):
            # (not "the Majeed Brigade of the Balochistan Liberation Army (BLA)": a body of another body)
            ent.end, ent.how = tail.end(), "rule"
            grown.append(ent)
        if grown and grown[-1] is ent:
            ent.text = text[ent.start : ent.end]
            ent.key = ""
    if not grown:
        return ents
    return [e for e in ents if not any(g is not e and g.start <= e.start and e.end <= g.end for g in grown)]


def parenthetical_aliases(ents: list[Ent], text: str) -> list[Ent]:
    """A name in brackets right after an organisation's is another name of it.

    "the People's Protection Units (Yekîneyên Parastina Gel, YPG)", "the Rapid Intervention
    Battalion (Bataillon d'Intervention Rapide)", "known by its Spanish acronym Sedena".
    """
    ents = whole_body_names(ents, text)
    for before, ent in itertools.pairwise(ents):
        if ent.how == "gazetteer" or ent.type not in ("PERSON", "LOC", "NORP"):
            continue
        if before.type == "ORG" and re.fullmatch(r"\s*\(\s*", text[before.end : ent.start]):
            ent.type, ent.subtype = "ORG", before.subtype
    for ent in ents:
        if ent.type in ("PERSON", "LOC") and ent.how != "gazetteer" and \
                ACRONYM_BEFORE.search(text[max(0, ent.start - 20) : ent.start]):
            ent.type, ent.subtype = "ORG", None
    # "the Multinational Joint Task Force (MNJTF)", "the Colombian Family Welfare Institute (ICBF)":
    # capitals in brackets after a body's name are its acronym, in whatever language they were made
    taken = {(e.start, e.end) for e in ents}
    added = []
    for body in ents:
        if body.type != "ORG":
            continue
        m = BRACKETED_ACRONYM.match(text, body.end) or OR_ACRONYM.match(text, body.end)
        if m and (m.start(1), m.end(1)) not in taken and not any(e.start <= m.start(1) < e.end for e in ents):
            added.append(Ent(m.start(1), m.end(1), m.group(1), "ORG", body.subtype, "rule"))
    # "Khorog (Khorugh)", "Nukus (No'kis)", "Tokayev (also spelt Tokaev)": the same place or person spelt
    # another way, bracketed right after it
    for named in ents:
        m = BRACKETED_VARIANT.match(text, named.end)
        if named.type not in ("LOC", "PERSON") or named.subtype == "country" or m is None \
                or m.group(1).isupper() or m.group(1).lower() in countries() \
                or m.group(1).split()[0].lower() in MONTH_AND_DAY_NAMES:  # not "(FUGUS)", "(Nigeria)", "(Sunday)"
            continue
        if named.type == "PERSON" and m.group(0).strip()[:1] == "(" and not re.match(r"\s*\(\s*[a-z]", m.group(0)) \
                and SequenceMatcher(None, named.text.lower(), m.group(1).lower()).ratio() < 0.5:
            continue  # "**2 December, Kormey (Mandera).**": a place and the one it lies in, not a name spelt twice
        inside = [e for e in ents if m.start(1) <= e.start < m.end(1)]
        if not inside and (m.start(1), m.end(1)) not in taken:
            added.append(Ent(m.start(1), m.end(1), m.group(1), named.type, named.subtype, "rule"))
        elif len(inside) == 1 and inside[0].how != "gazetteer" and (inside[0].start, inside[0].end) == m.span(1):
            inside[0].type, inside[0].subtype = named.type, named.subtype
    return sorted(ents + added, key=lambda e: e.start) if added else ents


BRACKETED_VARIANT = re.compile(r"\s*\(\s*(?:(?:also\s+)?(?:spelt|spelled|written|transliterated|known\s+as)\s+|or\s+)?"
                               r"((?:al-|el-|an-|ad-)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|al|el|de|e)){0,2})\s*\)")


# "Jamiat Ulema-e-Islam (Fazl), or JUI-F, held a rally": the acronym after "or"
OR_ACRONYM = re.compile(r"(?:\s*\([^)]{1,30}\))?,\s+or\s+([A-Z][A-Z0-9-]{1,9})\b")
BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&-]{1,9}|[A-Z][a-z]+ \d{1,3})\s*[),]")  # "(MNJTF)", "(Densus 88)"


# a wire's credit line and a byline: "(Reporting by Farid Ahmadzai in Kunduz and Mariam Nazari in Kabul; Editing by
# Sultan Wardak)", "By Claire Dumoulin and Yannick Roussel"
CREDIT_LINE = re.compile(r"(?:^|\(|;\s*)(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
                         r"[Tt]ranslated|[Ff]iled)?\s*[Bb]y\s+[^\n]{0,300}", re.M)


def _credited(ent: Ent, text: str) -> bool:
    """Is a name one of the people a credit line or byline names (after "by", "and" or a comma, before " in",
    " and", ";", ")" or the line's end)?"""
    line_start = text.rfind("\n", 0, ent.start) + 1
    line_end = text.find("\n", ent.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]  # no copy of the rest of the document
    if not any(m.start() <= ent.start - line_start < m.end() for m in CREDIT_LINE.finditer(line)):
        return False
    if not re.search(r"(?:\b[Bb]y|\band|,)\s+$", text[max(line_start, ent.start - 30) : ent.start]):
        return False
    return bool(re.match(r"\s+in\s+[A-Z]|\s+and\s+[A-Z]|\s*[;),]|\s*$", text[ent.end : ent.end + 20].split("\n")[0]))


PLACE_LIST_GAP = re.compile(r"(?:\s+(?:sub)?(?:district|division|province|region|county|township|village))?"
                            r"(?:,?\s+(?:and|or)\s+(?:to\s+|in\s+|at\s+|near\s+|from\s+)?|,\s+)"
                            # "Ogossagou and the nearby hamlet of Welingara"
                            r"(?:the\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?"
                            r"(?:hamlet|village|town|settlement)s?\s+of\s+)?")


def coordinated_places(ents: list[Ent], text: str) -> list[Ent]:
    """Names listed with a place are places ("around Awasse and Diaca", "in Beni and Butembo"), and
    a name listed after a person's full name is a person."""
    for e in ents:
        if e.type in ("LOC", "ORG") and e.how in ("ner", "rule") and 2 <= len(e.text.split()) <= 4 \
                and not _body_word(e.text.split()) and _credited(e, text) \
                and (e.text.split()[0].lower() in given_names() or not is_place(e.text)):
            e.type, e.subtype, e.how = "PERSON", None, "rule"  # "Reporting by ... Mariam Nazari in Kabul"
    named = [e for e in ents if e.type in ("PERSON", "ORG", "LOC")]
    for a, b in itertools.pairwise(named):
        gap = text[a.end : b.start]
        if a.type == "PERSON" and " " in a.text and 2 <= len(b.text.split()) <= 3 \
                and (b.type == "ORG" and b.how == "ner" or b.type == "LOC" and b.subtype == "facility"
                     and b.how in ("ner", "rule") and b.text.split()[0].lower() in given_names()
                     # ("two colleagues, Kim Levengrond Yehezkel and Ziv Hajbi": people named after the word for them)
                     or b.type == "LOC" and b.how == "ner" and not is_place(b.text)
                     and ROLE_BEFORE.search(text[max(0, a.start - 40) : a.start]) is not None) \
                and re.fullmatch(r"(?:,\s+(?:the|a|an|his|her|its|their)\s+[^,;.()]{1,40},)?\s+and\s+", gap) \
                and not _body_word(b.text.split()) and not any(w.isupper() for w in b.text.split()):
            # "killed Isnilon Hapilon, its leader, and Omar Maute", "two Canadians, John Ridsdel and Robert Hall"
            b.type, b.subtype, b.how = "PERSON", None, "rule"
            continue
    changed = True
    while changed:  # a list is places from end to end: "Chabriha, Borj El Chmali, Beqaa, Kfarkela and Khiam"
        changed = False
        for a, b in itertools.pairwise(named):
            if not PLACE_LIST_GAP.fullmatch(text[a.end : b.start]):
                continue
            for place, other in ((a, b), (b, a)):
                if place.type == "LOC" and other.type in ("PERSON", "ORG") and _could_be_place(other, text) \
                        and not _looks_like_person(other, text) and not _credited(other, text) \
                        and not (other.type == "PERSON" and ROLE_BEFORE.search(text[max(0, other.start - 40) : other.start])):
                    # not "the coordinator in Nigeria, Edward Kallon": a person named after the role
                    other.type, other.how = "LOC", "rule"
                    other.subtype = place.subtype if place.subtype not in ("country", "facility") else "city"
                    changed = True
    return ents


# Words that introduce a list of places: "the areas of", "the towns of".
PLACES_WORDS = "areas|towns|villages|hamlets|settlements|cities|localities|neighbourhoods|neighborhoods|townships"
PLACE_LIST = re.compile(r"\b(?:" + PLACES_WORDS + r")\s+of\s+"
                        r"(?P<list>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|el|al|de|du|la))*"
                        r"(?:(?:,\s+|,?\s+and\s+)[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|el|al|de|du|la))*)+)")
# "villages, among them Aila and Akwu", "towns such as Djibo, Arbinda and Diapaga": one name or more
PLACE_LIST_NAMED = re.compile(r"\b(?:" + PLACES_WORDS + r"|communities|settlements|hamlets|camps|townships),?\s+"
                              r"(?:including|among them|such as|like|notably|namely)\s+"
                              r"(?P<list>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|el|al|de|du|la))*"
                              r"(?:(?:,\s+|,?\s+and\s+)[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|el|al|de|du|la))*)*)")
_WORD = r"[A-ZÀ-Ý][\w-]*(?:['’](?!s\b)[\w-]+)?"  # "Ras al-'Ayn", not "Afghanistan's"
_ITEM = _WORD + r"(?:\s+" + _WORD + r"){0,2}"
PLACED_LIST = re.compile(r"\b(?:in|around|near|outside|across|between)\s+"
                         r"(?P<list>" + _ITEM + r"(?:,\s+" + _ITEM + r")*,?\s+and\s+" + _ITEM + r")\b")
LIST_ITEM = re.compile(_ITEM)
# "hitting Kyiv, Dnipro, Lviv, Odesa, Kharkiv and Zaporizhzhia": a list of three names or more, whatever comes before
NAME_LIST = re.compile(r"(?P<list>" + _ITEM + r"(?:,\s+" + _ITEM + r"){2,},?\s+(?:and|or)\s+" + _ITEM + r")\b")


def _tagged_place(doc, at: int) -> bool:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[0].ent_type_ in ("GPE", "LOC", "FAC")


def _body_word(words: list[str]) -> bool:
    """Does a name hold a word for a kind of body ("Front", "Ministry", "Council")?"""
    return any(w.lower() in ORG_HEADS or w.lower() in ORG_OF for w in words)


LOS_NAME = re.compile(r"Los\s+[A-ZÀ-Ý][\w'’-]+")


def plural_gang(name: str) -> bool:
    """"Los Ardillos", "Los Tlacos": a gang named in the Spanish plural, not a place (as "Los Mochis" is)."""
    return bool(LOS_NAME.fullmatch(name)) and not is_place(name)


def _could_be_place(e: Ent, text: str) -> bool:
    """A name the model typed person or organisation, with nothing that makes it one."""
    words = e.text.split()
    return e.how in ("ner", "rule") and len(words) <= 3 and not e.text.isupper() and e.how != "gazetteer" \
        and not plural_gang(e.text) \
        and not _body_word(words) and not any(w.lower() in person_titles() for w in words) \
        and not _titled(e, text) and not SPOKEN.match(text[e.end : e.end + 12]) \
        and not ROLE_AFTER.match(text[e.end : e.end + 60]) \
        and not re.match(r",\s+(?:had|has|have|was|is|who|would|will)\b", text[e.end : e.end + 12])
        # "The prosecutor in Ouahigouya, Aly Benjamin Coulibaly, had earlier said": a person set off


DANGLING = re.compile(r"\s+(?:of|of\s+the|and|the|de|de\s+la|du|des)$")
DANGLING_DATE = re.compile(r"\s+(?:and|to|of|until|through)$")


def dangling_names(ents: list[Ent], text: str) -> list[Ent]:
    """A name the model cut before its last word: "the Democratic Republic of the" + "Congo" is one country;
    "Presidential Council of the" before another name is "Presidential Council"."""
    out: list[Ent] = []
    joined: set[int] = set()
    for ent in ents:
        if id(ent) in joined:
            continue
        open_span = DANGLING_DATE.search(ent.text) if ent.type == "DATE" else None
        if open_span is not None:
            # "Between 12 and" + "14 December 2015", "the nights of" + "19 and 20 April": one span of time
            nxt = next((e for e in ents if e.type == "DATE" and ent.end < e.start <= ent.end + 5
                        and re.fullmatch(r"\s+(?:\d{1,2}\s+)?", text[ent.end : e.start])), None)
            if nxt is not None:
                out.append(Ent(ent.start, nxt.end, text[ent.start : nxt.end], "DATE", None, ent.how))
                joined.add(id(nxt))
            elif open_span.start() > 0:
                cut = open_span.start()
                out.append(Ent(ent.start, ent.start + cut, ent.text[:cut], "DATE", None, ent.how))
            continue
        tail = DANGLING.search(ent.text) if ent.type in ("PERSON", "ORG", "LOC") else None
        if tail is None:
            out.append(ent)
            continue
        nxt = next((e for e in ents if e.start == ent.end + 1), None)
        if nxt is not None and text[ent.end : nxt.start] == " " and ent.type == nxt.type == "LOC":
            out.append(Ent(ent.start, nxt.end, text[ent.start : nxt.end], "LOC", nxt.subtype or ent.subtype, ent.how))
            joined.add(id(nxt))
        elif tail.start() > 0:
            out.append(Ent(ent.start, ent.start + tail.start(), ent.text[: tail.start()], ent.type, ent.subtype, ent.how,
                           ent.key))
    return out


# the word a body's name ends on: "Amnesty International", "Human Rights Watch", "the Popular Front"
BODY_HEAD = re.compile(r"(?:Watch|International|Organi[sz]ation|Committee|Council|Front|Party|Army|Movement|Agency|Union|"
                       r"Association|Federation|League|Brigades?|Group|Forces|Network|Institute|Foundation|Commission|"
                       r"Service|Mission|Cross|Crescent|Frontières|Fund|Programme|Program|Observatory)$")
JOINED_BODIES = re.compile(r"(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)")


def split_bodies(ents: list[Ent]) -> list[Ent]:
    """Two bodies the model read as one name ("Amnesty International and Human Rights Watch"): each its own, when
    both parts end as a body's name does (not "Ministry of Justice and Security")."""
    out: list[Ent] = []
    for e in ents:
        m = JOINED_BODIES.fullmatch(e.text) if e.type == "ORG" and e.text.lower() not in gazetteer_names() else None
        if m is None or not (BODY_HEAD.search(m.group("a")) and BODY_HEAD.search(m.group("b"))):
            out.append(e)
            continue
        out += [Ent(e.start + m.start(g), e.start + m.end(g), m.group(g), "ORG", e.subtype, "rule") for g in ("a", "b")]
    return out


def split_places(ents: list[Ent], text: str) -> list[Ent]:
    """A place the model cut in two ("Dera" + "Ismail Khan", "Baja" + "California") is one place when GeoNames
    knows the whole name."""
    out: list[Ent] = []
    ordered = sorted(ents, key=lambda e: e.start)
    skip: set[int] = set()
    for n, ent in enumerate(ordered):
        if id(ent) in skip:
            continue
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        if nxt is not None and text[ent.end : nxt.start] == " " and "gazetteer" not in (ent.how, nxt.how) \
                and ent.type in ("LOC", "PERSON", "ORG") and nxt.type in ("LOC", "PERSON", "ORG") \
                and "LOC" in (ent.type, nxt.type) and len(ent.text.split()) + len(nxt.text.split()) <= 4 \
                and is_place(text[ent.start : nxt.end]):
            whole = text[ent.start : nxt.end]
            out.append(Ent(ent.start, nxt.end, whole, "LOC", "region" if is_region(whole) else "city", "rule"))
            skip.add(id(nxt))
        else:
            out.append(ent)
    return out


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
                      + r")(?![\w-])", re.I)


def unfound_countries(ents: list[Ent], text: str, start: int, end: int) -> list[Ent]:
    """A country named where the model saw no name ("- **Mozambique:** protests faded", "across Niger on
    13 December") is a place all the same; not one that opens a longer name ("Niger State", "Congo River")."""
    added = []
    for m in _country_pattern().finditer(text, start, end):
        if not m.group(0)[:1].isupper() or any(e.start < m.end() and m.start() < e.end for e in ents):
            continue
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(start, m.start() - 30) : m.start()])
        if re.match(r"\s+[A-Z]|\$|\s+(?:dollars?|cents?)\b", text[m.end() : m.end() + 9]) or before and before.group(1).lower() not in STARTERS \
                or re.search(r"[A-Z][\w'’-]*\s+(?:of|de|du|of\s+the)\s+$", text[max(start, m.start() - 40) : m.start()]):
            continue  # "Niger Delta", "Kenya Red Cross", "Republic of Ecuador", "US$": part of a longer name
        added.append(Ent(m.start(), m.end(), m.group(0), "LOC", "country", "rule"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


# what divides a review label's parts: "17 October, Lashkar Gah (Helmand):", "28 January — Crater, Aden."
LABEL_PARTS = re.compile(r"[^,;:()—–]+")
UNIT_AFTER = re.compile(r"\s+(?:province|district|region|territory|county|governorate|department|municipality|"
                        r"state|city|town|township|village)$")


def bare_place(part: str) -> str | None:
    """The name a part of an item's label or a dated heading gives, if it is a bare name that may be a place
    ("Lashkar Gah", "Lukqun" of "Lukqun township"); not what the item tells ("Arrests"), a date, a sentence, or a
    known organisation ("Ministry of Labour" names the body attacked)."""
    name = UNIT_AFTER.sub("", part.strip().rstrip(".").strip())
    words = name.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d", name) \
            or any(w in MONTH_AND_DAY_NAMES for w in re.findall(r"[a-z]+", name.lower())) \
            or any(w.lower() in STARTERS for w in words) \
            or not all(w[:1].isupper() or w.lower() in CONNECTORS | OF_WORDS for w in words[1:]) \
            or not PARTICLE.sub("", words[0])[:1].isupper() \
            or len(words) == 1 and any(p in TRIGGERS for p in name.lower().split("-")):  # ("Hostage-taking")
        return None
    entry = gazetteer().get(norm_key(name))
    if entry is not None and entry["type"] != "LOC" or norm_key(name) in peoples() \
            or any(w.lower() in ORG_HEADS for w in words) and words[-1].lower() not in FAC_HEADS:
        return None
    return name


# the day and the place of a list item's label: "24 August, al-Swani", "3 and 4 August, Mitiga airport"
# ("- End of May, Trelawney: ", "- Mid-September, Borno: ": a part of a month)
ITEM_DAY = (r"(?:\d{1,2}(?:\s*(?:and|[-\u2013])\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|"
            r"(?:Early|Mid|Late|End\s+of|Beginning\s+of|Start\s+of)[\s-]+" + _MONTH + r")(?:,?\s+\d{4})?")
ITEM_PLACE = r"(?:[a-z]{1,3}-)?[A-Z][^:;.\n]{0,80}?"
# a list item's plain label of a day and a place: "- 24 August, al-Swani: ", "- 3 and 4 August, Mitiga airport: "
PLAIN_ITEM_LABEL = re.compile(r"[ \t]*[-*\u2022][ \t]+(?P<label>" + ITEM_DAY + r",\s+" + ITEM_PLACE + r"):[ \t]")


def label_places(ents: list[Ent], text: str, start: int, end: int) -> list[Ent]:
    """In a review's bold label of a day and a place ("**17 October, Lashkar Gah (Helmand):**", "**Gome, Puncak
    (27 January).**") every part that is a bare name is a place, whatever the model made of it or if it saw
    none; not a known organisation ("**Ceasefire with the EMC (22 May).**" is no bare name anyway)."""
    added = []
    lines = [text.rfind("\n", 0, start) + 1] + [start + k.end() for k in re.finditer(r"\n", text[start:end])]
    for at in lines:  # a block starts after the label's opening stars
        m = dated_label(text, at, month=True) or PLAIN_ITEM_LABEL.match(text, at)
        if m is None or m.end("label") <= start:
            continue
        # "Nogolait, Nduga" read as one organisation: its parts are read below
        ents = [x for x in ents if not (x.how == "ner" and m.start("label") <= x.start and x.end <= m.end("label")
                                        and re.search(r"[,;()—–]", x.text))]
        for part in LABEL_PARTS.finditer(m.group("label")):
            name = bare_place(part.group(0))
            if name is None:
                continue
            words = name.split()
            s = m.start("label") + part.start() + part.group(0).index(name)
            e = s + len(name)
            same = [x for x in ents if x.overlaps(Ent(s, e, name, "LOC", None, "rule"))]
            sub = "facility" if words[-1].lower() in FAC_HEADS else "city"
            if not same:
                added.append(Ent(s, e, name, "LOC", sub, "rule"))
            elif len(same) == 1 and (same[0].start, same[0].end) == (s, e) and same[0].how != "gazetteer":
                # a rule's weight, so that the model's other readings of the name do not outvote it
                same[0].subtype = same[0].subtype if same[0].type == "LOC" else sub
                same[0].type, same[0].how = "LOC", "rule"
    return sorted(ents + added, key=lambda x: x.start)


def resolve_overlaps(ents: list[Ent]) -> list[Ent]:
    """Keep the best of overlapping candidates: gazetteer, then rules, then NER; longer wins ties.

    A longer name that only adds capitalised words to a gazetteer name of the same type
    ("Kenya Red Cross" around "Red Cross") is the better reading and wins.
    """
    for outer in ents:
        for inner in ents:
            if inner.how == "ner" or inner is outer or not (outer.start <= inner.start and inner.end <= outer.end):
                continue  # each reading below is of a gazetteer's or a rule's name inside another
            if inner.how == "gazetteer" and outer.how != "gazetteer" and _extends(outer, inner):
                outer.how, outer.subtype = "gazetteer", outer.subtype or inner.subtype
            elif inner.how == "gazetteer" and outer.how == "rule" and outer.type == inner.type == "ORG" \
                    and outer.start == inner.start and outer.end > inner.end and len(outer.text.split()) >= 3:
                # "Volontaires pour la défense de la patrie" read on from the alias "Volontaires"
                outer.how, outer.subtype, outer.key = "gazetteer", outer.subtype or inner.subtype, inner.key
            elif inner.how == "rule" and outer.how == "ner" and inner.type == "PERSON" and _extends(outer, inner) \
                    and not any(o.how == "rule" and o.type == "LOC" and outer.start <= o.start and o.end <= inner.start
                                for o in ents):
                # the model read on past the rule: "Fayez" + "al-Sarraj" (not "the deputy governor of Lorestan
                # Habibollah Khojastehpour", where a rule read the place of the office before the holder)
                outer.how = "rule"
            elif inner.how == "gazetteer" and outer.how == "ner" and outer.type == inner.type == "ORG" \
                    and inner.end == outer.end and inner.start > outer.start \
                    and (cut := re.search(r"\s+of\s+(?:the\s+)?$", outer.text[: inner.start - outer.start])) is not None \
                    and outer.text[: cut.start()].split()[-1].lower() in BODY_NAME_HEADS:
                # "the Majeed Brigade of the Balochistan Liberation Army": a body of another body, read as one
                outer.end = outer.start + cut.start()
                outer.text, outer.key = outer.text[: cut.start()], ""
    ranked = sorted(ents, key=lambda e: (-PRIORITY[e.how], -(e.end - e.start), e.start))
    kept: list[Ent] = []
    for ent in ranked:
        if any(ent.overlaps(k) for k in kept):
            continue
        kept.append(ent)
    return sorted(kept, key=lambda e: e.start)


PARTICLE = re.compile(r"^(?:al|el|ul|ad|ud|as|ash|ar|an|at|az|ad-din)[-‐]", re.I)


# a news agency's name: its own word, then what it is ("Meridian Press", "Anadolu Agency", "Kyodo News")
OUTLET_NAME = re.compile(r"([A-Z][\w'’-]+)\s+(?:Press|News|Agency|News\s+Agency|News\s+Service|Wire|Newswire|Media)")


def outlets_by_first_word(ents: list[Ent], text: str) -> None:
    """"(Meridian Press)" on the dateline, then "Meridian reporters at the scene", "told Meridian": an agency named by
    its first word is that agency, though a gazetteer knows a town of the name; not when the text also puts something
    in or near a place of that name ("Bamenda News" and "in Bamenda"), nor a country ("Bahrain News Agency")."""
    short = {named.group(1) for e in ents if e.type == "ORG" and (named := OUTLET_NAME.fullmatch(e.text)) is not None}
    for word in short:
        if word.lower() in countries() or re.search(
                rf"\b(?:in|at|near|from|outside|around|to|into|across)\s+(?:the\s+)?{re.escape(word)}\b(?!\s+[A-Z])", text):
            continue
        for ent in ents:
            if ent.text == word:
                ent.type, ent.subtype = "ORG", "media"


def consistent_types(ents: list[Ent]) -> None:
    """A name typed once is typed the same everywhere: gazetteer first, then the majority."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        if ent.type != "DATE":
            votes[norm_key(ent.text)][(ent.type, ent.subtype)] += 1 + 10 * PRIORITY[ent.how]
    best = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    # "PALERMO, August 29 (Meridian) - ...", "told the Ledger": a name a rule read as an outlet is that outlet wherever
    # it recurs ("Meridian was unable to verify"), though a gazetteer knows a town of the name
    for ent in ents:
        if ent.how == "rule" and (ent.type, ent.subtype) == ("ORG", "media"):
            best[norm_key(ent.text)] = ("ORG", "media")
    # A single word that is the surname of a person named in full is that person.
    surnames = {norm_key(bare) for e in ents if e.type == "PERSON" and " " in e.text
                and best.get(norm_key(e.text), ("",))[0] == "PERSON"
                for bare in {e.text.split()[-1], PARTICLE.sub("", e.text.split()[-1])}
                # "Ortega Díaz" after "Luisa Ortega Díaz": both surnames together; "Cienfuegos" after
                # "Salvador Cienfuegos Zepeda": the first of them
                | ({" ".join(e.text.split()[-2:])} if len(e.text.split()) >= 3 else set())
                | ({e.text.split()[1]} if len(e.text.split()) == 3 and e.text.split()[1][:1].isupper() else set())}
    # "Blaise Compaoré" where "Compaoré" alone is a person: the full name is that person too
    singles = {k for k, t in best.items() if t[0] == "PERSON" and " " not in k}
    # "Abiy" after "Abiy Ahmed": many of the genre's people are named by their given name alone
    firsts = {norm_key(e.text.split()[0]) for e in ents if e.type == "PERSON" and len(e.text.split()) == 2
              and best.get(norm_key(e.text), ("",))[0] == "PERSON" and e.text.split()[0].lower() not in CONNECTORS}
    for ent in ents:
        if ent.type != "DATE":
            key = norm_key(ent.text)
            ent.type, ent.subtype = best[key]
            alone = " " not in ent.text
            words = ent.text.split()
            if ent.type in ("ORG", "LOC") and ent.how == "ner" and len(words) in (2, 3) \
                    and norm_key(words[-1]) in singles and not _body_word(words) and not is_place(ent.text) \
                    and words[0].lower() not in COMPASS_WORDS \
                    and words[-1].lower() not in KIND_WORDS \
                    and all(w[:1].isupper() for w in words):
                ent.type, ent.subtype = "PERSON", None
                continue
            if (key in surnames and " " in ent.text and len(words) == 2 and ent.how != "gazetteer"
                    and ent.type in ("ORG", "LOC") and not _body_word(words)):
                ent.type, ent.subtype = "PERSON", None
                continue
            if alone and (key in surnames and ent.how != "gazetteer"
                          or key in firsts and ent.how in ("ner", "propagated") and (
                              ent.type == "ORG" or ent.type == "LOC" and ent.subtype != "country"
                              and key not in countries())):
                ent.type, ent.subtype = "PERSON", None


def propagate(ents: list[Ent], text: str, blocks: list[tuple[int, int]]) -> list[Ent]:
    """Add mentions the model missed of names it found elsewhere in the same document."""
    forms: dict[str, Ent] = {}
    for ent in ents:
        if ent.type in ("PERSON", "ORG", "LOC", "NORP") and (len(ent.text) >= 4 or ent.text.isupper()):
            forms.setdefault(ent.text, ent)
    # words that also stand in lower case ("Mark", "Will") are no given names alone
    lower_words = set(re.findall(r"(?<![\w-])[a-z][\w'’]*", text))
    for ent in ents:
        # the surname of a person named in full is that person when it stands alone later
        if ent.type == "PERSON" and " " in ent.text:
            words = ent.text.split()
            # the last word, and for long names the one before (Spanish first surnames: "Rojas")
            # and "Sadr" for "Muqtada al-Sadr", and "Abiy" for "Abiy Ahmed" (a given name that is no word
            # of the text in lower case)
            given = [words[0]] if len(words) == 2 and words[0].lower() not in CONNECTORS \
                and words[0].lower() not in person_titles() and words[0].lower() not in lower_words else []
            # "López Obrador" for "Andrés Manuel López Obrador": both surnames together
            double = [" ".join(words[-2:])] if len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]) else []
            for surname in double + words[-1:] + [PARTICLE.sub("", words[-1])] + \
                    (words[-2:-1] if len(words) >= 3 else []) + given:
                if len(surname) >= 4 and surname[:1].isupper() and surname not in forms \
                        and surname.lower() not in CONNECTORS:
                    forms[surname] = Ent(0, 0, surname, "PERSON", None, "propagated")
    if not forms:
        return ents
    # "the deaths of Woodard and Brown": two people named before, not a body
    pairs = []
    for ent in ents:
        both = re.fullmatch(r"([A-Z][\w'’-]+) and ([A-Z][\w'’-]+)", ent.text) if ent.type == "ORG" and ent.how == "ner" \
            else None
        if both and all(forms.get(w) is not None and forms[w].type == "PERSON" for w in both.groups()):
            pairs.append(ent)
            for k in (1, 2):
                ents.append(Ent(ent.start + both.start(k), ent.start + both.end(k), both.group(k), "PERSON", None,
                                "propagated"))
    if pairs:
        ents = [e for e in ents if not any(e is p for p in pairs)]
    taken = sorted((e.start, e.end) for e in ents)
    added: list[Ent] = []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")

    starts = [s for s, _ in taken]
    by_span = {(e.start, e.end): e for e in ents}
    replaced: set[tuple[int, int]] = set()
    for block_start, block_end in blocks:
        for m in pattern.finditer(text, block_start, block_end):
            proto = forms[m.group(0)]
            i = bisect.bisect_right(starts, m.start()) - 1
            lo, hi = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
            within = taken[lo:hi]  # the spans that start inside the match
            inside = [span for span in within if span[1] <= m.end()]
            straddles = len(inside) < len(within) or (i >= 0 and starts[i] < m.start() and taken[i][1] > m.start())
            if inside and proto.type == "PERSON" and not straddles \
                    and all(by_span[span].type == "PERSON" for span in inside):
                replaced.update(inside)  # "López Obrador" where the model saw "Obrador" alone
            else:
                if i >= 0 and taken[i][1] > m.start():
                    continue
                if i + 1 < len(taken) and taken[i + 1][0] < m.end():
                    continue
            added.append(Ent(m.start(), m.end(), m.group(0), proto.type, proto.subtype, "propagated", proto.key))
    if replaced:
        ents = [e for e in ents if (e.start, e.end) not in replaced]
    return sorted(ents + added, key=lambda e: e.start)
