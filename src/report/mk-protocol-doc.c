/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-report"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-date.h"
#include "mk-error.h"
#include "mk-protocol-doc.h"
#include "mk-protocol-editor.h"
#include "mk-report-private.h"
#include "mk-sheet-bytes.h"
#include "mk-store-protocols.h"

/* «О выполнении решений предыдущего заседания»: the decisions of the
 * last meeting of the same body, with what the user marked of each. */
static MkSheet *
follow_up_sheet (MkStore           *store,
                 const MkProtocol  *protocol,
                 GError           **error)
{
  g_autoptr(GPtrArray) entries = mk_store_list_previous_decisions (store, protocol, error);
  MkReportParams params = { .cluster = MK_CLUSTER_NONE };
  g_autoptr(MkSheet) sheet = mk_report_sheet_new (&params, "Решения");
  static const char *const heads[] = { "№", "Решение", "Ответственный", "Срок", "Выполнение" };
  static const double widths[] = { 5, 48, 20, 11, 16 };
  MkReportStyles st;
  guint row = 1;

  if (entries == NULL)
    return NULL;
  mk_report_styles_init (sheet, &st);
  if (entries->len == 0)
    {
      mk_sheet_add_title (sheet, 0, 5, "Предыдущее заседание решений не принимало.");
      return g_steal_pointer (&sheet);
    }
  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    {
      mk_sheet_set_text (sheet, 0, c, heads[c], st.header);
      mk_sheet_set_column_width (sheet, c, widths[c]);
    }
  for (guint i = 0; i < entries->len; i++, row++)
    {
      MkProtocolDecision *d = ((MkDecisionEntry *) entries->pdata[i])->decision;
      g_autofree char *deadline = mk_date_to_dmy (&d->deadline);
      const char *status = mk_decision_status_label (d->status);

      mk_sheet_set_integer (sheet, row, 0, i + 1, st.center);
      mk_sheet_set_text (sheet, row, 1, d->text, st.text);
      mk_sheet_set_text (sheet, row, 2, d->responsible, st.text);
      mk_sheet_set_text (sheet, row, 3, deadline, st.center);
      /* Not yet marked is not «не выполнено»: the user has not said. */
      mk_sheet_set_text (sheet, row, 4, *status != '\0' ? status : "не отмечено", st.center);
    }
  return g_steal_pointer (&sheet);
}

MkSheet *
mk_protocol_table_sheet (MkStore               *store,
                         const MkProtocol      *protocol,
                         const MkProtocolBlock *block,
                         GError               **error)
{
  const MkReportInfo *info;
  MkReportParams params = { .cluster = MK_CLUSTER_NONE };

  if (block->frozen != NULL)
    return mk_sheet_from_bytes (block->frozen, error);
  if (g_str_equal (block->report, MK_PROTOCOL_FOLLOW_UP_TABLE))
    return follow_up_sheet (store, protocol, error);
  info = mk_report_find (block->report);
  if (info == NULL)
    return (g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("«%s» is no report: the table names a report that does not exist"),
                         block->report), NULL);
  params.school_year = block->school_year != 0 ? block->school_year : mk_protocol_school_year (protocol);
  params.first_year = block->first_year;
  params.municipality = *block->municipality != '\0' ? block->municipality
                        : *protocol->municipality != '\0' ? protocol->municipality : NULL;
  params.school = *block->school != '\0' ? block->school : NULL;
  return mk_report_build (info, store, &params, error);
}

gboolean
mk_protocol_approve (MkStore     *store,
                     MkProtocol  *protocol,
                     const GDate *date,
                     GError     **error)
{
  for (guint i = 0; i < protocol->items->len; i++)
    {
      MkProtocolItem *item = protocol->items->pdata[i];

      for (guint j = 0; j < item->blocks->len; j++)
        {
          MkProtocolBlock *block = item->blocks->pdata[j];
          g_autoptr(MkSheet) sheet = NULL;

          if (block->kind != MK_PROTOCOL_TABLE || block->frozen != NULL)
            continue;
          if ((sheet = mk_protocol_table_sheet (store, protocol, block, error)) == NULL)
            return FALSE;
          block->frozen = mk_sheet_to_bytes (sheet);
        }
    }
  protocol->approved = *date;
  return TRUE;
}

/* «УТВЕРЖДАЮ» at the top right: the position, the signature line with
 * the name, and the date (a blank to fill in while a draft). */
static void
add_approval (MkDoc            *doc,
              const MkProtocol *p)
{
  g_autofree char *date = mk_date_to_dmy (&p->approved);
  g_autofree char *text = NULL;

  if (*p->approver_name == '\0' && *p->approver_position == '\0')
    return;
  text = g_strdup_printf ("УТВЕРЖДАЮ\n%s\n\n________________ %s\n%s", p->approver_position,
                          p->approver_name, *date != '\0' ? date : "«___» ____________ 20___ г.");
  mk_doc_add_paragraph (doc, MK_DOC_APPROVAL, text);
}

static void
add_text (MkDoc      *doc,
          MkDocStyle  style,
          const char *format,
          ...) G_GNUC_PRINTF (3, 4);

static void
add_text (MkDoc      *doc,
          MkDocStyle  style,
          const char *format,
          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  mk_doc_add_paragraph (doc, style, text);
}

/* The document's name, what met, the date and number, the place. */
static void
add_heading (MkDoc            *doc,
             const MkProtocol *p,
             const char       *name)
{
  g_autofree char *date = mk_date_to_dmy (&p->date);
  MkDocPart *part = mk_doc_add_paragraph (doc, MK_DOC_CENTER, name);

  part->bold = part->space_before = TRUE;
  part->outline_level = 1;
  if (*p->body != '\0')
    add_text (doc, MK_DOC_CENTER, "заседания %s", p->body);
  part = mk_doc_add_paragraph (doc, MK_DOC_SIGNATURE, date);
  part->label = g_strdup_printf ("№ %s", p->number);
  part->space_before = TRUE;
  if (*p->place != '\0')
    add_text (doc, MK_DOC_PLAIN, "Место проведения: %s", p->place);
}

/* «Присутствовали:» and «Приглашены:», a person per line. */
static void
add_people (MkDoc            *doc,
            const MkProtocol *p,
            gboolean          invited)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  MkDocPart *part;

  for (guint i = 0; i < p->people->len; i++)
    {
      MkProtocolPerson *person = p->people->pdata[i];

      if (person->invited == invited)
        g_ptr_array_add (lines, *person->job != '\0'
                                ? g_strdup_printf ("%s, %s", person->name, person->job)
                                : g_strdup (person->name));
    }
  if (lines->len == 0)
    return;
  part = mk_doc_add_paragraph (doc, MK_DOC_PLAIN, invited ? "Приглашены:" : "Присутствовали:");
  part->space_before = part->keep_with_next = TRUE;
  part->outline_level = 2;
  for (guint i = 0; i < lines->len; i++)
    add_text (doc, MK_DOC_PLAIN, "%s%s", (char *) lines->pdata[i], i + 1 < lines->len ? ";" : ".");
}

static void
add_chair_and_secretary (MkDoc            *doc,
                         const MkProtocol *p)
{
  if (*p->chair != '\0')
    add_text (doc, MK_DOC_PLAIN, "Председатель: %s", p->chair);
  if (*p->secretary != '\0')
    add_text (doc, MK_DOC_PLAIN, "Секретарь: %s", p->secretary);
}

static void
add_agenda (MkDoc            *doc,
            const MkProtocol *p,
            guint             only)
{
  MkDocPart *part = mk_doc_add_paragraph (doc, MK_DOC_PLAIN, "Повестка дня:");

  part->space_before = part->keep_with_next = TRUE;
  part->outline_level = 2;
  for (guint i = 0; i < p->items->len; i++)
    if (only == 0 || only == i + 1)
      {
        MkProtocolItem *item = p->items->pdata[i];

        part = mk_doc_add_paragraph (doc, MK_DOC_NUMBERED, item->title);
        part->label = g_strdup_printf ("%u.", i + 1);
      }
}

/* A table that names no report, or a school or roadmap that is not there,
 * is said where the table would be, and in the document's warnings, so
 * that the rest can be read and the table put right; FALSE for any other
 * failure (the database's). */
static gboolean
add_missing_table (MkDoc                 *doc,
                   const MkProtocolBlock *block,
                   const GError          *error)
{
  g_autofree char *text = NULL;

  if (error->domain != G_IO_ERROR && !g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND))
    return FALSE;
  text = g_strdup_printf ("[Таблица «%s» не построена: %s]", block->report, error->message);
  mk_doc_add_paragraph (doc, MK_DOC_PLAIN, text);
  mk_doc_add_warning (doc, text);
  return TRUE;
}

static gboolean
add_blocks (MkDoc            *doc,
            MkStore          *store,
            const MkProtocol *p,
            MkProtocolItem   *item,
            GError          **error)
{
  for (guint i = 0; i < item->blocks->len; i++)
    {
      MkProtocolBlock *block = item->blocks->pdata[i];
      g_autoptr(GError) local = NULL;
      MkSheet *sheet;

      if (block->kind == MK_PROTOCOL_PARAGRAPH)
        mk_doc_add_paragraph (doc, MK_DOC_BODY, block->text);
      else if (block->kind == MK_PROTOCOL_BULLET)
        mk_doc_add_paragraph (doc, MK_DOC_BULLET, block->text);
      else if ((sheet = mk_protocol_table_sheet (store, p, block, &local)) != NULL)
        mk_doc_add_sheet (doc, sheet);
      else if (!add_missing_table (doc, block, local))
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      g_clear_error (&local);
    }
  return TRUE;
}

static void
add_decisions (MkDoc          *doc,
               MkProtocolItem *item)
{
  MkDocPart *part;

  if (item->decisions->len == 0)
    return;
  part = mk_doc_add_paragraph (doc, MK_DOC_PLAIN, "Решили:");
  part->space_before = part->keep_with_next = TRUE;
  part->outline_level = 2;
  for (guint i = 0; i < item->decisions->len; i++)
    {
      MkProtocolDecision *decision = item->decisions->pdata[i];

      part = mk_doc_add_paragraph (doc, MK_DOC_NUMBERED, decision->text);
      part->label = g_strdup_printf ("%u.", i + 1);
      for (guint j = 0; j < decision->subitems->len; j++)
        mk_doc_add_paragraph (doc, MK_DOC_SUBITEM, decision->subitems->pdata[j]);
    }
}

/* «По первому вопросу слушали …», the text, the tables, «Решили:». */
static gboolean
add_item (MkDoc            *doc,
          MkStore          *store,
          const MkProtocol *p,
          guint             index,
          GError          **error)
{
  MkProtocolItem *item = p->items->pdata[index];
  char buffer[16];
  MkDocPart *part;

  if (*item->heard != '\0')
    {
      g_autofree char *heard = g_strdup_printf ("По %s вопросу слушали %s.",
                                                mk_protocol_ordinal_dative (index + 1, buffer),
                                                item->heard);
      part = mk_doc_add_paragraph (doc, MK_DOC_BODY, heard);
      part->space_before = TRUE;
      part->outline_level = 2;
    }
  if (!add_blocks (doc, store, p, item, error))
    return FALSE;
  add_decisions (doc, item);
  return TRUE;
}

static void
add_signature (MkDoc      *doc,
               const char *position,
               const char *name)
{
  MkDocPart *part;

  if (*position == '\0' && *name == '\0')
    return;
  part = mk_doc_add_paragraph (doc, MK_DOC_SIGNATURE, position);
  part->label = g_strdup (name);
  part->space_before = TRUE;
}

MkDoc *
mk_protocol_doc_new (MkStore          *store,
                     const MkProtocol *protocol,
                     guint             item,
                     GError          **error)
{
  g_autofree char *title = mk_protocol_title (protocol);
  g_autoptr(MkDoc) doc = mk_doc_new (title);

  if (item > protocol->items->len)
    return (g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("Protocol No %s has no agenda item %u: it has %u"), protocol->number,
                         item, protocol->items->len), NULL);
  if (item == 0)
    add_approval (doc, protocol);
  add_heading (doc, protocol, item == 0 ? "ПРОТОКОЛ" : "ВЫПИСКА ИЗ ПРОТОКОЛА");
  add_chair_and_secretary (doc, protocol);
  add_people (doc, protocol, FALSE);
  add_people (doc, protocol, TRUE);
  add_agenda (doc, protocol, item);
  for (guint i = 0; i < protocol->items->len; i++)
    if ((item == 0 || item == i + 1) && !add_item (doc, store, protocol, i, error))
      return NULL;
  if (item == 0 && *protocol->closing != '\0')
    mk_doc_add_paragraph (doc, MK_DOC_BODY, protocol->closing)->space_before = TRUE;
  if (*protocol->chair != '\0')
    add_signature (doc, "Председатель", protocol->chair);
  add_signature (doc, protocol->secretary_position, protocol->secretary);
  if (item != 0)
    mk_doc_add_paragraph (doc, MK_DOC_PLAIN, "Выписка верна")->space_before = TRUE;
  return g_steal_pointer (&doc);
}
