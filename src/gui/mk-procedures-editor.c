/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedures-editor"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-procedure-dialog.h"
#include "mk-procedures-editor.h"
#include "mk-store-procedures.h"
#include "mk-store-results.h"

/* The kinds are listed in the order of the marker matrix
 * (mk_procedure_kind_matrix_order). */
#define N_KINDS MK_N_KINDS

struct _MkProceduresEditor
{
  AdwPreferencesGroup  parent_instance;

  MkStore             *store;
  GListStore          *procedures;  /* MkProcedure, in the order of the rows */
  GHashTable          *counts;      /* code → results that use it */
  GPtrArray           *rows;        /* the AdwActionRow of each */
  AdwExpanderRow      *kind_rows[N_KINDS];
  MkProcedure         *deleted;     /* what undo puts back */
  MkProcedureDialog   *dialog;      /* weak */
  gboolean             stale;       /* results changed while hidden */
};

G_DEFINE_FINAL_TYPE (MkProceduresEditor, mk_procedures_editor, ADW_TYPE_PREFERENCES_GROUP)

GtkWidget *
mk_procedures_editor_new (void)
{
  return g_object_new (MK_TYPE_PROCEDURES_EDITOR, NULL);
}

static guint
count_of (MkProceduresEditor *self,
          MkProcedure        *procedure)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, mk_procedure_get_code (procedure)));
}

/* «Математика 5 кл · 1 234 results» */
static char *
row_subtitle (MkProcedure *procedure,
              guint        count)
{
  g_autofree char *results = count == 0
    ? g_strdup (_("no results"))
    : g_strdup_printf (ngettext ("%u result", "%u results", count), count);

  return g_strdup_printf ("%s · %s", mk_procedure_get_title (procedure), results);
}

static void open_dialog (MkProceduresEditor *self, MkProcedure *edited);

static void
on_row_activated (AdwActionRow       *row,
                  MkProceduresEditor *self)
{
  guint index;

  if (g_ptr_array_find (self->rows, row, &index))
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (self->procedures),
                                                                index);
      open_dialog (self, procedure);
    }
}

static void
on_delete_clicked (GtkButton          *button,
                   MkProceduresEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint index;

  if (g_ptr_array_find (self->rows, row, &index))
    mk_procedures_editor_delete (self, index);
}

/* Delete is offered only for a procedure no result uses; otherwise its
 * tooltip says why not. */
/* Deleting a procedure that results use is refused: the button says why. */
static void
explain_delete (GtkWidget *delete,
                guint      count)
{
  g_autofree char *why = NULL;

  if (count == 0)
    return;
  why = g_strdup_printf (ngettext ("%u result uses it: it cannot be deleted while the result is there",
                                   "%u results use it: it cannot be deleted while they are there",
                                   count), count);
  gtk_widget_set_sensitive (delete, FALSE);
  gtk_widget_set_tooltip_text (delete, why);
}

static GtkWidget *
build_row (MkProceduresEditor *self,
           MkProcedure        *procedure)
{
  guint count = count_of (self, procedure);
  const char *code = mk_procedure_get_code (procedure);
  g_autofree char *subtitle = row_subtitle (procedure, count);
  g_autofree char *delete_label = g_strdup_printf (_("Remove %s"), code);
  GtkWidget *delete;
  GtkWidget *row = mk_editable_row_new (code, subtitle, _("Edit the procedure"), delete_label,
                                        &delete);

  explain_delete (delete, count);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked), self, 0);
  return row;
}

static void
clear_rows (MkProceduresEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      AdwExpanderRow *kind_row = ADW_EXPANDER_ROW (gtk_widget_get_ancestor (row,
                                                       ADW_TYPE_EXPANDER_ROW));
      adw_expander_row_remove (kind_row, row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_list_store_remove_all (self->procedures);
}

static gboolean
read_catalog (MkProceduresEditor  *self,
              GListModel         **catalog,
              GError             **error)
{
  g_clear_pointer (&self->counts, g_hash_table_unref);
  if (self->store == NULL)
    return TRUE;
  *catalog = mk_store_list_procedures (self->store, error);
  if (*catalog != NULL)
    self->counts = mk_store_count_procedure_results (self->store, error);
  return *catalog != NULL && self->counts != NULL;
}

/* The catalog's procedures of KIND, in its order, under the kind's row. */
static void
add_kind (MkProceduresEditor *self,
          GListModel         *catalog,
          guint               kind)
{
  guint n = 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; catalog != NULL && i < g_list_model_get_n_items (catalog); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);
      GtkWidget *row;

      if (g_strcmp0 (mk_procedure_get_kind (procedure),
                     mk_procedure_kind_name (mk_procedure_kind_matrix_order (kind))) != 0)
        continue;
      row = build_row (self, procedure);
      g_list_store_append (self->procedures, procedure);
      g_ptr_array_add (self->rows, row);
      adw_expander_row_add_row (self->kind_rows[kind], row);
      n++;
    }
  subtitle = g_strdup_printf (ngettext ("%u procedure", "%u procedures", n), n);
  adw_expander_row_set_subtitle (self->kind_rows[kind], subtitle);
}

static void
reload (MkProceduresEditor *self)
{
  g_autoptr(GListModel) catalog = NULL;
  g_autoptr(GError) error = NULL;

  self->stale = FALSE;
  clear_rows (self);
  if (!read_catalog (self, &catalog, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the procedures"), error);
  if (self->counts == NULL)
    self->counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < N_KINDS; k++)
    add_kind (self, catalog, k);
}

/* The counts take a scan of every result (0.2 s at national scale): not
 * worth it while the page is not shown. */
static void
reload_when_shown (MkProceduresEditor *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
on_map (MkProceduresEditor *self)
{
  if (self->stale)
    reload (self);
}

static void
open_dialog (MkProceduresEditor *self,
             MkProcedure        *edited)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MkProcedureDialog *dialog;

  if (self->store == NULL)
    return;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  dialog = mk_procedure_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->store, edited,
                                    edited != NULL ? count_of (self, edited) : 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (MK_PROCEDURES_EDITOR (widget), NULL);
}

static void
on_toast_undo (MkProceduresEditor *self)
{
  mk_procedures_editor_undo (self);
}

void
mk_procedures_editor_delete (MkProceduresEditor *self,
                             guint               index)
{
  g_autoptr(MkProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (self->procedures),
                                                            index);
  g_autoptr(MkProcedure) removed = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (procedure == NULL || self->store == NULL)
    return;
  removed = mk_store_delete_procedure (self->store, mk_procedure_get_code (procedure), &error);
  if (removed == NULL)
    {
      mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot delete the procedure"), error);
      return;
    }
  g_set_object (&self->deleted, removed);
  toast = mk_toast_new_printf (_("Procedure %s deleted"), mk_procedure_get_code (removed));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self,
                           G_CONNECT_SWAPPED);
  mk_widget_add_toast (GTK_WIDGET (self), toast);
}

void
mk_procedures_editor_undo (MkProceduresEditor *self)
{
  g_autoptr(MkProcedure) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (deleted != NULL && self->store != NULL &&
      !mk_store_restore_procedure (self->store, deleted, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot restore the procedure"), error);
}

void
mk_procedures_editor_set_store (MkProceduresEditor *self,
                                MkStore            *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_set_object (&self->store, store);
  g_clear_object (&self->deleted);
  if (store != NULL)
    {
      static const char *topics[] = { MK_TOPIC_PROCEDURES, MK_TOPIC_RESULTS, MK_TOPIC_ALL };

      for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", topics[i], NULL);

          g_signal_connect_object (store, signal, G_CALLBACK (reload_when_shown), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  clear_rows (self);
  reload_when_shown (self);
}

static void
mk_procedures_editor_dispose (GObject *object)
{
  MkProceduresEditor *self = MK_PROCEDURES_EDITOR (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->procedures);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_procedures_editor_parent_class)->dispose (object);
}

static void
mk_procedures_editor_class_init (MkProceduresEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_procedures_editor_dispose;
  gtk_widget_class_install_action (widget_class, "procedures.add", NULL, add_action);
}

static void
mk_procedures_editor_init (MkProceduresEditor *self)
{
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  self->rows = g_ptr_array_new ();
  self->procedures = g_list_store_new (MK_TYPE_PROCEDURE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Procedures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
      _("The assessments whose results are kept. Imports recognise every usual spelling of "
        "a procedure in the catalog. A procedure that results use cannot be deleted. "
        "Changes are saved at once."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "procedures.add");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add a procedure"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);
  for (guint k = 0; k < N_KINDS; k++)
    {
      self->kind_rows[k] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_rows[k]),
                                     mk_procedure_kind_name (mk_procedure_kind_matrix_order (k)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->kind_rows[k]));
    }
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

/* Test hooks */

GListModel *
mk_procedures_editor_get_procedures (MkProceduresEditor *self)
{
  return G_LIST_MODEL (self->procedures);
}

GtkWidget *
mk_procedures_editor_get_row (MkProceduresEditor *self,
                              guint               index)
{
  return index < self->rows->len ? self->rows->pdata[index] : NULL;
}

GtkWindow *
mk_procedures_editor_get_dialog (MkProceduresEditor *self)
{
  return self->dialog ? GTK_WINDOW (self->dialog) : NULL;
}
