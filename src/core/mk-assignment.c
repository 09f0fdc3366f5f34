/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-assignment"
#include "config.h"

#include <stdio.h>

#include "mk-assignment-private.h"
#include "mk-cluster-facts.h"

struct _MkAssignment
{
  GObject           parent_instance;

  MkAssignmentData  data;     /* data.explanation: the stored facts */
  char             *explanation;  /* built from them on first use */
};

G_DEFINE_FINAL_TYPE (MkAssignment, mk_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SCHOOL_ID,
  PROP_MUNICIPALITY,
  PROP_SCHOOL_NAME,
  PROP_SCHOOL_YEAR,     /* the int properties, SCHOOL_YEAR … RULE */
  PROP_MARKERS_PREV,
  PROP_MARKERS_CUR,
  PROP_MARKERS_TOTAL,
  PROP_LEVEL,
  PROP_ISBSH,
  PROP_COMPUTED,
  PROP_OVERRIDE,
  PROP_FINAL,
  PROP_RULE,
  PROP_RESILIENT,
  PROP_EXPLANATION,
  PROP_OVERRIDE_REASON,
  PROP_OVERRIDE_DATE,
  PROP_SNRO_REPEATED,
  PROP_SNRO_STREAK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mk_assignment_finalize (GObject *object)
{
  MkAssignmentData *data = &MK_ASSIGNMENT (object)->data;

  g_free (data->municipality);
  g_free (data->school_name);
  g_free (data->explanation);
  g_free (MK_ASSIGNMENT (object)->explanation);
  g_free (data->override_reason);
  g_free (data->override_date);
  G_OBJECT_CLASS (mk_assignment_parent_class)->finalize (object);
}

static void
get_int_property (MkAssignment *self,
                  guint         prop_id,
                  GValue       *value)
{
  const MkAssignmentData *d = &self->data;

  switch (prop_id)
    {
    case PROP_SCHOOL_YEAR: g_value_set_int (value, d->school_year); break;
    case PROP_MARKERS_PREV: g_value_set_int (value, d->markers_prev); break;
    case PROP_MARKERS_CUR: g_value_set_int (value, d->markers_cur); break;
    case PROP_MARKERS_TOTAL:
      g_value_set_int (value, mk_assignment_get_markers_total (self)); break;
    case PROP_LEVEL: g_value_set_int (value, d->level); break;
    case PROP_ISBSH: g_value_set_int (value, d->isbsh); break;
    case PROP_COMPUTED: g_value_set_int (value, d->computed); break;
    case PROP_OVERRIDE: g_value_set_int (value, d->override); break;
    case PROP_FINAL: g_value_set_int (value, mk_assignment_get_final (self)); break;
    case PROP_RULE: g_value_set_int (value, d->rule); break;
    default: g_assert_not_reached ();
    }
}

static void
mk_assignment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MkAssignment *self = MK_ASSIGNMENT (object);
  const MkAssignmentData *d = &self->data;

  switch (prop_id)
    {
    case PROP_SCHOOL_ID: g_value_set_int64 (value, d->school_id); break;
    case PROP_MUNICIPALITY: g_value_set_string (value, d->municipality); break;
    case PROP_SCHOOL_NAME: g_value_set_string (value, d->school_name); break;
    case PROP_RESILIENT: g_value_set_boolean (value, d->resilient); break;
    case PROP_EXPLANATION: g_value_set_string (value, mk_assignment_get_explanation (self)); break;
    case PROP_OVERRIDE_REASON: g_value_set_string (value, d->override_reason); break;
    case PROP_OVERRIDE_DATE: g_value_set_string (value, d->override_date); break;
    case PROP_SNRO_REPEATED: g_value_set_boolean (value, d->snro_repeated); break;
    case PROP_SNRO_STREAK: g_value_set_uint (value, d->snro_streak); break;
    case PROP_SCHOOL_YEAR ... PROP_RULE: get_int_property (self, prop_id, value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
int_spec (const char *name,
          int         min,
          int         max)
{
  return g_param_spec_int (name, NULL, NULL, min, max, min,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                           G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
string_spec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                              G_PARAM_EXPLICIT_NOTIFY);
}

/* Read-only: the store fills an item and a view shows it; only the
 * override changes in place (mk_assignment_set_override). */
static void
mk_assignment_class_init (MkAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                            G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mk_assignment_finalize;
  object_class->get_property = mk_assignment_get_property;
  properties[PROP_SCHOOL_ID] = g_param_spec_int64 ("school-id", NULL, NULL,
                                                   0, G_MAXINT64, 0, flags);
  properties[PROP_SCHOOL_YEAR] = int_spec ("school-year", 0, G_MAXINT);
  properties[PROP_MUNICIPALITY] = string_spec ("municipality");
  properties[PROP_SCHOOL_NAME] = string_spec ("school-name");
  properties[PROP_MARKERS_PREV] = int_spec ("markers-prev", -1, G_MAXINT);
  properties[PROP_MARKERS_CUR] = int_spec ("markers-cur", -1, G_MAXINT);
  properties[PROP_MARKERS_TOTAL] = int_spec ("markers-total", -1, G_MAXINT);
  properties[PROP_LEVEL] = int_spec ("level", -1, MK_N_LEVELS - 1);
  properties[PROP_ISBSH] = int_spec ("isbsh", -1, 1000);
  properties[PROP_COMPUTED] = int_spec ("computed", 0, MK_N_CLUSTERS - 1);
  properties[PROP_OVERRIDE] = int_spec ("override", 0, MK_N_CLUSTERS - 1);
  properties[PROP_FINAL] = int_spec ("final", 0, MK_N_CLUSTERS - 1);
  properties[PROP_RULE] = int_spec ("rule", 0, MK_N_RULES - 1);
  properties[PROP_RESILIENT] = g_param_spec_boolean ("resilient", NULL, NULL,
                                                     FALSE, flags);
  properties[PROP_EXPLANATION] = string_spec ("explanation");
  properties[PROP_OVERRIDE_REASON] = string_spec ("override-reason");
  properties[PROP_OVERRIDE_DATE] = string_spec ("override-date");
  properties[PROP_SNRO_REPEATED] = g_param_spec_boolean ("snro-repeated", NULL, NULL,
                                                         FALSE, flags);
  properties[PROP_SNRO_STREAK] = g_param_spec_uint ("snro-streak", NULL, NULL,
                                                    0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_assignment_init (MkAssignment *self)
{
}

MkAssignment *
mk_assignment_new_take (MkAssignmentData *data)
{
  MkAssignment *self = g_object_new (MK_TYPE_ASSIGNMENT, NULL);

  self->data = *data;
  self->data.municipality = data->municipality ? data->municipality : g_strdup ("");
  self->data.school_name = data->school_name ? data->school_name : g_strdup ("");
  self->data.explanation = data->explanation ? data->explanation : g_strdup ("");
  self->data.override_reason = data->override_reason ? data->override_reason : g_strdup ("");
  self->data.override_date = data->override_date ? data->override_date : g_strdup ("");
  *data = (MkAssignmentData) { 0 };
  return self;
}

gint64
mk_assignment_get_school_id (MkAssignment *self)
{
  return self->data.school_id;
}

int
mk_assignment_get_school_year (MkAssignment *self)
{
  return self->data.school_year;
}

const char *
mk_assignment_get_municipality (MkAssignment *self)
{
  return self->data.municipality;
}

const char *
mk_assignment_get_school_name (MkAssignment *self)
{
  return self->data.school_name;
}

int
mk_assignment_get_markers_prev (MkAssignment *self)
{
  return self->data.markers_prev;
}

int
mk_assignment_get_markers_cur (MkAssignment *self)
{
  return self->data.markers_cur;
}

int
mk_assignment_get_level (MkAssignment *self)
{
  return self->data.level;
}

int
mk_assignment_get_isbsh (MkAssignment *self)
{
  return self->data.isbsh;
}

MkCluster
mk_assignment_get_computed (MkAssignment *self)
{
  return self->data.computed;
}

MkCluster
mk_assignment_get_override (MkAssignment *self)
{
  return self->data.override;
}

MkRule
mk_assignment_get_rule (MkAssignment *self)
{
  return self->data.rule;
}

gboolean
mk_assignment_get_resilient (MkAssignment *self)
{
  return self->data.resilient;
}

/* The sentences are built in the language of whoever reads them, once:
 * a list of 40,000 assignments builds only those that are shown. */
const char *
mk_assignment_get_explanation (MkAssignment *self)
{
  if (self->explanation == NULL)
    self->explanation = mk_cluster_facts_explain (self->data.explanation);
  return self->explanation;
}

const char *
mk_assignment_get_facts (MkAssignment *self)
{
  return self->data.explanation;
}

const char *
mk_assignment_get_override_reason (MkAssignment *self)
{
  return self->data.override_reason;
}

const char *
mk_assignment_get_override_date (MkAssignment *self)
{
  return self->data.override_date;
}

gboolean
mk_assignment_get_snro_repeated (MkAssignment *self)
{
  return self->data.snro_repeated;
}

gboolean
mk_assignment_get_snro_status_known (MkAssignment *self)
{
  return self->data.snro_status_known;
}

guint
mk_assignment_get_snro_streak (MkAssignment *self)
{
  return self->data.snro_streak;
}

int
mk_assignment_get_markers_total (MkAssignment *self)
{
  if (self->data.markers_prev < 0 && self->data.markers_cur < 0)
    return -1;
  return MAX (self->data.markers_prev, 0) + MAX (self->data.markers_cur, 0);
}

MkCluster
mk_assignment_get_final (MkAssignment *self)
{
  return self->data.override != MK_CLUSTER_NONE ? self->data.override
                                                : self->data.computed;
}

char *
mk_assignment_dup_override_date_text (MkAssignment *self)
{
  int year, month, day;

  int fields = sscanf (self->data.override_date, "%4d-%2d-%2d", &year, &month, &day);

  if (fields == 2)
    return g_strdup_printf ("%02d.%04d", month, year);  /* dated by month only */
  if (fields != 3)  /* a year alone, or nothing */
    return g_strdup (self->data.override_date);
  return g_strdup_printf ("%02d.%02d.%04d", day, month, year);
}

void
mk_assignment_set_override (MkAssignment *self,
                            MkCluster     cluster,
                            const char   *reason,
                            const char   *iso_date)
{
  gboolean clear = cluster == MK_CLUSTER_NONE;

  g_object_freeze_notify (G_OBJECT (self));
  self->data.override = cluster;
  g_free (self->data.override_reason);
  self->data.override_reason = g_strdup (clear || reason == NULL ? "" : reason);
  g_free (self->data.override_date);
  self->data.override_date = g_strdup (clear || iso_date == NULL ? "" : iso_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE_REASON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE_DATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINAL]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
mk_assignment_set_history (MkAssignment *self,
                           gboolean      snro_repeated,
                           guint         snro_streak,
                           gboolean      snro_status_known)
{
  self->data.snro_repeated = snro_repeated;
  self->data.snro_streak = snro_streak;
  self->data.snro_status_known = snro_status_known;
}
