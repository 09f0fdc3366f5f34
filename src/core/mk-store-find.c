/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-edit-distance.h"
#include "mk-names.h"
#include "mk-store-private.h"
#include "mk-text.h"

#define MAX_CANDIDATES 5

char *
mk_store_municipality_key (const char *name)
{
  return mk_text_fold (name);
}

static gboolean
resolve_municipality (MkStore     *self,
                      const char  *wanted,
                      gint64      *id)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT id FROM municipality WHERE name_key = ?1", NULL);
  g_autofree char *key = mk_store_municipality_key (wanted);

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return *id != 0;
}

/* Suggestions further than this from the name are no help; the bound
 * keeps each comparison O(n·k) whatever the file holds. */
#define MAX_SUGGEST_DISTANCE 32

typedef struct {
  char  *label;
  guint  distance;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->distance != cb->distance)
    return ca->distance < cb->distance ? -1 : 1;
  return g_strcmp0 (ca->label, cb->label);
}

/* The closest names by edit distance of their keys, "Смоленск: СШ № 9". */
static GPtrArray *
closest_schools (MkStore    *self,
                 gint64      municipality_id,
                 const char *key)
{
  /* Two statements, so that the one for a municipality uses its index. */
  sqlite3_stmt *stmt = mk_store_statement (self, municipality_id != 0
      ? "SELECT m.name, s.name, s.name_key FROM school s "
        "JOIN municipality m ON m.id = s.municipality_id "
        "WHERE s.municipality_id = ?1"
      : "SELECT m.name, s.name, s.name_key FROM school s "
        "JOIN municipality m ON m.id = s.municipality_id "
        "WHERE ?1 = 0", NULL);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL || mk_edit_too_long (key))
    return labels;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Candidate c = {
        g_strdup_printf ("%s: %s", mk_stmt_column_text (stmt, 0),
                         mk_stmt_column_text (stmt, 1)),
        mk_edit_distance_within (key, mk_stmt_column_text (stmt, 2), MAX_SUGGEST_DISTANCE) };
      g_array_append_val (found, c);
    }
  sqlite3_reset (stmt);
  g_array_sort (found, compare_candidates);
  for (guint i = 0; i < found->len; i++)
    {
      Candidate *c = &g_array_index (found, Candidate, i);
      if (i < MAX_CANDIDATES)
        g_ptr_array_add (labels, g_steal_pointer (&c->label));
      g_free (c->label);
    }
  return labels;
}

/* Ids of the schools with KEY, in one municipality or in all. */
static GArray *
schools_with_key (MkStore    *self,
                  gint64      municipality_id,
                  const char *key,
                  GPtrArray  *labels)
{
  /* Keys repeat across municipalities ("сш 1"): within one, the unique
   * (municipality_id, name_key) index finds the school at once. */
  sqlite3_stmt *stmt = mk_store_statement (self, municipality_id != 0
      ? "SELECT s.id, m.name, s.name FROM school s "
        "JOIN municipality m ON m.id = s.municipality_id "
        "WHERE s.municipality_id = ?1 AND s.name_key = ?2"
      : "SELECT s.id, m.name, s.name FROM school s "
        "JOIN municipality m ON m.id = s.municipality_id "
        "WHERE s.name_key = ?2 AND ?1 = 0", NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  mk_stmt_bind_text (stmt, 2, key);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (labels, g_strdup_printf ("%s: %s",
                                                mk_stmt_column_text (stmt, 1),
                                                mk_stmt_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
  return ids;
}

static MkSchool *
not_found (GPtrArray  *labels,
           GPtrArray **candidates,
           GError    **error,
           const char *message)
{
  g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND, message);
  if (candidates != NULL)
    *candidates = labels;
  else
    g_ptr_array_unref (labels);
  return NULL;
}

MkSchool *
mk_store_find_school (MkStore     *self,
                      const char  *municipality,
                      const char  *name,
                      GPtrArray  **candidates,
                      GError     **error)
{
  g_autofree char *key = mk_names_school_key (name != NULL ? name : "");
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = NULL;
  gint64 municipality_id = 0;

  if (candidates != NULL)
    *candidates = NULL;
  if (municipality != NULL && *municipality != '\0' &&
      !resolve_municipality (self, municipality, &municipality_id))
    return not_found (labels, candidates, error, _("Unknown municipality."));
  ids = schools_with_key (self, municipality_id, key, labels);
  if (ids->len == 1)
    {
      g_ptr_array_unref (labels);
      return mk_store_get_school (self, g_array_index (ids, gint64, 0), error);
    }
  if (ids->len > 1)
    return not_found (labels, candidates, error,
                      _("Several schools have this name; give the municipality."));
  g_ptr_array_unref (labels);
  /* Candidates cost a scan: only for a caller that shows them. */
  labels = candidates != NULL ? closest_schools (self, municipality_id, key)
                              : g_ptr_array_new_with_free_func (g_free);
  return not_found (labels, candidates, error, _("Unknown school."));
}

gboolean
mk_store_municipality_id (MkStore     *self,
                          const char  *municipality,
                          gint64      *id,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *key = NULL;

  *id = 0;
  if (municipality == NULL)
    return TRUE;
  if ((stmt = mk_store_statement (self, "SELECT id FROM municipality WHERE name_key = ?1",
                                  error)) == NULL)
    return FALSE;
  key = mk_store_municipality_key (municipality);
  mk_stmt_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (*id == 0)
    g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                 _("No school is in the municipality «%s»"), municipality);
  return *id != 0;
}
