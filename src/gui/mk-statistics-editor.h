/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The external statistics (docs/methodology.md) as a group of rows on the
 * references page: a row per school year and scope, with Add, Edit (a
 * dialog) and Delete, which a toast can undo. Changes are written at
 * once; the report «Сравнение числа ШНРО» reads them. */
#define MK_TYPE_STATISTICS_EDITOR (mk_statistics_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkStatisticsEditor, mk_statistics_editor, MK, STATISTICS_EDITOR,
                      AdwPreferencesGroup)

GtkWidget *mk_statistics_editor_new       (void);
void       mk_statistics_editor_set_store (MkStatisticsEditor *self,
                                           MkStore            *store);

/* Test hooks: the rows shown ("2018/2019 · Смоленская область" titles),
 * the dialog open now, and deleting a row as its button does. */
GListModel *mk_statistics_editor_get_rows        (MkStatisticsEditor *self);
GtkWidget  *mk_statistics_editor_get_row         (MkStatisticsEditor *self,
                                                  guint               index);
GtkWindow  *mk_statistics_editor_get_dialog      (MkStatisticsEditor *self);
void        mk_statistics_editor_delete          (MkStatisticsEditor *self,
                                                  guint               index);
void        mk_statistics_editor_undo            (MkStatisticsEditor *self);

G_END_DECLS
