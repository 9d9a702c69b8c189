"""Words that follow a title ("Dr", "mr", "MS") or "patient" in ordinary huddle text and are not
names. Capitalised words after a proper title ("Dr Plan agreed") are checked against NOT_NAMES;
a name typed in lower case or capitals ("mr smith", "MR SMITH") cannot be told from an ordinary
word by its shape, so it must also not be one of the COMMON_WORDS."""

from __future__ import annotations

NOT_NAMES = frozenset(
    """
a an and are as at be by for from has had have he her his in is it may might no not of on or our please reg she
so that the their then there these they this to us was we were when where who will with yet aware asked bleeped
called contacted informed reviewed review reviewing reviews round rounds team teams ward wards registrar
consultant consultants surgeon surgeons on-call oncall call plan plans next later also all any both each every
other some today tomorrow yesterday tonight morning afternoon evening night nights day days weekend week month
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december safety experience flow flows advice liaison transport transfer transfers led centred
feedback story stories group groups forum survey discharge discharges admission admissions handover handovers
information leaflet leaflets records record notes list lists care moving handling falls fall sepsis pressure
escalation escalated follow follow-up fu ok okay
""".split()
)

COMMON_WORDS = NOT_NAMES | frozenset(
    """
i me my you your him them its our ours about above after again against along already although always am among
another around away back because been before being below between beyond but can cannot could did do does doing
done down during either else enough even ever few first further get gets getting give given go goes going gone
got happy here how however if into just keep kept know known last least less let like likely made make makes many
more most much must near need needed needs never new now off often once only onto out over own per perhaps quite
rather really same say said says see seen sees seems seen should since still such sure take taken than though
through thus too under until up upon very via want wanted wants well what whether which while whilst why within
without would yes asap now urgent urgently busy free available unavailable absent present away off-site onsite
came come comes coming went left leaving leave arrived attending attended attend seeing saw spoke spoken speak
rang phoned phone rung bleep paged page emailed email wrote writes written agreed agrees agree happy unhappy
content concerned worried explained explains discussed discusses discuss documented documents document checked
checks check prescribed prescribes prescribe changed changes change started starts start stopped stops stop
increased decreased reduced held given gave requested requests request ordered orders order sent sends send
examined examines examine assessed assesses assess seen visiting visited visits visit covering covers cover
nurse nurses matron sister staff charge student students doctor doctors junior juniors senior seniors sho fy1 fy2
f1 f2 ct1 ct2 st1 st2 st3 st4 spr gp gps hca hcas rn rns physio physios ot ots slt dietitian pharmacist pharmacy
clinic clinics theatre theatres surgery surgeries bay bays bed beds side room rooms office desk station unit
outreach site manager managers bleep holder cover covers rota rotas shift shifts break breaks lunch meeting
meetings teaching training study leave sick annual off duty handover huddle board audit audits quality lead leads
""".split()
)
