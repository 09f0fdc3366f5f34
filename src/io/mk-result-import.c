/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include "mk-result-import.h"

gboolean
mk_result_import_prepare (MkImportRun  *run,
                          GError      **error)
{
  MkResultImport *self = run->data;

  self->schools = mk_school_resolver_new (run->store, run->options->create_missing, error);
  if (self->schools == NULL)
    return FALSE;
  self->procedures = mk_procedure_resolver_new (run->store, error);
  if (self->procedures == NULL)
    return FALSE;
  self->batch = mk_result_batch_new ();
  return TRUE;
}

void
mk_result_import_check (MkImportRun *run)
{
  MkResultImport *self = run->data;

  mk_result_batch_check_repeats (self->batch, run->reader, run->report);
}

gboolean
mk_result_import_write (MkImportRun  *run,
                        GError      **error)
{
  MkResultImport *self = run->data;

  return mk_result_batch_write (self->batch, self->schools, run, error);
}

void
mk_result_import_clear (MkImportRun *run)
{
  MkResultImport *self = run->data;

  g_clear_pointer (&self->schools, mk_school_resolver_free);
  g_clear_pointer (&self->procedures, mk_procedure_resolver_free);
  g_clear_pointer (&self->batch, mk_result_batch_free);
}
