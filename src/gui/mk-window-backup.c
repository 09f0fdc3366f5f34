/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-window-backup"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-store-job.h"
#include "mk-window-private.h"

/* «Save a Copy…»: copying mayak.db by hand while the app runs gives a file
 * without the writes still in the write-ahead log; this copy has them all.
 * A national database takes a second or two, so the copy is made as a
 * store job on a read-only connection of its own. */

typedef struct {
  char     *target;
  AdwToast *progress;  /* «Saving…», dismissed when the copy is done */
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_free (job->target);
  g_clear_object (&job->progress);
  g_free (job);
}

static gboolean
backup_in_worker (MkStoreJob  *job,
                  MkStore     *store,
                  gpointer     data,
                  GError     **error)
{
  return mk_store_backup (store, ((BackupJob *) data)->target, error);
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MkWindow *self = MK_WINDOW (source);
  BackupJob *job = mk_store_job_get_data (result);
  g_autofree char *name = g_path_get_basename (job->target);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", TRUE);
  adw_toast_dismiss (job->progress);
  if (mk_store_job_run_finish (result, &error))
    mk_window_add_toast (self, mk_toast_new_printf (_("Copy saved: %s"), name));
  else
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot save a copy"), error);
}

void
mk_window_save_copy (MkWindow   *self,
                     const char *target)
{
  BackupJob *job = g_new0 (BackupJob, 1);

  g_return_if_fail (self->store != NULL);
  job->target = g_strdup (target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", FALSE);
  job->progress = adw_toast_new (_("Saving a copy of the database…"));
  adw_toast_set_timeout (job->progress, 0);
  mk_window_add_toast (self, g_object_ref (job->progress));
  mk_store_job_run_async (self->store, MK_STORE_JOB_READ, backup_in_worker, job,
                          (GDestroyNotify) backup_job_free, NULL, NULL, self, NULL,
                          on_backup_done, NULL);
}

/* "mayak-2026-12-05.db": the name says what and when. */
static char *
suggested_name (MkWindow *self)
{
  g_autofree char *base = g_path_get_basename (mk_store_get_path (self->store));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  char *dot = strrchr (base, '.');

  if (dot != NULL)
    *dot = '\0';
  return g_strdup_printf ("%s-%s.db", base, date);
}

void
mk_window_choose_copy_target (MkWindow *self)
{
  g_autofree char *name = NULL;

  g_return_if_fail (self->store != NULL);
  name = suggested_name (self);
  mk_window_choose_database_file (self, _("Save a Copy of the Database"),
                                  GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name,
                                  mk_window_save_copy);
}
