/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-page"
#include "config.h"

#include "mk-page.h"

G_DEFINE_INTERFACE (MkPage, mk_page, GTK_TYPE_WIDGET)

static void
mk_page_default_init (MkPageInterface *iface)
{
}

void
mk_page_set_store (MkPage  *self,
                   MkStore *store)
{
  g_return_if_fail (MK_IS_PAGE (self));
  MK_PAGE_GET_IFACE (self)->set_store (self, store);
}
