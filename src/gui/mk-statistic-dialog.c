/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-statistic-dialog"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-school-year.h"
#include "mk-statistic-dialog.h"
#include "mk-text.h"
#include "mk-store-statistics.h"

struct _MkStatisticDialog
{
  AdwWindow       parent_instance;

  MkStore        *store;
  MkStatistic    *edited;     /* NULL when adding */
  gboolean        tried;      /* Save was pressed: errors show as they change */

  AdwEntryRow    *year_row;
  AdwEntryRow    *scope_row;
  GtkSpinButton  *schools_spin;
  GtkSpinButton  *snro_spin;
  AdwEntryRow    *note_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (MkStatisticDialog, mk_statistic_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { FIELD_NONE, FIELD_YEAR, FIELD_SCOPE, FIELD_SNRO };

static void
show_error (MkStatisticDialog *self,
            int                field,
            const char        *message)
{
  GtkWidget *fields[] = { NULL, GTK_WIDGET (self->year_row), GTK_WIDGET (self->scope_row),
                          GTK_WIDGET (self->snro_spin) };

  for (int i = FIELD_YEAR; i <= FIELD_SNRO; i++)
    if (i == field)
      gtk_widget_add_css_class (fields[i], "error");
    else
      gtk_widget_remove_css_class (fields[i], "error");
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Which field mk_statistic_check () refused, tried in its order. */
static int
field_at_fault (MkStatistic *statistic)
{
  g_autofree char *scope = g_strstrip (g_strdup (mk_statistic_get_scope (statistic)));
  int year = mk_statistic_get_school_year (statistic);

  if (year < 1990 || year > 2100)
    return FIELD_YEAR;
  if (*scope == '\0')
    return FIELD_SCOPE;
  if (mk_statistic_get_snro (statistic) > mk_statistic_get_schools (statistic))
    return FIELD_SNRO;
  return FIELD_NONE;
}

/* The statistic the fields describe, or NULL with the field at fault and
 * what is wrong with it. */
static MkStatistic *
read_fields (MkStatisticDialog *self,
             int               *field,
             char             **message)
{
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;

  /* A number typed but not yet taken (no Enter, no Tab) counts. */
  gtk_spin_button_update (self->schools_spin);
  gtk_spin_button_update (self->snro_spin);
  if (!mk_school_year_parse (text_of (self->year_row), &year))
    {
      *field = FIELD_YEAR;
      *message = g_strdup_printf (_("«%s» is not a school year like 2022/2023."),
                                  text_of (self->year_row));
      return NULL;
    }
  statistic = mk_statistic_new (year, text_of (self->scope_row),
                                (guint) gtk_spin_button_get_value_as_int (self->schools_spin),
                                (guint) gtk_spin_button_get_value_as_int (self->snro_spin),
                                text_of (self->note_row));
  if (mk_statistic_check (statistic, &error))
    return g_steal_pointer (&statistic);
  *field = field_at_fault (statistic);
  *message = g_strdup (error->message);
  return NULL;
}

static gboolean
validate (MkStatisticDialog *self)
{
  g_autoptr(MkStatistic) statistic = NULL;
  g_autofree char *message = NULL;
  int field = FIELD_NONE;

  statistic = read_fields (self, &field, &message);
  show_error (self, field, message);
  return statistic != NULL;
}

static void
on_field_changed (MkStatisticDialog *self)
{
  /* Errors appear once Save was tried, then follow the typing. */
  if (self->tried)
    validate (self);
}

static gboolean
same_key (MkStatistic *a,
          MkStatistic *b)
{
  g_autofree char *ka = mk_text_fold (mk_statistic_get_scope (a));
  g_autofree char *kb = mk_text_fold (mk_statistic_get_scope (b));

  return mk_statistic_get_school_year (a) == mk_statistic_get_school_year (b) &&
         g_str_equal (ka, kb);
}

/* A new row, or an edited one moved to another year or scope, must not
 * overwrite figures that are already there without saying so. */
static gboolean
check_free (MkStatisticDialog  *self,
            MkStatistic        *statistic,
            GError            **error)
{
  g_autoptr(MkStatistic) existing = NULL;
  g_autofree char *year = NULL;

  if (self->edited != NULL && same_key (self->edited, statistic))
    return TRUE;
  existing = mk_store_get_statistic (self->store, mk_statistic_get_school_year (statistic),
                                     mk_statistic_get_scope (statistic), error);
  if (existing == NULL)
    return error == NULL || *error == NULL;
  year = mk_statistic_dup_year_label (existing);
  g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_DUPLICATE,
               _("There are statistics for «%s» in %s already; edit that row instead."),
               mk_statistic_get_scope (existing), year);
  return FALSE;
}

/* A changed year or scope moves the figures: the old row goes in the
 * same transaction, so that nothing is half-written. */
static gboolean
write_statistic (MkStatisticDialog  *self,
                 MkStatistic        *statistic,
                 GError            **error)
{
  gboolean moved = self->edited != NULL && !same_key (self->edited, statistic);
  g_autoptr(MkStatistic) removed = NULL;

  if (!mk_store_begin (self->store, error))
    return FALSE;
  if (moved)
    removed = mk_store_delete_statistic (self->store,
                                         mk_statistic_get_school_year (self->edited),
                                         mk_statistic_get_scope (self->edited), error);
  if ((moved && removed == NULL) || !mk_store_set_statistic (self->store, statistic, NULL, error))
    {
      mk_store_rollback (self->store);
      return FALSE;
    }
  return mk_store_commit (self->store, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkStatisticDialog *self = MK_STATISTIC_DIALOG (widget);
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int field = FIELD_NONE;

  self->tried = TRUE;
  statistic = read_fields (self, &field, &message);
  if (statistic == NULL)
    {
      show_error (self, field, message);
      return;
    }
  if (!check_free (self, statistic, &error) || !write_statistic (self, statistic, &error))
    {
      show_error (self, error->code == MK_STORE_ERROR_DUPLICATE ? FIELD_SCOPE : FIELD_NONE,
                  error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, statistic);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter in any field saves. */
static void
on_activated (MkStatisticDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "statistic.save", NULL);
}

static AdwEntryRow *
add_entry_row (MkStatisticDialog   *self,
               AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_activated), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static GtkSpinButton *
add_spin_row (MkStatisticDialog   *self,
              AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_field_changed), self,
                           G_CONNECT_SWAPPED);
  mk_spin_button_activates (spin, GTK_WIDGET (self), "statistic.save");
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
build_header (MkStatisticDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "statistic.save");
  gtk_widget_set_tooltip_text (save, _("Save (Enter)"));
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
}

static GtkWidget *
build_fields (MkStatisticDialog *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

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
  self->year_row = add_entry_row (self, group, _("School _year (2022/2023)"));
  self->scope_row = add_entry_row (self, group, _("_Territory (for example, the region)"));
  self->schools_spin = add_spin_row (self, group, _("Schools in the _monitoring"),
                                     _("Schools that took part in identifying ШНРО"));
  self->snro_spin = add_spin_row (self, group, _("_ШНРО"),
                                  _("Schools with low results among them"));
  self->note_row = add_entry_row (self, group, _("_Source (optional)"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));
  return box;
}

static void
mk_statistic_dialog_dispose (GObject *object)
{
  MkStatisticDialog *self = MK_STATISTIC_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->edited);
  G_OBJECT_CLASS (mk_statistic_dialog_parent_class)->dispose (object);
}

static void
mk_statistic_dialog_class_init (MkStatisticDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_statistic_dialog_dispose;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MK_TYPE_STATISTIC);
  gtk_widget_class_install_action (widget_class, "statistic.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mk_statistic_dialog_init (MkStatisticDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_fields (self));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
show_statistic (MkStatisticDialog *self,
                MkStatistic       *statistic)
{
  g_autofree char *year = mk_statistic_dup_year_label (statistic);

  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->scope_row), mk_statistic_get_scope (statistic));
  gtk_spin_button_set_value (self->schools_spin, mk_statistic_get_schools (statistic));
  gtk_spin_button_set_value (self->snro_spin, mk_statistic_get_snro (statistic));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), mk_statistic_get_note (statistic));
}

MkStatisticDialog *
mk_statistic_dialog_new (GtkWindow   *parent,
                         MkStore     *store,
                         MkStatistic *edited,
                         MkStatistic *suggested)
{
  MkStatisticDialog *self = g_object_new (MK_TYPE_STATISTIC_DIALOG,
                                          "transient-for", parent,
                                          "title", edited ? _("Edit Statistics")
                                                          : _("Add Statistics"),
                                          NULL);

  self->store = g_object_ref (store);
  g_set_object (&self->edited, edited);
  if (edited != NULL || suggested != NULL)
    show_statistic (self, edited != NULL ? edited : suggested);
  /* A new row usually differs from the last only in its year and
   * numbers: the cursor starts there. */
  gtk_widget_grab_focus (GTK_WIDGET (self->year_row));
  return self;
}

void
mk_statistic_dialog_fill (MkStatisticDialog *self,
                          const char        *year,
                          const char        *scope,
                          guint              schools,
                          guint              snro)
{
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->scope_row), scope);
  gtk_spin_button_set_value (self->schools_spin, schools);
  gtk_spin_button_set_value (self->snro_spin, snro);
}

const char *
mk_statistic_dialog_get_error (MkStatisticDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
