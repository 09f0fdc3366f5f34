/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-sheet.h"

G_BEGIN_DECLS

/* A document as a flow of paragraphs and tables (a protocol, an extract
 * of it): what the page layout (PDF and print) and the DOCX writer both
 * read, so that the three show the same parts in the same order. It knows
 * nothing of pages or of any file format. */

typedef enum {
  MK_DOC_BODY,        /* justified, first line indented 1,25 cm */
  MK_DOC_PLAIN,       /* left, no indent */
  MK_DOC_CENTER,      /* centred: the document's name, its heading */
  MK_DOC_APPROVAL,    /* the approval block: lines at the right half */
  MK_DOC_BULLET,      /* «–» hanging at the left */
  MK_DOC_NUMBERED,    /* LABEL («1.») hanging at the left */
  MK_DOC_SUBITEM,     /* a decision's sub-item: «–», indented once more */
  MK_DOC_SIGNATURE,   /* TEXT at the left, LABEL (the name) at the right
                         margin, on the same line */
  MK_DOC_TABLE_TITLE, /* a title row of a table's sheet: centred */
} MkDocStyle;

typedef enum {
  MK_DOC_PARAGRAPH,
  MK_DOC_TABLE,
} MkDocPartKind;

typedef struct {
  MkDocPartKind  kind;
  MkDocStyle     style;           /* PARAGRAPH */
  char          *text;            /* PARAGRAPH: lines split at '\n' */
  char          *label;           /* NUMBERED: «1.»; SIGNATURE: the name */
  gboolean       bold;
  gboolean       space_before;    /* an empty line's space above */
  gboolean       keep_with_next;  /* never the last on a page */
  guint          outline_level;   /* a heading: 1 the document's name, 2
                                     its parts («Повестка дня:», «Решили:»,
                                     an agenda item's report); 0 text */
  /* TABLE: rows FIRST_ROW … LAST_ROW of SHEET (the doc holds a reference
   * to it); the first HEADER_ROWS of them repeat on every page. */
  MkSheet       *sheet;
  guint          first_row;
  guint          last_row;
  guint          header_rows;
} MkDocPart;

typedef struct _MkDoc MkDoc;

MkDoc           *mk_doc_new            (const char *title);
void             mk_doc_free           (MkDoc      *self);
/* The document's title, for the PDF's and DOCX's properties. */
const char      *mk_doc_get_title      (MkDoc      *self);
/* Adds a paragraph and returns it, to set BOLD and the rest. */
MkDocPart       *mk_doc_add_paragraph  (MkDoc      *self,
                                        MkDocStyle  style,
                                        const char *text);
/* Adds SHEET (taken) as its parts: each title row without borders becomes
 * a paragraph (MK_DOC_TABLE_TITLE when centred), and each run of bordered
 * rows a table, whose header rows are its first row and the rows after it
 * that are headings too (every cell bold and centred), with the rows a
 * merged heading cell reaches down to. */
void             mk_doc_add_sheet      (MkDoc      *self,
                                        MkSheet    *sheet);
/* What the document could not show as asked (a table whose report
 * failed), one sentence each; NULL-terminated, owned by the document. */
void               mk_doc_add_warning  (MkDoc      *self,
                                        const char *warning);
const char *const *mk_doc_get_warnings (MkDoc      *self);
guint            mk_doc_get_n_parts    (MkDoc      *self);
const MkDocPart *mk_doc_get_part       (MkDoc      *self,
                                        guint       index);
/* Every paragraph's text and every table's cells, in order, one line
 * each: what a reader sees, for tests and for comparing renderings. */
char            *mk_doc_dup_text       (MkDoc      *self);

/* The page of an official document (ГОСТ Р 7.0.97-2025, «Оформление
 * документов»): A4, margins in millimetres, the serif font and its sizes
 * in points, shared by the PDF, print and the DOCX. */
#define MK_DOC_PAGE_WIDTH_MM     210.0
#define MK_DOC_PAGE_HEIGHT_MM    297.0
#define MK_DOC_MARGIN_LEFT_MM     30.0   /* kept over ten years */
#define MK_DOC_MARGIN_RIGHT_MM    10.0
#define MK_DOC_MARGIN_TOP_MM      20.0
#define MK_DOC_MARGIN_BOTTOM_MM   20.0
#define MK_DOC_PAGE_NUMBER_MM     10.0   /* the number's baseline from the top */
#define MK_DOC_INDENT_MM          12.5   /* a paragraph's first line */
#define MK_DOC_FONT              "Liberation Serif"
#define MK_DOC_FONT_SIZE          14.0
#define MK_DOC_TABLE_FONT_SIZE    12.0
#define MK_DOC_LINE_SPACING        1.0

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkDoc, mk_doc_free)

G_END_DECLS
