/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>
#include <libxml/xmlreader.h>

#include "mk-table-reader.h"

G_BEGIN_DECLS

/* The parts of MkXlsxReader: the ZIP package with its limits
 * (mk-xlsx-package.c), the workbook with shared strings and styles
 * (mk-xlsx-book.c, mk-xlsx-styles.c) and merged ranges (mk-xlsx-merges.c). */

typedef struct _MkXlsxPackage MkXlsxPackage;
typedef struct _MkXlsxEntry   MkXlsxEntry;
typedef struct _MkXlsxXml     MkXlsxXml;
typedef struct _MkXlsxBook    MkXlsxBook;
typedef struct _MkXlsxMerges  MkXlsxMerges;

/* --- mk-xlsx-package.c --- */

/* LIMITS are complete (no zeros). */
MkXlsxPackage   *mk_xlsx_package_open    (const char          *path,
                                          const MkTableLimits *limits,
                                          GError             **error);
void             mk_xlsx_package_free    (MkXlsxPackage       *pkg);
gboolean         mk_xlsx_package_has     (MkXlsxPackage       *pkg,
                                          const char          *part);
const char      *mk_xlsx_package_get_path (MkXlsxPackage      *pkg);

/* Opens PART after checking its declared size and ratio against the
 * limits; reading fails if it inflates to more than it declared. */
MkXlsxEntry     *mk_xlsx_entry_open      (MkXlsxPackage       *pkg,
                                          const char          *part,
                                          GError             **error);
gssize           mk_xlsx_entry_read      (MkXlsxEntry         *entry,
                                          char                *buf,
                                          gsize                len,
                                          GError             **error);
void             mk_xlsx_entry_close     (MkXlsxEntry         *entry);

/* A streaming parser over PART: no network, no DTD, no entity expansion,
 * never XML_PARSE_HUGE. */
MkXlsxXml       *mk_xlsx_xml_open        (MkXlsxPackage       *pkg,
                                          const char          *part,
                                          GError             **error);
xmlTextReaderPtr mk_xlsx_xml_get_reader  (MkXlsxXml           *xml);
/* xmlTextReaderRead: 1 a node, 0 the end, -1 ERROR is set. */
int              mk_xlsx_xml_read        (MkXlsxXml           *xml,
                                          GError             **error);
/* At a start tag: TRUE if its local name is NAME (interned compare). */
gboolean         mk_xlsx_xml_is_element  (MkXlsxXml           *xml,
                                          const xmlChar       *name);
const xmlChar   *mk_xlsx_xml_intern      (MkXlsxXml           *xml,
                                          const char          *name);
/* The value of the attribute of the current element with local name
 * LOCAL, or NULL; moves back to the element. */
char            *mk_xlsx_xml_dup_attr    (MkXlsxXml           *xml,
                                          const char          *local);
/* At the start tag of <v>, <t>, <si> or <is>: appends to OUT the text of
 * the element (for <si>/<is> of its <t> runs, not of phonetic <rPh>) and
 * reads up to its end tag. */
gboolean         mk_xlsx_xml_collect_text (MkXlsxXml          *xml,
                                          GString             *out,
                                          GError             **error);
void             mk_xlsx_xml_free        (MkXlsxXml           *xml);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxPackage, mk_xlsx_package_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxEntry, mk_xlsx_entry_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxXml, mk_xlsx_xml_free)

/* --- mk-xlsx-refs.c --- */

/* "C12" → column 2, row 12; returns the end of the reference, or NULL
 * unless it is a cell of Excel's sheet (A1 to XFD1048576). */
const char      *mk_xlsx_parse_ref       (const char          *ref,
                                          guint               *column,
                                          guint               *row);

/* TEXT is only ASCII digits and at most MAX: a number an attribute or a
 * <v> holds (no sign, space or fraction). */
gboolean         mk_xlsx_parse_index     (const char          *text,
                                          guint                max,
                                          guint               *value);
/* TEXT (a value from the file) short enough for a message. */
char            *mk_xlsx_excerpt         (const char          *text);
/* A row number of Excel's sheet, 1 to 1,048,576. */
gboolean         mk_xlsx_parse_row       (const char          *text,
                                          guint               *row);

/* --- mk-xlsx-book.c --- */

MkXlsxBook      *mk_xlsx_book_load       (MkXlsxPackage       *pkg,
                                          GError             **error);
void             mk_xlsx_book_free       (MkXlsxBook          *book);
/* The part of sheet NAME (NULL: the first worksheet); *FOUND is the
 * sheet's name as the workbook spells it. */
const char      *mk_xlsx_book_find_sheet (MkXlsxBook          *book,
                                          const char          *name,
                                          const char         **found,
                                          GError             **error);
/* Shared string INDEX, or NULL if there is none. */
const char      *mk_xlsx_book_get_string (MkXlsxBook          *book,
                                          guint                index);
/* MK_CELL_NUMBER, _PERCENT or _DATE for a cell of style XF. */
MkCellType       mk_xlsx_book_get_kind   (MkXlsxBook          *book,
                                          guint                xf);
gboolean         mk_xlsx_book_is_1904    (MkXlsxBook          *book);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxBook, mk_xlsx_book_free)

/* --- mk-xlsx-styles.c --- */

/* numFmtId → kind for each cellXfs entry of the styles part. */
GArray          *mk_xlsx_styles_load     (MkXlsxPackage       *pkg,
                                          const char          *part,
                                          GError             **error);
/* The kind a number format implies; CODE NULL for a built-in id. */
MkCellType       mk_xlsx_format_kind     (guint                id,
                                          const char          *code);
/* The text of a number of KIND into BUF ("0.333", "25.05.2022"); returns
 * the kind, NUMBER for a date out of Excel's range. */
MkCellType       mk_xlsx_number_text     (double               value,
                                          MkCellType           kind,
                                          gboolean             date1904,
                                          char                *buf,
                                          gsize                size);
/* What mk_xlsx_number_text would print for TEXT, a number as a sheet
 * stores it ("0.33300000000000002" → "0.333"), worked out on the digits:
 * printing a double costs more than reading the sheet's XML. FALSE when
 * the text is not a plain decimal or is too near a rounding tie. BUF
 * holds at least 32 bytes. */
gboolean         mk_xlsx_decimal_text    (const char          *text,
                                          char                *buf,
                                          gsize                size);
/* An ISO date ("2022-05-25", t="d" cells) as dd.mm.yyyy and its serial. */
gboolean         mk_xlsx_iso_date_text   (const char          *iso,
                                          char                *buf,
                                          gsize                size,
                                          double              *serial);

/* --- mk-xlsx-merges.c --- */

/* Finds the <mergeCell ref> of PART by a raw scan (they follow the
 * sheet data, which a streaming parser could not wait for). */
MkXlsxMerges    *mk_xlsx_merges_scan     (MkXlsxPackage       *pkg,
                                          const char          *part,
                                          guint                max_columns,
                                          GError             **error);
/* Gives the cells of merged ranges crossing ROW, the current row of
 * READER, the value of each range's top-left cell. Rows ascend. */
gboolean         mk_xlsx_merges_apply    (MkXlsxMerges        *merges,
                                          MkTableReader       *reader,
                                          guint                row,
                                          GError             **error);
void             mk_xlsx_merges_free     (MkXlsxMerges        *merges);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkXlsxMerges, mk_xlsx_merges_free)

G_END_DECLS
