/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-classify"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school-year.h"
#include "mk-store-clusters.h"

/* «74 schools classified» was false when 31 of them had no data and got
 * no cluster: the sentence says how many have one and how many could not,
 * counted by final cluster as the page's chips are. */
char *
mk_classify_summary_describe (const MkClassifySummary *summary,
                              int                      school_year)
{
  g_autofree char *year = mk_school_year_format (school_year);
  guint without = summary->final[MK_CLUSTER_NONE];
  guint with = summary->schools - without;
  GString *text = g_string_new (NULL);

  /* Translators: «2022/2023: 39 школ из 74 распределены по кластерам» */
  g_string_printf (text, ngettext ("%s: %u of %u school classified",
                                   "%s: %u of %u schools classified", summary->schools),
                   year, with, summary->schools);
  if (without > 0)
    /* Translators: follows «… распределены по кластерам»; the schools had
     * no results and no reported totals in the window of years */
    g_string_append_printf (text, ngettext ("; %u without data could not be",
                                            "; %u without data could not be", without),
                            without);
  if (summary->overridden > 0)
    g_string_append_printf (text, _("; overrides kept: %u"), summary->overridden);
  return g_string_free (text, FALSE);
}
