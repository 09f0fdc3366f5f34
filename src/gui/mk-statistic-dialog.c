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
  MkRecordDialog  parent_instance;

  AdwEntryRow    *year_row;
  AdwEntryRow    *scope_row;
  GtkSpinButton  *schools_spin;
  GtkSpinButton  *snro_spin;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (MkStatisticDialog, mk_statistic_dialog, MK_TYPE_RECORD_DIALOG)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Which field mk_statistic_check () refused, tried in its order. */
static GtkWidget *
field_at_fault (MkStatisticDialog *self,
                MkStatistic       *statistic)
{
  g_autofree char *scope = g_strstrip (g_strdup (mk_statistic_get_scope (statistic)));
  int year = mk_statistic_get_school_year (statistic);

  if (year < 1990 || year > 2100)
    return GTK_WIDGET (self->year_row);
  if (*scope == '\0')
    return GTK_WIDGET (self->scope_row);
  if (mk_statistic_get_snro (statistic) > mk_statistic_get_schools (statistic))
    return GTK_WIDGET (self->snro_spin);
  return NULL;
}

/* The statistic the fields describe, or NULL with the field at fault and
 * what is wrong with it. */
static MkStatistic *
read_fields (MkStatisticDialog  *self,
             GtkWidget         **field,
             char              **message)
{
  g_autoptr(MkStatistic) statistic = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;

  /* A number typed but not yet taken (no Enter, no Tab) counts. */
  gtk_spin_button_update (self->schools_spin);
  gtk_spin_button_update (self->snro_spin);
  if (!mk_school_year_parse (text_of (self->year_row), &year))
    {
      *field = GTK_WIDGET (self->year_row);
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
  *field = field_at_fault (self, statistic);
  *message = g_strdup (error->message);
  return NULL;
}

static gboolean
validate (MkRecordDialog *dialog)
{
  g_autoptr(MkStatistic) statistic = NULL;
  g_autofree char *message = NULL;
  GtkWidget *field = NULL;

  statistic = read_fields (MK_STATISTIC_DIALOG (dialog), &field, &message);
  mk_record_dialog_show_error (dialog, field, message);
  return statistic != NULL;
}

static void
on_field_changed (MkStatisticDialog *self)
{
  mk_record_dialog_field_changed (MK_RECORD_DIALOG (self));
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
            MkStore            *store,
            MkStatistic        *statistic,
            GError            **error)
{
  MkStatistic *edited = mk_record_dialog_get_edited (MK_RECORD_DIALOG (self));
  g_autoptr(MkStatistic) existing = NULL;
  g_autofree char *year = NULL;

  if (edited != NULL && same_key (edited, statistic))
    return TRUE;
  existing = mk_store_get_statistic (store, mk_statistic_get_school_year (statistic),
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
                 MkStore            *store,
                 MkStatistic        *statistic,
                 GError            **error)
{
  MkStatistic *edited = mk_record_dialog_get_edited (MK_RECORD_DIALOG (self));
  gboolean moved = edited != NULL && !same_key (edited, statistic);
  g_autoptr(MkStatistic) removed = NULL;

  if (!mk_store_begin (store, error))
    return FALSE;
  if (moved)
    removed = mk_store_delete_statistic (store,
                                         mk_statistic_get_school_year (edited),
                                         mk_statistic_get_scope (edited), error);
  if ((moved && removed == NULL) || !mk_store_set_statistic (store, statistic, NULL, error))
    {
      mk_store_rollback (store);
      return FALSE;
    }
  return mk_store_commit (store, error);
}

/* Save has checked the fields: what they describe is written, unless
 * other figures are there. */
static gboolean
write_fields (MkRecordDialog  *dialog,
              GError         **error)
{
  MkStatisticDialog *self = MK_STATISTIC_DIALOG (dialog);
  MkStore *store = mk_record_dialog_get_store (dialog);
  g_autoptr(MkStatistic) statistic = NULL;
  g_autofree char *message = NULL;
  GtkWidget *field = NULL;

  statistic = read_fields (self, &field, &message);
  g_return_val_if_fail (statistic != NULL, FALSE);
  if (!check_free (self, store, statistic, error) ||
      !write_statistic (self, store, statistic, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, statistic);
  return TRUE;
}

/* Figures of that year and scope are there already: the scope says so. */
static GtkWidget *
error_field (MkRecordDialog *dialog,
             const GError   *error)
{
  return error->code == MK_STORE_ERROR_DUPLICATE
         ? GTK_WIDGET (MK_STATISTIC_DIALOG (dialog)->scope_row) : NULL;
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  mk_record_dialog_class_set_template (widget_class, "/ru/mayak/Mayak/mk-statistic-dialog.ui",
                                       "statistic.save");
  gtk_widget_class_bind_template_child (widget_class, MkStatisticDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, MkStatisticDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, MkStatisticDialog, schools_spin);
  gtk_widget_class_bind_template_child (widget_class, MkStatisticDialog, snro_spin);
  gtk_widget_class_bind_template_child (widget_class, MkStatisticDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
mk_statistic_dialog_class_init (MkStatisticDialogClass *klass)
{
  MkRecordDialogClass *dialog_class = MK_RECORD_DIALOG_CLASS (klass);

  dialog_class->validate = validate;
  dialog_class->write = write_fields;
  dialog_class->error_field = error_field;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MK_TYPE_STATISTIC);
  bind_template (GTK_WIDGET_CLASS (klass));
}

static void
mk_statistic_dialog_init (MkStatisticDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mk_record_dialog_save_on_enter (MK_RECORD_DIALOG (self), GTK_WIDGET (self->schools_spin));
  mk_record_dialog_save_on_enter (MK_RECORD_DIALOG (self), GTK_WIDGET (self->snro_spin));
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
                                          "store", store,
                                          "edited", edited,
                                          NULL);

  if (edited != NULL || suggested != NULL)
    show_statistic (self, edited != NULL ? edited : suggested);
  /* A new row usually differs from the last only in its year and
   * numbers: the cursor starts there. */
  gtk_widget_grab_focus (GTK_WIDGET (self->year_row));
  return self;
}
