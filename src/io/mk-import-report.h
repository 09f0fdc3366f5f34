/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an import found: every error and warning with its FILE:LINE, and
 * how many records it added, replaced or left unchanged. The GUI shows it
 * before anything is written; the CLI prints it. */
#define MK_TYPE_IMPORT_REPORT (mk_import_report_get_type ())
G_DECLARE_FINAL_TYPE (MkImportReport, mk_import_report, MK, IMPORT_REPORT, GObject)

MkImportReport *mk_import_report_new          (void);
void            mk_import_report_add_error    (MkImportReport *self,
                                               const char     *location,
                                               const char     *format,
                                               ...) G_GNUC_PRINTF (3, 4);
void            mk_import_report_add_warning  (MkImportReport *self,
                                               const char     *location,
                                               const char     *format,
                                               ...) G_GNUC_PRINTF (3, 4);
/* "FILE:LINE: message" lines, in the order found. */
GPtrArray      *mk_import_report_get_errors   (MkImportReport *self);
GPtrArray      *mk_import_report_get_warnings (MkImportReport *self);
gboolean        mk_import_report_has_errors   (MkImportReport *self);

void            mk_import_report_count_added     (MkImportReport *self);
void            mk_import_report_count_replaced  (MkImportReport *self);
void            mk_import_report_count_unchanged (MkImportReport *self);
guint           mk_import_report_get_added       (MkImportReport *self);
guint           mk_import_report_get_replaced    (MkImportReport *self);
guint           mk_import_report_get_unchanged   (MkImportReport *self);
void            mk_import_report_reset_counts    (MkImportReport *self);
/* «added 3, replaced 1, unchanged 40», translated. */
char           *mk_import_report_dup_summary     (MkImportReport *self);

G_END_DECLS
