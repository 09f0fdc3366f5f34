/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-indicator-paste-dialog"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mk-importers.h"
#include "mk-indicator-paste-dialog.h"

struct _MkIndicatorPasteDialog
{
  MkRecordDialog  parent_instance;

  AdwEntryRow    *set_row;
  AdwEntryRow    *municipality_row;
  AdwEntryRow    *school_row;
  GtkTextView    *block_view;
};

G_DEFINE_FINAL_TYPE (MkIndicatorPasteDialog, mk_indicator_paste_dialog, MK_TYPE_RECORD_DIALOG)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static char *
trimmed (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
block_text (MkIndicatorPasteDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->block_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
validate (MkRecordDialog *dialog)
{
  MkIndicatorPasteDialog *self = MK_INDICATOR_PASTE_DIALOG (dialog);
  g_autofree char *set = trimmed (self->set_row), *municipality = trimmed (self->municipality_row);
  g_autofree char *block = g_strstrip (block_text (self));

  if (*set == '\0')
    mk_record_dialog_show_error (dialog, GTK_WIDGET (self->set_row),
                                 _("Name the set of indicators."));
  else if (*municipality == '\0')
    mk_record_dialog_show_error (dialog, GTK_WIDGET (self->municipality_row),
                                 _("Name the municipality."));
  else if (*block == '\0')
    mk_record_dialog_show_error (dialog, GTK_WIDGET (self->block_view),
                                 _("Paste the table copied from a spreadsheet."));
  else
    mk_record_dialog_show_error (dialog, NULL, NULL);
  return *set != '\0' && *municipality != '\0' && *block != '\0';
}

static void
on_field_changed (MkIndicatorPasteDialog *self)
{
  mk_record_dialog_field_changed (MK_RECORD_DIALOG (self));
}

/* «line 3: …» for each error about the pasted block, the first five. */
static char *
errors_text (MkImportReport *report,
             const char     *path)
{
  GPtrArray *errors = mk_import_report_get_errors (report);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < errors->len && i < 5; i++)
    {
      const char *error = errors->pdata[i];
      g_autofree char *shown = NULL;

      if (g_str_has_prefix (error, path) && error[strlen (path)] == ':')
        {
          const char *number = error + strlen (path) + 1;
          const char *rest = strchr (number, ':');
          g_autofree char *line = rest != NULL ? g_strndup (number, (gsize) (rest - number)) : NULL;

          /* Translators: an error about a line of the pasted table */
          shown = line != NULL ? g_strdup_printf (_("line %s:%s"), line, rest + 1)
                               : g_strdup (number);
        }
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", shown != NULL ? shown : error);
    }
  return g_string_free (text, FALSE);
}

/* The pasted block goes through the indicators import, as a file of it
 * would: the same reading, checks and all-or-nothing writing. */
static gboolean
write_block (MkRecordDialog  *dialog,
             GError         **error)
{
  MkIndicatorPasteDialog *self = MK_INDICATOR_PASTE_DIALOG (dialog);
  g_autofree char *set = trimmed (self->set_row), *municipality = trimmed (self->municipality_row);
  g_autofree char *school = trimmed (self->school_row), *block = block_text (self);
  g_autofree char *dir = g_dir_make_tmp ("mayak-paste-XXXXXX", error);
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "table.tsv", NULL) : NULL;
  g_autoptr(MkImportReport) report = mk_import_report_new ();
  MkImportOptions options = { .indicator_set = set, .municipality = municipality,
                              .school = *school != '\0' ? school : NULL };
  gboolean ok;

  if (path == NULL || !g_file_set_contents (path, block, -1, error))
    return FALSE;
  ok = mk_import (MK_IMPORT_KIND_INDICATORS, mk_record_dialog_get_store (dialog), path, &options,
                  report, error);
  if (!ok && mk_import_report_has_errors (report))
    {
      g_autofree char *text = errors_text (report, path);
      g_clear_error (error);
      g_set_error_literal (error, MK_IMPORT_ERROR, MK_IMPORT_ERROR_REFUSED, text);
    }
  g_unlink (path);
  g_rmdir (dir);
  if (ok)
    {
      g_autoptr(MkSchool) found = *school != '\0'
        ? mk_store_find_school (mk_record_dialog_get_store (dialog), municipality, school, NULL, NULL)
        : NULL;
      g_signal_emit (self, signals[SAVED], 0, set, found != NULL ? mk_school_get_id (found) : (gint64) 0);
    }
  return ok;
}

static GtkWidget *
error_field (MkRecordDialog *dialog,
             const GError   *error)
{
  return GTK_WIDGET (MK_INDICATOR_PASTE_DIALOG (dialog)->block_view);
}

static void
mk_indicator_paste_dialog_class_init (MkIndicatorPasteDialogClass *klass)
{
  MkRecordDialogClass *dialog_class = MK_RECORD_DIALOG_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  dialog_class->validate = validate;
  dialog_class->write = write_block;
  dialog_class->error_field = error_field;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
  mk_record_dialog_class_set_template (widget_class, "/ru/mayak/Mayak/mk-indicator-paste-dialog.ui",
                                       "paste.save");
  gtk_widget_class_bind_template_child (widget_class, MkIndicatorPasteDialog, set_row);
  gtk_widget_class_bind_template_child (widget_class, MkIndicatorPasteDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, MkIndicatorPasteDialog, school_row);
  gtk_widget_class_bind_template_child (widget_class, MkIndicatorPasteDialog, block_view);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
mk_indicator_paste_dialog_init (MkIndicatorPasteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MkIndicatorPasteDialog *
mk_indicator_paste_dialog_new (GtkWindow  *parent,
                               MkStore    *store,
                               const char *municipality)
{
  MkIndicatorPasteDialog *self = g_object_new (MK_TYPE_INDICATOR_PASTE_DIALOG,
                                               "transient-for", parent,
                                               "title", _("Indicator Table from a Copy"),
                                               "store", store,
                                               NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->municipality_row), municipality != NULL ? municipality : "");
  gtk_widget_grab_focus (GTK_WIDGET (self->set_row));
  return self;
}
