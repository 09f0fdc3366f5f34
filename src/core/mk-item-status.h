/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a school (or the municipality, for a municipal plan) reported of
 * one item of a roadmap. */
typedef enum {
  MK_STATUS_UNKNOWN,     /* «нет данных»: nothing reported */
  MK_STATUS_YES,         /* «да» */
  MK_STATUS_NO,          /* «нет» */
  MK_STATUS_PARTLY,      /* «частично» */
  MK_STATUS_NOT_NEEDED,  /* «не требуется» */
} MkItemStatus;

#define MK_N_ITEM_STATUSES 5

/* "yes", "no" … as the database keeps them. */
const char *mk_item_status_to_code   (MkItemStatus  status);
gboolean    mk_item_status_from_code (const char   *code,
                                      MkItemStatus *status);
/* «да», «нет», «частично», «не требуется», «нет данных»: the words of the
 * official tables, in any UI language. */
const char *mk_item_status_official  (MkItemStatus  status);
/* Reads a cell as schools fill it: «да», «Да», «нет», «частично»,
 * «не требуется», «н/д», «нет данных», and the one-letter keys of the
 * status matrix (д, н, ч, т, ?); FALSE for anything else. An empty cell
 * is not a status either (nothing to write). */
gboolean    mk_item_status_parse     (const char   *text,
                                      MkItemStatus *status);
/* The key that types STATUS in the status matrix: д н ч т ? */
gunichar    mk_item_status_key       (MkItemStatus  status);

/* One report of an item: its status, the free text «Информация», a
 * reference to the evidence (an order's number, a link) and the date it
 * was reported ("" when unknown). SCHOOL_ID 0 is the municipality. */
typedef struct {
  gint64        item_id;
  gint64        school_id;
  MkItemStatus  status;
  char         *information;
  char         *evidence;
  char         *reported;
} MkItemReport;

MkItemReport *mk_item_report_new   (gint64              item_id,
                                    gint64              school_id,
                                    MkItemStatus        status);
MkItemReport *mk_item_report_copy  (const MkItemReport *self);
void          mk_item_report_free  (MkItemReport       *self);
gboolean      mk_item_report_equal (const MkItemReport *a,
                                    const MkItemReport *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MkItemReport, mk_item_report_free)

G_END_DECLS
