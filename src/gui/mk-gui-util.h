/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* Links the UI resources into whatever uses a template: they sit in a
 * static library, whose unreferenced objects the linker drops. */
void  mk_gui_ensure_resources    (void);

/* Case-folded, with «ё» read as «е», so that a search for «семеновская»
 * finds «Семёновская» and «сш» finds «СШ». */
char *mk_fold_for_search         (const char   *text);
/* A toast whose title is FORMAT with its arguments markup-escaped: an
 * AdwToast 1.2 title is always Pango markup, and names may hold «&». */
AdwToast *mk_toast_new_printf    (const char   *format,
                                  ...) G_GNUC_PRINTF (1, 2);
/* Shows TOAST in the nearest AdwToastOverlay above WIDGET (or drops it
 * when there is none, as in a bare test window). Takes ownership. */
void  mk_widget_add_toast        (GtkWidget    *widget,
                                  AdwToast     *toast);
/* "WHAT: error message" as a toast. */
void  mk_widget_show_error_toast (GtkWidget    *widget,
                                  const char   *what,
                                  const GError *error);

/* The tooltip text of ITEM's cell in column COLUMN, or NULL for none. */
typedef char *(*MkCellTooltipFunc) (gpointer item,
                                    guint    column);
/* Gives CELL, the child of list item ITEM, a tooltip that FUNC computes
 * only when the pointer rests on it: gtk_widget_set_tooltip_text () in
 * "bind" costs an X round trip per cell on GTK 4.8 (40 % of a re-sort of
 * 40,000 rows). Call from the factory's "setup". */
void  mk_cell_set_tooltip_func   (GtkWidget         *cell,
                                  GtkListItem       *item,
                                  guint              column,
                                  MkCellTooltipFunc  func);

/* A row of a list edited in place (the references page): TITLE and
 * SUBTITLE as plain text, activatable to edit (EDIT_TOOLTIP), a pencil,
 * and a flat trash button, *DELETE, whose accessible label is
 * DELETE_LABEL. The caller connects "activated" and the button. */
GtkWidget *mk_editable_row_new   (const char        *title,
                                  const char        *subtitle,
                                  const char        *edit_tooltip,
                                  const char        *delete_label,
                                  GtkWidget        **delete);

/* Enter in SPIN activates ACTION on TARGET, as it does in an entry: GTK
 * 4.8's spin button has no "activate" of its own, its text has. The spin
 * button's own handler, connected first, takes the typed number before. */
void  mk_spin_button_activates   (GtkWidget         *spin,
                                  GtkWidget         *target,
                                  const char        *action);

/* The window WIDGET is in, or NULL (a widget not yet shown): what a
 * dialog opened from it is transient for. */
GtkWindow *mk_widget_get_window  (GtkWidget         *widget);

/* A page or editor keeps the dialog it opened in a weak pointer, SLOT
 * (a GtkWindow **), which empties when the dialog closes. Present puts
 * DIALOG there and shows it; close destroys the one there, if any: a
 * form open on the previous database must not write into it later. */
void  mk_dialog_slot_present     (gpointer           slot,
                                  GtkWindow         *dialog);
void  mk_dialog_slot_close       (gpointer           slot);

/* Calls HANDLER (swapped: with DATA first) when STORE says one of TOPICS
 * (NULL-terminated, MK_TOPIC_*) changed, for as long as DATA lives. */
void  mk_connect_store_topics    (MkStore            *store,
                                  const char * const *topics,
                                  GCallback           handler,
                                  gpointer            data);

/* Shows TEXT in ROW as what is stored, not as an edit to apply: its apply
 * button stays hidden until the user changes the text. */
void  mk_entry_row_show_text     (AdwEntryRow        *row,
                                  const char         *text);

/* Removes every row of LIST (gtk_list_box_remove_all came with GTK 4.12). */
void  mk_list_box_clear          (GtkListBox         *list);

/* The message dialog of the resource NAME ("mk-close-dialog.ui", its
 * object "dialog"), transient for PARENT; the caller presents it. */
AdwMessageDialog *mk_message_dialog_new_from_resource (GtkWindow  *parent,
                                                       const char *name);

G_END_DECLS
