/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-store"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-store-private.h"
#include "mk-store-protocols.h"

#define PROTOCOL_COLUMNS "id, number, date, body, municipality, place, approver_position, " \
                         "approver_name, chair, secretary_position, secretary, closing, approved"

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup (mk_stmt_column_text (stmt, column));
}

static MkProtocol *
protocol_from_row (sqlite3_stmt *stmt)
{
  MkProtocol *p = mk_protocol_new ();
  char **texts[] = { &p->number, NULL, &p->body, &p->municipality, &p->place,
                     &p->approver_position, &p->approver_name, &p->chair,
                     &p->secretary_position, &p->secretary, &p->closing };

  p->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL)
      {
        g_free (*texts[i]);
        *texts[i] = column_dup (stmt, (int) i + 1);
      }
  mk_date_from_iso (mk_stmt_column_text (stmt, 2), &p->date);
  mk_date_from_iso (mk_stmt_column_text (stmt, 12), &p->approved);
  return p;
}

GPtrArray *
mk_store_list_protocols (MkStore  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_free);
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT " PROTOCOL_COLUMNS " FROM protocol "
                                           "ORDER BY date DESC, id DESC", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, protocol_from_row (stmt));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : (mk_store_fail (self, error), NULL);
}

static gboolean
read_people (MkStore     *self,
             MkProtocol  *p,
             GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT name, job, invited FROM protocol_attendee "
                                           "WHERE protocol_id = ?1 ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (p->people, mk_protocol_person_new (mk_stmt_column_text (stmt, 0),
                                                        mk_stmt_column_text (stmt, 1),
                                                        sqlite3_column_int (stmt, 2) != 0));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static MkProtocolBlockKind
block_kind (const char *text)
{
  return g_str_equal (text, "table") ? MK_PROTOCOL_TABLE
         : g_str_equal (text, "bullet") ? MK_PROTOCOL_BULLET : MK_PROTOCOL_PARAGRAPH;
}

static MkProtocolBlock *
block_from_row (sqlite3_stmt *stmt)
{
  MkProtocolBlock *b = mk_protocol_block_new_text (block_kind (mk_stmt_column_text (stmt, 0)),
                                                   mk_stmt_column_text (stmt, 1));

  g_free (b->report);
  g_free (b->municipality);
  g_free (b->school);
  b->report = column_dup (stmt, 2);
  b->school_year = sqlite3_column_int (stmt, 3);
  b->first_year = sqlite3_column_int (stmt, 4);
  b->municipality = column_dup (stmt, 5);
  b->school = column_dup (stmt, 6);
  if (sqlite3_column_type (stmt, 7) == SQLITE_BLOB)
    b->frozen = g_bytes_new (sqlite3_column_blob (stmt, 7), (gsize) sqlite3_column_bytes (stmt, 7));
  return b;
}

static gboolean
read_blocks (MkStore         *self,
             gint64           item_id,
             MkProtocolItem  *item,
             GError         **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "SELECT kind, text, report, school_year, first_year, municipality, school, frozen "
      "FROM protocol_block WHERE item_id = ?1 ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (item->blocks, block_from_row (stmt));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static MkProtocolDecision *
decision_from_row (sqlite3_stmt *stmt)
{
  MkProtocolDecision *d = mk_protocol_decision_new (mk_stmt_column_text (stmt, 1));
  const char *subitems = mk_stmt_column_text (stmt, 2);
  g_auto(GStrv) lines = *subitems != '\0' ? g_strsplit (subitems, "\n", -1) : NULL;

  d->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    g_ptr_array_add (d->subitems, g_strdup (lines[i]));
  g_free (d->responsible);
  g_free (d->schools);
  d->responsible = column_dup (stmt, 3);
  mk_date_from_iso (mk_stmt_column_text (stmt, 4), &d->deadline);
  d->schools = column_dup (stmt, 5);
  mk_decision_status_from_string (mk_stmt_column_text (stmt, 6), &d->status);
  return d;
}

#define DECISION_COLUMNS "d.id, d.text, d.subitems, d.responsible, d.deadline, d.schools, d.status"

static gboolean
read_decisions (MkStore         *self,
                gint64           item_id,
                MkProtocolItem  *item,
                GError         **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT " DECISION_COLUMNS
                                           " FROM protocol_decision d WHERE d.item_id = ?1 "
                                           "ORDER BY d.position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (item->decisions, decision_from_row (stmt));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || mk_store_fail (self, error);
}

static gboolean
read_items (MkStore     *self,
            MkProtocol  *p,
            GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT id, title, heard FROM protocol_item "
                                           "WHERE protocol_id = ?1 ORDER BY position", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkProtocolItem *item = mk_protocol_item_new (mk_stmt_column_text (stmt, 1));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_free (item->heard);
      item->heard = column_dup (stmt, 2);
      g_ptr_array_add (p->items, item);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mk_store_fail (self, error);
  /* Read after the loop: the cached statements of blocks and decisions
   * must not run while this one is stepping. */
  for (guint i = 0; i < ids->len; i++)
    if (!read_blocks (self, g_array_index (ids, gint64, i), p->items->pdata[i], error) ||
        !read_decisions (self, g_array_index (ids, gint64, i), p->items->pdata[i], error))
      return FALSE;
  return TRUE;
}

MkProtocol *
mk_store_get_protocol (MkStore  *self,
                       gint64    id,
                       GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT " PROTOCOL_COLUMNS " FROM protocol "
                                           "WHERE id = ?1", error);
  g_autoptr(MkProtocol) p = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    p = protocol_from_row (stmt);
  sqlite3_reset (stmt);
  if (p == NULL)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND,
                         _("There is no protocol with id %lld"), (long long) id), NULL);
  if (!read_people (self, p, error) || !read_items (self, p, error))
    return NULL;
  return g_steal_pointer (&p);
}

static void
bind_texts (sqlite3_stmt       *stmt,
            int                 first,
            const char *const  *texts,
            guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    mk_stmt_bind_text (stmt, first + (int) i, texts[i]);
}

static gboolean
write_heading (MkStore     *self,
               MkProtocol  *p,
               GError     **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO protocol (id, number, date, body, municipality, place, approver_position, "
      "approver_name, chair, secretary_position, secretary, closing, approved) "
      "VALUES (NULLIF (?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, NULLIF (?13, '')) "
      "ON CONFLICT (id) DO UPDATE SET number = ?2, date = ?3, body = ?4, municipality = ?5, "
      "place = ?6, approver_position = ?7, approver_name = ?8, chair = ?9, "
      "secretary_position = ?10, secretary = ?11, closing = ?12, approved = NULLIF (?13, '')",
      error);
  g_autofree char *date = mk_date_to_iso (&p->date);
  g_autofree char *approved = mk_date_to_iso (&p->approved);
  const char *texts[] = { p->number, date, p->body, p->municipality, p->place,
                          p->approver_position, p->approver_name, p->chair,
                          p->secretary_position, p->secretary, p->closing, approved };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  bind_texts (stmt, 2, texts, G_N_ELEMENTS (texts));
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  if (p->id == 0)
    p->id = sqlite3_last_insert_rowid (mk_store_get_db (self));
  return TRUE;
}

static gboolean
write_person (MkStore                 *self,
              gint64                   protocol_id,
              guint                    position,
              const MkProtocolPerson  *person,
              GError                 **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "INSERT INTO protocol_attendee (protocol_id, "
                                           "position, name, job, invited) VALUES (?1, ?2, ?3, ?4, ?5)",
                                           error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, protocol_id);
  sqlite3_bind_int (stmt, 2, (int) position);
  mk_stmt_bind_text (stmt, 3, person->name);
  mk_stmt_bind_text (stmt, 4, person->job);
  sqlite3_bind_int (stmt, 5, person->invited ? 1 : 0);
  if (!mk_store_step_done (self, stmt, error) ||
      (stmt = mk_store_statement (self, "INSERT OR IGNORE INTO person (name, job) VALUES (?1, ?2)",
                                  error)) == NULL)
    return FALSE;
  mk_stmt_bind_text (stmt, 1, person->name);
  mk_stmt_bind_text (stmt, 2, person->job);
  return mk_store_step_done (self, stmt, error);
}

static const char *const BLOCK_KINDS[] = { "paragraph", "bullet", "table" };

static gboolean
write_block (MkStore                *self,
             gint64                  item_id,
             guint                   position,
             const MkProtocolBlock  *b,
             GError                **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO protocol_block (item_id, position, kind, text, report, school_year, "
      "first_year, municipality, school, frozen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int (stmt, 2, (int) position);
  mk_stmt_bind_text (stmt, 3, BLOCK_KINDS[b->kind]);
  mk_stmt_bind_text (stmt, 4, b->text);
  mk_stmt_bind_text (stmt, 5, b->report);
  sqlite3_bind_int (stmt, 6, b->school_year);
  sqlite3_bind_int (stmt, 7, b->first_year);
  mk_stmt_bind_text (stmt, 8, b->municipality);
  mk_stmt_bind_text (stmt, 9, b->school);
  if (b->frozen != NULL)
    sqlite3_bind_blob (stmt, 10, g_bytes_get_data (b->frozen, NULL),
                       (int) g_bytes_get_size (b->frozen), SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 10);
  return mk_store_step_done (self, stmt, error);
}

static gboolean
write_decision (MkStore             *self,
                gint64               item_id,
                guint                position,
                MkProtocolDecision  *d,
                GError             **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self,
      "INSERT INTO protocol_decision (id, item_id, position, text, subitems, responsible, "
      "deadline, schools, status) VALUES (NULLIF (?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  g_autofree char *deadline = mk_date_to_iso (&d->deadline);
  g_autofree char *subitems = NULL;

  if (stmt == NULL)
    return FALSE;
  g_ptr_array_add (d->subitems, NULL);
  subitems = g_strjoinv ("\n", (char **) d->subitems->pdata);
  g_ptr_array_set_size (d->subitems, d->subitems->len - 1);
  sqlite3_bind_int64 (stmt, 1, d->id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  mk_stmt_bind_text (stmt, 4, d->text);
  mk_stmt_bind_text (stmt, 5, subitems);
  mk_stmt_bind_text (stmt, 6, d->responsible);
  mk_stmt_bind_text (stmt, 7, deadline);
  mk_stmt_bind_text (stmt, 8, d->schools);
  mk_stmt_bind_text (stmt, 9, mk_decision_status_to_string (d->status));
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  d->id = sqlite3_last_insert_rowid (mk_store_get_db (self));
  return TRUE;
}

static gboolean
write_item (MkStore         *self,
            gint64           protocol_id,
            guint            position,
            MkProtocolItem  *item,
            GError         **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "INSERT INTO protocol_item (protocol_id, position, "
                                           "title, heard) VALUES (?1, ?2, ?3, ?4)", error);
  gint64 item_id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, protocol_id);
  sqlite3_bind_int (stmt, 2, (int) position);
  mk_stmt_bind_text (stmt, 3, item->title);
  mk_stmt_bind_text (stmt, 4, item->heard);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  item_id = sqlite3_last_insert_rowid (mk_store_get_db (self));
  for (guint i = 0; i < item->blocks->len; i++)
    if (!write_block (self, item_id, i, item->blocks->pdata[i], error))
      return FALSE;
  for (guint i = 0; i < item->decisions->len; i++)
    if (!write_decision (self, item_id, i, item->decisions->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* What became of each stored decision of protocol ID: id → status. Only
 * mk_store_set_decision_status changes it, so that a copy of the protocol
 * saved later (an edit, an undo) never takes back what was marked. */
static GHashTable *
read_statuses (MkStore  *self,
               gint64    id,
               GError  **error)
{
  g_autoptr(GHashTable) statuses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT d.id, d.status FROM protocol_decision d "
                                           "JOIN protocol_item i ON i.id = d.item_id "
                                           "WHERE i.protocol_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkDecisionStatus status = MK_DECISION_OPEN;

      mk_decision_status_from_string (mk_stmt_column_text (stmt, 1), &status);
      g_hash_table_insert (statuses, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                           GINT_TO_POINTER (status));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&statuses) : (mk_store_fail (self, error), NULL);
}

static void
keep_statuses (MkProtocol *p,
               GHashTable *statuses)
{
  for (guint i = 0; i < p->items->len; i++)
    {
      GPtrArray *decisions = ((MkProtocolItem *) p->items->pdata[i])->decisions;

      for (guint j = 0; j < decisions->len; j++)
        {
          MkProtocolDecision *d = decisions->pdata[j];
          gpointer status;

          if (d->id != 0 && g_hash_table_lookup_extended (statuses, &d->id, NULL, &status))
            d->status = GPOINTER_TO_INT (status);
        }
    }
}

/* The parts under the heading, written anew: the document is saved whole,
 * a few hundred rows at most. Decisions keep their ids and statuses. */
static gboolean
write_parts (MkStore     *self,
             MkProtocol  *p,
             GError     **error)
{
  g_autoptr(GHashTable) statuses = read_statuses (self, p->id, error);
  sqlite3_stmt *stmt;

  if (statuses == NULL)
    return FALSE;
  keep_statuses (p, statuses);
  stmt = mk_store_statement (self, "DELETE FROM protocol_attendee WHERE protocol_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  if (!mk_store_step_done (self, stmt, error) ||
      (stmt = mk_store_statement (self, "DELETE FROM protocol_item WHERE protocol_id = ?1", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < p->people->len; i++)
    if (!write_person (self, p->id, i, p->people->pdata[i], error))
      return FALSE;
  for (guint i = 0; i < p->items->len; i++)
    if (!write_item (self, p->id, i, p->items->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* FALSE with ERROR when protocol ID is stored approved: a signed
 * protocol is never written over. */
static gboolean
check_not_approved (MkStore  *self,
                    gint64    id,
                    GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT number FROM protocol "
                                           "WHERE id = ?1 AND approved IS NOT NULL", error);
  g_autofree char *number = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    number = g_strdup (mk_stmt_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (number != NULL)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("Protocol No %s is approved: it is kept as it was signed"), number), FALSE);
  return TRUE;
}

/* The ids a failed save gave: none of them was written. */
static void
forget_new_ids (MkProtocol *p,
                GArray     *new_decisions)
{
  for (guint i = 0, k = 0; i < p->items->len; i++)
    {
      GPtrArray *decisions = ((MkProtocolItem *) p->items->pdata[i])->decisions;

      for (guint j = 0; j < decisions->len; j++, k++)
        if (g_array_index (new_decisions, gboolean, k))
          ((MkProtocolDecision *) decisions->pdata[j])->id = 0;
    }
}

static GArray *
mark_new_decisions (MkProtocol *p)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint i = 0; i < p->items->len; i++)
    {
      GPtrArray *decisions = ((MkProtocolItem *) p->items->pdata[i])->decisions;

      for (guint j = 0; j < decisions->len; j++)
        {
          gboolean is_new = ((MkProtocolDecision *) decisions->pdata[j])->id == 0;

          g_array_append_val (marks, is_new);
        }
    }
  return marks;
}

gboolean
mk_store_save_protocol (MkStore     *self,
                        MkProtocol  *protocol,
                        GError     **error)
{
  gint64 id_before = protocol->id;
  g_autoptr(GArray) new_decisions = mark_new_decisions (protocol);

  if (!mk_store_begin (self, error))
    return FALSE;
  if (!check_not_approved (self, protocol->id, error) || !write_heading (self, protocol, error) ||
      !write_parts (self, protocol, error) || (mk_store_emit_changed (self, MK_TOPIC_PROTOCOLS),
                                               !mk_store_commit (self, error)))
    {
      mk_store_rollback (self);
      protocol->id = id_before;
      forget_new_ids (protocol, new_decisions);
      return FALSE;
    }
  return TRUE;
}

gboolean
mk_store_delete_protocol (MkStore  *self,
                          gint64    id,
                          GError  **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "DELETE FROM protocol WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_PROTOCOLS);
  return TRUE;
}

GPtrArray *
mk_store_list_people (MkStore  *self,
                      GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_protocol_person_free);
  sqlite3_stmt *stmt = mk_store_statement (self, "SELECT name, job FROM person "
                                           "ORDER BY mk_fold (name), mk_fold (job)", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, mk_protocol_person_new (mk_stmt_column_text (stmt, 0),
                                                   mk_stmt_column_text (stmt, 1), FALSE));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : (mk_store_fail (self, error), NULL);
}

void
mk_decision_entry_free (MkDecisionEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->protocol_number);
  mk_protocol_decision_free (entry->decision);
  g_free (entry);
}

static GPtrArray *
collect_entries (MkStore       *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) mk_decision_entry_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MkDecisionEntry *entry = g_new0 (MkDecisionEntry, 1);

      entry->decision = decision_from_row (stmt);
      entry->protocol_id = sqlite3_column_int64 (stmt, 7);
      entry->protocol_number = column_dup (stmt, 8);
      mk_date_from_iso (mk_stmt_column_text (stmt, 9), &entry->protocol_date);
      g_ptr_array_add (list, entry);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : (mk_store_fail (self, error), NULL);
}

#define ENTRY_FROM "SELECT " DECISION_COLUMNS ", p.id, p.number, p.date FROM protocol_decision d " \
                   "JOIN protocol_item i ON i.id = d.item_id JOIN protocol p ON p.id = i.protocol_id "

GPtrArray *
mk_store_list_decisions (MkStore   *self,
                         gboolean   done_too,
                         GError   **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, ENTRY_FROM "WHERE ?1 OR d.status <> 'done' "
                                           "ORDER BY d.deadline = '', d.deadline, p.date, p.id, "
                                           "i.position, d.position", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, done_too ? 1 : 0);
  return collect_entries (self, stmt, error);
}

GPtrArray *
mk_store_list_previous_decisions (MkStore           *self,
                                  const MkProtocol  *protocol,
                                  GError           **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, ENTRY_FROM
      "WHERE p.id = (SELECT id FROM protocol WHERE body = ?1 AND id <> ?2 "
      "AND (date < ?3 OR (date = ?3 AND id < ?2)) "
      "ORDER BY date DESC, id DESC LIMIT 1) ORDER BY i.position, d.position", error);
  g_autofree char *date = mk_date_to_iso (&protocol->date);

  if (stmt == NULL)
    return NULL;
  mk_stmt_bind_text (stmt, 1, protocol->body);
  sqlite3_bind_int64 (stmt, 2, protocol->id);
  mk_stmt_bind_text (stmt, 3, *date != '\0' ? date : "9999");
  return collect_entries (self, stmt, error);
}

gboolean
mk_store_set_decision_status (MkStore           *self,
                              gint64             decision_id,
                              MkDecisionStatus   status,
                              GError           **error)
{
  sqlite3_stmt *stmt = mk_store_statement (self, "UPDATE protocol_decision SET status = ?2 "
                                           "WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, decision_id);
  mk_stmt_bind_text (stmt, 2, mk_decision_status_to_string (status));
  if (!mk_store_step_done (self, stmt, error))
    return FALSE;
  mk_store_emit_changed (self, MK_TOPIC_PROTOCOLS);
  return TRUE;
}
