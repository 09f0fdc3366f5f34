/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-record-list-editor.h"

G_BEGIN_DECLS

/* The external statistics (docs/methodology.md) as a group of rows on the
 * references page: a row per school year and scope ("2018/2019 ·
 * Смоленская область"), with Add, Edit (a dialog) and Delete, which a
 * toast can undo. Changes are written at once; the report «Сравнение
 * числа ШНРО» reads them. The items (mk_record_list_editor_get_items)
 * are MkStatistic. */
#define MK_TYPE_STATISTICS_EDITOR (mk_statistics_editor_get_type ())
G_DECLARE_FINAL_TYPE (MkStatisticsEditor, mk_statistics_editor, MK, STATISTICS_EDITOR,
                      MkRecordListEditor)

GtkWidget *mk_statistics_editor_new (void);

G_END_DECLS
