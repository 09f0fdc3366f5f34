/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-error"
#include "config.h"

#include "mk-error.h"

G_DEFINE_QUARK (mk-store-error-quark, mk_store_error)
