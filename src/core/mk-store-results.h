#pragma once

#include "mk-store.h"

G_BEGIN_DECLS

/* Results and school context as the classification reads them. Numbers
 * that are not known are -1. */

/* One result of a school in a calendar year (DOMAIN.md §2). */
typedef struct {
  gint64      school_id;
  int         year;            /* calendar year of the assessment */
  gint64      procedure_id;
  const char *procedure_code;  /* 'ВПР РУ-5' */
  int         participants;
  int         low;             /* got «2» / below the threshold */
  int         low_share;       /* thousandths of a percent: 33.3 % = 33300 */
  gboolean    mark_low;        /* a bare 'Н' with no numbers */
  gboolean    non_objective;   /* 'Необ.' */
} MkResultRow;

/* Context of a school in a calendar year. */
typedef struct {
  gint64  school_id;
  int     year;
  int     isbsh;             /* tenths: 70.0 = 700 */
  int     students;
  int     project_500;       /* 1, 0, or -1 when not known */
  int     reported_markers;  /* a region's list gives only a count ("3Н") */
} MkContextRow;

/* Return FALSE to stop early. */
typedef gboolean (*MkResultFunc)  (const MkResultRow  *row,
                                   gpointer            user_data);
typedef gboolean (*MkContextFunc) (const MkContextRow *row,
                                   gpointer            user_data);

/* Every result with FIRST_YEAR <= year <= LAST_YEAR, ordered by school,
 * year, then the catalog's position of the procedure. */
gboolean mk_store_foreach_result  (MkStore        *self,
                                   int             first_year,
                                   int             last_year,
                                   MkResultFunc    func,
                                   gpointer        user_data,
                                   GError        **error);
/* Every context row in the years, ordered by school then year. */
gboolean mk_store_foreach_context (MkStore        *self,
                                   int             first_year,
                                   int             last_year,
                                   MkContextFunc   func,
                                   gpointer        user_data,
                                   GError        **error);

G_END_DECLS
