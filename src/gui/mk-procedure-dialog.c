/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-procedure-dialog.h"
#include "mk-store-procedures.h"

/* The catalog's codes are Russian data (ВПР, ПРОФ), not UI text. */
static const char * const levels[] = { "ПРОФ", "БАЗ", NULL };
#define N_LEVELS 2

struct _MkProcedureDialog
{
  AdwWindow       parent_instance;

  MkStore        *store;
  MkProcedure    *edited;         /* NULL when adding */
  gboolean        parts_fixed;    /* results use it: only the title changes */
  gboolean        tried;          /* Save was pressed: errors show as they change */
  gboolean        title_touched;  /* typed by the user, not suggested */
  gboolean        filling;        /* the fields are being set from code */
  char           *code;           /* what the parts make now */

  AdwComboRow    *kind_row;
  AdwComboRow    *subject_row;
  AdwActionRow   *grade_row;
  GtkSpinButton  *grade_spin;
  AdwComboRow    *level_row;
  AdwActionRow   *code_row;
  GtkLabel       *code_label;
  AdwEntryRow    *title_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (MkProcedureDialog, mk_procedure_dialog, ADW_TYPE_WINDOW)

enum { FIELD_NONE, FIELD_CODE, FIELD_TITLE };

static void
show_error (MkProcedureDialog *self,
            int                field,
            const char        *message)
{
  GtkWidget *fields[] = { NULL, GTK_WIDGET (self->code_row), GTK_WIDGET (self->title_row) };

  for (int i = FIELD_CODE; i <= FIELD_TITLE; i++)
    if (i == field)
      gtk_widget_add_css_class (fields[i], "error");
    else
      gtk_widget_remove_css_class (fields[i], "error");
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The kinds in the order MkProcedureKind lists them. */
static GtkStringList *
kind_names (void)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (MkProcedureKind k = 0; k < MK_N_KINDS; k++)
    gtk_string_list_append (names, mk_procedure_kind_name (k));
  return names;
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
  spec->level = mk_procedure_spec_has_level (spec) ? levels[MIN (level, N_LEVELS - 1)] : "";
}

/* A code that another procedure of the catalog has already. */
static gboolean
is_taken (MkProcedureDialog *self,
          const char        *code)
{
  g_autoptr(MkProcedure) existing = NULL;

  if (self->edited != NULL && g_str_equal (code, mk_procedure_get_code (self->edited)))
    return FALSE;
  existing = mk_store_find_procedure (self->store, code, NULL);
  return existing != NULL;
}

static gboolean
validate (MkProcedureDialog *self)
{
  g_autofree char *message = NULL;

  if (is_taken (self, self->code))
    message = g_strdup_printf (_("«%s» is already in the procedure catalog."), self->code);
  show_error (self, message != NULL ? FIELD_CODE : FIELD_NONE, message);
  return message == NULL;
}

/* The rows that matter for the kind and subject, the code they make, and
 * the title suggested for it until the user types one. */
static void
update_form (MkProcedureDialog *self)
{
  MkProcedureSpec spec;
  g_autofree char *title = NULL;

  /* The combo rows announce their first selection while being built. */
  if (self->title_row == NULL)
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
  /* Errors appear once Save was tried, then follow the changes. */
  if (self->tried)
    validate (self);
}

static void
on_title_changed (MkProcedureDialog *self)
{
  if (!self->filling)
    self->title_touched = TRUE;
}

static gboolean
write_procedure (MkProcedureDialog  *self,
                 GError            **error)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autoptr(MkProcedure) added = NULL;
  MkProcedureSpec spec;

  read_spec (self, &spec);
  if (self->edited != NULL)
    return mk_store_update_procedure (self->store, mk_procedure_get_code (self->edited),
                                      self->parts_fixed ? NULL : &spec, title, 0, error);
  added = mk_store_add_procedure (self->store, &spec, title, 0, error);
  return added != NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkProcedureDialog *self = MK_PROCEDURE_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  self->tried = TRUE;
  update_form (self);
  if (!validate (self))
    return;
  if (!write_procedure (self, &error))
    {
      show_error (self, error->code == MK_STORE_ERROR_DUPLICATE ||
                        error->code == MK_STORE_ERROR_INVALID ? FIELD_CODE : FIELD_NONE,
                  error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter in the title or the grade saves. */
static void
on_activated (MkProcedureDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "procedure.save", NULL);
}

static AdwComboRow *
add_combo_row (MkProcedureDialog   *self,
               AdwPreferencesGroup *group,
               const char          *title,
               GtkStringList       *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  g_object_unref (choices);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_form), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static GtkStringList *
subject_names (void)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < mk_procedure_n_subjects (); i++)
    {
      const char *name;

      mk_procedure_get_subject_at (i, NULL, &name);
      gtk_string_list_append (names, name);
    }
  return names;
}

static void
add_grade_row (MkProcedureDialog   *self,
               AdwPreferencesGroup *group)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (4, 8, 1);

  self->grade_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->grade_row), _("_Grade"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->grade_row), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  adw_action_row_add_suffix (self->grade_row, spin);
  adw_action_row_set_activatable_widget (self->grade_row, spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Grade"), -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (update_form), self,
                           G_CONNECT_SWAPPED);
  mk_spin_button_activates (spin, GTK_WIDGET (self), "procedure.save");
  self->grade_spin = GTK_SPIN_BUTTON (spin);
  adw_preferences_group_add (group, GTK_WIDGET (self->grade_row));
}

static void
add_code_row (MkProcedureDialog   *self,
              AdwPreferencesGroup *group)
{
  self->code_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->code_row), _("Code"));
  self->code_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->code_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->code_label), "heading");
  adw_action_row_add_suffix (self->code_row, GTK_WIDGET (self->code_label));
  adw_preferences_group_add (group, GTK_WIDGET (self->code_row));
}

static GtkWidget *
build_header (void)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "procedure.save");
  gtk_widget_set_tooltip_text (save, _("Save (Enter)"));
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
}

static GtkWidget *
build_fields (MkProcedureDialog *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  self->kind_row = add_combo_row (self, group, _("_Kind"), kind_names ());
  self->subject_row = add_combo_row (self, group, _("_Subject"), subject_names ());
  add_grade_row (self, group);
  self->level_row = add_combo_row (self, group, _("_Level"),
                                   gtk_string_list_new (levels));
  add_code_row (self, group);
  title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("_Title in the tables"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (title), TRUE);
  g_signal_connect_object (title, "changed", G_CALLBACK (on_title_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (title, "entry-activated", G_CALLBACK (on_activated), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, title);
  self->title_row = ADW_ENTRY_ROW (title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));
  return box;
}

static void
mk_procedure_dialog_dispose (GObject *object)
{
  MkProcedureDialog *self = MK_PROCEDURE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->edited);
  g_clear_pointer (&self->code, g_free);
  G_OBJECT_CLASS (mk_procedure_dialog_parent_class)->dispose (object);
}

static void
mk_procedure_dialog_class_init (MkProcedureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_procedure_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "procedure.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mk_procedure_dialog_init (MkProcedureDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  gtk_box_append (GTK_BOX (box), build_header ());
  gtk_box_append (GTK_BOX (box), build_fields (self));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static guint
index_of (const char * const *list,
          guint               n,
          const char         *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (list[i], value) == 0)
      return i;
  return 0;
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

  mk_procedure_kind_from_name (kind, &kind_id);
  adw_combo_row_set_selected (self->kind_row, kind_id);
  adw_combo_row_set_selected (self->subject_row, subject_index (subject_code));
  if (grade != 0)
    gtk_spin_button_set_value (self->grade_spin, grade);
  adw_combo_row_set_selected (self->level_row, index_of (levels, N_LEVELS, level));
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
                                          NULL);

  self->store = g_object_ref (store);
  g_set_object (&self->edited, edited);
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

void
mk_procedure_dialog_fill (MkProcedureDialog *self,
                          const char        *kind,
                          const char        *subject_code,
                          int                grade,
                          const char        *level,
                          const char        *title)
{
  select_parts (self, kind, subject_code, grade, level);
  if (title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
}

const char *
mk_procedure_dialog_get_code (MkProcedureDialog *self)
{
  return self->code;
}

const char *
mk_procedure_dialog_get_error (MkProcedureDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
