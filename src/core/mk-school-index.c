/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include "mk-names.h"
#include "mk-school-index.h"
#include "mk-store-private.h"

/* How many schools of the index have a key, and the first one's id. */
typedef struct {
  gint64  id;
  guint   count;
} Entry;

typedef struct {
  char   *municipality;
  char   *name;
  gint64  id;            /* 0 until created */
} Reserved;

struct _MkSchoolIndex
{
  GHashTable *by_key;          /* "municipality key\x1fname key" → Entry */
  GHashTable *by_name;         /* name key → Entry, over all municipalities */
  GHashTable *municipalities;  /* municipality keys */
  GPtrArray  *reserved;        /* Reserved; provisional id -(i + 1) */
};

static void
reserved_free (gpointer data)
{
  Reserved *r = data;

  g_free (r->municipality);
  g_free (r->name);
  g_free (r);
}

static void
count_key (GHashTable *table,
           const char *key,
           gint64      id)
{
  Entry *entry = g_hash_table_lookup (table, key);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->id = id;
      g_hash_table_insert (table, g_strdup (key), entry);
    }
  entry->count++;
}

static void
add_school (MkSchoolIndex *index,
            const char    *municipality_key,
            const char    *name_key,
            gint64         id)
{
  g_autofree char *key = g_strconcat (municipality_key, "\x1f", name_key, NULL);

  count_key (index->by_key, key, id);
  count_key (index->by_name, name_key, id);
  g_hash_table_add (index->municipalities, g_strdup (municipality_key));
}

static gboolean
load (MkSchoolIndex  *index,
      MkStore        *store,
      GError        **error)
{
  sqlite3_stmt *stmt = mk_store_statement (store,
      "SELECT m.name_key, s.name_key, s.id FROM municipality m "
      "LEFT JOIN school s ON s.municipality_id = m.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        g_hash_table_add (index->municipalities,
                          g_strdup (mk_stmt_column_text (stmt, 0)));
      else
        add_school (index, mk_stmt_column_text (stmt, 0),
                    mk_stmt_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (store, error);
}

MkSchoolIndex *
mk_school_index_new (MkStore  *store,
                     GError  **error)
{
  g_autoptr(MkSchoolIndex) index = g_new0 (MkSchoolIndex, 1);

  index->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->municipalities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->reserved = g_ptr_array_new_with_free_func (reserved_free);
  if (!load (index, store, error))
    return NULL;
  return g_steal_pointer (&index);
}

void
mk_school_index_free (MkSchoolIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->by_key);
  g_hash_table_unref (index->by_name);
  g_hash_table_unref (index->municipalities);
  g_ptr_array_unref (index->reserved);
  g_free (index);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

MkSchoolMatch
mk_school_index_lookup (MkSchoolIndex *index,
                        const char    *municipality,
                        const char    *name,
                        gint64        *id)
{
  g_autofree char *name_key = mk_names_school_key (name != NULL ? name : "");
  g_autofree char *municipality_key = NULL;
  g_autofree char *key = NULL;
  Entry *entry;

  if (*name_key == '\0')
    return MK_SCHOOL_MATCH_UNKNOWN;
  if (!has_text (municipality))
    entry = g_hash_table_lookup (index->by_name, name_key);
  else
    {
      municipality_key = mk_store_municipality_key (municipality);
      if (!g_hash_table_contains (index->municipalities, municipality_key))
        return MK_SCHOOL_MATCH_NO_MUNICIPALITY;
      key = g_strconcat (municipality_key, "\x1f", name_key, NULL);
      entry = g_hash_table_lookup (index->by_key, key);
    }
  if (entry == NULL)
    return MK_SCHOOL_MATCH_UNKNOWN;
  if (entry->count > 1)
    return MK_SCHOOL_MATCH_AMBIGUOUS;
  *id = entry->id;
  return MK_SCHOOL_MATCH_FOUND;
}

gint64
mk_school_index_reserve (MkSchoolIndex *index,
                         const char    *municipality,
                         const char    *name)
{
  g_autofree char *name_key = mk_names_school_key (name != NULL ? name : "");
  g_autofree char *municipality_key = mk_store_municipality_key (municipality);
  g_autofree char *key = g_strconcat (municipality_key, "\x1f", name_key, NULL);
  Entry *entry = g_hash_table_lookup (index->by_key, key);
  Reserved *reserved;

  if (*name_key == '\0' || *municipality_key == '\0')
    return 0;
  if (entry != NULL)
    return entry->id;
  reserved = g_new0 (Reserved, 1);
  reserved->municipality = g_strstrip (g_strdup (municipality));
  reserved->name = g_strstrip (g_strdup (name));
  g_ptr_array_add (index->reserved, reserved);
  add_school (index, municipality_key, name_key, -(gint64) index->reserved->len);
  return -(gint64) index->reserved->len;
}

gboolean
mk_school_index_create_reserved (MkSchoolIndex  *index,
                                 MkStore        *store,
                                 GError        **error)
{
  for (guint i = 0; i < index->reserved->len; i++)
    {
      Reserved *reserved = index->reserved->pdata[i];
      g_autoptr(MkSchool) school = mk_school_new ();

      mk_school_set_municipality (school, reserved->municipality);
      mk_school_set_name (school, reserved->name);
      mk_school_set_profile (school, mk_names_infer_profile (reserved->name, NULL));
      if (!mk_store_add_school (store, school, error))
        return FALSE;
      reserved->id = mk_school_get_id (school);
    }
  return TRUE;
}

guint
mk_school_index_get_n_reserved (MkSchoolIndex *index)
{
  return index->reserved->len;
}

gint64
mk_school_index_real_id (MkSchoolIndex *index,
                         gint64         id)
{
  Reserved *reserved;

  if (id >= 0)
    return id;
  g_return_val_if_fail ((guint) -id <= index->reserved->len, 0);
  reserved = index->reserved->pdata[-id - 1];
  return reserved->id;
}
