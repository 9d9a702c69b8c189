"""Tests for the patient-identifier scanner (app.domain.pii): R31-R33."""

from __future__ import annotations

import random
from typing import Any

import pytest

from app.domain.pii import (
    SCANNER_VERSION,
    FieldFinding,
    Finding,
    FindingKind,
    HospitalNumberPattern,
    Severity,
    classify_health_number,
    compile_hospital_number_patterns,
    format_field_path,
    nhs_check_digit,
    passes_modulus_11,
    redact,
    redact_record,
    scan_record,
    scan_text,
)

# Published vectors (nhs-number package README and tests/vectors/nhs_number_cases.json), each
# checked by hand: weights 10..2 over the first nine digits, check = 11 - sum % 11 (11 -> 0).
VALID = {
    "9434765919": FindingKind.NHS_NUMBER,  # 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299%11=2; 11-2=9
    "9990000018": FindingKind.NHS_NUMBER,  # 90+81+72+0+0+0+0+0+1*2 = 245; 245%11=3; 11-3=8
    "9990000026": FindingKind.NHS_NUMBER,  # 243+2*2 = 247; 247%11=5; 11-5=6
    "4010232137": FindingKind.NHS_NUMBER,  # 40+0+8+0+12+15+8+3+6 = 92; 92%11=4; 11-4=7
    "9876543210": FindingKind.NHS_NUMBER,  # 90+72+56+42+30+20+12+6+2 = 330; 330%11=0; 11-0=11 -> 0
    "4000000632": FindingKind.NHS_NUMBER,  # 40+0+...+6*3+3*2 = 64; 64%11=9; 11-9=2
    "9234760735": FindingKind.NHS_NUMBER,  # 90+18+24+28+42+30+0+21+6 = 259; 259%11=6; 11-6=5
    "0101011113": FindingKind.CHI_NUMBER,  # 0+9+0+7+0+5+4+3+2 = 30; 30%11=8; 11-8=3; 01/01/01 is a date
    "3462950622": FindingKind.HC_NUMBER,  # 30+36+48+14+54+25+0+18+4 = 229; 229%11=9; 11-9=2
}
INVALID_CHECKSUM = [
    "9434765918",  # check digit should be 9
    "1234567890",  # 10+18+24+28+30+30+28+24+18 = 210; 210%11=1; 11-1=10 -> no valid check digit
    "9990000019",  # check digit should be 8
    "4010232138",  # check digit should be 7
]
NOT_ISSUED = [
    "0113011113",  # checksum valid but month 13: not a CHI number
    "8453035113",  # checksum valid, Republic of Ireland IHI range: not flagged
    "0000000000",  # checksum valid, unallocated range
]


def by_hand(nine: str) -> int:
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=False)) % 11
    return 0 if check == 11 else check


def test_vector_checksums_by_hand() -> None:
    for number in VALID:
        assert by_hand(number[:9]) == int(number[9]), number
        assert nhs_check_digit(number[:9]) == int(number[9])
    assert by_hand("123456789") == 10 and nhs_check_digit("123456789") is None
    assert nhs_check_digit("000000006") is None  # package vector: checksum 10
    assert nhs_check_digit("987654321") == 0 and nhs_check_digit("400000063") == 2


@pytest.mark.parametrize("number,kind", VALID.items())
def test_valid_vectors_block_in_every_format(number: str, kind: FindingKind) -> None:
    assert passes_modulus_11(number) and classify_health_number(number) is kind
    for shown in (number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"):
        findings = scan_text(f"Noted {shown}, for review.")
        assert [(f.kind, f.severity, f.text) for f in findings] == [(kind, Severity.BLOCK, shown)]


@pytest.mark.parametrize("number", INVALID_CHECKSUM + NOT_ISSUED)
def test_invalid_or_unissued_numbers_pass(number: str) -> None:
    assert classify_health_number(number) is None
    assert not [f for f in scan_text(f"ref {number}") if f.blocks_export]
    assert passes_modulus_11(number) is (number in NOT_ISSUED)


def test_digits_inside_longer_runs_not_matched() -> None:
    """Mixed separators and "+44" before a number now block (issue 17): tests/unit/test_pii_disguises.py."""
    for text in [
        "19990000018",
        "99900000181",
        "999 000 00181",
        "ref 9990000018123",
        "ref 3f2a9c1e-9990-4000-8000-999000001812",
        "links to 3f2a9c1e-7b4d-4e0a-9c61-a9990000018b",
        "sha a9990000018b" + "0" * 52,
    ]:
        assert not [f for f in scan_text(text) if f.blocks_export], text


def test_chi_date_rule_and_hc_range() -> None:
    # 290200123: 20+81+0+14+0+0+4+6+6 = 131; 131%11=10; 11-10=1 -> 2902001231, 29 Feb 2000 exists
    assert classify_health_number("2902001231") is FindingKind.CHI_NUMBER
    # 290201123: 136%11=4; 11-4=7 -> 2902011237: checksum valid, but 29 Feb 2001 does not exist
    assert passes_modulus_11("2902011237") and classify_health_number("2902011237") is None
    # 311299999: 241%11=10 -> 3112999991 (31/12/99, top of the CHI range)
    assert classify_health_number("3112999991") is FindingKind.CHI_NUMBER
    # 311300000: 68%11=2; 11-2=9 -> 3113000009, just past the CHI range and below H&C
    assert passes_modulus_11("3113000009") and classify_health_number("3113000009") is None
    # 320000000: 30+18+0... = 48; 48%11=4; 11-4=7 -> first H&C number 3200000007
    assert classify_health_number("3200000007") is FindingKind.HC_NUMBER
    assert scan_text("H&C 320 000 0007")[0].label == "Health and Care number"


def test_modulus_11_false_positive_rate_documented() -> None:
    rng = random.Random(11)
    samples = [f"{rng.randrange(10**10):010d}" for _ in range(30_000)]
    passing = sum(passes_modulus_11(s) for s in samples) / len(samples)
    blocked = sum(classify_health_number(s) is not None for s in samples) / len(samples)
    assert 0.08 < passing < 0.102  # about 1 in 11
    assert 0.035 < blocked < 0.06  # about 1 in 21: only issued ranges block


WARN_CASES = [
    ("Family live at LS1 4AP near the hospital", FindingKind.POSTCODE, "LS1 4AP"),
    ("Address SW1A 1AA on letter", FindingKind.POSTCODE, "SW1A 1AA"),
    ("DOB 12/03/1941 on wristband", FindingKind.DATE_OF_BIRTH, "DOB 12/03/1941"),
    ("D.O.B: 1 March 1941", FindingKind.DATE_OF_BIRTH, "D.O.B: 1 March 1941"),
    ("born on 3rd Jan 1950", FindingKind.DATE_OF_BIRTH, "born on 3rd Jan 1950"),
    ("date of birth 1941-03-12", FindingKind.DATE_OF_BIRTH, "date of birth 1941-03-12"),
    ("Mr Smith in bay 2 fell", FindingKind.NAME, "Smith"),
    ("Mrs J Patel needs review", FindingKind.NAME, "J Patel"),
    ("escalated to Dr. Okafor at 14:00", FindingKind.NAME, "Okafor"),
    ("Dr O'Brien reviewed", FindingKind.NAME, "O'Brien"),
    ("pt Smith refused obs", FindingKind.NAME, "Smith"),
    ("Patient Jones in side room", FindingKind.NAME, "Jones"),
    ("daughter's mobile 07700 900123", FindingKind.PHONE, "07700 900123"),
    ("GP surgery 0113 243 2000", FindingKind.PHONE, "0113 243 2000"),
    ("ring (0113) 496 0000 tomorrow", FindingKind.PHONE, "(0113) 496 0000"),
    ("son on +44 7700 900456", FindingKind.PHONE, "+44 7700 900456"),
    ("London office 020 7946 0000", FindingKind.PHONE, "020 7946 0000"),
    ("email sister.jones@nhs.net.", FindingKind.EMAIL, "sister.jones@nhs.net"),
]


@pytest.mark.parametrize("text,kind,matched", WARN_CASES)
def test_warn_kinds(text: str, kind: FindingKind, matched: str) -> None:
    findings = scan_text(text)
    assert [(f.kind, f.severity, f.text) for f in findings] == [(kind, Severity.WARN, matched)]
    assert text[findings[0].start : findings[0].end] == matched


def test_bare_outward_postcode_and_names_in_context_not_flagged() -> None:
    for text in [
        "Staff car park is in LS1",
        "Dr on call aware",
        "Seen by the Mr. Then home",
        "Patient Safety Team visiting",
        "Mr at clinic all day",
        "Dr. Plan agreed with NIC",
    ]:
        assert scan_text(text) == [], text


def test_hospital_number_patterns() -> None:
    text = "Ref RXX1234567 and rxx7654321 and ARXX1234567"
    found = scan_text(text, hospital_number_patterns=[r"RXX\d{7}"])
    assert [(f.kind, f.severity, f.text) for f in found] == [(FindingKind.HOSPITAL_NUMBER, Severity.WARN, "RXX1234567")]
    found = scan_text(text, hospital_number_patterns=[HospitalNumberPattern(r"(?i)rxx\d{7}", block=True)])
    assert [(f.severity, f.text) for f in found] == [(Severity.BLOCK, "RXX1234567"), (Severity.BLOCK, "rxx7654321")]
    assert found[0].label == "Hospital number"


@pytest.mark.parametrize("bad", [r"RXX(\d{7}", r"[", "", r"\d*", r"(?i)"])
def test_bad_hospital_pattern_raises_clear_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="Hospital number pattern"):
        compile_hospital_number_patterns([bad])
    with pytest.raises(ValueError):
        scan_text("text", hospital_number_patterns=[bad])


def test_overlaps_prefer_block_and_redact() -> None:
    text = "NHS 999 000 0018, Mr Smith, DOB 01/02/1940, mob 07700 900123."
    findings = scan_text(text, hospital_number_patterns=[r"\d{3} \d{3} \d{4}"])
    assert [f.kind for f in findings] == [
        FindingKind.NHS_NUMBER,
        FindingKind.NAME,
        FindingKind.DATE_OF_BIRTH,
        FindingKind.PHONE,
    ]
    assert redact(text, findings) == (
        "NHS [NHS number removed], Mr [name removed], [date of birth removed], mob [phone number removed]."
    )
    assert redact(text, findings[2:3]) == "NHS 999 000 0018, Mr Smith, [date of birth removed], mob 07700 900123."
    with pytest.raises(ValueError, match="changed"):
        redact(text.replace("Smith", "Smyth"), findings)
    assert isinstance(findings[0], Finding) and findings[0].replacement == "[NHS number removed]"


def test_scan_record_nested_and_redact_record() -> None:
    record: dict[str, Any] = {
        "summary": "Quiet shift",
        "items": [{"text": "pt Smith fell"}, {"text": "NHS 9990000026 on form", "n": 3}],
        "meta": {"notes": ["call 07700 900123"]},
        "count": 5,
    }
    found = scan_record(record)
    assert [(f.field, f.finding.kind) for f in found] == [
        ("items[0].text", FindingKind.NAME),
        ("items[1].text", FindingKind.NHS_NUMBER),
        ("meta.notes[0]", FindingKind.PHONE),
    ]
    assert all(isinstance(f, FieldFinding) for f in found)
    assert [f.field for f in scan_record(record, fields=["meta", "absent"])] == ["meta.notes[0]"]
    cleaned = redact_record(record, found)
    assert cleaned["items"] == [
        {"text": "pt [name removed] fell"},
        {"text": "NHS [NHS number removed] on form", "n": 3},
    ]
    assert scan_record(cleaned) == [] and record["items"] == [{"text": "pt Smith fell"}, record["items"][1]]
    assert format_field_path(("a", 0, "b")) == "a[0].b" and SCANNER_VERSION


# Ordinary huddle text: no identifiers. Each sentence must raise no block and no warning.
HUDDLE_CORPUS = [
    "Bay 3 bed 12 NEWS2 5, escalated to Dr on call at 14:30.",
    "Dr on call aware, plan to review after ward round.",
    "2 falls this week, both in Bay 4, Datix W123456 and W123457 submitted.",
    "IR1 55321 raised for the missed dose of insulin.",
    "Staffing RN 5/6, HCA 3/4 on days; 1 RN short on nights.",
    "Paracetamol 1g QDS and morphine 2.5mg PRN reviewed by pharmacy.",
    "Huddle moved to 08:30 on 12/03/2026 because of the fire drill.",
    "Bleep 4432 for the site manager, ext 24432 for bed bureau.",
    "Side room 2 needed for C. diff, IPC informed.",
    "Sepsis 6 completed within the hour for bed 7.",
    "Waterlow 15 in bed 9, pressure mattress ordered.",
    "MUST score 2, dietitian referral sent.",
    "Fluid balance +500ml at midnight, catheter bag changed.",
    "BP 90/60, HR 112, SpO2 94% on 2L, NEWS2 6.",
    "Pt in bay 2 for discharge tomorrow, TTOs with pharmacy.",
    "Patient Safety Team visiting on Thursday at 10:00.",
    "Matron aware of the staffing gap and will cover the 13:00 break.",
    "Mr on leave until Monday; registrar covering the list.",
    "Escalated to the on-call Dr. Plan agreed with the nurse in charge.",
    "Patient in side room 1 needs enhanced observation.",
    "Next huddle Monday 08:30, same place.",
    "Heparin 5000 units BD, VTE assessment done for 24 patients.",
    "Post-op day 2 in bed 14, mobilising with physio.",
    "Linen delivery late again, estates job 4521.",
    "3 admissions and 4 discharges before 12:00.",
    "Ward 23 closed to admissions due to norovirus, 5 bays affected.",
    "DNACPR discussed with family for bed 5, documented.",
    "IV abx due at 18:00 in bed 11, PICC line flushed.",
    "NG tube reinserted, x-ray requested at 15:45.",
    "Deteriorating patient flagged at 06:00, outreach attended.",
    "Staff car park in LS1 closed for resurfacing.",
    "Quality walk round by Prof visiting team next week.",
    "Pressure ulcer category 2 reported, Datix ref 2026/0412.",
    "Fridge temperature 9C out of range at 07:15, pharmacy called.",
    "Controlled drug check correct, CD book signed.",
    "Learning from last week: call bells answered within 3 minutes.",
    "PDSA cycle 3 started 01/04/2026, measure weekly.",
    "Agency nurse booked for 19:30-07:30 shift.",
    "Blood results for bed 8 chased, K+ 5.9 repeated.",
    "Delirium screen 4AT 5 in bed 10, family informed.",
    "Falls sensor mat on order, reference PO 45001-23456.",
    "Reviewed by Dr at 10:15, no changes to the plan.",
    "Pt Transport booked for 14:00, Patient Flow team updated.",
    "Jan 2026 audit: 12 falls; Feb 2026: 9 falls on 1,240 bed days.",
    "Hand hygiene audit 96%, 48/50 compliant.",
    "Infection control: 2 MRSA screens outstanding.",
]


def test_corpus_has_no_findings() -> None:
    assert len(HUDDLE_CORPUS) >= 40
    for sentence in HUDDLE_CORPUS:
        assert scan_text(sentence) == [], sentence


def test_random_text_spans_are_consistent_and_scanning_stays_fast() -> None:
    rng = random.Random(7)
    alphabet = "abcXYZ0123456789 .-/:@+()'\n"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(120)))
        findings = scan_text(text)
        assert all(text[f.start : f.end] == f.text for f in findings)
        assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))
    for block in ("Mr " * 5000, "1 " * 10000, "a@" * 10000, "DOB " * 5000, "9" * 20000):
        scan_text(block)  # would take seconds if any pattern were quadratic
