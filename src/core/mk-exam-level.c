/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure"
#include "config.h"

#include "mk-procedure.h"

/* As the codes of the Smolensk tables write them: «ЕГЭ МА ПРОФ». */
static const char *const names[MK_N_EXAM_LEVELS] = { "ПРОФ", "БАЗ" };

const char *
mk_exam_level_name (MkExamLevel level)
{
  return names[CLAMP ((int) level, 0, MK_N_EXAM_LEVELS - 1)];
}

gboolean
mk_exam_level_from_name (const char  *name,
                         MkExamLevel *level)
{
  for (guint l = 0; l < MK_N_EXAM_LEVELS; l++)
    if (g_strcmp0 (name, names[l]) == 0)
      return (*level = l, TRUE);
  return FALSE;
}
