/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-staff"
#include "config.h"

#include "mk-school-year.h"
#include "mk-staff-row.h"

struct _MkStaffRow
{
  GObject  parent_instance;

  gint64   school_id;
  int      school_year;
  char    *raw[MK_N_STAFF_ROLES];
};

G_DEFINE_FINAL_TYPE (MkStaffRow, mk_staff_row, G_TYPE_OBJECT)

static void
mk_staff_row_finalize (GObject *object)
{
  MkStaffRow *self = MK_STAFF_ROW (object);

  for (guint i = 0; i < MK_N_STAFF_ROLES; i++)
    g_free (self->raw[i]);
  G_OBJECT_CLASS (mk_staff_row_parent_class)->finalize (object);
}

static void
mk_staff_row_class_init (MkStaffRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_staff_row_finalize;
}

static void
mk_staff_row_init (MkStaffRow *self)
{
  for (guint i = 0; i < MK_N_STAFF_ROLES; i++)
    self->raw[i] = g_strdup ("");
}

MkStaffRow *
mk_staff_row_new (gint64 school_id,
                  int    school_year)
{
  MkStaffRow *self = g_object_new (MK_TYPE_STAFF_ROW, NULL);

  self->school_id = school_id;
  self->school_year = school_year;
  return self;
}

gint64 mk_staff_row_get_school_id (MkStaffRow *self) { return self->school_id; }
int mk_staff_row_get_school_year (MkStaffRow *self) { return self->school_year; }

char *
mk_staff_row_dup_year_label (MkStaffRow *self)
{
  return mk_school_year_format (self->school_year);
}

const char *
mk_staff_row_get_raw (MkStaffRow  *self,
                      MkStaffRole  role)
{
  g_return_val_if_fail (role < MK_N_STAFF_ROLES, NULL);
  return self->raw[role];
}

void
mk_staff_row_set_raw (MkStaffRow  *self,
                      MkStaffRole  role,
                      const char  *raw)
{
  g_return_if_fail (role < MK_N_STAFF_ROLES);
  g_free (self->raw[role]);
  self->raw[role] = g_strdup (raw != NULL ? raw : "");
}
