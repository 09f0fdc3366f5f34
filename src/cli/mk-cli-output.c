/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cli"
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mk-cli-output.h"

struct _MkOutput
{
  MkOutputFormat  format;
  char          **keys;
  guint           n_keys;
  guint           n_rows;
};

gboolean
mk_output_format_parse (const char     *text,
                        MkOutputFormat *format)
{
  if (text == NULL || g_str_equal (text, "tsv"))
    return (*format = MK_OUTPUT_TSV, TRUE);
  if (g_str_equal (text, "csv"))
    return (*format = MK_OUTPUT_CSV, TRUE);
  if (g_str_equal (text, "json"))
    return (*format = MK_OUTPUT_JSON, TRUE);
  return FALSE;
}

/* A TSV field cannot hold a tab or a line break: they become spaces. */
static void
put_tsv (const char *value)
{
  for (const char *p = value; *p; p++)
    putchar (*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

static void
put_csv (const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      fputs (value, stdout);
      return;
    }
  putchar ('"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        putchar ('"');
      putchar (*p);
    }
  putchar ('"');
}

static void
put_json_string (const char *value)
{
  putchar ('"');
  for (const unsigned char *p = (const unsigned char *) value; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        printf ("\\%c", *p);
      else if (*p == '\n')
        fputs ("\\n", stdout);
      else if (*p < 0x20)
        printf ("\\u%04x", *p);
      else
        putchar (*p);
    }
  putchar ('"');
}

static void
put_line (MkOutput          *self,
          const char *const *values)
{
  for (guint i = 0; i < self->n_keys; i++)
    {
      if (i > 0)
        putchar (self->format == MK_OUTPUT_CSV ? ',' : '\t');
      if (self->format == MK_OUTPUT_CSV)
        put_csv (values[i]);
      else
        put_tsv (values[i]);
    }
  putchar ('\n');
}

MkOutput *
mk_output_new (MkOutputFormat     format,
               const char *const *keys)
{
  MkOutput *self = g_new0 (MkOutput, 1);

  self->format = format;
  self->keys = g_strdupv ((char **) keys);
  self->n_keys = g_strv_length (self->keys);
  if (format == MK_OUTPUT_JSON)
    fputs ("[", stdout);
  else
    put_line (self, keys);
  return self;
}

static void
put_json_object (MkOutput          *self,
                 const char *const *values)
{
  fputs (self->n_rows > 0 ? ",\n  {" : "\n  {", stdout);
  for (guint i = 0; i < self->n_keys; i++)
    {
      if (i > 0)
        fputs (", ", stdout);
      put_json_string (self->keys[i]);
      fputs (": ", stdout);
      put_json_string (values[i]);
    }
  putchar ('}');
}

void
mk_output_row (MkOutput          *self,
               const char *const *values)
{
  if (self->format == MK_OUTPUT_JSON)
    put_json_object (self, values);
  else
    put_line (self, values);
  self->n_rows++;
}

void
mk_output_finish (MkOutput *self)
{
  if (self->format == MK_OUTPUT_JSON)
    fputs (self->n_rows > 0 ? "\n]\n" : "]\n", stdout);
  fflush (stdout);
  g_strfreev (self->keys);
  g_free (self);
}
