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
  MkRecordListEditor   parent_instance;

  GHashTable          *counts;      /* code → results that use it */
  AdwExpanderRow      *kind_rows[N_KINDS];
};

G_DEFINE_FINAL_TYPE (MkProceduresEditor, mk_procedures_editor, MK_TYPE_RECORD_LIST_EDITOR)

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

/* The position of PROCEDURE's kind in the order of the marker matrix. */
static guint
kind_index (MkProcedure *procedure)
{
  for (guint k = 0; k < N_KINDS; k++)
    if (g_strcmp0 (mk_procedure_get_kind (procedure),
                   mk_procedure_kind_name (mk_procedure_kind_matrix_order (k))) == 0)
      return k;
  return N_KINDS;
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
build_row (MkRecordListEditor  *editor,
           gpointer             item,
           GtkWidget          **delete)
{
  guint count = count_of (MK_PROCEDURES_EDITOR (editor), item);
  const char *code = mk_procedure_get_code (item);
  g_autofree char *subtitle = row_subtitle (item, count);
  g_autofree char *delete_label = g_strdup_printf (_("Remove %s"), code);
  GtkWidget *row = mk_editable_row_new (code, subtitle, _("Edit the procedure"), delete_label,
                                        delete);

  explain_delete (*delete, count);
  return row;
}

static void
place_row (MkRecordListEditor *editor,
           gpointer            item,
           GtkWidget          *row)
{
  adw_expander_row_add_row (MK_PROCEDURES_EDITOR (editor)->kind_rows[kind_index (item)], row);
}

/* Counts that cannot be read show as none: the catalog is still worth
 * showing. */
static void
read_counts (MkProceduresEditor  *self,
             GError             **error)
{
  g_clear_pointer (&self->counts, g_hash_table_unref);
  self->counts = mk_store_count_procedure_results (mk_record_list_editor_get_store (
                                                       MK_RECORD_LIST_EDITOR (self)), error);
  if (self->counts == NULL)
    self->counts = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The catalog grouped by kind, each kind in the catalog's order. */
static GListModel *
list_procedures (MkRecordListEditor  *editor,
                 GError             **error)
{
  MkProceduresEditor *self = MK_PROCEDURES_EDITOR (editor);
  g_autoptr(GListModel) catalog = mk_store_list_procedures (
      mk_record_list_editor_get_store (editor), error);
  GListStore *rows = g_list_store_new (MK_TYPE_PROCEDURE);

  if (catalog != NULL)
    read_counts (self, error);
  for (guint k = 0; catalog != NULL && k < N_KINDS; k++)
    for (guint i = 0; i < g_list_model_get_n_items (catalog); i++)
      {
        g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);

        if (kind_index (procedure) == k)
          g_list_store_append (rows, procedure);
      }
  return G_LIST_MODEL (rows);
}

/* Each kind's row says how many procedures it holds. */
static void
count_kinds (MkRecordListEditor *editor)
{
  MkProceduresEditor *self = MK_PROCEDURES_EDITOR (editor);
  GListModel *items = mk_record_list_editor_get_items (editor);
  guint n[N_KINDS + 1] = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (items, i);
      n[kind_index (procedure)]++;
    }
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u procedure", "%u procedures",
                                                             n[k]), n[k]);
      adw_expander_row_set_subtitle (self->kind_rows[k], subtitle);
    }
}

static GtkWindow *
new_dialog (MkRecordListEditor *editor,
            GtkWindow          *parent,
            gpointer            edited)
{
  return GTK_WINDOW (mk_procedure_dialog_new (parent, mk_record_list_editor_get_store (editor),
                                              edited,
                                              edited != NULL
                                              ? count_of (MK_PROCEDURES_EDITOR (editor), edited)
                                              : 0));
}

static gpointer
delete_procedure (MkRecordListEditor  *editor,
                  gpointer             item,
                  GError             **error)
{
  return mk_store_delete_procedure (mk_record_list_editor_get_store (editor),
                                    mk_procedure_get_code (item), error);
}

static AdwToast *
deleted_toast (MkRecordListEditor *editor,
               gpointer            removed)
{
  return mk_toast_new_printf (_("Procedure %s deleted"), mk_procedure_get_code (removed));
}

static gboolean
restore_procedure (MkRecordListEditor  *editor,
                   gpointer             removed,
                   GError             **error)
{
  return mk_store_restore_procedure (mk_record_list_editor_get_store (editor), removed, error);
}

static void
mk_procedures_editor_dispose (GObject *object)
{
  MkProceduresEditor *self = MK_PROCEDURES_EDITOR (object);

  g_clear_pointer (&self->counts, g_hash_table_unref);
  G_OBJECT_CLASS (mk_procedures_editor_parent_class)->dispose (object);
}

static void
mk_procedures_editor_class_init (MkProceduresEditorClass *klass)
{
  static const char * const topics[] = {
    MK_TOPIC_PROCEDURES, MK_TOPIC_RESULTS, MK_TOPIC_ALL, NULL
  };
  MkRecordListEditorClass *editor_class = MK_RECORD_LIST_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_procedures_editor_dispose;
  mk_record_list_editor_class_set_template (GTK_WIDGET_CLASS (klass),
                                            "/ru/mayak/Mayak/mk-procedures-editor.ui",
                                            "procedures.add");
  editor_class->topics = topics;
  /* The counts take a scan of every result (0.2 s at national scale): not
   * worth it while the page is not shown. */
  editor_class->lazy = TRUE;
  editor_class->read_failed = N_("Cannot read the procedures");
  editor_class->delete_failed = N_("Cannot delete the procedure");
  editor_class->restore_failed = N_("Cannot restore the procedure");
  editor_class->list = list_procedures;
  editor_class->build_row = build_row;
  editor_class->place_row = place_row;
  editor_class->reloaded = count_kinds;
  editor_class->new_dialog = new_dialog;
  editor_class->delete_item = delete_procedure;
  editor_class->deleted_toast = deleted_toast;
  editor_class->restore = restore_procedure;
}

static void
mk_procedures_editor_init (MkProceduresEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->counts = g_hash_table_new (g_str_hash, g_str_equal);
  /* One row per kind of the catalog's rules, not of the template. */
  for (guint k = 0; k < N_KINDS; k++)
    {
      self->kind_rows[k] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_rows[k]),
                                     mk_procedure_kind_name (mk_procedure_kind_matrix_order (k)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->kind_rows[k]));
    }
}
