/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-import-assistant.h"

G_BEGIN_DECLS

struct _MkImportAssistant
{
  AdwWindow             parent_instance;

  MkStore              *store;
  GFile                *file;
  GtkFileChooserNative *chooser;
  MkImportOutcome      *preview;    /* the last dry run */
  GtkStringList        *messages;   /* errors first, then warnings */
  guint                 n_errors;
  gboolean              busy;       /* a job runs in its thread */
  gboolean              progress_seen;
  guint                 pulse_id;

  AdwWindowTitle       *window_title;
  GtkWidget            *cancel_button;
  GtkWidget            *back_button;
  GtkWidget            *check_button;
  GtkWidget            *import_button;
  GtkWidget            *close_button;
  GtkStack             *stack;
  AdwComboRow          *kind_row;
  AdwActionRow         *file_row;
  AdwEntryRow          *sheet_row;
  AdwActionRow         *year_row;
  AdwComboRow          *roadmap_row;
  GArray               *roadmap_ids;   /* gint64 per item of roadmap_row */
  GtkSpinButton        *year_spin;
  GtkSwitch            *create_switch;
  GtkWidget            *create_row;
  GtkLabel             *error_label;
  GtkLabel             *working_label;
  GtkProgressBar       *progress_bar;
  GtkLabel             *stage_label;
  GtkLabel             *counts_label;
  GtkLabel             *verdict_label;
  GtkGrid              *preview_grid;
  GtkLabel             *messages_title;
  GtkListView          *messages_view;
  AdwStatusPage        *done_page;
};

/* mk-import-assistant.c */
void mk_import_assistant_update_state  (MkImportAssistant *self);
void mk_import_assistant_show_error    (MkImportAssistant *self,
                                        const char        *message);
/* mk-import-assistant-choose.c: the action that opens the file chooser */
void mk_import_assistant_choose_file   (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);
/* mk-import-assistant-preview.c: filling the preview step */
void mk_import_assistant_show_preview  (MkImportAssistant *self,
                                        MkImportOutcome   *outcome);
void mk_import_assistant_setup_messages (MkImportAssistant *self);

/* mk-import-assistant-choose.c: the file to import, as the chooser
 * gives it */
void mk_import_assistant_set_file      (MkImportAssistant *self,
                                        const char        *path);

/* mk-import-assistant-choose.c: the roadmap a status sheet reports on (0:
 * the file names it), and the chooser's list, filled from the store. */
gint64   mk_import_assistant_get_roadmap   (MkImportAssistant *self);
void     mk_import_assistant_fill_roadmaps (MkImportAssistant *self);

G_END_DECLS
