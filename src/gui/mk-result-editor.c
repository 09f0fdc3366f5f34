/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-result-editor"
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-result-editor-private.h"
#include "mk-result-grid.h"

struct _MkResultEditor
{
  GtkPopover      parent_instance;

  MkStore        *store;
  MkResultRow     key;      /* school, year, procedure of the cell */
  MkResultRow     old;      /* what the cell held, for an undo of «Clear» */
  gboolean        present;  /* the cell holds a result to clear */
  /* The general error waits for a save: an empty form is not wrong yet. */
  gboolean        tried;
  char           *errors[MK_N_RESULT_FIELDS];

  GtkLabel       *title_label;
  GtkEntry       *participants_entry;
  GtkEntry       *low_entry;
  GtkEntry       *share_entry;
  GtkLabel       *participants_error;
  GtkLabel       *low_error;
  GtkLabel       *share_error;
  GtkLabel       *general_error;
  GtkCheckButton *mark_check;
  GtkSwitch      *non_objective_switch;
  GtkButton      *clear_button;
};

enum {
  SAVED,
  CLEARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MkResultEditor, mk_result_editor, GTK_TYPE_POPOVER)

/* The import's tolerance between a given share and the numbers: 0.05 %. */
#define SHARE_TOLERANCE 50
#define MAX_COUNT 1000000

/* -1 for an empty field; FALSE for anything but a whole number. */
static gboolean
parse_count (const char *text,
             int        *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 number = 0;

  *value = -1;
  if (*stripped == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (stripped, 10, 0, MAX_COUNT, &number, NULL))
    return FALSE;
  *value = (int) number;
  return TRUE;
}

/* A percentage with a comma or a dot, an optional «%»: thousandths. */
static gboolean
parse_share (const char *text,
             int        *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize len = strlen (copy);
  char *end = NULL;
  double number;

  *value = -1;
  if (len > 0 && copy[len - 1] == '%')
    copy[--len] = '\0';
  g_strstrip (copy);
  if (*copy == '\0')
    return TRUE;
  g_strdelimit (copy, ",", '.');
  number = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !(number >= 0 && number <= 100))
    return FALSE;
  *value = (int) (number * 1000 + 0.5);
  return TRUE;
}

static int
share_of (int low,
          int participants)
{
  return (int) ((200000 * (gint64) low / participants + 1) / 2);
}

static void
check_numbers (MkResultRow  *row,
               char        **errors)
{
  if (row->low >= 0 && row->participants < 0)
    errors[MK_RESULT_FIELD_LOW] = g_strdup (_("Give the number of participants too."));
  else if (row->low > row->participants)
    errors[MK_RESULT_FIELD_LOW] = g_strdup_printf (_("More than the %d participants."),
                                                   row->participants);
  if (errors[MK_RESULT_FIELD_LOW] != NULL || row->participants <= 0 || row->low < 0)
    return;
  if (row->low_share >= 0 &&
      abs (row->low_share - share_of (row->low, row->participants)) > SHARE_TOLERANCE)
    errors[MK_RESULT_FIELD_SHARE] = g_strdup (_("The numbers give another share: clear this field or correct the numbers."));
  row->low_share = share_of (row->low, row->participants);
}

gboolean
mk_result_input_check (const MkResultInput  *input,
                       MkResultRow          *row,
                       char                **errors)
{
  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    errors[i] = NULL;
  if (!parse_count (input->participants, &row->participants))
    errors[MK_RESULT_FIELD_PARTICIPANTS] = g_strdup (_("Enter a whole number, or leave the field empty."));
  if (!parse_count (input->low, &row->low))
    errors[MK_RESULT_FIELD_LOW] = g_strdup (_("Enter a whole number, or leave the field empty."));
  if (!parse_share (input->share, &row->low_share))
    errors[MK_RESULT_FIELD_SHARE] = g_strdup (_("Enter a percentage from 0 to 100, such as 33,3."));
  row->mark_low = input->mark_low;
  row->non_objective = input->non_objective;
  if (errors[MK_RESULT_FIELD_PARTICIPANTS] == NULL && errors[MK_RESULT_FIELD_LOW] == NULL)
    check_numbers (row, errors);
  if (row->participants < 0 && row->low < 0 && row->low_share < 0 &&
      !row->mark_low && !row->non_objective)
    errors[MK_RESULT_FIELD_GENERAL] = g_strdup (_("There is no result: give participants and low results, a share, or a mark."));
  else if (row->participants > 0 && row->low < 0 && row->low_share < 0 &&
           !row->mark_low && !row->non_objective)
    errors[MK_RESULT_FIELD_GENERAL] = g_strdup (_("Participants alone are not a result: give low results, a share or a mark."));
  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    if (errors[i] != NULL)
      return FALSE;
  return TRUE;
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static gboolean
validate (MkResultEditor *self,
          MkResultRow    *row)
{
  MkResultInput input = {
    gtk_editable_get_text (GTK_EDITABLE (self->participants_entry)),
    gtk_editable_get_text (GTK_EDITABLE (self->low_entry)),
    gtk_editable_get_text (GTK_EDITABLE (self->share_entry)),
    gtk_check_button_get_active (self->mark_check),
    gtk_switch_get_active (self->non_objective_switch),
  };
  gboolean ok;

  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    g_clear_pointer (&self->errors[i], g_free);
  ok = mk_result_input_check (&input, row, self->errors);
  if (!self->tried)
    g_clear_pointer (&self->errors[MK_RESULT_FIELD_GENERAL], g_free);
  show_error (self->participants_error, self->errors[MK_RESULT_FIELD_PARTICIPANTS]);
  show_error (self->low_error, self->errors[MK_RESULT_FIELD_LOW]);
  show_error (self->share_error, self->errors[MK_RESULT_FIELD_SHARE]);
  show_error (self->general_error, self->errors[MK_RESULT_FIELD_GENERAL]);
  return ok;
}

static void
on_field_changed (MkResultEditor *self)
{
  MkResultRow row = self->key;

  validate (self, &row);
}

/* As «Save» does; FALSE when the form or the store refused. */
static gboolean
save (MkResultEditor *self)
{
  g_autoptr(GError) error = NULL;
  MkResultRow row = self->key;

  self->tried = TRUE;
  if (!validate (self, &row))
    return FALSE;
  if (!mk_store_put_result (self->store, &row, NULL, &error))
    {
      self->errors[MK_RESULT_FIELD_GENERAL] = g_strdup (error->message);
      show_error (self->general_error, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static void
on_save_clicked (MkResultEditor *self)
{
  save (self);
}

/* As «Clear» does; FALSE when the cell is empty or the store refused. */
static gboolean
clear (MkResultEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->present)
    return FALSE;
  if (!mk_store_delete_result (self->store, self->key.school_id, self->key.year,
                               self->key.procedure_id, &error))
    {
      g_free (self->errors[MK_RESULT_FIELD_GENERAL]);
      self->errors[MK_RESULT_FIELD_GENERAL] = g_strdup (error->message);
      show_error (self->general_error, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[CLEARED], 0, &self->old);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static void
on_clear_clicked (MkResultEditor *self)
{
  clear (self);
}

static void
on_cancel_clicked (MkResultEditor *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
set_count (GtkEntry *entry,
           int       value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Shows a given share exactly, so that saving an untouched form keeps it;
 * a share that the numbers give is a hint only. */
static void
fill_share (MkResultEditor     *self,
            const MkResultCell *cell)
{
  g_autofree char *text = NULL;

  if (cell->low_share < 0)
    return;
  if (cell->participants > 0 && cell->low >= 0)
    {
      text = mk_result_format_share (cell->low_share);
      gtk_entry_set_placeholder_text (self->share_entry, text);
      return;
    }
  text = g_strdup_printf ("%d,%03d", cell->low_share / 1000, cell->low_share % 1000);
  while (g_str_has_suffix (text, "0") && strchr (text, ',') != NULL)
    text[strlen (text) - 1] = '\0';
  if (g_str_has_suffix (text, ","))
    text[strlen (text) - 1] = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->share_entry), text);
}

static void
fill (MkResultEditor     *self,
      const MkResultCell *cell)
{
  self->present = cell->present;
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), cell->present);
  if (!cell->present)
    return;
  self->old = self->key;
  self->old.participants = cell->participants;
  self->old.low = cell->low;
  self->old.low_share = cell->low_share;
  self->old.mark_low = cell->mark_low;
  self->old.non_objective = cell->non_objective;
  set_count (self->participants_entry, cell->participants);
  set_count (self->low_entry, cell->low);
  fill_share (self, cell);
  gtk_check_button_set_active (self->mark_check, cell->mark_low);
  gtk_switch_set_active (self->non_objective_switch, cell->non_objective);
}

MkResultEditor *
mk_result_editor_new (MkStore                 *store,
                      const MkResultMatrixRow *row,
                      MkProcedure             *procedure,
                      int                      year,
                      const MkResultCell      *cell)
{
  MkResultEditor *self = g_object_new (MK_TYPE_RESULT_EDITOR, NULL);
  g_autofree char *title = NULL;

  self->store = g_object_ref (store);
  self->key.school_id = row->school_id;
  self->key.year = year;
  self->key.procedure_id = mk_procedure_get_id (procedure);
  /* Translators: the editor's title: "<school> · <procedure code> · <year>" */
  title = g_strdup_printf (_("%s · %s · %d"), row->school, mk_procedure_get_code (procedure), year);
  gtk_label_set_text (self->title_label, title);
  fill (self, cell);
  on_field_changed (self);
  return self;
}

static void
mk_result_editor_dispose (GObject *object)
{
  MkResultEditor *self = MK_RESULT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_RESULT_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_result_editor_parent_class)->dispose (object);
}

static void
mk_result_editor_finalize (GObject *object)
{
  MkResultEditor *self = MK_RESULT_EDITOR (object);

  for (guint i = 0; i < MK_N_RESULT_FIELDS; i++)
    g_free (self->errors[i]);
  G_OBJECT_CLASS (mk_result_editor_parent_class)->finalize (object);
}

static void
mk_result_editor_class_init (MkResultEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_result_editor_dispose;
  object_class->finalize = mk_result_editor_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* After «Clear» deleted the result; the argument is the deleted row
   * (a const MkResultRow *), for an undo through mk_store_put_result (). */
  signals[CLEARED] = g_signal_new ("cleared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-result-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, participants_entry);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, low_entry);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, share_entry);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, participants_error);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, low_error);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, share_error);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, mark_check);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, non_objective_switch);
  gtk_widget_class_bind_template_child (widget_class, MkResultEditor, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
mk_result_editor_init (MkResultEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
