/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-gui-util.h"
#include "mk-protocol-editor-view-private.h"
#include "mk-report.h"
#include "mk-school-year.h"

static GtkWidget *
row_button (const char *icon,
            const char *tooltip,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

/* Dragging a row carries "KIND INDEX"; dropping it on a row of the same
 * list moves it there, as one change. */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_autofree char *what = g_strdup_printf ("%s %u", (char *) g_object_get_data (G_OBJECT (row), "mk-kind"),
                                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mk-index")));

  return gdk_content_provider_new_typed (G_TYPE_STRING, what);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "mk-kind");
  g_auto(GStrv) parts = g_strsplit (g_value_get_string (value), " ", 2);
  g_autofree char *action = g_strdup_printf ("protocol.drop-%s", kind);
  guint64 from = 0;

  if (parts[0] == NULL || parts[1] == NULL || !g_str_equal (parts[0], kind) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &from, NULL))
    return FALSE;
  gtk_widget_activate_action (row, action, "(uu)", (guint) from,
                              GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mk-index")));
  return TRUE;
}

static void
make_draggable (GtkWidget  *row,
                const char *kind,
                guint       index)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data_full (G_OBJECT (row), "mk-kind", g_strdup (kind), g_free);
  g_object_set_data (G_OBJECT (row), "mk-index", GUINT_TO_POINTER (index));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
mk_protocol_list_row_new (const char *title,
                          const char *subtitle,
                          const char *kind,
                          guint       index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *move = g_strdup_printf ("protocol.move-%s", kind);
  g_autofree char *remove = g_strdup_printf ("protocol.remove-%s", kind);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("go-up-symbolic", _("Move up (Alt+↑)"), move,
                                         g_variant_new ("(ui)", index, -1)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("go-down-symbolic", _("Move down (Alt+↓)"), move,
                                         g_variant_new ("(ui)", index, 1)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", _("Remove"), remove,
                                         g_variant_new_uint32 (index)));
  make_draggable (row, kind, index);
  return row;
}

static void
select_row (GtkListBox *list,
            guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);

  if (row != NULL)
    gtk_list_box_select_row (list, row);
}

static void
fill_people (MkProtocolEditorView *self,
             const MkProtocol     *p)
{
  mk_list_box_clear (self->people_list);
  for (guint i = 0; i < p->people->len; i++)
    {
      MkProtocolPerson *person = p->people->pdata[i];
      g_autofree char *title = person->invited ? g_strdup_printf (_("%s (invited)"), person->name)
                                               : g_strdup (person->name);

      gtk_list_box_append (self->people_list,
                           mk_protocol_list_row_new (title, person->job, "person", i));
    }
}

static void
fill_items (MkProtocolEditorView *self,
            const MkProtocol     *p)
{
  mk_list_box_clear (self->item_list);
  for (guint i = 0; i < p->items->len; i++)
    {
      MkProtocolItem *item = p->items->pdata[i];
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, item->title);

      gtk_list_box_append (self->item_list, mk_protocol_list_row_new (title, item->heard, "item", i));
    }
  self->item = MIN (self->item, p->items->len > 0 ? p->items->len - 1 : 0);
  select_row (self->item_list, self->item);
}

/* «Таблица: Показатели школ · Средняя школа № 1». */
static char *
block_title (const MkProtocolBlock *block)
{
  const MkReportInfo *info;
  g_autofree char *year = NULL;

  if (block->kind == MK_PROTOCOL_PARAGRAPH)
    return g_strdup (block->text);
  if (block->kind == MK_PROTOCOL_BULLET)
    return g_strconcat ("– ", block->text, NULL);
  info = mk_report_find (block->report);
  year = block->school_year != 0 ? mk_school_year_format (block->school_year) : g_strdup ("");
  return g_strdup_printf (_("Table: %s%s%s%s%s%s"),
                          info != NULL ? info->title
                          : g_str_equal (block->report, MK_PROTOCOL_FOLLOW_UP_TABLE)
                            ? _("the previous meeting's decisions") : block->report,
                          *block->school != '\0' ? " · " : "", block->school,
                          *year != '\0' ? " · " : "", year,
                          block->frozen != NULL ? _(" (as approved)") : "");
}

static void
fill_item (MkProtocolEditorView *self,
           MkProtocolItem       *item)
{
  mk_list_box_clear (self->block_list);
  mk_list_box_clear (self->decision_list);
  gtk_widget_set_sensitive (GTK_WIDGET (self->item_group), item != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->decisions_group), item != NULL);
  mk_entry_row_show_text (self->item_title_row, item != NULL ? item->title : "");
  mk_entry_row_show_text (self->heard_row, item != NULL ? item->heard : "");
  for (guint i = 0; item != NULL && i < item->blocks->len; i++)
    {
      g_autofree char *title = block_title (item->blocks->pdata[i]);

      gtk_list_box_append (self->block_list, mk_protocol_list_row_new (title, NULL, "block", i));
    }
  if (item != NULL)
    {
      self->block = MIN (self->block, item->blocks->len > 0 ? item->blocks->len - 1 : 0);
      select_row (self->block_list, self->block);
    }
  mk_protocol_editor_view_show_block (self);
  for (guint i = 0; item != NULL && i < item->decisions->len; i++)
    {
      MkProtocolDecision *d = item->decisions->pdata[i];
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, d->text);
      g_autofree char *deadline = mk_date_to_dmy (&d->deadline);
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", d->responsible,
                                                   *d->responsible != '\0' && *deadline != '\0'
                                                   ? " · " : "", deadline);

      gtk_list_box_append (self->decision_list,
                           mk_protocol_list_row_new (title, subtitle, "decision", i));
    }
  if (item != NULL)
    {
      self->decision = MIN (self->decision, item->decisions->len > 0 ? item->decisions->len - 1 : 0);
      select_row (self->decision_list, self->decision);
    }
  mk_protocol_editor_view_show_decision (self);
}

void
mk_protocol_editor_view_fill_lists (MkProtocolEditorView *self)
{
  const MkProtocol *p = self->editor != NULL ? mk_protocol_editor_get (self->editor) : NULL;
  g_autoptr(MkProtocol) empty = mk_protocol_new ();

  self->filling = TRUE;
  if (p == NULL)
    p = empty;
  fill_people (self, p);
  fill_items (self, p);
  fill_item (self, mk_protocol_editor_view_item (self, p));
  self->filling = FALSE;
}
