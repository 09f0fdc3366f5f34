/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-run.h"
#include "mk-school-year.h"

enum { COL_MUNICIPALITY, COL_SCHOOL, COL_YEAR, COL_FIRST_ROLE };
#define N_COLUMNS (COL_FIRST_ROLE + MK_N_STAFF_ROLES)

static const MkColumnSpec columns[N_COLUMNS] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, FALSE },
  { "school", { "name", "Наименование ОО", "ОО", "МБОУ" }, TRUE },
  { "school_year", { "Учебный год" }, TRUE },
  { "teachers", { "Всего педагогических работников", "Педагогов" }, FALSE },
  { "administrators", { "Кол-во административных работников", "Администрация" }, FALSE },
  { "psychologists", { "Психологи" }, FALSE },
  { "speech_therapists", { "Логопеды" }, FALSE },
  { "defectologists", { "Дефектологи" }, FALSE },
};

typedef struct {
  gint64  school_id;
  int     year;
  char   *raw[MK_N_STAFF_ROLES];  /* NULL where the file has no column */
  char   *location;
} PendingStaff;

static void
pending_free (gpointer data)
{
  PendingStaff *p = data;

  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    g_free (p->raw[r]);
  g_free (p->location);
  g_free (p);
}

static void
read_row (MkImportRun *run)
{
  g_autofree char *year = mk_column_map_dup_text (run->map, run->reader, COL_YEAR);
  PendingStaff *pending = g_new0 (PendingStaff, 1);

  g_ptr_array_add (run->rows, pending);
  pending->location = mk_table_reader_dup_location (run->reader);
  pending->school_id = mk_import_run_find_school (run, COL_MUNICIPALITY, COL_SCHOOL);
  if (!mk_school_year_parse (year, &pending->year))
    mk_import_row_error (run->report, run->reader,
                         _("«%s» is not a school year like 2022/2023"), year);
  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    {
      if (!mk_column_map_has (run->map, COL_FIRST_ROLE + r))
        continue;
      pending->raw[r] = mk_column_map_dup_text (run->map, run->reader, COL_FIRST_ROLE + r);
      if (*pending->raw[r] != '\0' && !mk_staff_parse (pending->raw[r], NULL, NULL))
        mk_import_row_error (run->report, run->reader,
                             _("«%s» does not start with a number (%s)"),
                             pending->raw[r], mk_staff_role_label (r));
    }
}

static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  PendingStaff *pending = row;

  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    {
      g_autoptr(GError) refused = NULL;
      if (pending->raw[r] == NULL)
        continue;
      if (!mk_store_set_staff (run->store, pending->school_id, pending->year, r,
                               pending->raw[r], &refused))
        mk_import_report_add_error (run->report, pending->location, "%s", refused->message);
    }
  mk_import_report_count_added (run->report);
  return TRUE;
}

/* Staff as in Таблицы 2.1–4.2 of the Smolensk annual report: municipality,
 * school, school_year, then one column per role; cells keep notes
 * ("2 (РК)"). */
const MkImporterSpec mk_staff_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .free_row = pending_free,
  .row = read_row,
  .write_row = write_row,
};
