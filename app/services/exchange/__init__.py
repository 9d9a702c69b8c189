"""The weekly export and import: what the weekly file carries (weekly_file_contents), writing it
(exports), the identifier guard (pii_guard), reading and merging files (imports, merge),
redaction, and the improvement team's view of many wards (wards_view). ``exchange_services``
gathers them as ``store.exchange``."""
