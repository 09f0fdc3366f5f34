/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import-assistant"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-assistant-private.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"

/* The first step of the assistant: what to import and from which file. */

static void
on_chooser_response (MkImportAssistant    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        mk_import_assistant_set_file (self, path);
    }
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
table_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Tables (CSV, XLSX)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  return filter;
}

void
mk_import_assistant_choose_file (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MkImportAssistant *self = MK_IMPORT_ASSISTANT (widget);
  g_autoptr(GtkFileFilter) tables = table_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a File to Import"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), tables);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
mk_import_assistant_set_file (MkImportAssistant *self,
                              const char        *path)
{
  g_autofree char *basename = g_path_get_basename (path);

  g_set_object (&self->file, NULL);
  self->file = g_file_new_for_path (path);
  adw_action_row_set_subtitle (self->file_row, basename);
  mk_import_assistant_show_error (self, NULL);
  mk_import_assistant_update_state (self);
}

gint64
mk_import_assistant_get_roadmap (MkImportAssistant *self)
{
  guint selected = adw_combo_row_get_selected (self->roadmap_row);

  return self->roadmap_ids != NULL && selected < self->roadmap_ids->len
         ? g_array_index (self->roadmap_ids, gint64, selected) : 0;
}

/* The roadmaps a status sheet may report on, the newest year first;
 * first of all «named in the file», for a list that names its own. */
void
mk_import_assistant_fill_roadmaps (MkImportAssistant *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) roadmaps = mk_store_list_roadmaps (self->store, 0, NULL);
  gint64 none = 0;

  self->roadmap_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (labels, _("Named in the file (columns school_year and roadmap)"));
  g_array_append_val (self->roadmap_ids, none);
  for (guint i = roadmaps != NULL ? g_list_model_get_n_items (roadmaps) : 0; i-- > 0;)
    {
      g_autoptr(MkRoadmap) roadmap = g_list_model_get_item (roadmaps, i);
      g_autofree char *year = mk_school_year_format (mk_roadmap_get_info (roadmap)->school_year);
      g_autofree char *label = mk_roadmap_dup_label (roadmap);
      g_autofree char *text = g_strdup_printf ("%s · %s", year, label);

      gtk_string_list_append (labels, text);
      g_array_append_val (self->roadmap_ids, mk_roadmap_get_info (roadmap)->id);
    }
  adw_combo_row_set_model (self->roadmap_row, G_LIST_MODEL (labels));
  /* The newest roadmap: the one a sheet most likely reports on. */
  adw_combo_row_set_selected (self->roadmap_row, self->roadmap_ids->len > 1 ? 1 : 0);
}
