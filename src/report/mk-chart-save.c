/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-chart"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "mk-chart-private.h"
#include "mk-document-date.h"

G_DEFINE_QUARK (mk-chart-error-quark, mk_chart_error)

typedef enum { FORMAT_NONE, FORMAT_PNG, FORMAT_SVG, FORMAT_PDF } Format;

static Format
path_format (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path != NULL ? path : "", -1);

  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;
  return FORMAT_NONE;
}

gboolean
mk_chart_path_supported (const char *path)
{
  return path_format (path) != FORMAT_NONE;
}

static void
render (cairo_surface_t   *surface,
        const MkChartData *data,
        int                width,
        int                height)
{
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MkChartContext) ctx = mk_chart_context_new (cr, MK_CHART_LIGHT, 0);
  g_autoptr(MkChartLayout) layout = mk_chart_layout_new (ctx, data, width, height);

  mk_chart_draw (ctx, data, layout);
  cairo_destroy (cr);
}

static gboolean
surface_failed (cairo_surface_t *surface,
                const char      *path,
                GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, MK_CHART_ERROR, MK_CHART_ERROR_WRITE,
               _("Cannot write the picture %s: %s"), path, cairo_status_to_string (status));
  return TRUE;
}

static gboolean
save_png (const MkChartData *data,
          const char        *path,
          int                width,
          int                height,
          GError           **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_status_t status;

  render (surface, data, width, height);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, MK_CHART_ERROR, MK_CHART_ERROR_WRITE,
               _("Cannot write the picture %s: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
save_pdf (const MkChartData *data,
          const char        *path,
          int                width,
          int                height,
          GError           **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  gboolean failed;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  data->title != NULL ? data->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Маяк");
  mk_document_date_set_pdf (surface);
  render (surface, data, width, height);
  cairo_surface_finish (surface);
  failed = surface_failed (surface, path, error);
  cairo_surface_destroy (surface);
  return !failed;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

/* cairo writes text as glyph outlines: the title and the description as
 * <title> and <desc> give screen readers and search the words. */
static char *
svg_with_description (const MkChartData *data,
                      GByteArray        *svg)
{
  g_autofree char *text = g_strndup ((const char *) svg->data, svg->len);
  g_autofree char *description = mk_chart_describe (data);
  g_autofree char *title = g_markup_escape_text (data->title != NULL ? data->title : "", -1);
  g_autofree char *desc = g_markup_escape_text (description, -1);
  char *root = strstr (text, "<svg");
  char *end = root != NULL ? strchr (root, '>') : NULL;

  if (end == NULL)
    return g_steal_pointer (&text);
  *end = '\0';
  return g_strdup_printf ("%s>\n<title>%s</title>\n<desc>%s</desc>%s", text, title, desc, end + 1);
}

static gboolean
save_svg (const MkChartData *data,
          const char        *path,
          int                width,
          int                height,
          GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_bytes, bytes,
                                                                  width, height);
  g_autofree char *text = NULL;
  gboolean failed;

  render (surface, data, width, height);
  cairo_surface_finish (surface);
  failed = surface_failed (surface, path, error);
  cairo_surface_destroy (surface);
  if (failed)
    return FALSE;
  text = svg_with_description (data, bytes);
  return g_file_set_contents (path, text, -1, error);
}

gboolean
mk_chart_save (const MkChartData *data,
               const char        *path,
               int                width,
               int                height,
               GError           **error)
{
  switch (path_format (path))
    {
    case FORMAT_PNG:
      return save_png (data, path, width, height, error);
    case FORMAT_SVG:
      return save_svg (data, path, width, height, error);
    case FORMAT_PDF:
      return save_pdf (data, path, width, height, error);
    case FORMAT_NONE:
    default:
      g_set_error (error, MK_CHART_ERROR, MK_CHART_ERROR_FORMAT,
                   _("Cannot save a picture as %s: use .png, .svg or .pdf"), path);
      return FALSE;
    }
}

static void
describe_category (GString           *text,
                   const MkChartData *data,
                   guint              c)
{
  double total = mk_chart_data_total (data, -1);
  int decimals = data->integral ? 0 : 1;
  /* A label's second line (the cluster under a year) reads on the same line. */
  g_autofree char *label = g_strdelimit (g_strdup (data->categories->pdata[c]), "\n", ' ');

  g_string_append_printf (text, "%s: ", label);
  for (guint s = 0; s < data->series->len; s++)
    {
      MkChartSeries *series = data->series->pdata[s];
      double v = mk_chart_data_get (data, s, c);
      g_autofree char *number = mk_chart_format_number (v, decimals);

      if (s > 0)
        g_string_append (text, ", ");
      if (data->series->len > 1)
        g_string_append_printf (text, "%s — ", series->name);
      g_string_append (text, number);
      if (data->show_shares && total > 0 && !mk_chart_data_has_unknown (data))
        {
          g_autofree char *share = mk_chart_format_share (100.0 * v / total);
          g_string_append_printf (text, " (%s)", share);
        }
    }
  g_string_append (text, data->kind == MK_CHART_STACKED && data->series->len > 1 ? "" : ".\n");
  if (data->kind == MK_CHART_STACKED && data->series->len > 1)
    {
      g_autofree char *sum = mk_chart_format_number (mk_chart_data_total (data, c), decimals);

      /* A sum over an unknown part is no total. */
      if (!data->totals_known && mk_chart_data_category_unknown (data, c))
        g_string_append_printf (text, "; %s%s%s.\n", mk_chart_data_total (data, c) > 0 ? sum : "",
                                mk_chart_data_total (data, c) > 0 ? " + " : "", MK_CHART_UNKNOWN);
      else
        g_string_append_printf (text, _("; total %s.\n"), sum);
    }
}

/* Rows of a heat map: only those with a value, as a list would. */
static void
describe_rows (GString           *text,
               const MkChartData *data)
{
  for (guint s = 0; s < data->series->len; s++)
    {
      MkChartSeries *series = data->series->pdata[s];
      gboolean first = TRUE;

      g_string_append_printf (text, "%s:", series->name);
      for (guint c = 0; c < data->categories->len; c++)
        if (mk_chart_data_get (data, s, c) > 0)
          {
            g_string_append_printf (text, "%s %s", first ? "" : ",",
                                    (const char *) data->categories->pdata[c]);
            first = FALSE;
          }
      g_string_append (text, first ? _(" none.\n") : ".\n");
    }
}

char *
mk_chart_describe (const MkChartData *data)
{
  g_autoptr(GString) text = g_string_new (data->title != NULL ? data->title : "");

  g_string_append (text, ".\n");
  if (data->subtitle != NULL && *data->subtitle != '\0')
    g_string_append_printf (text, "%s.\n", data->subtitle);
  if (mk_chart_data_has_unknown (data))
    g_string_append_printf (text, "%s.\n", MK_CHART_UNKNOWN_LEGEND);
  if (data->categories->len == 0 || data->series->len == 0)
    g_string_append (text, _("No data.\n"));
  else if (data->kind == MK_CHART_HEATMAP)
    describe_rows (text, data);
  else
    for (guint c = 0; c < data->categories->len; c++)
      describe_category (text, data, c);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
