"""The yardstick for printing: a bare reportlab script that writes a one-page table to the PDF
named on the command line. bench_pdf.py runs it as a whole process (against `wardhuddle print
huddle`) and calls ``build`` in a warm process (against one huddle sheet and the weekly pack)."""

import sys

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle


def build(out) -> None:  # a file name or a binary file object
    rows = [["Bed", "Risk flags", "Mitigation", "Owner", "Due"]] + [
        [f"Bay {i // 6 + 1} bed {i % 6 + 1}", "Falls, Delirium", "1:1 at night", "Nurse in charge", "21 Nov 2026"]
        for i in range(30)
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    SimpleDocTemplate(out, pagesize=A4).build([table])


if __name__ == "__main__":
    build(sys.argv[1])
