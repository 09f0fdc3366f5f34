/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import-assistant"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-assistant-private.h"

/* The preview step: the first rows as the reader parsed them, what the
 * dry run would change, and every error and warning it found. */

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* The full text, where the cell is cut. */
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

/* A grid of labels: 20 rows of a few dozen columns is a few hundred
 * small widgets, well within what a plain GtkGrid draws smoothly. */
static void
fill_grid (MkImportAssistant *self,
           MkImportOutcome   *outcome)
{
  clear_grid (self->preview_grid);
  for (guint i = 0; i < outcome->rows->len; i++)
    {
      char **cells = outcome->rows->pdata[i];
      g_autofree char *line = g_strdup_printf ("%u", g_array_index (outcome->lines, guint, i));
      GtkWidget *number = gtk_label_new (line);

      gtk_label_set_xalign (GTK_LABEL (number), 1);
      gtk_widget_add_css_class (number, "dim-label");
      gtk_widget_add_css_class (number, "numeric");
      gtk_grid_attach (self->preview_grid, number, 0, i, 1, 1);
      for (guint j = 0; cells[j] != NULL; j++)
        {
          GtkWidget *label = cell_label (cells[j]);

          /* The first row is the heading in every format we read. */
          if (i == 0)
            gtk_widget_add_css_class (label, "heading");
          gtk_grid_attach (self->preview_grid, label, j + 1, i, 1, 1);
        }
    }
}

static void
fill_messages (MkImportAssistant *self,
               MkImportReport    *report)
{
  GPtrArray *errors = mk_import_report_get_errors (report);
  GPtrArray *warnings = mk_import_report_get_warnings (report);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->messages));
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autofree char *title = NULL;

  for (guint i = 0; i < errors->len; i++)
    g_ptr_array_add (all, errors->pdata[i]);
  for (guint i = 0; i < warnings->len; i++)
    g_ptr_array_add (all, warnings->pdata[i]);
  g_ptr_array_add (all, NULL);
  self->n_errors = errors->len;
  /* One splice: the list view sees a single change. */
  gtk_string_list_splice (self->messages, 0, n, (const char * const *) all->pdata);
  /* Translators: the heading above the list of an import's problems */
  title = g_strdup_printf (_("Errors: %u, warnings: %u"), errors->len, warnings->len);
  gtk_label_set_text (self->messages_title, title);
}

static char *
verdict_text (MkImportReport *report)
{
  guint n_errors = mk_import_report_get_errors (report)->len;
  guint n_warnings = mk_import_report_get_warnings (report)->len;

  if (n_errors > 0)
    return g_strdup_printf (ngettext ("The file has %u error. Correct the file and check it again: nothing can be imported while there are errors.",
                                      "The file has %u errors. Correct the file and check it again: nothing can be imported while there are errors.",
                                      n_errors), n_errors);
  if (n_warnings > 0)
    return g_strdup_printf (ngettext ("No errors, %u warning. Nothing is written until you press «Import».",
                                      "No errors, %u warnings. Nothing is written until you press «Import».",
                                      n_warnings), n_warnings);
  return g_strdup (_("No errors. Nothing is written until you press «Import»."));
}

void
mk_import_assistant_show_preview (MkImportAssistant *self,
                                  MkImportOutcome   *outcome)
{
  MkImportReport *report = outcome->report;
  g_autofree char *counts = NULL;
  g_autofree char *verdict = verdict_text (report);

  if (outcome->refused)
    counts = g_strdup (_("Nothing can be imported yet"));
  else
    /* Translators: what a checked import would do; nothing is written yet */
    counts = g_strdup_printf (_("To be added %u, replaced %u, unchanged %u"),
                              mk_import_report_get_added (report),
                              mk_import_report_get_replaced (report),
                              mk_import_report_get_unchanged (report));
  gtk_label_set_text (self->counts_label, counts);
  gtk_label_set_text (self->verdict_label, verdict);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (outcome->refused)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (outcome->rows != NULL && outcome->rows->len > 0)
    fill_grid (self, outcome);
  fill_messages (self, report);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 2);
  gtk_widget_set_margin_bottom (label, 2);
  gtk_list_item_set_child (item, label);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           MkImportAssistant        *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);
  gboolean error = gtk_list_item_get_position (item) < self->n_errors;

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (string));
  gtk_widget_remove_css_class (label, error ? "warning" : "error");
  gtk_widget_add_css_class (label, error ? "error" : "warning");
}

void
mk_import_assistant_setup_messages (MkImportAssistant *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->messages = gtk_string_list_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->messages)));
  gtk_list_view_set_factory (self->messages_view, factory);
  gtk_list_view_set_model (self->messages_view, GTK_SELECTION_MODEL (selection));
}
