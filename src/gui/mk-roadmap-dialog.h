/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-record-dialog.h"
#include "mk-roadmap.h"

G_BEGIN_DECLS

/* Adds a roadmap or edits its properties: school year, number, title,
 * clusters, municipality, approving order, level, numbered sections. It
 * saves through the store itself (an MkRecordDialog), emits "saved" with
 * the roadmap as stored, and closes. */
#define MK_TYPE_ROADMAP_DIALOG (mk_roadmap_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MkRoadmapDialog, mk_roadmap_dialog, MK, ROADMAP_DIALOG, MkRecordDialog)

/* EDITED is the roadmap changed, or NULL to add one in SCHOOL_YEAR. */
MkRoadmapDialog *mk_roadmap_dialog_new (GtkWindow *parent,
                                        MkStore   *store,
                                        MkRoadmap *edited,
                                        int        school_year);

G_END_DECLS
