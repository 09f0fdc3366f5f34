/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-procedure-dialog.h"
#include "mk-store-procedures.h"

/* The catalog's codes are Russian data (ВПР, ПРОФ), not UI text. */
struct _MkProcedureDialog
{
  MkRecordDialog  parent_instance;

  gboolean        parts_fixed;    /* results use it: only the title changes */
  gboolean        title_touched;  /* typed by the user, not suggested */
  gboolean        filling;        /* the fields are being set from code */
  char           *code;           /* what the parts make now */

  AdwComboRow    *kind_row;
  GtkStringList  *kind_model;
  AdwComboRow    *subject_row;
  GtkStringList  *subject_model;
  AdwActionRow   *grade_row;
  GtkSpinButton  *grade_spin;
  AdwComboRow    *level_row;
  GtkStringList  *level_model;
  AdwActionRow   *code_row;
  GtkLabel       *code_label;
  AdwEntryRow    *title_row;
};

G_DEFINE_FINAL_TYPE (MkProcedureDialog, mk_procedure_dialog, MK_TYPE_RECORD_DIALOG)

static MkStore *
store_of (MkProcedureDialog *self)
{
  return mk_record_dialog_get_store (MK_RECORD_DIALOG (self));
}

static MkProcedure *
edited_of (MkProcedureDialog *self)
{
  return mk_record_dialog_get_edited (MK_RECORD_DIALOG (self));
}

/* The kinds in the order MkProcedureKind lists them. */
static void
fill_kinds (GtkStringList *names)
{
  for (MkProcedureKind k = 0; k < MK_N_KINDS; k++)
    gtk_string_list_append (names, mk_procedure_kind_name (k));
}

/* The parts as the fields say them; the strings are static. */
static void
read_spec (MkProcedureDialog *self,
           MkProcedureSpec   *spec)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint subject = adw_combo_row_get_selected (self->subject_row);
  guint level = adw_combo_row_get_selected (self->level_row);

  gtk_spin_button_update (self->grade_spin);
  spec->kind = mk_procedure_kind_name (MIN (kind, MK_N_KINDS - 1));
  mk_procedure_get_subject_at (MIN (subject, mk_procedure_n_subjects () - 1),
                               &spec->subject_code, &spec->subject);
  spec->grade = mk_procedure_spec_has_grade (spec)
                ? gtk_spin_button_get_value_as_int (self->grade_spin) : 0;
  spec->level = mk_procedure_spec_has_level (spec) ? mk_exam_level_name (level) : "";
}

/* A code that another procedure of the catalog has already. */
static gboolean
is_taken (MkProcedureDialog *self,
          const char        *code)
{
  MkProcedure *edited = edited_of (self);
  g_autoptr(MkProcedure) existing = NULL;

  if (edited != NULL && g_str_equal (code, mk_procedure_get_code (edited)))
    return FALSE;
  existing = mk_store_find_procedure (store_of (self), code, NULL);
  return existing != NULL;
}

static gboolean
check_code (MkProcedureDialog *self)
{
  g_autofree char *message = NULL;

  if (is_taken (self, self->code))
    message = g_strdup_printf (_("«%s» is already in the procedure catalog."), self->code);
  mk_record_dialog_show_error (MK_RECORD_DIALOG (self),
                               message != NULL ? GTK_WIDGET (self->code_row) : NULL, message);
  return message == NULL;
}

/* The rows that matter for the kind and subject, the code they make, and
 * the title suggested for it until the user types one. */
static void
update_form (MkProcedureDialog *self)
{
  MkProcedureSpec spec;
  g_autofree char *title = NULL;

  /* The combo rows announce their first selection as their lists are
   * filled, before there is a store to look codes up in. */
  if (store_of (self) == NULL)
    return;
  read_spec (self, &spec);
  gtk_widget_set_visible (GTK_WIDGET (self->grade_row), mk_procedure_spec_has_grade (&spec));
  gtk_widget_set_visible (GTK_WIDGET (self->level_row), mk_procedure_spec_has_level (&spec));
  g_free (self->code);
  self->code = mk_procedure_spec_to_code (&spec);
  gtk_label_set_text (self->code_label, self->code);
  if (!self->parts_fixed)
    adw_action_row_set_subtitle (self->code_row, is_taken (self, self->code)
                                 ? _("Already in the catalog")
                                 : _("Imports will recognise every spelling of it"));
  if (!self->title_touched)
    {
      title = mk_procedure_spec_default_title (&spec);
      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
      self->filling = FALSE;
    }
}

static void
on_parts_changed (MkProcedureDialog *self)
{
  update_form (self);
  mk_record_dialog_field_changed (MK_RECORD_DIALOG (self));
}

static gboolean
validate (MkRecordDialog *dialog)
{
  MkProcedureDialog *self = MK_PROCEDURE_DIALOG (dialog);

  update_form (self);
  return check_code (self);
}

static void
on_title_changed (MkProcedureDialog *self)
{
  if (!self->filling)
    self->title_touched = TRUE;
}

static gboolean
write_procedure (MkRecordDialog  *dialog,
                 GError         **error)
{
  MkProcedureDialog *self = MK_PROCEDURE_DIALOG (dialog);
  MkStore *store = store_of (self);
  MkProcedure *edited = edited_of (self);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autoptr(MkProcedure) added = NULL;
  MkProcedureSpec spec;

  read_spec (self, &spec);
  if (edited != NULL)
    return mk_store_update_procedure (store, mk_procedure_get_code (edited),
                                      self->parts_fixed ? NULL : &spec, title, 0, error);
  added = mk_store_add_procedure (store, &spec, title, 0, error);
  return added != NULL;
}

/* A code the store refuses is the code's fault. */
static GtkWidget *
error_field (MkRecordDialog *dialog,
             const GError   *error)
{
  MkProcedureDialog *self = MK_PROCEDURE_DIALOG (dialog);

  return error->code == MK_STORE_ERROR_DUPLICATE || error->code == MK_STORE_ERROR_INVALID
         ? GTK_WIDGET (self->code_row) : NULL;
}

static void
fill_subjects (GtkStringList *names)
{
  for (guint i = 0; i < mk_procedure_n_subjects (); i++)
    {
      const char *name;

      mk_procedure_get_subject_at (i, NULL, &name);
      gtk_string_list_append (names, name);
    }
}

static void
mk_procedure_dialog_finalize (GObject *object)
{
  g_free (MK_PROCEDURE_DIALOG (object)->code);
  G_OBJECT_CLASS (mk_procedure_dialog_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  mk_record_dialog_class_set_template (widget_class, "/ru/mayak/Mayak/mk-procedure-dialog.ui",
                                       "procedure.save");
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, kind_model);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, subject_model);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, grade_row);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, grade_spin);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, level_model);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, code_label);
  gtk_widget_class_bind_template_child (widget_class, MkProcedureDialog, title_row);
  gtk_widget_class_bind_template_callback (widget_class, on_parts_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
}

static void
mk_procedure_dialog_class_init (MkProcedureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MkRecordDialogClass *dialog_class = MK_RECORD_DIALOG_CLASS (klass);

  object_class->finalize = mk_procedure_dialog_finalize;
  dialog_class->validate = validate;
  dialog_class->write = write_procedure;
  dialog_class->error_field = error_field;
  bind_template (GTK_WIDGET_CLASS (klass));
}

static void
mk_procedure_dialog_init (MkProcedureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The choices are the catalog's rules, not the template's. */
  fill_kinds (self->kind_model);
  fill_subjects (self->subject_model);
  for (MkExamLevel l = 0; l < MK_N_EXAM_LEVELS; l++)
    gtk_string_list_append (self->level_model, mk_exam_level_name (l));
  mk_record_dialog_save_on_enter (MK_RECORD_DIALOG (self), GTK_WIDGET (self->grade_spin));
}

static guint
subject_index (const char *code)
{
  for (guint i = 0; i < mk_procedure_n_subjects (); i++)
    {
      const char *c;

      mk_procedure_get_subject_at (i, &c, NULL);
      if (g_strcmp0 (c, code) == 0)
        return i;
    }
  return 0;
}

static void
select_parts (MkProcedureDialog *self,
              const char        *kind,
              const char        *subject_code,
              int                grade,
              const char        *level)
{
  MkProcedureKind kind_id = MK_KIND_OGE;
  MkExamLevel level_id = MK_EXAM_LEVEL_PROFILE;

  mk_procedure_kind_from_name (kind, &kind_id);
  mk_exam_level_from_name (level, &level_id);
  adw_combo_row_set_selected (self->kind_row, kind_id);
  adw_combo_row_set_selected (self->subject_row, subject_index (subject_code));
  if (grade != 0)
    gtk_spin_button_set_value (self->grade_spin, grade);
  adw_combo_row_set_selected (self->level_row, level_id);
  update_form (self);
}

/* A new procedure starts as the first ОГЭ subject not yet in the catalog,
 * so that the form does not open on a refusal. */
static void
suggest_free (MkProcedureDialog *self)
{
  for (guint i = 0; i < mk_procedure_n_subjects (); i++)
    {
      const char *code;

      mk_procedure_get_subject_at (i, &code, NULL);
      select_parts (self, mk_procedure_kind_name (MK_KIND_OGE), code, 0, NULL);
      if (!is_taken (self, self->code))
        return;
    }
  select_parts (self, mk_procedure_kind_name (MK_KIND_OGE), NULL, 0, NULL);
}

MkProcedureDialog *
mk_procedure_dialog_new (GtkWindow   *parent,
                         MkStore     *store,
                         MkProcedure *edited,
                         guint        n_results)
{
  MkProcedureDialog *self = g_object_new (MK_TYPE_PROCEDURE_DIALOG,
                                          "transient-for", parent,
                                          "title", edited ? _("Edit Procedure")
                                                          : _("Add Procedure"),
                                          "store", store,
                                          "edited", edited,
                                          NULL);

  self->parts_fixed = edited != NULL && n_results > 0;
  if (edited != NULL)
    {
      self->title_touched = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), mk_procedure_get_title (edited));
      select_parts (self, mk_procedure_get_kind (edited), mk_procedure_get_subject_code (edited),
                    mk_procedure_get_grade (edited), mk_procedure_get_level (edited));
    }
  else
    suggest_free (self);
  if (self->parts_fixed)
    {
      g_autofree char *why = g_strdup_printf (
          ngettext ("%u result uses it: only the title can change.",
                    "%u results use it: only the title can change.", n_results), n_results);

      gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->subject_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->grade_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->level_row), FALSE);
      adw_action_row_set_subtitle (self->code_row, why);
    }
  gtk_widget_grab_focus (GTK_WIDGET (edited != NULL ? GTK_WIDGET (self->title_row)
                                                    : GTK_WIDGET (self->kind_row)));
  return self;
}
