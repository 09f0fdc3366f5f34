/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-school-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-names.h"
#include "mk-school-dialog.h"

/* The text fields of the form, in the order of the form. */
typedef enum {
  MK_SCHOOL_FIELD_MUNICIPALITY,
  MK_SCHOOL_FIELD_REGION,
  MK_SCHOOL_FIELD_NAME,
  MK_SCHOOL_FIELD_FULL_NAME,
  MK_SCHOOL_FIELD_LEGAL_FORM,
  MK_SCHOOL_FIELD_HEAD,
  MK_SCHOOL_FIELD_DEPUTY,
  MK_SCHOOL_FIELD_CURATOR,
} MkSchoolField;

#define MK_N_SCHOOL_FIELDS 8

struct _MkSchoolDialog
{
  AdwWindow      parent_instance;

  MkStore       *store;
  MkSchool      *school;         /* the school edited, NULL when adding */
  /* Errors of an empty field wait until the user has typed in it or
   * tried to save, so that a fresh form does not open covered in red. */
  gboolean       name_touched;
  gboolean       municipality_touched;

  AdwEntryRow   *fields[MK_N_SCHOOL_FIELDS];
  GtkWidget     *municipality_error_row;
  GtkLabel      *municipality_error;
  GtkWidget     *name_error_row;
  GtkLabel      *name_error;
  GtkLabel      *general_error;
  AdwComboRow   *profile_row;
  GtkStringList *profile_model;
  GtkSwitch     *rural_switch;
};

G_DEFINE_FINAL_TYPE (MkSchoolDialog, mk_school_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Template ids of the entry rows, in MkSchoolField order. */
static const char *field_ids[MK_N_SCHOOL_FIELDS] = {
  "municipality_row", "region_row", "name_row", "full_name_row",
  "legal_form_row", "head_row", "deputy_row", "curator_row",
};

/* The text of FIELD without surrounding blanks; NULL when empty. */
static char *
dup_field (MkSchoolDialog *self,
           MkSchoolField   field)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->fields[field]))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_field (MkSchoolDialog *self,
           MkSchoolField   field,
           const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->fields[field]), text != NULL ? text : "");
}

static void
show_field_error (GtkWidget   *row,
                  GtkWidget   *error_row,
                  GtkLabel    *label,
                  const char  *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (error_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static MkProfile
chosen_profile (MkSchoolDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->profile_row);
  g_autofree char *name = NULL;
  g_autofree char *full_name = NULL;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    return (MkProfile) (selected - 1);
  name = dup_field (self, MK_SCHOOL_FIELD_NAME);
  full_name = dup_field (self, MK_SCHOOL_FIELD_FULL_NAME);
  return mk_names_infer_profile (name, full_name);
}

static void
update_profile_subtitle (MkSchoolDialog *self)
{
  g_autofree char *subtitle = NULL;

  if (adw_combo_row_get_selected (self->profile_row) == 0)
    /* Translators: the profile the school's name implies */
    subtitle = g_strdup_printf (_("From the name: %s"),
                                mk_profile_label (chosen_profile (self)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->profile_row), subtitle);
}

static gboolean
validate (MkSchoolDialog *self)
{
  g_autofree char *name = dup_field (self, MK_SCHOOL_FIELD_NAME);
  g_autofree char *municipality = dup_field (self, MK_SCHOOL_FIELD_MUNICIPALITY);

  show_field_error (GTK_WIDGET (self->fields[MK_SCHOOL_FIELD_NAME]),
                    self->name_error_row, self->name_error,
                    name == NULL && self->name_touched
                    ? _("Enter the short name of the school, for example “SSh No. 9”.") : NULL);
  show_field_error (GTK_WIDGET (self->fields[MK_SCHOOL_FIELD_MUNICIPALITY]),
                    self->municipality_error_row, self->municipality_error,
                    municipality == NULL && self->municipality_touched
                    ? _("Enter the municipality the school belongs to.") : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.save",
                                 name != NULL && municipality != NULL);
  return name != NULL && municipality != NULL;
}

static void
on_field_changed (MkSchoolDialog *self,
                  GObject        *field)
{
  if (field == G_OBJECT (self->fields[MK_SCHOOL_FIELD_NAME]))
    self->name_touched = TRUE;
  else if (field == G_OBJECT (self->fields[MK_SCHOOL_FIELD_MUNICIPALITY]))
    self->municipality_touched = TRUE;
  update_profile_subtitle (self);
  validate (self);
}

static void
on_profile_changed (MkSchoolDialog *self)
{
  update_profile_subtitle (self);
}

static void
fill_school (MkSchoolDialog *self,
             MkSchool       *school)
{
  g_autofree char *full_name = dup_field (self, MK_SCHOOL_FIELD_FULL_NAME);
  g_autofree char *legal_form = dup_field (self, MK_SCHOOL_FIELD_LEGAL_FORM);
  g_autofree char *text = NULL;

  /* An official name carries its legal form («МБОУ «СШ № 9»»); take it
   * from there rather than leave the field empty. */
  if (legal_form == NULL && full_name != NULL)
    legal_form = mk_names_legal_form (full_name);

  mk_school_set_municipality (school, (text = dup_field (self, MK_SCHOOL_FIELD_MUNICIPALITY)));
  g_clear_pointer (&text, g_free);
  mk_school_set_region (school, (text = dup_field (self, MK_SCHOOL_FIELD_REGION)));
  g_clear_pointer (&text, g_free);
  mk_school_set_name (school, (text = dup_field (self, MK_SCHOOL_FIELD_NAME)));
  g_clear_pointer (&text, g_free);
  mk_school_set_full_name (school, full_name);
  mk_school_set_legal_form (school, legal_form);
  mk_school_set_profile (school, chosen_profile (self));
  mk_school_set_rural (school, gtk_switch_get_active (self->rural_switch));
  mk_school_set_head (school, (text = dup_field (self, MK_SCHOOL_FIELD_HEAD)));
  g_clear_pointer (&text, g_free);
  mk_school_set_deputy (school, (text = dup_field (self, MK_SCHOOL_FIELD_DEPUTY)));
  g_clear_pointer (&text, g_free);
  mk_school_set_curator (school, (text = dup_field (self, MK_SCHOOL_FIELD_CURATOR)));
}

/* A duplicate is named by the school it collides with, which may be
 * spelled differently («СОШ №19» against «СШ № 19»). */
static void
show_duplicate (MkSchoolDialog *self,
                MkSchool       *school)
{
  g_autoptr(MkSchool) existing = NULL;
  g_autofree char *message = NULL;

  existing = mk_store_find_school (self->store, mk_school_get_municipality (school),
                                   mk_school_get_name (school), NULL, NULL);
  message = g_strdup_printf (_("This municipality already has a school with this name: %s"),
                             mk_school_get_name (existing != NULL ? existing : school));
  show_field_error (GTK_WIDGET (self->fields[MK_SCHOOL_FIELD_NAME]),
                    self->name_error_row, self->name_error, message);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields[MK_SCHOOL_FIELD_NAME]));
}

static void
show_store_error (MkSchoolDialog *self,
                  MkSchool       *school,
                  const GError   *error)
{
  if (g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE))
    {
      show_duplicate (self, school);
      return;
    }
  gtk_label_set_text (self->general_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkSchoolDialog *self = MK_SCHOOL_DIALOG (widget);
  g_autoptr(MkSchool) school = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (!validate (self))
    return;
  school = self->school != NULL ? mk_school_copy (self->school) : mk_school_new ();
  fill_school (self, school);
  if (self->school != NULL)
    saved = mk_store_update_school (self->store, school, &error);
  else
    saved = mk_store_add_school (self->store, school, &error);
  if (!saved)
    {
      show_store_error (self, school, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, school);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter moves on to the next field; in the last one it saves, or shows
 * what is missing. */
static void
on_entry_activated (MkSchoolDialog *self,
                    AdwEntryRow    *row)
{
  if (row != self->fields[MK_SCHOOL_FIELD_CURATOR])
    {
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
      return;
    }
  self->name_touched = self->municipality_touched = TRUE;
  if (validate (self))
    gtk_widget_activate_action (GTK_WIDGET (self), "school.save", NULL);
}

static void
load_school (MkSchoolDialog *self,
             MkSchool       *school)
{
  set_field (self, MK_SCHOOL_FIELD_MUNICIPALITY, mk_school_get_municipality (school));
  set_field (self, MK_SCHOOL_FIELD_REGION, mk_school_get_region (school));
  set_field (self, MK_SCHOOL_FIELD_NAME, mk_school_get_name (school));
  set_field (self, MK_SCHOOL_FIELD_FULL_NAME, mk_school_get_full_name (school));
  set_field (self, MK_SCHOOL_FIELD_LEGAL_FORM, mk_school_get_legal_form (school));
  set_field (self, MK_SCHOOL_FIELD_HEAD, mk_school_get_head (school));
  set_field (self, MK_SCHOOL_FIELD_DEPUTY, mk_school_get_deputy (school));
  set_field (self, MK_SCHOOL_FIELD_CURATOR, mk_school_get_curator (school));
  adw_combo_row_set_selected (self->profile_row, mk_school_get_profile (school) + 1);
  gtk_switch_set_active (self->rural_switch, mk_school_get_rural (school));
}

MkSchoolDialog *
mk_school_dialog_new (GtkWindow *parent,
                      MkStore   *store,
                      MkSchool  *school)
{
  MkSchoolDialog *self;

  g_return_val_if_fail (MK_IS_STORE (store), NULL);

  self = g_object_new (MK_TYPE_SCHOOL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (school != NULL)
    {
      self->school = mk_school_copy (school);
      load_school (self, school);
    }
  gtk_window_set_title (GTK_WINDOW (self),
                        school != NULL ? _("Edit School") : _("New School"));
  self->name_touched = self->municipality_touched = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields[school != NULL ? MK_SCHOOL_FIELD_NAME
                                                                 : MK_SCHOOL_FIELD_MUNICIPALITY]));
  return self;
}

void
mk_school_dialog_set_default_municipality (MkSchoolDialog *self,
                                           const char     *municipality)
{
  g_return_if_fail (MK_IS_SCHOOL_DIALOG (self));

  set_field (self, MK_SCHOOL_FIELD_MUNICIPALITY, municipality);
  self->municipality_touched = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields[MK_SCHOOL_FIELD_NAME]));
}

static void
mk_school_dialog_dispose (GObject *object)
{
  MkSchoolDialog *self = MK_SCHOOL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_SCHOOL_DIALOG);
  g_clear_object (&self->school);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_school_dialog_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-school-dialog.ui");
  for (guint i = 0; i < MK_N_SCHOOL_FIELDS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_ids[i], FALSE,
                                               G_STRUCT_OFFSET (MkSchoolDialog, fields)
                                               + i * sizeof (gpointer));
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, municipality_error_row);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, municipality_error);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, name_error_row);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, profile_row);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, profile_model);
  gtk_widget_class_bind_template_child (widget_class, MkSchoolDialog, rural_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
}

static void
mk_school_dialog_class_init (MkSchoolDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_school_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MK_TYPE_SCHOOL);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "school.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "school.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "school.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
mk_school_dialog_init (MkSchoolDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Index 0 infers the profile; the others follow MkProfile. */
  gtk_string_list_append (self->profile_model, _("Determine from the name"));
  for (guint i = 0; i < MK_N_PROFILES; i++)
    gtk_string_list_append (self->profile_model, mk_profile_label ((MkProfile) i));
  adw_combo_row_set_selected (self->profile_row, 0);
  update_profile_subtitle (self);
}
