/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-gui-util.h"
#include "mk-protocol-editor-view-private.h"
#include "mk-report.h"
#include "mk-school-year.h"

G_DEFINE_FINAL_TYPE (MkProtocolEditorView, mk_protocol_editor_view, ADW_TYPE_BIN)

/* The heading's fields, in the order the document prints them. */
static const char *const FIELD_TITLES[MK_PROTOCOL_N_FIELDS] = {
  N_("Number"), N_("Date (dd.mm.yyyy)"), N_("Who met: «заседания …»"), N_("Place"),
  N_("Approved by: position"), N_("Approved by: name"), N_("Chair"),
  N_("Secretary: position"), N_("Secretary: name"), N_("Closing paragraph"),
};

GtkWidget *
mk_protocol_editor_view_new (void)
{
  return g_object_new (MK_TYPE_PROTOCOL_EDITOR_VIEW, NULL);
}

guint
mk_protocol_editor_view_get_item (MkProtocolEditorView *self)
{
  return self->item;
}

MkProtocolItem *
mk_protocol_editor_view_item (MkProtocolEditorView *self,
                              const MkProtocol     *p)
{
  return self->item < p->items->len ? p->items->pdata[self->item] : NULL;
}

MkProtocol *
mk_protocol_editor_view_begin (MkProtocolEditorView *self)
{
  g_autoptr(GError) error = NULL;
  MkProtocol *p = self->editor != NULL ? mk_protocol_editor_begin (self->editor, &error) : NULL;

  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("The protocol cannot be changed"), error);
  return p;
}

void
mk_protocol_editor_view_commit (MkProtocolEditorView *self,
                                MkProtocol           *changed)
{
  g_autoptr(GError) error = NULL;

  if (!mk_protocol_editor_commit (self->editor, changed, &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the protocol"), error);
}

static void
fill_fields (MkProtocolEditorView *self)
{
  const MkProtocol *p = self->editor != NULL ? mk_protocol_editor_get (self->editor) : NULL;
  gboolean approved = p != NULL && mk_protocol_is_approved (p);

  for (guint i = 0; i < MK_PROTOCOL_N_FIELDS; i++)
    {
      g_autofree char *text = self->editor != NULL
                              ? mk_protocol_editor_dup_field (self->editor, i) : NULL;
      mk_entry_row_show_text (self->field_rows[i], text);
    }
  if (approved)
    {
      g_autofree char *date = mk_date_to_dmy (&p->approved);
      g_autofree char *text = g_strdup_printf (_("Approved on %s: the protocol and its tables are "
                                                 "kept as they were signed. Only what became of "
                                                 "its decisions can still be marked."), date);
      gtk_label_set_text (self->state_label, text);
    }
  else
    gtk_label_set_text (self->state_label,
                        _("A draft: its tables follow the data until it is approved. Every "
                          "change is saved at once; Ctrl+Z undoes it."));
}

static void
on_changed (MkProtocolEditorView *self)
{
  fill_fields (self);
  mk_protocol_editor_view_fill_lists (self);
}

void
mk_protocol_editor_view_set_editor (MkProtocolEditorView *self,
                                    MkProtocolEditor     *editor)
{
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_set_object (&self->editor, editor);
  self->item = self->decision = self->block = 0;
  g_clear_pointer (&self->people, g_ptr_array_unref);
  gtk_string_list_splice (self->known_people, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->known_people)), NULL);
  if (editor != NULL)
    {
      g_signal_connect_object (editor, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
      self->people = mk_store_list_people (mk_protocol_editor_get_store (editor), &error);
    }
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      MkProtocolPerson *person = self->people->pdata[i];
      g_autofree char *label = g_strdup_printf ("%s, %s", person->name, person->job);

      gtk_string_list_append (self->known_people, label);
    }
  on_changed (self);
}

static void
on_field_applied (AdwEntryRow          *row,
                  MkProtocolEditorView *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mk-field"));
  g_autoptr(GError) error = NULL;

  if (self->editor != NULL &&
      !mk_protocol_editor_set_field (self->editor, field, gtk_editable_get_text (GTK_EDITABLE (row)),
                                     &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the protocol"), error);
}

static void
add_field_rows (MkProtocolEditorView *self)
{
  for (guint i = 0; i < MK_PROTOCOL_N_FIELDS; i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(FIELD_TITLES[i]));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "mk-field", GUINT_TO_POINTER (i));
      g_signal_connect (row, "apply", G_CALLBACK (on_field_applied), self);
      adw_preferences_group_add (self->heading_group, row);
      self->field_rows[i] = ADW_ENTRY_ROW (row);
    }
}

/* --- Adding -------------------------------------------------------------- */

/* «Name, position» as ROW reads it, added as an attendee or invited. */
static void
add_person (MkProtocolEditorView *self,
            AdwEntryRow          *row,
            gboolean              invited)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_auto(GStrv) parts = g_strsplit (text, ",", 2);
  g_autoptr(MkProtocol) p = NULL;

  if (parts[0] == NULL || *g_strstrip (parts[0]) == '\0' || (p = mk_protocol_editor_view_begin (self)) == NULL)
    return;
  g_ptr_array_add (p->people, mk_protocol_person_new (parts[0], parts[1] != NULL ? g_strstrip (parts[1]) : "",
                                                      invited));
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
on_new_person (MkProtocolEditorView *self)
{
  add_person (self, self->new_person_row, FALSE);
}

static void
on_new_invited (MkProtocolEditorView *self)
{
  add_person (self, self->new_invited_row, TRUE);
}

static void
on_add_known_person (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  MkProtocolEditorView *self = MK_PROTOCOL_EDITOR_VIEW (widget);
  guint i = adw_combo_row_get_selected (self->known_people_row);
  g_autoptr(MkProtocol) p = NULL;
  MkProtocolPerson *person;

  if (self->people == NULL || i >= self->people->len || (p = mk_protocol_editor_view_begin (self)) == NULL)
    return;
  person = self->people->pdata[i];
  g_ptr_array_add (p->people, mk_protocol_person_new (person->name, person->job, FALSE));
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_new_item (MkProtocolEditorView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_item_row));
  g_autoptr(MkProtocol) p = NULL;

  if (*text == '\0' || (p = mk_protocol_editor_view_begin (self)) == NULL)
    return;
  g_ptr_array_add (p->items, mk_protocol_item_new (text));
  self->item = p->items->len - 1;
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
  gtk_editable_set_text (GTK_EDITABLE (self->new_item_row), "");
}

static void
add_text (MkProtocolEditorView *self,
          MkProtocolBlockKind   kind)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_text_row));
  g_autoptr(MkProtocol) p = NULL;
  MkProtocolItem *item;

  if (*text == '\0' || (p = mk_protocol_editor_view_begin (self)) == NULL ||
      (item = mk_protocol_editor_view_item (self, p)) == NULL)
    return;
  g_ptr_array_add (item->blocks, mk_protocol_block_new_text (kind, text));
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
  gtk_editable_set_text (GTK_EDITABLE (self->new_text_row), "");
}

static void
on_new_paragraph (MkProtocolEditorView *self)
{
  add_text (self, MK_PROTOCOL_PARAGRAPH);
}

static void
on_add_bullet (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  add_text (MK_PROTOCOL_EDITOR_VIEW (widget), MK_PROTOCOL_BULLET);
}

/* The report chosen: the catalog's, then the previous decisions' table. */
static const char *
chosen_report (MkProtocolEditorView *self)
{
  guint n = 0, i = adw_combo_row_get_selected (self->report_row);
  const MkReportInfo *catalog = mk_report_catalog (&n);

  return i < n ? catalog[i].id : i == n ? MK_PROTOCOL_FOLLOW_UP_TABLE : NULL;
}

static void
on_add_table (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  MkProtocolEditorView *self = MK_PROTOCOL_EDITOR_VIEW (widget);
  const char *report = chosen_report (self);
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->table_year_row));
  g_autoptr(MkProtocol) p = NULL;
  MkProtocolBlock *block;
  MkProtocolItem *item;
  int school_year = 0;

  if (*year != '\0' && !mk_school_year_parse (year, &school_year))
    {
      mk_widget_add_toast (widget, mk_toast_new_printf (_("«%s» is not a school year: write it as "
                                                          "2021/2022"), year));
      return;
    }
  if (report == NULL || (p = mk_protocol_editor_view_begin (self)) == NULL ||
      (item = mk_protocol_editor_view_item (self, p)) == NULL)
    return;
  block = mk_protocol_block_new_table (report);
  block->school_year = school_year;
  g_free (block->school);
  block->school = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->table_school_row))));
  g_ptr_array_add (item->blocks, block);
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_table_school_activated (MkProtocolEditorView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "protocol.add-table", NULL);
}

static void
on_new_decision (MkProtocolEditorView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_decision_row));
  g_autoptr(MkProtocol) p = NULL;
  MkProtocolItem *item;

  if (*text == '\0' || (p = mk_protocol_editor_view_begin (self)) == NULL ||
      (item = mk_protocol_editor_view_item (self, p)) == NULL)
    return;
  g_ptr_array_add (item->decisions, mk_protocol_decision_new (text));
  self->decision = item->decisions->len - 1;
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
  gtk_editable_set_text (GTK_EDITABLE (self->new_decision_row), "");
}

/* --- The item and decision chosen ----------------------------------------- */

static void
on_item_selected (MkProtocolEditorView *self,
                  GtkListBoxRow        *row)
{
  if (row == NULL || self->filling || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  self->item = (guint) gtk_list_box_row_get_index (row);
  self->decision = self->block = 0;
  mk_protocol_editor_view_fill_lists (self);
}

static MkProtocolDecision *
chosen_decision (MkProtocolEditorView *self,
                 const MkProtocol     *p)
{
  MkProtocolItem *item = mk_protocol_editor_view_item (self, p);

  return item != NULL && self->decision < item->decisions->len ? item->decisions->pdata[self->decision]
                                                                 : NULL;
}

void
mk_protocol_editor_view_show_decision (MkProtocolEditorView *self)
{
  MkProtocolDecision *d = self->editor != NULL
                          ? chosen_decision (self, mk_protocol_editor_get (self->editor)) : NULL;
  g_autofree char *deadline = d != NULL ? mk_date_to_dmy (&d->deadline) : NULL;

  g_autofree char *subitems = NULL;

  if (d != NULL)
    {
      g_ptr_array_add (d->subitems, NULL);
      subitems = g_strjoinv (" | ", (char **) d->subitems->pdata);
      g_ptr_array_set_size (d->subitems, d->subitems->len - 1);
    }
  mk_entry_row_show_text (self->decision_text_row, d != NULL ? d->text : "");
  mk_entry_row_show_text (self->subitems_row, subitems);
  mk_entry_row_show_text (self->responsible_row, d != NULL ? d->responsible : "");
  mk_entry_row_show_text (self->deadline_row, deadline);
  mk_entry_row_show_text (self->schools_row, d != NULL ? d->schools : "");
}

/* Rows leave the list when it is filled again, or goes: NULL then. */
static void
on_decision_selected (MkProtocolEditorView *self,
                      GtkListBoxRow        *row)
{
  if (row == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  self->decision = (guint) gtk_list_box_row_get_index (row);
  mk_protocol_editor_view_show_decision (self);
}

/* «a | b | c» as the decision's sub-items; blank ones are dropped. */
static void
set_subitems (MkProtocolDecision *d,
              const char         *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "|", -1);

  g_ptr_array_set_size (d->subitems, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_ptr_array_add (d->subitems, g_strdup (parts[i]));
}

static MkProtocolBlock *
chosen_block (MkProtocolEditorView *self,
              const MkProtocol     *p)
{
  MkProtocolItem *item = mk_protocol_editor_view_item (self, p);

  return item != NULL && self->block < item->blocks->len ? item->blocks->pdata[self->block] : NULL;
}

void
mk_protocol_editor_view_show_block (MkProtocolEditorView *self)
{
  MkProtocolBlock *b = self->editor != NULL
                       ? chosen_block (self, mk_protocol_editor_get (self->editor)) : NULL;
  gboolean text = b != NULL && b->kind != MK_PROTOCOL_TABLE;

  mk_entry_row_show_text (self->block_text_row, text ? b->text : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->block_text_row), text);
}

static void
on_block_selected (MkProtocolEditorView *self,
                   GtkListBoxRow        *row)
{
  if (row == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  self->block = (guint) gtk_list_box_row_get_index (row);
  mk_protocol_editor_view_show_block (self);
}

static void
on_block_text_applied (MkProtocolEditorView *self)
{
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  MkProtocolBlock *b = p != NULL ? chosen_block (self, p) : NULL;

  if (b == NULL || b->kind == MK_PROTOCOL_TABLE)
    return;
  g_free (b->text);
  b->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->block_text_row)));
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_decision_applied (MkProtocolEditorView *self)
{
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  const char *deadline = gtk_editable_get_text (GTK_EDITABLE (self->deadline_row));
  MkProtocolDecision *d = p != NULL ? chosen_decision (self, p) : NULL;
  GDate date;

  if (d == NULL)
    return;
  if (*deadline != '\0' && !mk_date_from_dmy (deadline, &date))
    {
      mk_widget_add_toast (GTK_WIDGET (self),
                           mk_toast_new_printf (_("«%s» is not a date: write it as 31.12.2022"), deadline));
      return;
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (self->decision_text_row)) != '\0')
    {
      g_free (d->text);
      d->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_text_row)));
    }
  set_subitems (d, gtk_editable_get_text (GTK_EDITABLE (self->subitems_row)));
  g_free (d->responsible);
  g_free (d->schools);
  d->responsible = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->responsible_row)));
  d->schools = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->schools_row)));
  mk_date_from_dmy (deadline, &d->deadline);
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
set_item_text (MkProtocolEditorView *self,
               gboolean              heard,
               AdwEntryRow          *row)
{
  g_autoptr(MkProtocol) p = mk_protocol_editor_view_begin (self);
  MkProtocolItem *item = p != NULL ? mk_protocol_editor_view_item (self, p) : NULL;
  char **field;

  if (item == NULL)
    return;
  field = heard ? &item->heard : &item->title;
  g_free (*field);
  *field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  mk_protocol_editor_view_commit (self, g_steal_pointer (&p));
}

static void
on_item_title_applied (MkProtocolEditorView *self)
{
  set_item_text (self, FALSE, self->item_title_row);
}

static void
on_heard_applied (MkProtocolEditorView *self)
{
  set_item_text (self, TRUE, self->heard_row);
}

static void
fill_reports (MkProtocolEditorView *self)
{
  guint n = 0;
  const MkReportInfo *catalog = mk_report_catalog (&n);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (self->report_names, catalog[i].title);
  gtk_string_list_append (self->report_names, _("Decisions of the previous meeting and what became of them"));
}

static void
mk_protocol_editor_view_dispose (GObject *object)
{
  MkProtocolEditorView *self = MK_PROTOCOL_EDITOR_VIEW (object);

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_protocol_editor_view_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkProtocolEditorView, name)
#define CALLBACK(name) gtk_widget_class_bind_template_callback (widget_class, name)

static void
mk_protocol_editor_view_class_init (MkProtocolEditorViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  G_OBJECT_CLASS (klass)->dispose = mk_protocol_editor_view_dispose;
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/mayak/Mayak/mk-protocol-editor-view.ui");
  BIND (state_label); BIND (heading_group); BIND (people_list); BIND (new_person_row); BIND (new_invited_row);
  BIND (known_people_row); BIND (known_people); BIND (item_list); BIND (new_item_row);
  BIND (item_group); BIND (item_title_row); BIND (heard_row); BIND (block_list);
  BIND (new_text_row); BIND (report_row); BIND (report_names); BIND (table_school_row);
  BIND (decisions_group); BIND (decision_list); BIND (new_decision_row); BIND (responsible_row);
  BIND (deadline_row); BIND (schools_row); BIND (block_text_row); BIND (decision_text_row);
  BIND (subitems_row); BIND (table_year_row);
  CALLBACK (on_new_person); CALLBACK (on_new_invited); CALLBACK (on_new_item); CALLBACK (on_new_paragraph);
  CALLBACK (on_new_decision); CALLBACK (on_item_selected); CALLBACK (on_decision_selected);
  CALLBACK (on_decision_applied); CALLBACK (on_item_title_applied); CALLBACK (on_heard_applied);
  CALLBACK (on_table_school_activated); CALLBACK (on_block_selected);
  CALLBACK (on_block_text_applied);
  gtk_widget_class_install_action (widget_class, "protocol.add-known-person", NULL, on_add_known_person);
  gtk_widget_class_install_action (widget_class, "protocol.add-bullet", NULL, on_add_bullet);
  gtk_widget_class_install_action (widget_class, "protocol.add-table", NULL, on_add_table);
  mk_protocol_editor_view_install_moves (widget_class);
}

static void
mk_protocol_editor_view_init (MkProtocolEditorView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_field_rows (self);
  fill_reports (self);
  mk_protocol_editor_view_watch_list_keys (self, self->people_list, "person");
  mk_protocol_editor_view_watch_list_keys (self, self->item_list, "item");
  mk_protocol_editor_view_watch_list_keys (self, self->block_list, "block");
  mk_protocol_editor_view_watch_list_keys (self, self->decision_list, "decision");
  on_changed (self);
}
