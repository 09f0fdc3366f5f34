/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-staff"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-staff.h"

static const char *role_codes[MK_N_STAFF_ROLES] = {
  "teachers", "administrators", "psychologists", "speech_therapists",
  "defectologists",
};

/* The row headings of the staff tables of the Smolensk annual report. */
static const char *role_labels[MK_N_STAFF_ROLES] = {
  N_("Teachers in total"),
  N_("Administrators (head, deputies)"),
  N_("Psychologists"),
  N_("Speech therapists"),
  N_("Defectologists"),
};

const char *
mk_staff_role_to_code (MkStaffRole role)
{
  g_return_val_if_fail (role < MK_N_STAFF_ROLES, NULL);
  return role_codes[role];
}

gboolean
mk_staff_role_from_code (const char  *code,
                         MkStaffRole *role)
{
  for (guint i = 0; i < MK_N_STAFF_ROLES; i++)
    if (g_strcmp0 (code, role_codes[i]) == 0)
      return (*role = i, TRUE);
  return FALSE;
}

const char *
mk_staff_role_label (MkStaffRole role)
{
  g_return_val_if_fail (role < MK_N_STAFF_ROLES, NULL);
  return _(role_labels[role]);
}

/* The count is the number the cell starts with; whatever follows
 * ("(РК)", "(3 - в декрете)", "+6 СОВМ.") is its note. */
gboolean
mk_staff_parse (const char  *raw,
                int         *count,
                char       **note)
{
  const char *p = raw;
  gint64 value = 0;

  while (p != NULL && g_ascii_isspace (*p))
    p++;
  if (p == NULL || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      value = value * 10 + (*p - '0');
      if (value > 1000000)
        return FALSE;
    }
  if (count != NULL)
    *count = (int) value;
  if (note != NULL)
    *note = g_strstrip (g_strdup (p));
  return TRUE;
}
