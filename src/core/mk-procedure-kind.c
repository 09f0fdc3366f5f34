/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure"
#include "config.h"

#include "mk-procedure.h"

/* The kinds of assessment and the rules that go with each, in one place:
 * the parser, the catalog, the dialogs and the reports ask here. */

static const char *const names[MK_N_KINDS] = { "ВПР", "ОГЭ", "ЕГЭ" };

const char *
mk_procedure_kind_name (MkProcedureKind kind)
{
  return names[CLAMP ((int) kind, 0, MK_N_KINDS - 1)];
}

gboolean
mk_procedure_kind_from_name (const char      *name,
                             MkProcedureKind *kind)
{
  for (guint k = 0; k < MK_N_KINDS; k++)
    if (g_strcmp0 (name, names[k]) == 0)
      return (*kind = k, TRUE);
  return FALSE;
}

MkProcedureKind
mk_procedure_kind_matrix_order (guint i)
{
  static const MkProcedureKind order[MK_N_KINDS] = { MK_KIND_OGE, MK_KIND_EGE, MK_KIND_VPR };

  return order[MIN (i, MK_N_KINDS - 1)];
}

gboolean
mk_procedure_kind_has_grade (MkProcedureKind kind)
{
  return kind == MK_KIND_VPR;
}

static gboolean
spec_is (const MkProcedureSpec *spec,
         MkProcedureKind        kind)
{
  return g_strcmp0 (spec->kind, names[kind]) == 0;
}

gboolean
mk_procedure_spec_has_grade (const MkProcedureSpec *spec)
{
  return spec_is (spec, MK_KIND_VPR);
}

gboolean
mk_procedure_spec_has_level (const MkProcedureSpec *spec)
{
  return spec_is (spec, MK_KIND_EGE) && g_strcmp0 (spec->subject_code, "МА") == 0;
}
