/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mk-municipality-drop-down.h"

#include "mk-list-controller.h"
#include "mk-school-dialog.h"
#include "mk-schools-page.h"
#include "mk-staff-view.h"

G_BEGIN_DECLS

struct _MkSchoolsPage
{
  AdwBin              parent_instance;

  MkStore            *store;
  MkListController   *list;             /* the schools: search, sort, selection */

  /* The filter's state, kept apart from the widgets it came from. */
  int                 profile;          /* -1 for all */

  /* What the last deletion took away; «Undo» puts it back. */
  MkSchoolBackup     *backup;
  /* Reselected after the next reload (a school just added or edited). */
  gint64              select_id;
  MkSchoolDialog     *dialog;           /* weak */

  GtkSearchEntry     *search_entry;
  MkMunicipalityDropDown *municipality_dropdown;
  GtkDropDown        *profile_dropdown;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;
  GtkStack           *list_stack;
  AdwStatusPage      *empty_page;
  MkStaffView        *staff_view;
};

/* mk-schools-page.c, for the actions and the filter */
gboolean mk_schools_page_select_id      (MkSchoolsPage  *self,
                                         gint64          id);
void     mk_schools_page_update_actions (MkSchoolsPage  *self);
void     mk_schools_page_update_count   (MkSchoolsPage  *self);
/* mk-schools-page-filter.c */
/* The municipality the list is filtered to, NULL for all. */
const char *mk_schools_page_get_municipality (MkSchoolsPage *self);
gboolean mk_schools_page_filter_school         (gpointer        item,
                                                const char     *key,
                                                gpointer        page);
gboolean mk_schools_page_is_filtered           (MkSchoolsPage  *self);
void     mk_schools_page_reload_municipalities (MkSchoolsPage  *self);
void     mk_schools_page_setup_filters         (MkSchoolsPage  *self);
void     mk_schools_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class);
/* mk-schools-page-actions.c */
void     mk_schools_page_class_install_actions (GtkWidgetClass *widget_class);

/* The school selected, or NULL. */
MkSchool       *mk_schools_page_get_selected      (MkSchoolsPage *self);

/* mk-school-columns.c: the columns of the table, each with its sorter. */
typedef enum {
  MK_SCHOOL_COLUMN_MUNICIPALITY,
  MK_SCHOOL_COLUMN_NAME,
  MK_SCHOOL_COLUMN_FULL_NAME,
  MK_SCHOOL_COLUMN_PROFILE,
  MK_SCHOOL_COLUMN_HEAD,
  MK_SCHOOL_COLUMN_CURATOR,
} MkSchoolColumn;

#define MK_N_SCHOOL_COLUMNS 6

void mk_school_columns_add (GtkColumnView *view);

G_END_DECLS
