/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-doc.h"

G_BEGIN_DECLS

/* Shared by the DOCX writer's files. Lengths are in twips (1/1440 inch),
 * WordprocessingML's unit. */
#define MK_DOCX_TWIPS(mm) ((int) ((mm) * 1440.0 / 25.4 + 0.5))
#define MK_DOCX_PAGE_WIDTH  MK_DOCX_TWIPS (MK_DOC_PAGE_WIDTH_MM)
#define MK_DOCX_PAGE_HEIGHT MK_DOCX_TWIPS (MK_DOC_PAGE_HEIGHT_MM)
#define MK_DOCX_LEFT        MK_DOCX_TWIPS (MK_DOC_MARGIN_LEFT_MM)
#define MK_DOCX_RIGHT       MK_DOCX_TWIPS (MK_DOC_MARGIN_RIGHT_MM)
/* Taken from the rounded page and margins, not rounded on its own: a
 * table as wide as this then ends exactly at the right margin. */
#define MK_DOCX_TEXT_WIDTH  (MK_DOCX_PAGE_WIDTH - MK_DOCX_LEFT - MK_DOCX_RIGHT)

/* A list's label hangs this far left of its text (7,5 mm: room for «10.»
 * at 14 pt); a sub-item is one such step further in. */
#define MK_DOCX_LIST_STEP   MK_DOCX_TWIPS (7.5)

#define MK_DOCX_XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define MK_DOCX_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define MK_DOCX_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* The numbering of numbering.xml: the bullet list (ilvl 0 for
 * MK_DOC_BULLET, 1 for MK_DOC_SUBITEM), then one list per run of
 * numbered paragraphs, from MK_DOCX_FIRST_NUMBERED on. */
#define MK_DOCX_BULLETS        1
#define MK_DOCX_FIRST_NUMBERED 2

/* TEXT as XML character data; characters XML 1.0 cannot hold are left
 * out. */
void        mk_docx_append_escaped (GString         *xml,
                                    const char      *text);
/* A run of TEXT: '\n' a line break, '\t' a tab. */
void        mk_docx_append_runs    (GString         *xml,
                                    const char      *text,
                                    gboolean         bold,
                                    gboolean         italic);
/* The w:tbl of a MK_DOC_TABLE part. */
void        mk_docx_append_table   (GString         *xml,
                                    const MkDocPart *part);
/* word/document.xml; STARTS gets the first number (guint) of each
 * numbered list, for mk_docx_numbering. */
GString    *mk_docx_document       (MkDoc           *doc,
                                    GArray          *starts);
/* The styleId of STYLE's paragraphs in styles.xml. */
const char *mk_docx_style_id       (MkDocStyle       style);
/* word/styles.xml, and word/numbering.xml with a list from each of
 * STARTS. */
GString    *mk_docx_styles         (void);
GString    *mk_docx_numbering      (GArray          *starts);

G_END_DECLS
