/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-edit-distance.h"
#include "mk-school-index.h"
#include "mk-school-resolver.h"

typedef struct {
  gint64  id;
  char   *why;
} Resolution;

struct _MkSchoolResolver
{
  MkStore       *store;
  MkSchoolIndex *index;
  gboolean       create_missing;
  GHashTable    *memo;   /* "municipality\x1fname" as written → Resolution */
  GString       *key;
  Resolution    *last;   /* files list a school's rows together */
  GString       *last_key;
};

static void
resolution_free (gpointer data)
{
  Resolution *r = data;

  g_free (r->why);
  g_free (r);
}

MkSchoolResolver *
mk_school_resolver_new (MkStore   *store,
                        gboolean   create_missing,
                        GError   **error)
{
  MkSchoolIndex *index = mk_school_index_new (store, error);
  MkSchoolResolver *self;

  if (index == NULL)
    return NULL;
  self = g_new0 (MkSchoolResolver, 1);
  self->store = g_object_ref (store);
  self->index = index;
  self->create_missing = create_missing;
  self->memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, resolution_free);
  self->key = g_string_new (NULL);
  self->last_key = g_string_new (NULL);
  return self;
}

void
mk_school_resolver_free (MkSchoolResolver *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->store);
  mk_school_index_free (self->index);
  g_hash_table_unref (self->memo);
  g_string_free (self->key, TRUE);
  g_string_free (self->last_key, TRUE);
  g_free (self);
}

/* The store's own message and candidates, so that every importer words an
 * unknown school alike. Only for failures: it scans the schools. */
static char *
explain_failure (MkSchoolResolver *self,
                 const char       *municipality,
                 const char       *name)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MkSchool) school = mk_store_find_school (self->store, municipality, name,
                                                     &candidates, &error);
  GString *why = g_string_new (NULL);

  g_string_printf (why, "«%s»: %s", name,
                   error != NULL ? error->message : _("Unknown school."));
  if (candidates != NULL && candidates->len > 0)
    {
      g_ptr_array_add (candidates, NULL);
      g_autofree char *joined = g_strjoinv ("; ", (char **) candidates->pdata);
      g_string_append_printf (why, _(" Did you mean: %s?"), joined);
    }
  return g_string_free (why, FALSE);
}

#define MAX_CANDIDATES 3

/* The store knows no municipality by this name: the nearest names. */
static char *
explain_municipality (MkSchoolResolver *self,
                      const char       *municipality,
                      const char       *name)
{
  g_auto(GStrv) known = mk_store_list_municipalities (self->store, NULL);
  g_autoptr(GPtrArray) closest = mk_edit_closest (municipality, known, MAX_CANDIDATES);
  g_autofree char *joined = NULL;

  g_ptr_array_add (closest, NULL);
  joined = g_strjoinv ("; ", (char **) closest->pdata);
  if (*joined == '\0')
    return g_strdup_printf (_("«%s»: the municipality «%s» is not known"),
                            name, municipality);
  return g_strdup_printf (_("«%s»: the municipality «%s» is not known. Did you mean: %s?"),
                          name, municipality, joined);
}

static void
reserve (MkSchoolResolver *self,
         const char       *municipality,
         const char       *name,
         Resolution       *r)
{
  if (*municipality == '\0')
    r->why = g_strdup_printf (_("«%s» is not a known school, and without its "
                                "municipality it cannot be created"), name);
  else if ((r->id = mk_school_index_reserve (self->index, municipality, name)) == 0)
    r->why = g_strdup_printf (_("«%s» is not a school name"), name);
}

static Resolution *
resolve (MkSchoolResolver *self,
         const char       *municipality_text,
         const char       *name_text)
{
  g_autofree char *municipality = g_strstrip (g_strdup (municipality_text));
  g_autofree char *name = g_strstrip (g_strdup (name_text));
  Resolution *r = g_new0 (Resolution, 1);
  MkSchoolMatch match;

  if (*name == '\0')
    return (r->why = g_strdup (_("the school name is empty")), r);
  match = mk_school_index_lookup (self->index, municipality, name, &r->id);
  if (match == MK_SCHOOL_MATCH_FOUND)
    return r;
  r->id = 0;
  if (self->create_missing && match != MK_SCHOOL_MATCH_AMBIGUOUS)
    reserve (self, municipality, name, r);
  else if (match == MK_SCHOOL_MATCH_NO_MUNICIPALITY)
    r->why = explain_municipality (self, municipality, name);
  else
    r->why = explain_failure (self, municipality, name);
  return r;
}

gint64
mk_school_resolver_resolve (MkSchoolResolver  *self,
                            const char        *municipality,
                            const char        *name,
                            const char       **why)
{
  Resolution *r;

  g_string_truncate (self->key, 0);
  g_string_append (self->key, municipality != NULL ? municipality : "");
  g_string_append_c (self->key, '\x1f');
  g_string_append (self->key, name != NULL ? name : "");
  if (self->last != NULL && g_string_equal (self->key, self->last_key))
    r = self->last;
  else if ((r = g_hash_table_lookup (self->memo, self->key->str)) == NULL)
    {
      r = resolve (self, municipality != NULL ? municipality : "",
                   name != NULL ? name : "");
      g_hash_table_insert (self->memo, g_strdup (self->key->str), r);
    }
  self->last = r;
  g_string_assign (self->last_key, self->key->str);
  *why = r->why;
  return r->id;
}

guint
mk_school_resolver_get_n_missing (MkSchoolResolver *self)
{
  return mk_school_index_get_n_reserved (self->index);
}

/* At most this many created schools are named; the rest are counted. */
#define MAX_NAMED 10

static char *
created_names (MkSchoolResolver *self,
               guint             n)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 1; i <= MIN (n, MAX_NAMED); i++)
    {
      gint64 id = mk_school_index_real_id (self->index, -(gint64) i);
      g_autoptr(MkSchool) school = mk_store_get_school (self->store, id, NULL);

      if (school != NULL)
        g_string_append_printf (names, "%s%s: %s", names->len > 0 ? "; " : "",
                                mk_school_get_municipality (school),
                                mk_school_get_name (school));
    }
  if (n > MAX_NAMED)
    g_string_append (names, "; …");
  return g_string_free (g_steal_pointer (&names), FALSE);
}

gboolean
mk_school_resolver_create (MkSchoolResolver  *self,
                           MkImportReport    *report,
                           const char        *location,
                           GError           **error)
{
  guint n = mk_school_index_get_n_reserved (self->index);
  g_autofree char *names = NULL;

  if (n == 0)
    return TRUE;
  if (!mk_school_index_create_reserved (self->index, self->store, error))
    return FALSE;
  names = created_names (self, n);
  mk_import_report_add_warning (report, location,
                                ngettext ("created %u school: %s",
                                          "created %u schools: %s", n),
                                n, names);
  return TRUE;
}

gint64
mk_school_resolver_real_id (MkSchoolResolver *self,
                            gint64            id)
{
  return mk_school_index_real_id (self->index, id);
}
