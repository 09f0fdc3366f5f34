/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shared by the display tests. */

/* Lets GTK run what is pending: idles, layout, the signals they emit. */
void       mk_test_gui_spin            (void);
/* WIDGET or the first of its descendants of TYPE, depth first; NULL. */
GtkWidget *mk_test_gui_find_descendant (GtkWidget  *widget,
                                        GType       type);
/* With MK_SCREENSHOT_DIR set, saves the window (or popover) WIDGET is in
 * as NAME.png there, for a person to look at; the tests never read
 * pixels. */
void       mk_test_gui_save_screenshot (GtkWidget  *widget,
                                        const char *name);

/* The main window, 1200×850, on a fresh copy of the demo written in DIR,
 * presented and showing SECTION («references», «clusters», …); the
 * caller destroys it. */
GtkWidget *mk_test_gui_demo_window     (const char *dir,
                                        const char *section);

G_END_DECLS
