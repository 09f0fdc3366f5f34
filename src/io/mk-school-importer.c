/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-text.h"
#include "mk-import-run.h"
#include "mk-names.h"

enum {
  COL_MUNICIPALITY, COL_NAME, COL_FULL_NAME, COL_PROFILE, COL_REGION,
  COL_LEGAL_FORM, COL_LOCALITY, COL_HEAD, COL_DEPUTY, COL_CURATOR, N_COLUMNS
};

/* docs/command-line.md, «schools»: the columns of a school
 * (docs/methodology.md, «Entities»). */
static const MkColumnSpec columns[N_COLUMNS] = {
  { "municipality", { "Муниципальное образование", "МО", "Муниципалитет" }, TRUE },
  { "name", { "Наименование ОО", "Наименование общеобразовательной организации",
              "ОО", "Краткое наименование" }, TRUE },
  { "full_name", { "Полное наименование" }, FALSE },
  { "profile", { "Профиль" }, FALSE },
  { "region", { "Регион", "Субъект" }, FALSE },
  { "legal_form", { "Организационно-правовая форма", "ОПФ" }, FALSE },
  { "locality", { "Местность", "Тип поселения" }, FALSE },
  { "head", { "Руководитель", "Директор" }, FALSE },
  { "deputy", { "Заместитель по УВР", "Заместитель директора по УВР" }, FALSE },
  { "curator", { "Куратор" }, FALSE },
};

/* A row that passed validation, waiting for the write. */
typedef struct {
  char *values[N_COLUMNS];  /* NULL where the file has no such column */
  char *location;
} PendingSchool;

static void
pending_free (gpointer data)
{
  PendingSchool *p = data;

  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (p->values[c]);
  g_free (p->location);
  g_free (p);
}

static gboolean
parse_locality (const char *text,
                gboolean   *rural)
{
  g_autofree char *folded = mk_text_fold (text);

  if (g_str_equal (folded, "urban") || g_str_equal (folded, "городская") ||
      g_str_equal (folded, "город"))
    return (*rural = FALSE, TRUE);
  if (g_str_equal (folded, "rural") || g_str_equal (folded, "сельская") ||
      g_str_equal (folded, "село"))
    return (*rural = TRUE, TRUE);
  return FALSE;
}

static void
set_text_field (MkSchool   *school,
                guint       column,
                const char *text)
{
  switch (column)
    {
    case COL_MUNICIPALITY: mk_school_set_municipality (school, text); break;
    case COL_NAME: mk_school_set_name (school, text); break;
    case COL_FULL_NAME: mk_school_set_full_name (school, text); break;
    case COL_REGION: mk_school_set_region (school, text); break;
    case COL_LEGAL_FORM: mk_school_set_legal_form (school, text); break;
    case COL_HEAD: mk_school_set_head (school, text); break;
    case COL_DEPUTY: mk_school_set_deputy (school, text); break;
    case COL_CURATOR: mk_school_set_curator (school, text); break;
    default: break;
    }
}

/* Profile and locality are words that may be wrong; the rest is text. */
static gboolean
set_coded_field (MkSchool       *school,
                 guint           column,
                 const char     *text,
                 const char     *location,
                 MkImportReport *report)
{
  MkProfile profile;
  gboolean rural;

  if (column == COL_PROFILE && *text != '\0')
    {
      if (!mk_profile_from_text (text, &profile))
        return (mk_import_report_add_error (report, location,
                  _("the profile «%s» is not one of secondary, basic, advanced, "
                    "evening (средняя, основная, гимназия, лицей, вечерняя)"),
                  text), FALSE);
      mk_school_set_profile (school, profile);
    }
  if (column == COL_LOCALITY && *text != '\0')
    {
      if (!parse_locality (text, &rural))
        return (mk_import_report_add_error (report, location,
                  _("the locality «%s» is neither urban nor rural"), text), FALSE);
      mk_school_set_rural (school, rural);
    }
  return TRUE;
}

/* Sets the columns the file has; the others keep what the school had, so
 * that a file with fewer columns never blanks a field. */
static gboolean
apply_values (MkSchool       *school,
              PendingSchool  *pending,
              MkImportReport *report)
{
  gboolean ok = TRUE;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *text = pending->values[c];
      if (text == NULL)
        continue;
      set_text_field (school, c, text);
      ok &= set_coded_field (school, c, text, pending->location, report);
    }
  return ok;
}

/* The same school twice in one file is an error at its second line. */
static void
check_repeat (MkImportRun   *run,
              PendingSchool *pending)
{
  g_autofree char *municipality = mk_text_fold (pending->values[COL_MUNICIPALITY]);
  g_autofree char *key = mk_names_school_key (pending->values[COL_NAME]);
  const char *first = NULL;

  if (*key != '\0')
    first = mk_import_run_first_seen (run, g_strdup_printf ("%s\x1f%s", municipality, key));
  if (first != NULL)
    mk_import_report_add_error (run->report, pending->location,
                                _("«%s» is the same school as on %s"),
                                pending->values[COL_NAME], first);
}

static void
read_row (MkImportRun *run)
{
  PendingSchool *pending = g_new0 (PendingSchool, 1);
  g_autoptr(MkSchool) scratch = mk_school_new ();

  pending->location = mk_table_reader_dup_location (run->reader);
  g_ptr_array_add (run->rows, pending);
  for (guint c = 0; c < N_COLUMNS; c++)
    if (mk_column_map_has (run->map, c))
      pending->values[c] = mk_column_map_dup_text (run->map, run->reader, c);
  if (*pending->values[COL_MUNICIPALITY] == '\0')
    mk_import_report_add_error (run->report, pending->location,
                                _("the municipality is empty"));
  if (*pending->values[COL_NAME] == '\0')
    mk_import_report_add_error (run->report, pending->location,
                                _("the school name is empty"));
  apply_values (scratch, pending, run->report);
  check_repeat (run, pending);
}

static gboolean
write_new (MkStore         *store,
           PendingSchool   *pending,
           MkImportReport  *report,
           GError         **error)
{
  g_autoptr(MkSchool) school = mk_school_new ();

  apply_values (school, pending, report);
  if (pending->values[COL_PROFILE] == NULL || *pending->values[COL_PROFILE] == '\0')
    mk_school_set_profile (school, mk_names_infer_profile (mk_school_get_name (school),
                                                           mk_school_get_full_name (school)));
  if (!mk_store_add_school (store, school, error))
    return FALSE;
  mk_import_report_count_added (report);
  return TRUE;
}

static gboolean
write_existing (MkStore         *store,
                MkSchool        *existing,
                PendingSchool   *pending,
                MkImportReport  *report,
                GError         **error)
{
  g_autoptr(MkSchool) school = mk_school_copy (existing);

  apply_values (school, pending, report);
  /* The file matched the municipality loosely; keep its stored spelling. */
  mk_school_set_municipality (school, mk_school_get_municipality (existing));
  mk_school_set_region (school, mk_school_get_region (existing));
  if (mk_school_equal (school, existing))
    {
      mk_import_report_count_unchanged (report);
      return TRUE;
    }
  if (!mk_store_update_school (store, school, error))
    return FALSE;
  mk_import_report_count_replaced (report);
  return TRUE;
}

/* A store error on a row (a rule the file broke) is the row's error. */
static gboolean
write_row (MkImportRun  *run,
           gpointer      row,
           GError      **error)
{
  PendingSchool *pending = row;
  g_autoptr(GError) refused = NULL;
  g_autoptr(MkSchool) existing = mk_store_find_school (run->store,
      pending->values[COL_MUNICIPALITY], pending->values[COL_NAME], NULL, NULL);
  gboolean ok;

  if (existing != NULL)
    ok = write_existing (run->store, existing, pending, run->report, &refused);
  else
    ok = write_new (run->store, pending, run->report, &refused);
  if (!ok)
    mk_import_report_add_error (run->report, pending->location, "%s", refused->message);
  return TRUE;
}

/* Schools: municipality and name, and whatever else of a school the file
 * has (docs/command-line.md, «schools»); a school already stored is
 * updated, and a column the file lacks keeps what is stored. */
const MkImporterSpec mk_schools_importer = {
  .columns = columns,
  .n_columns = N_COLUMNS,
  .free_row = pending_free,
  .row = read_row,
  .write_row = write_row,
};
