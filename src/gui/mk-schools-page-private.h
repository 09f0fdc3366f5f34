/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
  GtkStringList      *municipalities;   /* «All municipalities» + names */

  /* The filter's state, kept apart from the widgets it came from. */
  char               *municipality;     /* NULL for all */
  int                 profile;          /* -1 for all */

  /* What the last deletion took away; «Undo» puts it back. */
  MkSchoolBackup     *backup;
  /* Reselected after the next reload (a school just added or edited). */
  gint64              select_id;
  MkSchoolDialog     *dialog;           /* weak */

  GtkSearchEntry     *search_entry;
  GtkDropDown        *municipality_dropdown;
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
gboolean mk_schools_page_filter_school         (gpointer        item,
                                                const char     *key,
                                                gpointer        page);
gboolean mk_schools_page_is_filtered           (MkSchoolsPage  *self);
void     mk_schools_page_reload_municipalities (MkSchoolsPage  *self);
void     mk_schools_page_setup_filters         (MkSchoolsPage  *self);
void     mk_schools_page_class_bind_filter_callbacks (GtkWidgetClass *widget_class);
/* mk-schools-page-actions.c */
void     mk_schools_page_class_install_actions (GtkWidgetClass *widget_class);

/* Hooks for the display tests: they drive the page the way the widgets
 * do and read the models, never pixels. */

/* The rows as shown: filtered and sorted MkSchool items. */
GListModel     *mk_schools_page_get_model         (MkSchoolsPage *self);
/* Sets the search entry and filters at once, without the entry's delay. */
void            mk_schools_page_set_search_text   (MkSchoolsPage *self,
                                                   const char    *text);
/* NULL selects «All municipalities». FALSE if NAME is not offered. */
gboolean        mk_schools_page_set_municipality  (MkSchoolsPage *self,
                                                   const char    *name);
/* -1 selects «All profiles», else an MkProfile. */
void            mk_schools_page_set_profile       (MkSchoolsPage *self,
                                                   int            profile);
/* Sorts by column COLUMN (0 = municipality, 1 = name, …), as a click on
 * the header does. */
void            mk_schools_page_sort_by_column    (MkSchoolsPage *self,
                                                   guint          column,
                                                   GtkSortType    order);
void            mk_schools_page_select            (MkSchoolsPage *self,
                                                   guint          position);
MkSchool       *mk_schools_page_get_selected      (MkSchoolsPage *self);
const char     *mk_schools_page_get_count_text    (MkSchoolsPage *self);
/* The form opened by schools.add / schools.edit, or NULL. */
MkSchoolDialog *mk_schools_page_get_dialog        (MkSchoolsPage *self);
MkStaffView    *mk_schools_page_get_staff_view    (MkSchoolsPage *self);

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
