/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-column-map.h"

static gboolean
spec_matches (const MkColumnSpec *spec,
              const char         *key)
{
  g_autofree char *own = mk_table_header_key (spec->name);

  if (g_str_equal (own, key))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (spec->aliases) && spec->aliases[i]; i++)
    {
      g_autofree char *alias = mk_table_header_key (spec->aliases[i]);
      if (g_str_equal (alias, key))
        return TRUE;
    }
  return FALSE;
}

static void
map_column (MkColumnMap    *map,
            guint           column,
            const char     *heading,
            const char     *location,
            MkImportReport *report)
{
  g_autofree char *key = mk_table_header_key (heading);

  if (*key == '\0')
    return;
  for (guint s = 0; s < map->n_specs; s++)
    if (spec_matches (&map->specs[s], key))
      {
        if (map->index[s] < 0)
          map->index[s] = column;
        return;
      }
  mk_import_report_add_warning (report, location,
                                _("the column «%s» is not known and is ignored"),
                                heading);
}

MkColumnMap *
mk_column_map_new (const MkColumnSpec *specs,
                   guint               n_specs,
                   MkTableReader      *reader,
                   MkImportReport     *report)
{
  MkColumnMap *map = g_new0 (MkColumnMap, 1);
  g_autofree char *location = mk_table_reader_dup_location (reader);

  map->specs = specs;
  map->n_specs = n_specs;
  map->index = g_new (int, n_specs);
  for (guint s = 0; s < n_specs; s++)
    map->index[s] = -1;
  for (guint c = 0; c < mk_table_reader_get_n_cells (reader); c++)
    map_column (map, c, mk_table_reader_get_cell (reader, c)->text, location, report);
  for (guint s = 0; s < n_specs; s++)
    if (specs[s].required && map->index[s] < 0)
      mk_import_report_add_error (report, location,
                                  _("the required column «%s» (%s) is missing"),
                                  specs[s].name, specs[s].aliases[0]);
  return map;
}

void
mk_column_map_free (MkColumnMap *map)
{
  if (map == NULL)
    return;
  g_free (map->index);
  g_free (map);
}

gboolean
mk_column_map_has (MkColumnMap *map,
                   guint        spec)
{
  return map->index[spec] >= 0;
}

char *
mk_column_map_dup_text (MkColumnMap   *map,
                        MkTableReader *reader,
                        guint          spec)
{
  const MkCell *cell;

  if (map->index[spec] < 0)
    return g_strdup ("");
  cell = mk_table_reader_get_cell (reader, map->index[spec]);
  return g_strstrip (g_strdup (cell->text));
}

static gboolean
row_is_empty (MkTableReader *reader)
{
  for (guint c = 0; c < mk_table_reader_get_n_cells (reader); c++)
    {
      const char *text = mk_table_reader_get_cell (reader, c)->text;
      for (; *text; text++)
        if (!g_ascii_isspace (*text))
          return FALSE;
    }
  return TRUE;
}

gboolean
mk_table_reader_next_nonempty (MkTableReader  *reader,
                               GError        **error)
{
  while (mk_table_reader_next_row (reader, error))
    if (!row_is_empty (reader))
      return TRUE;
  return FALSE;
}
