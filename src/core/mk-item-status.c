/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap"
#include "config.h"

#include "mk-item-status.h"
#include "mk-text.h"

static const struct {
  const char *code;
  const char *official;
  const char *key;
} statuses[MK_N_ITEM_STATUSES] = {
  [MK_STATUS_UNKNOWN] = { "unknown", "нет данных", "?" },
  [MK_STATUS_YES] = { "yes", "да", "д" },
  [MK_STATUS_NO] = { "no", "нет", "н" },
  [MK_STATUS_PARTLY] = { "partly", "частично", "ч" },
  [MK_STATUS_NOT_NEEDED] = { "not_needed", "не требуется", "т" },
};

const char *
mk_item_status_to_code (MkItemStatus status)
{
  return statuses[CLAMP ((int) status, 0, MK_N_ITEM_STATUSES - 1)].code;
}

gboolean
mk_item_status_from_code (const char   *code,
                          MkItemStatus *status)
{
  for (guint s = 0; s < MK_N_ITEM_STATUSES; s++)
    if (g_strcmp0 (code, statuses[s].code) == 0)
      return (*status = s, TRUE);
  return FALSE;
}

const char *
mk_item_status_official (MkItemStatus status)
{
  return statuses[CLAMP ((int) status, 0, MK_N_ITEM_STATUSES - 1)].official;
}

gunichar
mk_item_status_key (MkItemStatus status)
{
  return g_utf8_get_char (statuses[CLAMP ((int) status, 0, MK_N_ITEM_STATUSES - 1)].key);
}

gboolean
mk_item_status_parse (const char   *text,
                      MkItemStatus *status)
{
  g_autofree char *folded = mk_text_fold (text != NULL ? text : "");

  if (g_str_equal (folded, "н/д") || g_str_equal (folded, "нд"))
    return (*status = MK_STATUS_UNKNOWN, TRUE);
  for (guint s = 0; s < MK_N_ITEM_STATUSES; s++)
    if (g_str_equal (folded, statuses[s].official) || g_str_equal (folded, statuses[s].key) ||
        g_str_equal (folded, statuses[s].code))
      return (*status = s, TRUE);
  return FALSE;
}

MkItemReport *
mk_item_report_new (gint64       item_id,
                    gint64       school_id,
                    MkItemStatus status)
{
  MkItemReport *self = g_new0 (MkItemReport, 1);

  self->item_id = item_id;
  self->school_id = school_id;
  self->status = status;
  self->information = g_strdup ("");
  self->evidence = g_strdup ("");
  self->reported = g_strdup ("");
  return self;
}

MkItemReport *
mk_item_report_copy (const MkItemReport *self)
{
  MkItemReport *copy = g_memdup2 (self, sizeof *self);

  copy->information = g_strdup (self->information);
  copy->evidence = g_strdup (self->evidence);
  copy->reported = g_strdup (self->reported);
  return copy;
}

void
mk_item_report_free (MkItemReport *self)
{
  if (self == NULL)
    return;
  g_free (self->information);
  g_free (self->evidence);
  g_free (self->reported);
  g_free (self);
}

gboolean
mk_item_report_equal (const MkItemReport *a,
                      const MkItemReport *b)
{
  return a->status == b->status && g_strcmp0 (a->information, b->information) == 0 &&
         g_strcmp0 (a->evidence, b->evidence) == 0 && g_strcmp0 (a->reported, b->reported) == 0;
}
