/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* First start or an empty database: what Mayak is and the three ways to
 * begin. The buttons only activate window actions (win.start-empty,
 * win.load-demo, win.open-database). */
#define MK_TYPE_WELCOME_PAGE (mk_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (MkWelcomePage, mk_welcome_page, MK, WELCOME_PAGE, AdwBin)

G_END_DECLS
