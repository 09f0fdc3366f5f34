#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small XLSX files of fuzz/corpus/xlsx by hand (zipfile, no
spreadsheet library), so that each shows one thing the reader must handle:
shared and inline strings, percent and date formats, merged two-row
headings, several sheets, absolute relationship targets, the 1904 date
system. Run once; the bytes are committed."""

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def content_types(n_sheets):
    sheets = ''.join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, n_sheets + 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + sheets + '</Types>')


def workbook(names, date1904):
    pr = '<workbookPr date1904="1"/>' if date1904 else ''
    sheets = ''.join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, n in enumerate(names, 1))
    return f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} {RNS}>{pr}<sheets>{sheets}</sheets></workbook>'


def workbook_rels(n_sheets, absolute):
    prefix = '/xl/' if absolute else ''
    rels = ''.join(f'<Relationship Id="rId{i}" Type="{DOC}/worksheet" '
                   f'Target="{prefix}worksheets/sheet{i}.xml"/>' for i in range(1, n_sheets + 1))
    rels += (f'<Relationship Id="rId90" Type="{DOC}/sharedStrings" Target="{prefix}sharedStrings.xml"/>'
             f'<Relationship Id="rId91" Type="{DOC}/styles" Target="{prefix}styles.xml"/>')
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{rels}</Relationships>'


ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
             f'<Relationship Id="rId1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')

# xf 0 general, 1 percent (9), 2 percent with decimals (10), 3 date (14),
# 4 a custom date, 5 a custom percent.
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}><numFmts count="2">'
          '<numFmt numFmtId="164" formatCode="[$-419]DD.MM.YYYY"/>'
          '<numFmt numFmtId="165" formatCode="0.0%"/></numFmts><cellXfs count="6">'
          '<xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="14"/>'
          '<xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>')


def shared_strings(strings):
    items = ''.join(f'<si><t>{escape(s)}</t></si>' for s in strings)
    # A rich-text string with a phonetic run the reader must skip.
    items += '<si><r><t>СШ № </t></r><r><t>19</t></r><rPh><t>x</t></rPh></si>'
    return f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(strings) + 1}">{items}</sst>'


def cell(ref, value):
    kind, v = value[0], value[1:]
    if kind == 's':
        return f'<c r="{ref}" t="s"><v>{v[0]}</v></c>'
    if kind == 'i':
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v[0])}</t></is></c>'
    if kind == 'b':
        return f'<c r="{ref}" t="b"><v>{v[0]}</v></c>'
    if kind == 'd':
        return f'<c r="{ref}" t="d"><v>{v[0]}</v></c>'
    return f'<c r="{ref}" s="{v[1]}"><v>{v[0]}</v></c>'


def sheet(rows, merges=()):
    out = []
    for number, cells in rows:
        body = ''.join(cell(f'{chr(65 + i)}{number}', c) for i, c in enumerate(cells) if c)
        out.append(f'<row r="{number}">{body}</row>')
    merge = ''
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + ''.join(
            f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>'
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{"".join(out)}</sheetData>{merge}</worksheet>'


def write(path, names, sheets, strings, absolute=False, date1904=False,
          compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, 'w', compression) as z:
        z.writestr('[Content_Types].xml', content_types(len(sheets)))
        z.writestr('_rels/.rels', ROOT_RELS)
        z.writestr('xl/workbook.xml', workbook(names, date1904))
        z.writestr('xl/_rels/workbook.xml.rels', workbook_rels(len(sheets), absolute))
        z.writestr('xl/sharedStrings.xml', shared_strings(strings))
        z.writestr('xl/styles.xml', STYLES)
        for i, body in enumerate(sheets, 1):
            z.writestr(f'xl/worksheets/sheet{i}.xml', body)


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    strings = ['municipality', 'school', 'year', 'procedure', 'share', 'Смоленск',
               'МБОУ "СОШ №19"', 'ВПР РУ5(4)', 'ЕГЭ МАТ. Проф', 'Необ.']
    results = sheet([
        (1, [('s', 0), ('s', 1), ('s', 2), ('s', 3), ('s', 4)]),
        (2, [('s', 5), ('s', 6), ('n', 2022, 0), ('s', 7), ('n', '0.33300000000000002', 1)]),
        (3, [('s', 5), ('s', 10), ('n', 2022, 0), ('s', 8), ('n', 0.6, 2)]),
        (5, [('i', 'Каменск-Уральский'), ('i', 'СШ № 7'), ('i', '2021'), ('i', 'ОГЭ ГЕОГР.'),
             ('i', '30%')]),
    ])
    write(out / 'results.xlsx', ['Лист1'], [results], strings)
    # Stored, not deflated: the fuzzer can mutate the XML itself.
    write(out / 'results-stored.xlsx', ['Лист1'], [results], strings,
          compression=zipfile.ZIP_STORED)

    markers = sheet([
        (1, [('i', 'Муниципалитет'), ('i', 'ОО'), ('i', 'ВПР'), None, ('i', 'О Г Э')]),
        (2, [None, None, ('i', 'РУ5(4)'), ('i', 'МА-6'), ('i', 'Русский язык')]),
        (3, [('i', 'Смоленск'), ('i', 'СШ № 14'), ('i', 'Н'), ('i', '-'), ('i', 'Н, Необ.')]),
    ], merges=['A1:A2', 'B1:B2', 'C1:D1'])
    dates = sheet([
        (1, [('i', 'дата'), ('i', 'да'), ('i', 'доля')]),
        (2, [('n', 44706, 3), ('b', 1), ('n', 0.25, 5)]),
        (3, [('n', 44706.5, 4), ('b', 0), ('d', '2022-05-25')]),
    ])
    write(out / 'markers-dates.xlsx', ['Маркеры 2022', 'Даты'], [markers, dates], strings,
          absolute=True)
    write(out / 'dates-1904.xlsx', ['Sheet1'], [dates], strings, date1904=True)

    staff = sheet([
        (1, [('i', 'school'), ('i', 'teachers'), ('i', 'psychologists')]),
        (2, [('s', 10), ('n', 53, 0), ('i', '2 (РК)')]),
        (1000, [('i', 'СШ № 11'), ('i', '62 (3 - в декрете)'), ('n', 1, 0)]),
    ])
    write(out / 'staff.xlsx', ['Штат', 'Пустой'], [staff, sheet([])], strings)


if __name__ == '__main__':
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / 'corpus' / 'xlsx'))
