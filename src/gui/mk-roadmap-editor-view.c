/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap-editor"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-roadmap-editor-view.h"

struct _MkRoadmapEditorView
{
  AdwBin           parent_instance;

  GtkListBox      *item_list;
  AdwPreferencesGroup *item_form;
  AdwEntryRow     *title_row;
  AdwEntryRow     *deadline_row;
  AdwEntryRow     *date_from_row;
  AdwEntryRow     *date_to_row;
  AdwEntryRow     *responsible_row;
  AdwEntryRow     *result_row;
  GtkSwitch       *heading_switch;

  MkRoadmapEditor *editor;
  GSimpleActionGroup *actions;
  int              selected;
  gboolean         filling;   /* the form is being filled, not edited */
};

G_DEFINE_FINAL_TYPE (MkRoadmapEditorView, mk_roadmap_editor_view, ADW_TYPE_BIN)

GtkWidget *
mk_roadmap_editor_view_new (void)
{
  return g_object_new (MK_TYPE_ROADMAP_EDITOR_VIEW, NULL);
}

static guint
n_items (MkRoadmapEditorView *self)
{
  return self->editor != NULL ? mk_roadmap_editor_get_items (self->editor)->len : 0;
}

static MkRoadmapItem *
selected_item (MkRoadmapEditorView *self)
{
  if (self->selected < 0 || (guint) self->selected >= n_items (self))
    return NULL;
  return mk_roadmap_editor_get_items (self->editor)->pdata[self->selected];
}

static void
enable (MkRoadmapEditorView *self,
        const char          *name,
        gboolean             enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (MkRoadmapEditorView *self)
{
  gboolean any = selected_item (self) != NULL;
  static const char *const on_item[] = { "add-child", "indent", "outdent", "move-up",
                                         "move-down", "remove" };

  enable (self, "add", self->editor != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (on_item); i++)
    enable (self, on_item[i], any);
  enable (self, "undo", self->editor != NULL && mk_roadmap_editor_can_undo (self->editor));
  enable (self, "redo", self->editor != NULL && mk_roadmap_editor_can_redo (self->editor));
}

static void
fill_form (MkRoadmapEditorView *self)
{
  MkRoadmapItem *item = selected_item (self);
  struct { AdwEntryRow *row; MkItemField field; } fields[] = {
    { self->title_row, MK_ITEM_TITLE }, { self->deadline_row, MK_ITEM_DEADLINE },
    { self->date_from_row, MK_ITEM_DATE_FROM }, { self->date_to_row, MK_ITEM_DATE_TO },
    { self->responsible_row, MK_ITEM_RESPONSIBLE }, { self->result_row, MK_ITEM_EXPECTED_RESULT },
  };
  g_autofree char *title = NULL;

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    mk_entry_row_show_text (fields[i].row,
                            item != NULL ? mk_roadmap_item_get_text (item, fields[i].field) : "");
  gtk_switch_set_active (self->heading_switch, item != NULL && mk_roadmap_item_get_heading (item));
  /* Translators: the heading of the item form: «Пункт 1.5.2.» */
  title = item != NULL ? g_strdup_printf (_("Item %s"), mk_roadmap_item_get_code (item))
                       : g_strdup (_("No item selected"));
  adw_preferences_group_set_title (self->item_form, title);
  gtk_widget_set_sensitive (GTK_WIDGET (self->item_form), item != NULL);
  self->filling = FALSE;
}

static GtkWidget *
item_row (MkRoadmapItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *code = gtk_label_new (mk_roadmap_item_get_code (item));
  GtkWidget *title = gtk_label_new (mk_roadmap_item_get_text (item, MK_ITEM_TITLE));
  GtkWidget *deadline = gtk_label_new (mk_roadmap_item_get_text (item, MK_ITEM_DEADLINE));

  gtk_widget_set_margin_start (box, 6 + 24 * mk_roadmap_item_get_depth (item));
  gtk_label_set_width_chars (GTK_LABEL (code), 7);
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_widget_add_css_class (code, "numeric");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (deadline, "dim-label");
  if (mk_roadmap_item_get_heading (item))
    {
      gtk_widget_add_css_class (code, "heading");
      gtk_widget_add_css_class (title, "heading");
    }
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), deadline);
  gtk_widget_set_tooltip_text (box, mk_roadmap_item_get_text (item, MK_ITEM_TITLE));
  return box;
}

/* The items are at most a few hundred: the list is built anew after
 * every edit, which also renumbers every row. */
static void
fill_list (MkRoadmapEditorView *self)
{
  GPtrArray *items = self->editor != NULL ? mk_roadmap_editor_get_items (self->editor) : NULL;
  int keep = self->selected;

  self->filling = TRUE;
  mk_list_box_clear (self->item_list);
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_list_box_append (self->item_list, item_row (items->pdata[i]));
  self->filling = FALSE;
  self->selected = -1;
  if (n_items (self) > 0)
    mk_roadmap_editor_view_select (self, (guint) CLAMP (keep, 0, (int) n_items (self) - 1));
  fill_form (self);
  update_actions (self);
}

void
mk_roadmap_editor_view_select (MkRoadmapEditorView *self,
                               guint                position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->item_list, (int) position);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->item_list, row);
  self->selected = (int) position;
  fill_form (self);
  update_actions (self);
}

int
mk_roadmap_editor_view_get_selected (MkRoadmapEditorView *self)
{
  return selected_item (self) != NULL ? self->selected : -1;
}

static void
on_row_selected (MkRoadmapEditorView *self,
                 GtkListBoxRow       *row)
{
  /* (The list emits this while it is disposed, after the actions.) */
  if (self->filling || self->actions == NULL)
    return;
  self->selected = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  fill_form (self);
  update_actions (self);
}

static void
on_row_activated (MkRoadmapEditorView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* Focus back on the selected row of the list. */
static void
focus_list (MkRoadmapEditorView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->item_list);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
report (MkRoadmapEditorView *self,
        GError              *error)
{
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot change the roadmap"), error);
}

static void
on_field_applied (MkRoadmapEditorView *self,
                  AdwEntryRow         *row)
{
  MkItemField field = row == self->title_row ? MK_ITEM_TITLE
                    : row == self->deadline_row ? MK_ITEM_DEADLINE
                    : row == self->date_from_row ? MK_ITEM_DATE_FROM
                    : row == self->date_to_row ? MK_ITEM_DATE_TO
                    : row == self->responsible_row ? MK_ITEM_RESPONSIBLE : MK_ITEM_EXPECTED_RESULT;
  g_autoptr(GError) error = NULL;

  if (self->filling || selected_item (self) == NULL)
    return;
  mk_roadmap_editor_set_text (self->editor, (guint) self->selected, field,
                              gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, error);
}

static void
on_title_activated (MkRoadmapEditorView *self)
{
  on_field_applied (self, self->title_row);
  focus_list (self);
}

static void
on_heading_toggled (MkRoadmapEditorView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || selected_item (self) == NULL)
    return;
  mk_roadmap_editor_set_heading (self->editor, (guint) self->selected,
                                 gtk_switch_get_active (self->heading_switch), &error);
  report (self, error);
}

static void
add_item (MkRoadmapEditorView *self,
          gboolean             child)
{
  g_autoptr(GError) error = NULL;
  guint at = self->selected >= 0 ? (guint) self->selected : G_MAXUINT;
  guint position = 0;

  if (mk_roadmap_editor_add (self->editor, at, child, FALSE, "", &position, &error))
    {
      mk_roadmap_editor_view_select (self, position);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
    }
  report (self, error);
}

static void
on_add (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  add_item (user_data, FALSE);
}

static void
on_add_child (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  add_item (user_data, TRUE);
}

/* Runs an edit of the selected item that keeps it where it is. */
static void
edit_in_place (MkRoadmapEditorView *self,
               gboolean (*edit) (MkRoadmapEditor *, guint, GError **))
{
  g_autoptr(GError) error = NULL;

  if (selected_item (self) != NULL && !edit (self->editor, (guint) self->selected, &error))
    {
      report (self, error);
      if (error == NULL)
        gtk_widget_error_bell (GTK_WIDGET (self));
    }
  focus_list (self);
}

static void
on_indent (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  edit_in_place (user_data, mk_roadmap_editor_indent);
}

static void
on_outdent (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  edit_in_place (user_data, mk_roadmap_editor_outdent);
}

static void
on_remove (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  edit_in_place (user_data, mk_roadmap_editor_remove);
}

static void
move (MkRoadmapEditorView *self,
      int                  step)
{
  g_autoptr(GError) error = NULL;
  guint position = 0;

  if (selected_item (self) == NULL)
    return;
  if (mk_roadmap_editor_move (self->editor, (guint) self->selected, step, &position, &error))
    mk_roadmap_editor_view_select (self, position);
  else if (error == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  report (self, error);
  focus_list (self);
}

static void
on_move_up (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  move (user_data, -1);
}

static void
on_move_down (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  move (user_data, 1);
}

static void
on_undo (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  MkRoadmapEditorView *self = user_data;
  g_autoptr(GError) error = NULL;

  mk_roadmap_editor_undo (self->editor, &error);
  report (self, error);
}

static void
on_redo (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  MkRoadmapEditorView *self = user_data;
  g_autoptr(GError) error = NULL;

  mk_roadmap_editor_redo (self->editor, &error);
  report (self, error);
}

void
mk_roadmap_editor_view_set_editor (MkRoadmapEditorView *self,
                                   MkRoadmapEditor     *editor)
{
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_set_object (&self->editor, editor);
  if (editor != NULL)
    g_signal_connect_object (editor, "changed", G_CALLBACK (fill_list), self, G_CONNECT_SWAPPED);
  self->selected = 0;
  fill_list (self);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                      gtk_named_action_new (action)));
}

/* Keys on the list only: in the form Tab moves between the fields. */
static void
install_shortcuts (MkRoadmapEditorView *self)
{
  static const char *const keys[][2] = {
    { "Insert", "editor.add" }, { "<Control>Return", "editor.add-child" },
    { "Tab", "editor.indent" }, { "<Shift>ISO_Left_Tab", "editor.outdent" },
    { "<Alt>Right", "editor.indent" }, { "<Alt>Left", "editor.outdent" },
    { "<Alt>Up", "editor.move-up" }, { "<Alt>Down", "editor.move-down" },
    { "Delete", "editor.remove" },
  };
  GtkEventController *list_keys = gtk_shortcut_controller_new ();
  GtkEventController *view_keys = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    add_shortcut (GTK_SHORTCUT_CONTROLLER (list_keys), keys[i][0], keys[i][1]);
  gtk_widget_add_controller (GTK_WIDGET (self->item_list), list_keys);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (view_keys), "<Control>z", "editor.undo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (view_keys), "<Control><Shift>z", "editor.redo");
  gtk_widget_add_controller (GTK_WIDGET (self), view_keys);
}

static void
mk_roadmap_editor_view_dispose (GObject *object)
{
  MkRoadmapEditorView *self = MK_ROADMAP_EDITOR_VIEW (object);

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (mk_roadmap_editor_view_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MkRoadmapEditorView, name)

static void
mk_roadmap_editor_view_class_init (MkRoadmapEditorViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mk_roadmap_editor_view_dispose;
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-roadmap-editor-view.ui");
  BIND (item_list); BIND (item_form); BIND (title_row); BIND (deadline_row);
  BIND (date_from_row); BIND (date_to_row);
  BIND (responsible_row); BIND (result_row); BIND (heading_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_field_applied);
  gtk_widget_class_bind_template_callback (widget_class, on_title_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_heading_toggled);
}

static void
mk_roadmap_editor_view_init (MkRoadmapEditorView *self)
{
  static const GActionEntry entries[] = {
    { "add", on_add }, { "add-child", on_add_child }, { "indent", on_indent },
    { "outdent", on_outdent }, { "move-up", on_move_up }, { "move-down", on_move_down },
    { "remove", on_remove }, { "undo", on_undo }, { "redo", on_redo },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->selected = -1;
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "editor", G_ACTION_GROUP (self->actions));
  install_shortcuts (self);
  fill_list (self);
}
