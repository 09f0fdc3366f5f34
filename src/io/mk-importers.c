/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-importers.h"

/* In the order of MkImportKind (docs/command-line.md, «Files»). */
static const MkImporterInfo importers[MK_N_IMPORT_KINDS] = {
  { "schools", N_("Schools"),
    N_("One row per school: municipality, name, full name, profile, head, curator"),
    FALSE, FALSE },
  { "staff", N_("Staff"),
    N_("One row per school and school year: teachers, administrators, psychologists, "
       "speech therapists, defectologists"),
    FALSE, FALSE },
  { "results", N_("Results"),
    N_("One row per school, year and procedure: participants and low results, a share or a mark"),
    FALSE, TRUE },
  { "markers", N_("Marker matrix of a year"),
    N_("A school per row, a procedure per column, cells «Н» and «Необ.»"),
    TRUE, TRUE },
  { "context", N_("School context"),
    N_("One row per school and year: ИСБШ, students, «500+», reported markers"),
    FALSE, TRUE },
  { "overrides", N_("Clusters set by hand"),
    N_("One row per school and school year: the cluster, the reason and the date"),
    FALSE, FALSE },
  { "statistics", N_("External statistics"),
    N_("One row per territory and school year: the schools in the monitoring and the ШНРО"),
    FALSE, FALSE },
  { "roadmaps", N_("Roadmaps"),
    N_("One row per roadmap: school year, number, title, clusters, level, approving order"),
    FALSE, FALSE, FALSE },
  { "roadmap-items", N_("Items of roadmaps"),
    N_("One row per item in order: the roadmap, code, title, deadline, responsible"),
    FALSE, FALSE, FALSE },
  { "roadmap-statuses", N_("Statuses of a roadmap"),
    N_("Items as rows, schools as columns, «да» / «нет»; or a municipal plan with «Информация»"),
    FALSE, FALSE, TRUE },
  { "indicators", N_("Indicator table"),
    N_("A set's indicators for the municipality or a school, a column per year, values as written"),
    FALSE, FALSE, FALSE },
  { "protocol", N_("Meeting protocol"),
    N_("A row per part of the document in order: Номер, Дата, Орган, Присутствовали, Вопрос, "
       "Слушали, Текст, Таблица, Решение, …"),
    FALSE, FALSE, FALSE },
};

/* In the order of MkImportKind. */
static const MkImporterSpec *const specs[MK_N_IMPORT_KINDS] = {
  &mk_schools_importer, &mk_staff_importer, &mk_results_importer, &mk_markers_importer,
  &mk_context_importer, &mk_overrides_importer, &mk_statistics_importer,
  &mk_roadmaps_importer, &mk_roadmap_items_importer, &mk_roadmap_statuses_importer,
  &mk_indicators_importer, &mk_protocol_importer,
};

gboolean
mk_import (MkImportKind           kind,
           MkStore               *store,
           const char            *path,
           const MkImportOptions *options,
           MkImportReport        *report,
           GError               **error)
{
  g_return_val_if_fail ((guint) kind < MK_N_IMPORT_KINDS, FALSE);
  return mk_import_run (specs[kind], store, path, options, report, error);
}

const MkImporterInfo *
mk_importer_get (MkImportKind kind)
{
  return &importers[CLAMP ((int) kind, 0, MK_N_IMPORT_KINDS - 1)];
}

const MkImporterInfo *
mk_importer_find (const char   *name,
                  MkImportKind *kind)
{
  for (guint i = 0; i < MK_N_IMPORT_KINDS; i++)
    if (g_strcmp0 (importers[i].name, name) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return &importers[i];
      }
  return NULL;
}
