/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-print"
#include "config.h"

#include "mk-print.h"

typedef struct {
  MkPrintBeginFunc begin;
  MkPrintDrawFunc  draw;
  gpointer         data;
  GDestroyNotify   data_free;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, (int) MAX (job->begin (context, job->data), 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (page >= 0)
    job->draw (context, (guint) page, job->data);
}

gboolean
mk_print_run (GtkWidget        *parent,
              const char       *job_name,
              gboolean          landscape,
              MkPrintBeginFunc  begin,
              MkPrintDrawFunc   draw,
              gpointer          data,
              GDestroyNotify    data_free,
              const char       *export_path,
              GError          **error)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);

  *job = (PrintJob) { begin, draw, data, data_free };
  g_object_set_data_full (G_OBJECT (operation), "mk-print-job", job, (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  return gtk_print_operation_run (operation, export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                                 : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
