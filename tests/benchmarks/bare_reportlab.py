"""The yardstick for `wardhuddle print huddle`: a bare reportlab script that writes a one-page
table to the PDF named on the command line. Run by bench_pdf.py."""

import sys

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

rows = [["Bed", "Risk flags", "Mitigation", "Owner", "Due"]] + [
    [f"Bay {i // 6 + 1} bed {i % 6 + 1}", "Falls, Delirium", "1:1 at night", "Nurse in charge", "21 Nov 2026"]
    for i in range(30)
]
table = Table(rows, repeatRows=1)
table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
SimpleDocTemplate(sys.argv[1], pagesize=A4).build([table])
