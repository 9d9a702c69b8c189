"""No identifier leaves a ward in disguise (issue 17 §2).

The corpus: the NHS number 9434765919 (synthetic range) written every way a hostile tester
tried and then some, CHI numbers, postcodes, dates of birth and titles in any case. Each is
checked by the public scanner, then typed through the app's own save path and exported (the
export must block or ask), then sent in a hand-made file (the import must quarantine it). The
ordinary-text corpus must raise no block, and a warning only where the sentence holds a number
that passes the NHS check labelled as a reference.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.action import Action
from app.domain.pii import FindingKind, Severity, redact, scan
from tests.unit.exchange_helpers import add_ward, export_bytes, link_device, new_store, transform

NHS = "9434765919"
A, B, C = NHS[:3], NHS[3:6], NHS[6:]  # 943 476 5919

# (text, kind that must be found). Blocking kinds must block; the others warn.
DISGUISES: list[tuple[str, FindingKind]] = [
    (f"NHS {NHS}", FindingKind.NHS_NUMBER),
    (f"{A} {B} {C}", FindingKind.NHS_NUMBER),
    (f"{A}-{B}-{C}", FindingKind.NHS_NUMBER),
    (f"{A}.{B}.{C}", FindingKind.NHS_NUMBER),
    (f"{A}/{B}/{C}", FindingKind.NHS_NUMBER),
    (f"{A}\u2013{B}\u2013{C}", FindingKind.NHS_NUMBER),  # en dash
    (f"{A}\u2014{B}\u2014{C}", FindingKind.NHS_NUMBER),  # em dash
    (f"{A}\u2212{B}\u2212{C}", FindingKind.NHS_NUMBER),  # minus sign
    (f"{A}\u2011{B}\u2011{C}", FindingKind.NHS_NUMBER),  # non-breaking hyphen
    (f"{A} {B}-{C}", FindingKind.NHS_NUMBER),  # mixed separators
    (f"{A}.{B} {C}", FindingKind.NHS_NUMBER),
    (f"{A}/{B}-{C}", FindingKind.NHS_NUMBER),
    (f"{A} - {B} - {C}", FindingKind.NHS_NUMBER),
    (f"{NHS[:4]} {NHS[4:7]} {NHS[7:]}", FindingKind.NHS_NUMBER),  # 4-3-3
    (f"{NHS[:5]} {NHS[5:]}", FindingKind.NHS_NUMBER),  # 5-5
    (f"{NHS[:5]}-{NHS[5:]}", FindingKind.NHS_NUMBER),
    (f"{NHS[:2]} {NHS[2:6]} {NHS[6:]}", FindingKind.NHS_NUMBER),  # 2-4-4
    (f"{NHS[:2]} {NHS[2:4]} {NHS[4:6]} {NHS[6:8]} {NHS[8:]}", FindingKind.NHS_NUMBER),  # 2-2-2-2-2
    (" ".join(NHS), FindingKind.NHS_NUMBER),  # one digit at a time
    (f"{A}  {B}  {C}", FindingKind.NHS_NUMBER),  # double spaces
    (f"{A}\t{B}\t{C}", FindingKind.NHS_NUMBER),  # tabs
    (f"{A} \t {B}\t\t{C}", FindingKind.NHS_NUMBER),
    (f"{A}\u00a0{B}\u00a0{C}", FindingKind.NHS_NUMBER),  # no-break spaces
    (f"{A}\u2009{B}\u2009{C}", FindingKind.NHS_NUMBER),  # thin spaces
    (f"{A}\u3000{B}\u3000{C}", FindingKind.NHS_NUMBER),  # ideographic space
    (f"{A}_{B}_{C}", FindingKind.NHS_NUMBER),
    ("9434_765_919", FindingKind.NHS_NUMBER),  # the ward code that passed validation
    ("\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669", FindingKind.NHS_NUMBER),  # Arabic-Indic
    ("\u06f9\u06f4\u06f3\u06f4\u06f7\u06f6\u06f5\u06f9\u06f1\u06f9", FindingKind.NHS_NUMBER),  # Extended Arabic-Indic
    ("\u096f\u096a\u0969\u096a\u096d\u096c\u096b\u096f\u0967\u096f", FindingKind.NHS_NUMBER),  # Devanagari
    ("\u09ef\u09ea\u09e9\u09ea\u09ed\u09ec\u09eb\u09ef\u09e7\u09ef", FindingKind.NHS_NUMBER),  # Bengali
    ("".join(chr(0xFF10 + int(d)) for d in NHS), FindingKind.NHS_NUMBER),  # fullwidth
    ("".join(chr(0x1D7CE + int(d)) for d in NHS), FindingKind.NHS_NUMBER),  # mathematical bold digits
    ("\u0669\u0664\u0663 476 5919", FindingKind.NHS_NUMBER),  # scripts mixed
    ("\u200b".join(NHS), FindingKind.NHS_NUMBER),  # zero-width space between every digit
    (f"{A}\u200b{B}\u200b{C}", FindingKind.NHS_NUMBER),
    (f"{A}\u2060{B}\u2060{C}", FindingKind.NHS_NUMBER),  # word joiner
    (f"{A}\u00ad{B}\u00ad{C}", FindingKind.NHS_NUMBER),  # soft hyphen
    (f"\ufeff{NHS}", FindingKind.NHS_NUMBER),  # BOM before
    (f"{A}\ufeff{B}{C}", FindingKind.NHS_NUMBER),  # BOM inside
    (f"{A}\u200d{B}\u200c{C}", FindingKind.NHS_NUMBER),  # zero-width joiner and non-joiner
    (f"{A}\u200e{B}\u200f{C}", FindingKind.NHS_NUMBER),  # direction marks
    (f"+44 {NHS}", FindingKind.NHS_NUMBER),  # taken as a phone number before
    (f"+44{NHS}", FindingKind.NHS_NUMBER),
    (f"+44 {A} {B} {C}", FindingKind.NHS_NUMBER),
    (f"bed 4 {NHS}", FindingKind.NHS_NUMBER),  # a number before it joins the chain
    (f"pt in bed 12 {A} {B} {C}", FindingKind.NHS_NUMBER),
    (f"nhs no:{NHS}", FindingKind.NHS_NUMBER),
    (f"NHS number {NHS} (Datix not raised)", FindingKind.NHS_NUMBER),
    (f"ref {NHS}", FindingKind.NHS_NUMBER),  # not one of the reference labels: still blocks
    ("CHI 010101 1237", FindingKind.CHI_NUMBER),
    ("010101-1237", FindingKind.CHI_NUMBER),
    ("0101011237", FindingKind.CHI_NUMBER),
    ("01-01-01-1237", FindingKind.CHI_NUMBER),
    ("H&C 320 000 0007", FindingKind.HC_NUMBER),
    ("320.000.0007", FindingKind.HC_NUMBER),
    ("Family live at ls1 4ap", FindingKind.POSTCODE),
    ("address LS1 4AP", FindingKind.POSTCODE),
    ("address Ls1 4aP", FindingKind.POSTCODE),
    ("sw1a 1aa on the letter", FindingKind.POSTCODE),
    ("postcode \uff2c\uff33\uff11 \uff14\uff21\uff30", FindingKind.POSTCODE),  # fullwidth letters
    ("born 12/03/1950", FindingKind.DATE_OF_BIRTH),
    ("BORN 12.03.1950", FindingKind.DATE_OF_BIRTH),
    ("b. 12/03/1950", FindingKind.DATE_OF_BIRTH),
    ("dob 12/03/1950", FindingKind.DATE_OF_BIRTH),
    ("admitted, 12/03/1950 on the wristband", FindingKind.DATE_OF_BIRTH),  # no label
    ("12 March 1950", FindingKind.DATE_OF_BIRTH),
    ("1950-03-12", FindingKind.DATE_OF_BIRTH),
    ("mr smith in bay 2", FindingKind.NAME),
    ("MR SMITH in bay 2", FindingKind.NAME),
    ("Mr smith", FindingKind.NAME),
    ("mR Smith", FindingKind.NAME),
    ("mrs j patel", FindingKind.NAME),
    ("dr okafor rang", FindingKind.NAME),
    ("MS JONES", FindingKind.NAME),
    ("prof. adeyemi", FindingKind.NAME),
    ("Ward 943 476 5919", FindingKind.NHS_NUMBER),  # a ward name
]

ORDINARY = [
    "W7 2RN short on nights, bank requested.",
    "E3 1RN short, 1 HCA moved from W9.",
    "Staffing 5RN 3HCA 1NA on days; 4RN 2HCA on nights.",
    "Bay 3 bed 12 NEWS2 5, escalated to dr on call at 14:30.",
    "dr aware, plan to review after the ward round.",
    "dr happy with plan, obs 4 hourly.",
    "mr on leave until Monday, reg covering.",
    "MS nurse specialist visiting on Tuesday.",
    "Prof visiting team next week.",
    "Bleep 4432 for the site manager, ext 24432 for bed bureau.",
    "Extension 2 4432 or bleep 1234.",
    "Huddle at 08:30 on 12/03/2026, next on 19/03/2026.",
    "Audit 01/03/2026 - 07/03/2026, 12 falls on 1,240 bed days.",
    "Audit 2026-03-01 to 2026-03-07 complete.",
    "Week 1.3.2026 - 7.3.2026 reviewed.",
    "12/03/2026 08:00 - 12/03/2026 20:00 shift covered.",
    "Datix W123456 and W123457 submitted.",
    "Incident reference 1234567890 logged.",  # check digit not valid
    "IR1 55321 raised for the missed dose.",
    "Beds 1 2 3 4 5 6 7 8 9 10 cleaned.",  # eleven digits in a row of numbers
    "Scores 3 4 2 1 5, all reviewed.",
    "BP 120/80, HR 72, SpO2 98%, RR 16, T 36.5.",
    "Fluid balance +500ml at midnight.",
    "Paracetamol 1g QDS and morphine 2.5mg PRN.",
    "Heparin 5000 units BD, VTE assessment done for 24 patients.",
    "Pressure ulcer category 2, Datix ref 2026/0412.",
    "Falls mat on order, reference PO 45001-23456.",
    "3 admissions and 4 discharges before 12:00.",
    "Agency nurse booked for 19:30-07:30 shift.",
    "Fridge 9C at 07:15, pharmacy called.",
    "Hand hygiene audit 96%, 48/50 compliant.",
    "2 MRSA screens outstanding, bay b2 4hr obs.",
    "Ward w1 2nd floor lift out of order.",
    "Delirium screen 4AT 5 in bed 10.",
    "Jan 2026 audit: 12 falls; Feb 2026: 9 falls.",
    "Next huddle Monday 08:30, same place.",
    "did not miss any meds today",
    "Side room 2 needed for C. diff, IPC informed.",
    "NG tube reinserted, x-ray requested at 15:45.",
    "Linen delivery late again, estates job 4521.",
    "Discharge lounge on ext 2 4432, bleep 2000.",
]
# Numbers that pass the NHS check but are labelled as references: a warning to confirm.
LABELLED = [
    "Datix 9876543210 raised for the fall.",
    "Incident 9434765919 reported to the patient safety team.",
    "Asset no. 4000000632 sent to EBME.",
    "Order number 9990000018 for the new mattresses.",
    "Stock ref: 943 476 5919 reordered.",
]


def test_the_corpus_holds_what_the_issue_lists_and_more() -> None:
    assert len(DISGUISES) >= 59


@pytest.mark.parametrize("text,kind", DISGUISES, ids=[repr(t)[:40] for t, _ in DISGUISES])
def test_every_disguise_is_found_by_the_public_scanner(text: str, kind: FindingKind) -> None:
    findings = scan(text)
    assert kind in {f.kind for f in findings}, (text, findings)
    blocking = kind in (FindingKind.NHS_NUMBER, FindingKind.CHI_NUMBER, FindingKind.HC_NUMBER)
    finding = next(f for f in findings if f.kind == kind)
    assert finding.severity is (Severity.BLOCK if blocking else Severity.WARN)
    assert text[finding.start : finding.end] == finding.text  # spans are the typed text's own
    cleaned = redact(text, [finding])
    assert kind not in {f.kind for f in scan(cleaned)}


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_huddle_text_raises_nothing(text: str) -> None:
    assert scan(text) == [], text


@pytest.mark.parametrize("text", LABELLED)
def test_a_number_labelled_as_a_reference_is_a_warning_not_a_block(text: str) -> None:
    (finding,) = scan(text)
    assert finding.kind is FindingKind.REFERENCE_NUMBER and finding.severity is Severity.WARN


def test_false_blocks_stay_zero_and_warnings_only_where_labelled() -> None:
    blocks = [t for t in ORDINARY + LABELLED if any(f.blocks_export for f in scan(t))]
    warnings = [t for t in ORDINARY + LABELLED if any(not f.blocks_export for f in scan(t))]
    assert blocks == [] and warnings == LABELLED


@pytest.fixture(scope="module")
def typed_export(template_database: Path, tmp_path_factory: pytest.TempPathFactory):
    """Every disguise typed into an action through the app's own save path, then prepared for export."""
    folder = tmp_path_factory.mktemp("disguises")
    store = new_store(template_database, folder / "ward")
    ward_id = add_ward(store)
    saved = {}
    for text, _kind in DISGUISES:
        action, _ = store.actions.add(Action(ward_id=ward_id, text=f"Check {text} today"))
        saved[text] = action.id
    prepared = store.exchange.exports.prepare(ward_id)
    yield prepared, saved
    store.close()


@pytest.mark.parametrize("text,kind", DISGUISES, ids=[repr(t)[:40] for t, _ in DISGUISES])
def test_every_disguise_typed_in_stops_the_export(typed_export, text: str, kind: FindingKind) -> None:
    prepared, saved = typed_export
    issues = [i for i in prepared.pii.issues if i.uuid == saved[text]]
    assert str(kind) in {i.kind for i in issues}, text
    assert not prepared.pii.ready


def test_an_identifier_in_the_ward_name_or_codes_stops_the_export(template_database: Path, tmp_path: Path) -> None:
    from app.errors import ValidationError

    store = new_store(template_database, tmp_path / "ward")
    with pytest.raises(ValidationError, match="looks like an NHS"):
        add_ward(store, name="Ward 943\u200b476\u200b5919")  # refused as it is typed
    ward_id = add_ward(store)
    with store.database.write():  # a name saved before that rule existed
        store.database.execute("UPDATE wards SET name = ? WHERE uuid = ?", ["Ward 943\u200b476\u200b5919", ward_id])
    result, prepared = store.exchange.exports.export(ward_id, tmp_path, acknowledge_warnings=True)
    assert result is None and prepared.pii.blocked
    assert not list(tmp_path.glob("*.zip"))
    store.close()


@pytest.fixture
def sender(template_database: Path, tmp_path: Path):
    ward = new_store(template_database, tmp_path / "ward")
    central = new_store(template_database, tmp_path / "central")
    ward_id = add_ward(ward)
    ward.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    link_device(central, ward.ctx.device.device_id, ward_id)
    yield central, export_bytes(ward, ward_id, tmp_path), ward_id
    ward.close()
    central.close()


def _actions(line_change):
    return lambda name, line: line_change(dict(line)) if name == "actions" else line


@pytest.mark.parametrize(
    "where",
    ["field", "field name", "top-level key", "top-level value", "nested", "disguised"],
)
def test_the_import_rescan_covers_every_string_of_a_record(sender, where: str) -> None:
    central, data, ward_id = sender

    def plant(line: dict) -> dict:
        fields = dict(line["fields"])
        if where == "field":
            fields["text"] = f"NHS {NHS}"
        elif where == "field name":
            fields[f"note {NHS}"] = "x"
        elif where == "top-level key":
            line[f"x_{NHS}"] = 1
        elif where == "top-level value":
            line["x_comment"] = f"{A} {B} {C}"
        elif where == "nested":
            fields["x_more"] = {"items": [{"t": f"{A}.{B}.{C}"}]}
        else:
            fields["text"] = "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"
        line["fields"] = fields
        return line

    result = central.exchange.imports.import_bytes(transform(data, _actions(plant)), "planted.zip")
    assert result.status == "imported" and result.counts.quarantined == 1, result.message
    assert "patient identifier" in result.message
    texts = {a.text for a in central.actions.register(ward_id)}
    assert not any(NHS in t for t in texts)


def test_an_identifier_in_a_deletions_extra_keys_is_quarantined(sender) -> None:
    central, data, ward_id = sender
    from app.export_format import make_tombstone

    gone = make_tombstone(
        uuid="5c0e0000-0000-4000-8000-000000000002",
        record_type="actions",
        origin_device_id="d" * 32,
        ward_id=ward_id,
        rev=2,
        epoch=0,
        deleted_at="2026-03-11T09:00:00Z",
        extra={"reason": f"duplicate of {A}-{B}-{C}"},
    )
    result = central.exchange.imports.import_bytes(transform(data, add_tombstones=[gone]), "gone.zip")
    assert result.counts.quarantined == 1 and "patient identifier" in result.message


@pytest.mark.parametrize("key", ["ward_name", "ward", "trust_code", "x_note"])
def test_an_identifier_in_the_manifest_refuses_the_file_before_anything_is_stored(sender, key: str) -> None:
    central, data, _ward_id = sender
    before = central.database.rows("SELECT count(*) AS n FROM exchange_pending")[0]["n"]
    hostile = transform(data, manifest=lambda m: m.update({key: f"W {A}\u00ad{B}\u00ad{C}"}))
    result = central.exchange.imports.import_bytes(hostile, "m.zip")
    assert result.status == "rejected" and "NHS number" in result.message
    assert central.database.rows("SELECT count(*) AS n FROM exchange_pending")[0]["n"] == before


def test_an_identifier_in_the_file_name_refuses_the_file(sender) -> None:
    central, data, _ward_id = sender
    result = central.exchange.imports.import_bytes(data, f"huddle-export_RX9_W7_{NHS}.zip")
    assert result.status == "rejected" and "file's" in result.message
    kept = central.exchange.imports.quarantine_dir
    assert not [p for p in kept.iterdir() if NHS in p.name]


def test_the_apps_own_file_names_never_block_whatever_the_device_id() -> None:
    from app.export_format import export_file_name
    from app.services.exchange.pii_guard import file_block_reason

    for n in range(3000):
        device = f"{n:05d}" + "abc" + "0" * 24  # digits joined by '_' to the export number
        name = export_file_name("RX9", "W7", device[::-1], n + 1, date(2026, 3, 12))
        assert file_block_reason({}, name) is None, name
    assert file_block_reason({}, "huddle-export_RX9_9434_765_919_abc12345_00001_2026-03-12.zip") is not None
