/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mk-school.h"

G_BEGIN_DECLS

/* The school-name normaliser of docs/command-line.md, «Names». Two names
 * denote the same school of a municipality exactly when their keys are
 * equal: "сш 19" for МБОУ «СШ № 19 имени Героя России Панова»,
 * МБОУ "СОШ №19", СШ 19. */
char      *mk_names_school_key    (const char *name);

/* The legal form at the start of an official name ("МБОУ"), or NULL. */
char      *mk_names_legal_form    (const char *name);

/* The profile a name implies: гимназия, лицей or «углублённ…» is advanced,
 * О(с)Ш or «открытая (сменная)» evening, ОШ/ООШ basic, anything else
 * secondary. Pass the short and the full name: either may tell. */
MkProfile  mk_names_infer_profile (const char *name,
                                   const char *full_name);

G_END_DECLS
