/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-statistic"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-error.h"
#include "mk-school-year.h"
#include "mk-statistic.h"

struct _MkStatistic
{
  GObject  parent_instance;

  int      school_year;
  char    *scope;
  guint    schools;
  guint    snro;
  char    *note;
};

G_DEFINE_FINAL_TYPE (MkStatistic, mk_statistic, G_TYPE_OBJECT)

static void
mk_statistic_finalize (GObject *object)
{
  MkStatistic *self = MK_STATISTIC (object);

  g_free (self->scope);
  g_free (self->note);
  G_OBJECT_CLASS (mk_statistic_parent_class)->finalize (object);
}

static void
mk_statistic_class_init (MkStatisticClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_statistic_finalize;
}

static void
mk_statistic_init (MkStatistic *self)
{
}

MkStatistic *
mk_statistic_new (int         school_year,
                  const char *scope,
                  guint       schools,
                  guint       snro,
                  const char *note)
{
  MkStatistic *self = g_object_new (MK_TYPE_STATISTIC, NULL);

  self->school_year = school_year;
  self->scope = g_strdup (scope != NULL ? scope : "");
  self->schools = schools;
  self->snro = snro;
  self->note = g_strdup (note != NULL ? note : "");
  return self;
}

MkStatistic *
mk_statistic_copy (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), NULL);
  return mk_statistic_new (self->school_year, self->scope, self->schools,
                           self->snro, self->note);
}

int
mk_statistic_get_school_year (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), 0);
  return self->school_year;
}

char *
mk_statistic_dup_year_label (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), NULL);
  return mk_school_year_format (self->school_year);
}

const char *
mk_statistic_get_scope (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), NULL);
  return self->scope;
}

guint
mk_statistic_get_schools (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), 0);
  return self->schools;
}

guint
mk_statistic_get_snro (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), 0);
  return self->snro;
}

const char *
mk_statistic_get_note (MkStatistic *self)
{
  g_return_val_if_fail (MK_IS_STATISTIC (self), NULL);
  return self->note;
}

gboolean
mk_statistic_equal (MkStatistic *a,
                    MkStatistic *b)
{
  return a->school_year == b->school_year && g_str_equal (a->scope, b->scope) &&
         a->schools == b->schools && a->snro == b->snro && g_str_equal (a->note, b->note);
}

gboolean
mk_statistic_check (MkStatistic  *self,
                    GError      **error)
{
  g_autofree char *scope = g_strstrip (g_strdup (self->scope));

  if (self->school_year < 1990 || self->school_year > 2100)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("%d is not a school year between 1990 and 2100."),
                         self->school_year), FALSE);
  if (*scope == '\0')
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("The scope is empty: name the region or other territory "
                                   "the figures are for.")), FALSE);
  if (self->snro > self->schools)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("%u schools with low results (ШНРО) is more than the %u schools "
                           "in the monitoring."), self->snro, self->schools), FALSE);
  if (self->schools > G_MAXINT)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("%u schools is too many."), self->schools), FALSE);
  return TRUE;
}
