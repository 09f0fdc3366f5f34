/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-import"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-import-report.h"

struct _MkImportReport
{
  GObject    parent_instance;

  GPtrArray *errors;
  GPtrArray *warnings;
  guint      added;
  guint      replaced;
  guint      unchanged;
};

G_DEFINE_FINAL_TYPE (MkImportReport, mk_import_report, G_TYPE_OBJECT)

static void
mk_import_report_finalize (GObject *object)
{
  MkImportReport *self = MK_IMPORT_REPORT (object);

  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  G_OBJECT_CLASS (mk_import_report_parent_class)->finalize (object);
}

static void
mk_import_report_class_init (MkImportReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_import_report_finalize;
}

static void
mk_import_report_init (MkImportReport *self)
{
  self->errors = g_ptr_array_new_with_free_func (g_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

MkImportReport *
mk_import_report_new (void)
{
  return g_object_new (MK_TYPE_IMPORT_REPORT, NULL);
}

static void
add_line (GPtrArray  *lines,
          const char *location,
          const char *format,
          va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (location != NULL && *location != '\0')
    g_ptr_array_add (lines, g_strdup_printf ("%s: %s", location, message));
  else
    g_ptr_array_add (lines, g_steal_pointer (&message));
}

void
mk_import_report_add_error (MkImportReport *self,
                            const char     *location,
                            const char     *format,
                            ...)
{
  va_list args;

  va_start (args, format);
  add_line (self->errors, location, format, args);
  va_end (args);
}

void
mk_import_report_add_warning (MkImportReport *self,
                              const char     *location,
                              const char     *format,
                              ...)
{
  va_list args;

  va_start (args, format);
  add_line (self->warnings, location, format, args);
  va_end (args);
}

GPtrArray *mk_import_report_get_errors (MkImportReport *self) { return self->errors; }
GPtrArray *mk_import_report_get_warnings (MkImportReport *self) { return self->warnings; }
gboolean mk_import_report_has_errors (MkImportReport *self) { return self->errors->len > 0; }
void mk_import_report_count_added (MkImportReport *self) { self->added++; }
void mk_import_report_count_replaced (MkImportReport *self) { self->replaced++; }
void mk_import_report_count_unchanged (MkImportReport *self) { self->unchanged++; }
guint mk_import_report_get_added (MkImportReport *self) { return self->added; }
guint mk_import_report_get_replaced (MkImportReport *self) { return self->replaced; }
guint mk_import_report_get_unchanged (MkImportReport *self) { return self->unchanged; }

void
mk_import_report_reset_counts (MkImportReport *self)
{
  self->added = self->replaced = self->unchanged = 0;
}

char *
mk_import_report_dup_summary (MkImportReport *self)
{
  return g_strdup_printf (_("added %u, replaced %u, unchanged %u"),
                          self->added, self->replaced, self->unchanged);
}
