/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-statistics-editor"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-statistic-dialog.h"
#include "mk-statistics-editor.h"
#include "mk-store-statistics.h"

struct _MkStatisticsEditor
{
  MkRecordListEditor   parent_instance;

  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (MkStatisticsEditor, mk_statistics_editor, MK_TYPE_RECORD_LIST_EDITOR)

GtkWidget *
mk_statistics_editor_new (void)
{
  return g_object_new (MK_TYPE_STATISTICS_EDITOR, NULL);
}

static char *
row_title (MkStatistic *statistic)
{
  g_autofree char *year = mk_statistic_dup_year_label (statistic);

  return g_strdup_printf ("%s · %s", year, mk_statistic_get_scope (statistic));
}

/* «341 schools in the monitoring, ШНРО 29 (8,5 %)», with the source. */
static char *
row_subtitle (MkStatistic *statistic)
{
  guint schools = mk_statistic_get_schools (statistic);
  guint snro = mk_statistic_get_snro (statistic);
  guint permille = schools ? (guint) ((2000 * (guint64) snro + schools) / (2 * (guint64) schools)) : 0;
  g_autofree char *figures = g_strdup_printf (ngettext ("%u school in the monitoring, ШНРО %u (%u,%u %%)",
                                                        "%u schools in the monitoring, ШНРО %u (%u,%u %%)",
                                                        schools),
                                              schools, snro, permille / 10, permille % 10);
  const char *note = mk_statistic_get_note (statistic);

  if (*note == '\0')
    return g_steal_pointer (&figures);
  return g_strdup_printf ("%s · %s", figures, note);
}

static GtkWidget *
build_row (MkRecordListEditor  *editor,
           gpointer             item,
           GtkWidget          **delete)
{
  g_autofree char *title = row_title (item);
  g_autofree char *subtitle = row_subtitle (item);
  g_autofree char *delete_label = g_strdup_printf (_("Remove %s"), title);

  return mk_editable_row_new (title, subtitle, _("Edit the figures"), delete_label, delete);
}

static GListModel *
list_statistics (MkRecordListEditor  *editor,
                 GError             **error)
{
  return mk_store_list_statistics (mk_record_list_editor_get_store (editor), error);
}

static void
show_empty (MkRecordListEditor *editor)
{
  gtk_widget_set_visible (MK_STATISTICS_EDITOR (editor)->empty_row,
                          g_list_model_get_n_items (mk_record_list_editor_get_items (editor)) == 0);
}

/* A new row: the year after the last one of the last scope, which is
 * what a department adds each year. */
static MkStatistic *
suggest (MkRecordListEditor *editor)
{
  GListModel *items = mk_record_list_editor_get_items (editor);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(MkStatistic) last = n ? g_list_model_get_item (items, n - 1) : NULL;

  if (last == NULL)
    return NULL;
  return mk_statistic_new (mk_statistic_get_school_year (last) + 1,
                           mk_statistic_get_scope (last), 0, 0,
                           mk_statistic_get_note (last));
}

static GtkWindow *
new_dialog (MkRecordListEditor *editor,
            GtkWindow          *parent,
            gpointer            edited)
{
  g_autoptr(MkStatistic) suggested = edited ? NULL : suggest (editor);

  return GTK_WINDOW (mk_statistic_dialog_new (parent, mk_record_list_editor_get_store (editor),
                                              edited, suggested));
}

static gpointer
delete_statistic (MkRecordListEditor  *editor,
                  gpointer             item,
                  GError             **error)
{
  return mk_store_delete_statistic (mk_record_list_editor_get_store (editor),
                                    mk_statistic_get_school_year (item),
                                    mk_statistic_get_scope (item), error);
}

static AdwToast *
deleted_toast (MkRecordListEditor *editor,
               gpointer            removed)
{
  g_autofree char *title = row_title (removed);

  return mk_toast_new_printf (_("Statistics %s deleted"), title);
}

static gboolean
restore_statistic (MkRecordListEditor  *editor,
                   gpointer             removed,
                   GError             **error)
{
  return mk_store_set_statistic (mk_record_list_editor_get_store (editor), removed, NULL, error);
}

static void
mk_statistics_editor_class_init (MkStatisticsEditorClass *klass)
{
  static const char * const topics[] = { MK_TOPIC_STATISTICS, MK_TOPIC_ALL, NULL };
  MkRecordListEditorClass *editor_class = MK_RECORD_LIST_EDITOR_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  mk_record_list_editor_class_set_template (widget_class,
                                            "/ru/mayak/Mayak/mk-statistics-editor.ui",
                                            "statistics.add");
  gtk_widget_class_bind_template_child (widget_class, MkStatisticsEditor, empty_row);
  editor_class->topics = topics;
  editor_class->read_failed = N_("Cannot read the statistics");
  editor_class->delete_failed = N_("Cannot delete the statistics");
  editor_class->restore_failed = N_("Cannot restore the statistics");
  editor_class->list = list_statistics;
  editor_class->build_row = build_row;
  editor_class->reloaded = show_empty;
  editor_class->new_dialog = new_dialog;
  editor_class->delete_item = delete_statistic;
  editor_class->deleted_toast = deleted_toast;
  editor_class->restore = restore_statistic;
}

static void
mk_statistics_editor_init (MkStatisticsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
