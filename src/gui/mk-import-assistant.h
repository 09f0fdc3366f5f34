/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mk-import-job.h"
#include "mk-store.h"

G_BEGIN_DECLS

/* The modal import assistant: the kind of file, the file, its sheet and
 * options; then a preview (the first rows as parsed and, from a dry run,
 * every error and warning with the counts of what would change), nothing
 * written yet; then the import in a thread with its progress; then a
 * summary. Emits "imported" with the summary when data was written. */
#define MK_TYPE_IMPORT_ASSISTANT (mk_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (MkImportAssistant, mk_import_assistant, MK, IMPORT_ASSISTANT, AdwWindow)

MkImportAssistant *mk_import_assistant_new (GtkWindow    *parent,
                                            MkStore      *store,
                                            MkImportKind  kind);

G_END_DECLS
