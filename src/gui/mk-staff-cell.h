/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-staff-row.h"

G_BEGIN_DECLS

/* One editable staff number: a GtkText that saves when the user presses
 * Enter or leaves it, and takes the typing back on Escape. It does not
 * save by itself: it emits "commit" (row, role, text) and, when no
 * handler returns TRUE, shows the row's stored text again.
 *
 * A GtkText rather than a GtkEditableLabel: in GTK 4.8 the latter stops
 * editing from a 100 ms timeout that outlives the widget. And a grid of
 * cells that take typing at once is what people who fill these tables in
 * spreadsheets expect. */
#define MK_TYPE_STAFF_CELL (mk_staff_cell_get_type ())
G_DECLARE_FINAL_TYPE (MkStaffCell, mk_staff_cell, MK, STAFF_CELL, GtkWidget)

GtkWidget  *mk_staff_cell_new      (MkStaffRole  role);
void        mk_staff_cell_bind     (MkStaffCell *self,
                                    MkStaffRow  *row);
/* Commits what was typed to the row it was typed for, then lets go. */
void        mk_staff_cell_unbind   (MkStaffCell *self);
/* Saves now, as Enter does. */
void        mk_staff_cell_commit   (MkStaffCell *self);

G_END_DECLS
