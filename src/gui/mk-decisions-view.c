/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-protocols-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-decisions-view.h"
#include "mk-gui-util.h"
#include "mk-store-protocols.h"

struct _MkDecisionsView
{
  AdwBin      parent_instance;
  GtkListBox *list;
  GtkWidget  *stack;
  GtkWidget  *done_too;   /* a check button: the decisions done too */
  MkStore    *store;
  GPtrArray  *entries;   /* MkDecisionEntry */
};

G_DEFINE_FINAL_TYPE (MkDecisionsView, mk_decisions_view, ADW_TYPE_BIN)

GtkWidget *
mk_decisions_view_new (void)
{
  return g_object_new (MK_TYPE_DECISIONS_VIEW, NULL);
}

static void
on_status_chosen (GtkDropDown     *dropdown,
                  GParamSpec      *pspec,
                  MkDecisionsView *self)
{
  MkDecisionEntry *entry = g_object_get_data (G_OBJECT (dropdown), "mk-entry");
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    return;
  if (!mk_store_set_decision_status (self->store, entry->decision->id,
                                     (MkDecisionStatus) gtk_drop_down_get_selected (dropdown), &error))
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save the protocol"), error);
}

static GtkWidget *
status_dropdown (MkDecisionsView *self,
                 MkDecisionEntry *entry)
{
  const char *const labels[] = { _("not marked"), _("done"), _("in progress"), _("not done"), NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("What became of the decision, as the next meeting heard"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), entry->decision->status);
  g_object_set_data (G_OBJECT (dropdown), "mk-entry", entry);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_status_chosen), self, 0);
  return dropdown;
}

static GtkWidget *
decision_row (MkDecisionsView *self,
              MkDecisionEntry *entry)
{
  MkProtocolDecision *d = entry->decision;
  g_autofree char *date = mk_date_to_dmy (&entry->protocol_date);
  g_autofree char *deadline = mk_date_to_dmy (&d->deadline);
  g_autofree char *subtitle = g_strdup_printf (_("Protocol No %s of %s · responsible: %s · deadline: %s"),
                                               entry->protocol_number, date,
                                               *d->responsible != '\0' ? d->responsible : _("not named"),
                                               *deadline != '\0' ? deadline : _("none"));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_dropdown (self, entry));
  return row;
}

void
mk_decisions_view_reload (MkDecisionsView *self)
{
  g_autoptr(GError) error = NULL;

  mk_list_box_clear (self->list);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  if (self->store != NULL)
    self->entries = mk_store_list_decisions (self->store,
                                             gtk_check_button_get_active (GTK_CHECK_BUTTON (self->done_too)),
                                             &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the protocols"), error);
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    gtk_list_box_append (self->list, decision_row (self, self->entries->pdata[i]));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    self->entries != NULL && self->entries->len > 0 ? "list" : "empty");
}

void
mk_decisions_view_set_store (MkDecisionsView *self,
                             MkStore         *store)
{
  g_set_object (&self->store, store);
  mk_decisions_view_reload (self);
}

static void
mk_decisions_view_dispose (GObject *object)
{
  MkDecisionsView *self = MK_DECISIONS_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_decisions_view_parent_class)->dispose (object);
}

static void
mk_decisions_view_class_init (MkDecisionsViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mk_decisions_view_dispose;
}

static void
mk_decisions_view_init (MkDecisionsView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->done_too = gtk_check_button_new_with_mnemonic (_("Show the decisions _done too"));
  gtk_widget_set_margin_start (self->done_too, 12);
  gtk_widget_set_margin_top (self->done_too, 6);
  g_signal_connect_swapped (self->done_too, "toggled", G_CALLBACK (mk_decisions_view_reload), self);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 18);
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decisions of the protocols"), -1);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No open decisions"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Decisions of the protocols that are not yet done appear here, "
                                     "by deadline; the ones done, with the box above."));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (box), self->done_too);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_bin_set_child (ADW_BIN (self), box);
}
