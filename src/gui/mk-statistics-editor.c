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
  AdwPreferencesGroup  parent_instance;

  MkStore             *store;
  GListModel          *statistics;  /* MkStatistic, as the rows show them */
  GPtrArray           *rows;        /* the AdwActionRow of each */
  GtkWidget           *empty_row;
  MkStatistic         *deleted;     /* what undo puts back */
  MkStatisticDialog   *dialog;      /* weak */
};

G_DEFINE_FINAL_TYPE (MkStatisticsEditor, mk_statistics_editor, ADW_TYPE_PREFERENCES_GROUP)

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

static void open_dialog (MkStatisticsEditor *self, MkStatistic *edited);

static void
on_row_activated (AdwActionRow       *row,
                  MkStatisticsEditor *self)
{
  guint index;

  if (g_ptr_array_find (self->rows, row, &index))
    {
      g_autoptr(MkStatistic) statistic = g_list_model_get_item (self->statistics, index);
      open_dialog (self, statistic);
    }
}

static void
on_delete_clicked (GtkButton          *button,
                   MkStatisticsEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint index;

  if (g_ptr_array_find (self->rows, row, &index))
    mk_statistics_editor_delete (self, index);
}

static GtkWidget *
build_row (MkStatisticsEditor *self,
           MkStatistic        *statistic)
{
  g_autofree char *title = row_title (statistic);
  g_autofree char *subtitle = row_subtitle (statistic);
  g_autofree char *delete_label = g_strdup_printf (_("Remove %s"), title);
  GtkWidget *delete;
  GtkWidget *row = mk_editable_row_new (title, subtitle, _("Edit the figures"), delete_label,
                                        &delete);

  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked), self, 0);
  return row;
}

static void
clear_rows (MkStatisticsEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
}

static void
reload (MkStatisticsEditor *self)
{
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_object (&self->statistics);
  if (self->store != NULL)
    self->statistics = mk_store_list_statistics (self->store, &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the statistics"), error);
  if (self->statistics == NULL)
    self->statistics = G_LIST_MODEL (g_list_store_new (MK_TYPE_STATISTIC));
  for (guint i = 0; i < g_list_model_get_n_items (self->statistics); i++)
    {
      g_autoptr(MkStatistic) statistic = g_list_model_get_item (self->statistics, i);
      GtkWidget *row = build_row (self, statistic);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }
  gtk_widget_set_visible (self->empty_row, self->rows->len == 0);
}

/* A new row: the year after the last one of the last scope, which is
 * what a department adds each year. */
static MkStatistic *
suggest (MkStatisticsEditor *self)
{
  guint n = g_list_model_get_n_items (self->statistics);
  g_autoptr(MkStatistic) last = n ? g_list_model_get_item (self->statistics, n - 1) : NULL;

  if (last == NULL)
    return NULL;
  return mk_statistic_new (mk_statistic_get_school_year (last) + 1,
                           mk_statistic_get_scope (last), 0, 0,
                           mk_statistic_get_note (last));
}

static void
open_dialog (MkStatisticsEditor *self,
             MkStatistic        *edited)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(MkStatistic) suggested = edited ? NULL : suggest (self);
  MkStatisticDialog *dialog;

  if (self->store == NULL)
    return;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  dialog = mk_statistic_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->store, edited, suggested);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (MK_STATISTICS_EDITOR (widget), NULL);
}

static void
on_toast_undo (MkStatisticsEditor *self)
{
  mk_statistics_editor_undo (self);
}

void
mk_statistics_editor_delete (MkStatisticsEditor *self,
                             guint               index)
{
  g_autoptr(MkStatistic) statistic = g_list_model_get_item (self->statistics, index);
  g_autoptr(MkStatistic) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (statistic == NULL || self->store == NULL)
    return;
  removed = mk_store_delete_statistic (self->store, mk_statistic_get_school_year (statistic),
                                       mk_statistic_get_scope (statistic), &error);
  if (removed == NULL)
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot delete the statistics"), error);
      return;
    }
  g_set_object (&self->deleted, removed);
  title = row_title (removed);
  toast = mk_toast_new_printf (_("Statistics %s deleted"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self,
                           G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

void
mk_statistics_editor_undo (MkStatisticsEditor *self)
{
  g_autoptr(MkStatistic) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (deleted != NULL && self->store != NULL &&
      !mk_store_set_statistic (self->store, deleted, NULL, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot restore the statistics"), error);
}

void
mk_statistics_editor_set_store (MkStatisticsEditor *self,
                                MkStore            *store)
{
  static const char *topics[] = { MK_TOPIC_STATISTICS, MK_TOPIC_ALL };

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_set_object (&self->store, store);
  g_clear_object (&self->deleted);
  for (guint i = 0; store != NULL && i < G_N_ELEMENTS (topics); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", topics[i], NULL);

      g_signal_connect_object (store, signal, G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
    }
  reload (self);
}

static void
mk_statistics_editor_dispose (GObject *object)
{
  MkStatisticsEditor *self = MK_STATISTICS_EDITOR (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->statistics);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_statistics_editor_parent_class)->dispose (object);
}

static void
mk_statistics_editor_class_init (MkStatisticsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_statistics_editor_dispose;
  gtk_widget_class_install_action (widget_class, "statistics.add", NULL, add_action);
}

static void
mk_statistics_editor_init (MkStatisticsEditor *self)
{
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("External Statistics"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
      _("Figures for territories whose schools are not in the database, such as the whole "
        "region: the schools in the monitoring and the ШНРО among them. The report "
        "«Сравнение числа ШНРО» shows them. Changes are saved at once."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "statistics.add");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add the figures of a school year"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);
  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No statistics yet"));
  gtk_widget_add_css_class (self->empty_row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_row);
  self->statistics = G_LIST_MODEL (g_list_store_new (MK_TYPE_STATISTIC));
}

/* Test hooks */

GListModel *
mk_statistics_editor_get_rows (MkStatisticsEditor *self)
{
  return self->statistics;
}

GtkWidget *
mk_statistics_editor_get_row (MkStatisticsEditor *self,
                              guint               index)
{
  return index < self->rows->len ? self->rows->pdata[index] : NULL;
}

GtkWindow *
mk_statistics_editor_get_dialog (MkStatisticsEditor *self)
{
  return self->dialog ? GTK_WINDOW (self->dialog) : NULL;
}
