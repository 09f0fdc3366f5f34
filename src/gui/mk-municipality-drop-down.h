/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-store.h"

G_BEGIN_DECLS

/* The one municipality selector of the pages: «All municipalities», then
 * the municipalities offered, with search. Its "municipality" property is
 * the name selected, NULL for all, and is notified whenever it changes, by
 * the user or by code; offering other names keeps the one selected where
 * it is still offered. With "ellipsize" set a long name is cut on the
 * button (not in the list), so that it does not widen the page. */
#define MK_TYPE_MUNICIPALITY_DROP_DOWN (mk_municipality_drop_down_get_type ())
G_DECLARE_FINAL_TYPE (MkMunicipalityDropDown, mk_municipality_drop_down, MK,
                      MUNICIPALITY_DROP_DOWN, AdwBin)

GtkWidget  *mk_municipality_drop_down_new              (void);
const char *mk_municipality_drop_down_get_municipality (MkMunicipalityDropDown *self);
/* Selects NAME, or «All municipalities» for NULL; FALSE, and nothing
 * changes, when NAME is not offered. */
gboolean    mk_municipality_drop_down_set_municipality (MkMunicipalityDropDown *self,
                                                        const char             *name);
/* Offers NAMES (NULL-terminated; copied) after «All municipalities». */
void        mk_municipality_drop_down_set_names        (MkMunicipalityDropDown *self,
                                                        const char *const      *names);
/* Offers the municipalities of STORE's schools; FALSE with ERROR when the
 * store cannot be read (then none are offered). */
gboolean    mk_municipality_drop_down_load             (MkMunicipalityDropDown *self,
                                                        MkStore                *store,
                                                        GError                **error);
/* How many municipalities are offered, «All» aside. */
guint       mk_municipality_drop_down_get_n_names      (MkMunicipalityDropDown *self);

G_END_DECLS
