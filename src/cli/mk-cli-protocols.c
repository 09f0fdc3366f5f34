/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-cli-private.h"
#include "mk-cli-protocols.h"
#include "mk-date.h"
#include "mk-error.h"
#include "mk-doc-layout.h"
#include "mk-docx.h"
#include "mk-protocol-doc.h"
#include "mk-store-protocols.h"

int
mk_cli_protocols (MkCliContext *ctx)
{
  static const char *keys[] = { "id", "number", "date", "title", "approved", NULL };
  g_autoptr(MkStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  MkOutputFormat format;
  MkOutput *out;

  if (!mk_cli_format (ctx, &format))
    return MK_EXIT_USAGE;
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((list = mk_store_list_protocols (store, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), MK_EXIT_DATABASE);
  out = mk_output_new (format, keys);
  for (guint i = 0; i < list->len; i++)
    {
      MkProtocol *p = list->pdata[i];
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, p->id);
      g_autofree char *date = mk_date_to_dmy (&p->date);
      g_autofree char *approved = mk_date_to_dmy (&p->approved);
      g_autofree char *title = mk_protocol_title (p);
      const char *values[] = { id, p->number, date, title, approved, NULL };

      mk_output_row (out, values);
    }
  mk_output_finish (out);
  return MK_EXIT_OK;
}

/* The ID argument; -1 after saying so when it is missing or no id. */
static gint64
protocol_id (MkCliContext *ctx)
{
  const char *text = mk_cli_positional (ctx, 0);
  guint64 id = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      mk_cli_error (_("usage: mayak-cli protocol ID -o FILE.pdf|FILE.docx [--extract ITEM], "
                      "or protocol ID --approve [--date dd.mm.yyyy]; «mayak-cli protocols» "
                      "lists the ids"));
      return -1;
    }
  return (gint64) id;
}

/* --extract ITEM: 0 when absent; -1 after saying so when it is no number. */
static int
extract_item (MkCliContext *ctx)
{
  const char *text = mk_cli_option (ctx, "--extract");
  guint64 item = 0;

  if (text == NULL)
    return 0;
  if (!g_ascii_string_to_unsigned (text, 10, 1, 999, &item, NULL))
    {
      mk_cli_error (_("--extract needs the number of an agenda item (1, 2, …), not «%s»"), text);
      return -1;
    }
  return (int) item;
}

/* A protocol, item or report that is not there is a wrong argument; any
 * other failure, the database's. */
static int
exit_for (const GError *error)
{
  return error->domain == G_IO_ERROR ||
         g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_NOT_FOUND) ||
         g_error_matches (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID) ? MK_EXIT_USAGE
                                                                         : MK_EXIT_DATABASE;
}

typedef gboolean (*WriteFunc) (MkDoc *doc, const char *path, GError **error);

static WriteFunc
writer_for (const char *path)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return mk_doc_write_pdf;
  if (g_str_has_suffix (lower, ".docx"))
    return mk_docx_write;
  return NULL;
}

static int
write_protocol (MkCliContext *ctx,
                gint64        id,
                const char   *path)
{
  WriteFunc write = writer_for (path);
  int item = extract_item (ctx);
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkProtocol) protocol = NULL;
  g_autoptr(MkDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (write == NULL || item < 0)
    {
      if (write == NULL)
        mk_cli_error (_("-o must name a .pdf or a .docx file, not «%s»"), path);
      return MK_EXIT_USAGE;
    }
  if ((store = mk_cli_open_store_to_read (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((protocol = mk_store_get_protocol (store, id, &error)) == NULL ||
      (doc = mk_protocol_doc_new (store, protocol, (guint) item, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), exit_for (error));
  /* A file that cannot be written is a wrong argument, as for reports. */
  if (!write (doc, path, &error))
    return (mk_cli_error ("%s", error->message), MK_EXIT_USAGE);
  /* A table the protocol could not build is written as a note in it. */
  for (const char *const *w = mk_doc_get_warnings (doc); *w != NULL; w++)
    g_printerr ("%s\n", *w);
  return MK_EXIT_OK;
}

static int
approve_protocol (MkCliContext *ctx,
                  gint64        id)
{
  const char *date_text = mk_cli_option (ctx, "--date");
  g_autoptr(MkStore) store = NULL;
  g_autoptr(MkProtocol) protocol = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (date_text != NULL && !mk_date_from_dmy (date_text, &date))
    return (mk_cli_error (_("--date needs a date like 25.05.2022, not «%s»"), date_text),
            MK_EXIT_USAGE);
  if (date_text == NULL)
    g_date_set_time_t (&date, time (NULL));
  if ((store = mk_cli_open_store (ctx)) == NULL)
    return MK_EXIT_DATABASE;
  if ((protocol = mk_store_get_protocol (store, id, &error)) == NULL)
    return (mk_cli_error ("%s", error->message), exit_for (error));
  if (mk_protocol_is_approved (protocol))
    return (mk_cli_error (_("protocol No %s is already approved"), protocol->number), MK_EXIT_REFUSED);
  if (!mk_protocol_approve (store, protocol, &date, &error) ||
      !mk_store_save_protocol (store, protocol, &error))
    return (mk_cli_error ("%s", error->message), exit_for (error));
  return MK_EXIT_OK;
}

int
mk_cli_protocol (MkCliContext *ctx)
{
  gint64 id = protocol_id (ctx);
  const char *path = mk_cli_option (ctx, "-o");

  if (id < 0)
    return MK_EXIT_USAGE;
  if (mk_cli_flag (ctx, "--approve"))
    return approve_protocol (ctx, id);
  if (path == NULL)
    path = mk_cli_option (ctx, "--output");
  if (path == NULL)
    {
      mk_cli_error (_("protocol %s: say where to write it with -o FILE.pdf or -o FILE.docx"),
                    mk_cli_positional (ctx, 0));
      return MK_EXIT_USAGE;
    }
  return write_protocol (ctx, id, path);
}
