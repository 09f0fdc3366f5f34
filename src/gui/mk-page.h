/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* A section page of the main window. The window creates the pages of the
 * sections that are built and hands each the database it opens. */
#define MK_TYPE_PAGE (mk_page_get_type ())
G_DECLARE_INTERFACE (MkPage, mk_page, MK, PAGE, GtkWidget)

struct _MkPageInterface
{
  GTypeInterface parent_iface;

  void (*set_store) (MkPage  *self,
                     MkStore *store);
};

/* STORE may be NULL when the window closes its database. */
void mk_page_set_store (MkPage  *self,
                        MkStore *store);

G_END_DECLS
