/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-cli-indicators.h"
#include "mk-cli-private.h"
#include "mk-indicator-value.h"
#include "mk-store-indicators.h"
#include "mk-text.h"

/* «0,6» read as 0.6; "" when the text holds no single number. */
static char *
reading_text (const char      *raw,
              MkIndicatorUnit  unit)
{
  MkIndicatorReading reading;
  double value;

  mk_indicator_value_read (raw, &reading);
  return mk_indicator_reading_value (&reading, unit, &value) ? g_strdup_printf ("%g", value)
                                                              : g_strdup ("");
}

typedef struct {
  MkOutput       *out;
  MkStore        *store;
  MkIndicatorSet *set;
  const char     *entity;    /* --entity, folded; NULL: every table */
} Listing;

static void
write_row (Listing     *l,
           MkIndicator *row,
           GPtrArray   *values,
           const char  *entity)
{
  MkIndicatorUnit unit = mk_indicator_unit_parse (row->unit);
  g_autofree MkIndicatorReading *readings = g_new0 (MkIndicatorReading, MAX (values->len, 1));

  for (guint i = 0; i < values->len; i++)
    mk_indicator_value_read (((MkIndicatorValue *) values->pdata[i])->raw, &readings[i]);
  for (guint i = 0; i < values->len; i++)
    {
      MkIndicatorValue *value = values->pdata[i];
      g_autofree char *year = g_strdup_printf ("%d", value->year);
      g_autofree char *read = reading_text (value->raw, unit);
      g_autofree char *warnings = mk_indicator_warnings (readings, values->len, i, unit);

      mk_output_row (l->out, (const char *[]) { l->set->title, l->set->municipality != NULL
                                                ? l->set->municipality : "", entity, row->code,
                                                row->title, row->unit, year, value->raw,
                                                value->share_raw, read,
                                                warnings != NULL ? warnings : "", NULL });
    }
}

static void
write_table (Listing    *l,
             gint64      school_id,
             const char *entity)
{
  g_autoptr(GPtrArray) rows = mk_store_list_indicators_of (l->store, l->set->id, school_id, NULL);
  g_autoptr(GPtrArray) values = mk_store_list_indicator_values (l->store, l->set->id, school_id, NULL);

  for (guint r = 0; rows != NULL && values != NULL && r < rows->len; r++)
    {
      MkIndicator *row = rows->pdata[r];
      g_autoptr(GPtrArray) of_row = g_ptr_array_new ();

      for (guint v = 0; v < values->len; v++)
        if (((MkIndicatorValue *) values->pdata[v])->indicator_id == row->id)
          g_ptr_array_add (of_row, values->pdata[v]);
      write_row (l, row, of_row, entity);
    }
}

static void
write_set (Listing *l)
{
  g_autoptr(GArray) schools = mk_store_list_indicator_schools (l->store, l->set->id, NULL);

  for (guint i = 0; schools != NULL && i < schools->len; i++)
    {
      gint64 id = g_array_index (schools, gint64, i);
      g_autoptr(MkSchool) school = id != 0 ? mk_store_get_school (l->store, id, NULL) : NULL;
      const char *entity = school != NULL ? mk_school_get_name (school) : "";
      g_autofree char *folded = mk_text_fold (id != 0 ? entity : "municipality");

      if (l->entity == NULL || g_str_equal (l->entity, folded) ||
          (id == 0 && g_str_equal (l->entity, "муниципалитет")))
        write_table (l, id, entity);
    }
}

int
mk_cli_indicators (MkCliContext *ctx)
{
  static const char *keys[] = { "set", "municipality", "school", "code", "indicator", "unit",
                                "year", "raw", "share_raw", "value", "warning", NULL };
  const char *entity = mk_cli_option (ctx, "--entity");
  g_autofree char *folded = entity != NULL ? mk_text_fold (entity) : NULL;
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GError) error = NULL;
  MkOutputFormat format;
  Listing l = { 0 };

  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((sets = mk_store_list_indicator_sets (store, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  l = (Listing) { mk_output_new (format, keys), store, NULL, folded };
  for (guint i = 0; i < sets->len; i++)
    {
      l.set = sets->pdata[i];
      write_set (&l);
    }
  mk_output_finish (l.out);
  return MK_EXIT_OK;
}
