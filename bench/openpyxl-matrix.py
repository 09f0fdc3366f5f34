#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The marker matrix as an analyst would script it with openpyxl, for the
benchmark: the same shape as `mayak-cli report marker-matrix` (two header
rows with merged kind cells, one row per school, 3 counts and 30 procedure
columns), written from the generated results of bench/generate.py."""
import collections
import sys

import openpyxl
from openpyxl.styles import Alignment, Font

results, out = sys.argv[1], sys.argv[2]
procedures = []
markers = collections.defaultdict(dict)
with open(results, encoding="utf-8") as f:
    next(f)
    for line in f:
        m, school, year, procedure, participants, low = line.rstrip("\n").split(";")
        if procedure not in procedures:
            procedures.append(procedure)
        if 100 * int(low) >= 30 * int(participants):
            cell = markers[(m, school)]
            cell[procedure] = "2Н" if procedure in cell else "Н"

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Таблица 1"
ws.cell(1, 1, "Наименование ОО").font = Font(bold=True)
ws.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
ws.cell(1, 2, "Кол-во меток НР")
ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=4)
for i, head in enumerate(("2021 год", "2022 год", "2021 + 2022 годы")):
    ws.cell(2, 2 + i, head)
for i, procedure in enumerate(procedures):
    ws.cell(1, 5 + i, procedure.split(" ")[0])
    ws.cell(2, 5 + i, procedure).alignment = Alignment(wrap_text=True)
row = 3
for (m, school), cells in sorted(markers.items()):
    ws.cell(row, 1, school)
    ws.cell(row, 4, sum(2 if v == "2Н" else 1 for v in cells.values()))
    for i, procedure in enumerate(procedures):
        if procedure in cells:
            ws.cell(row, 5 + i, cells[procedure])
    row += 1
wb.save(out)
