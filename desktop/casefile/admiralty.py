"""The NATO Admiralty code (STANAG 2511 / AJP-2.1): grades, labels, definitions.

Codes are what we store; labels are for display. The STIX 2.1 confidence mapping is the
normative one of STIX Appendix A (Admiralty credibility 1-5 -> 90/70/50/30/10; 6 has no
value, so ``confidence`` is omitted).
"""

from __future__ import annotations

from dataclasses import dataclass

RELIABILITY_SCALE = "admiralty-reliability"
CREDIBILITY_SCALE = "admiralty-credibility"


@dataclass(frozen=True)
class Grade:
    code: str
    label: str
    definition: str


RELIABILITY: tuple[Grade, ...] = (
    Grade("A", "Completely reliable", "No doubt of authenticity, trustworthiness or competency; a history of complete reliability."),
    Grade("B", "Usually reliable", "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time."),
    Grade("C", "Fairly reliable", "Doubt about authenticity, trustworthiness or competency, but has provided valid information in the past."),
    Grade("D", "Not usually reliable", "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past."),
    Grade("E", "Unreliable", "Lacking in authenticity, trustworthiness and competency; a history of invalid information."),
    Grade("F", "Reliability cannot be judged", "No basis exists for evaluating the reliability of the source."),
)

CREDIBILITY: tuple[Grade, ...] = (
    Grade("1", "Confirmed by other sources", "Confirmed by other independent sources; logical in itself; consistent with other information on the subject."),
    Grade("2", "Probably true", "Not confirmed; logical in itself; consistent with other information on the subject."),
    Grade("3", "Possibly true", "Not confirmed; reasonably logical in itself; agrees with some other information on the subject."),
    Grade("4", "Doubtful", "Not confirmed; possible but not logical; no other information on the subject."),
    Grade("5", "Improbable", "Not confirmed; not logical in itself; contradicted by other information on the subject."),
    Grade("6", "Truth cannot be judged", "No basis exists for evaluating the validity of the information."),
)

SCALES: dict[str, tuple[Grade, ...]] = {
    RELIABILITY_SCALE: RELIABILITY,
    CREDIBILITY_SCALE: CREDIBILITY,
}

# STIX 2.1 Appendix A, "Admiralty Credibility" -> STIX confidence.
STIX_CONFIDENCE = {"1": 90, "2": 70, "3": 50, "4": 30, "5": 10}


def grade(scale: str, code: str) -> Grade:
    """The grade ``code`` on ``scale``; raises KeyError for an unknown one."""
    for g in SCALES[scale]:
        if g.code == code.upper():
            return g
    raise KeyError(f"{code!r} is not a grade of {scale}")


def is_valid(scale: str, code: str) -> bool:
    try:
        grade(scale, code)
    except KeyError:
        return False
    return True


def stix_confidence(credibility: str | None) -> int | None:
    """STIX ``confidence`` for an Admiralty credibility code; None for 6 or no rating."""
    if credibility is None:
        return None
    return STIX_CONFIDENCE.get(credibility)
