/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-column-map.h"
#include "mk-import.h"
#include "mk-import-walk.h"
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
} PendingStaff;

static void
pending_free (gpointer data)
{
  PendingStaff *p = data;

  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    g_free (p->raw[r]);
  g_free (p);
}

static void
add_school_error (MkImportReport *report,
                  const char     *location,
                  const char     *name,
                  GError         *error,
                  GPtrArray      *candidates)
{
  g_autoptr(GString) message = g_string_new (error->message);
  g_autofree char *joined = NULL;

  if (candidates != NULL && candidates->len > 0)
    {
      g_ptr_array_add (candidates, NULL);
      joined = g_strjoinv ("; ", (char **) candidates->pdata);
      g_string_append_printf (message, _(" Did you mean: %s?"), joined);
    }
  mk_import_report_add_error (report, location, "«%s»: %s", name, message->str);
}

static gboolean
resolve_school (MkStore        *store,
                MkTableReader  *reader,
                MkColumnMap    *map,
                PendingStaff   *pending,
                const char     *location,
                MkImportReport *report)
{
  g_autofree char *municipality = mk_column_map_dup_text (map, reader, COL_MUNICIPALITY);
  g_autofree char *name = mk_column_map_dup_text (map, reader, COL_SCHOOL);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = mk_store_find_school (store, municipality, name,
                                                     &candidates, &error);

  if (school == NULL)
    return (add_school_error (report, location, name, error, candidates), FALSE);
  pending->school_id = mk_school_get_id (school);
  return TRUE;
}

static PendingStaff *
read_row (MkStore        *store,
          MkTableReader  *reader,
          MkColumnMap    *map,
          MkImportReport *report)
{
  g_autofree char *location = mk_table_reader_dup_location (reader);
  g_autofree char *year = mk_column_map_dup_text (map, reader, COL_YEAR);
  PendingStaff *pending = g_new0 (PendingStaff, 1);

  resolve_school (store, reader, map, pending, location, report);
  if (!mk_school_year_parse (year, &pending->year))
    mk_import_report_add_error (report, location,
                                _("«%s» is not a school year like 2022/2023"), year);
  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    {
      if (!mk_column_map_has (map, COL_FIRST_ROLE + r))
        continue;
      pending->raw[r] = mk_column_map_dup_text (map, reader, COL_FIRST_ROLE + r);
      if (*pending->raw[r] != '\0' && !mk_staff_parse (pending->raw[r], NULL, NULL))
        mk_import_report_add_error (report, location,
                                    _("«%s» does not start with a number (%s)"),
                                    pending->raw[r], mk_staff_role_label (r));
    }
  return pending;
}

typedef struct {
  MkStore        *store;
  MkTableReader  *reader;
  MkImportReport *report;
  MkColumnMap    *map;
  GPtrArray      *rows;   /* PendingStaff */
} Reading;

static gboolean
walk_header (gpointer   data,
             GError   **error)
{
  Reading *r = data;

  r->map = mk_column_map_new (columns, N_COLUMNS, r->reader, r->report);
  return TRUE;
}

static void
walk_row (gpointer data)
{
  Reading *r = data;

  g_ptr_array_add (r->rows, read_row (r->store, r->reader, r->map, r->report));
}

static GPtrArray *
read_rows (MkStore                *store,
           MkTableReader          *reader,
           MkImportReport         *report,
           const MkImportOptions  *options,
           GError                **error)
{
  static const MkImportWalk walk = { walk_header, walk_row };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (pending_free);
  Reading r = { store, reader, report, NULL, rows };
  gboolean ok = mk_import_walk_table (reader, report, options, &walk, &r, error);

  mk_column_map_free (r.map);
  return ok ? g_steal_pointer (&rows) : NULL;
}

static void
write_row (MkStore        *store,
           PendingStaff   *pending,
           MkImportReport *report)
{
  for (guint r = 0; r < MK_N_STAFF_ROLES; r++)
    {
      g_autoptr(GError) error = NULL;
      if (pending->raw[r] == NULL)
        continue;
      if (!mk_store_set_staff (store, pending->school_id, pending->year, r,
                               pending->raw[r], &error))
        mk_import_report_add_error (report, NULL, "%s", error->message);
    }
  mk_import_report_count_added (report);
}

gboolean
mk_import_staff (MkStore               *store,
                 const char            *path,
                 const MkImportOptions *options,
                 MkImportReport        *report,
                 GError               **error)
{
  g_autoptr(MkTableReader) reader = mk_table_reader_open (path, options->sheet,
                                                          NULL, error);
  g_autoptr(GPtrArray) rows = NULL;

  if (reader == NULL || (rows = read_rows (store, reader, report, options, error)) == NULL)
    return FALSE;
  if (mk_import_report_has_errors (report))
    return mk_import_finish (store, options, report, FALSE, error);
  if (!mk_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    write_row (store, rows->pdata[i], report);
  return mk_import_finish (store, options, report, TRUE, error);
}
