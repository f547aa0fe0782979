/* nv-network.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-network.h"
#include "nv-meeting.h"
#include "nv-member.h"
#include "nv-rule.h"
#include "nv-person.h"

/* A network group and its series of meetings. */
struct _NvNetwork
{
  NvRecord parent_instance;

  char *name;
  char *purpose;
  char *theme;
  char **subthemes;
  char *region;
  char *cadence;
  guint start_date;
  guint end_date;
  char *organiser;
  char *reference_leader;
  int default_start;
  int default_length;
  int latest_end;
  int minimum_length;
  int group_size;
  char *letter_template;
  gboolean two_per_local_group;
  NvRecordList *rules;
  NvRecordList *members;
  NvRecordList *meetings;
};

G_DEFINE_FINAL_TYPE (NvNetwork, nv_network, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PURPOSE,
  PROP_THEME,
  PROP_SUBTHEMES,
  PROP_REGION,
  PROP_CADENCE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_ORGANISER,
  PROP_REFERENCE_LEADER,
  PROP_DEFAULT_START,
  PROP_DEFAULT_LENGTH,
  PROP_LATEST_END,
  PROP_MINIMUM_LENGTH,
  PROP_GROUP_SIZE,
  PROP_LETTER_TEMPLATE,
  PROP_TWO_PER_LOCAL_GROUP,
  PROP_RULES,
  PROP_MEMBERS,
  PROP_MEETINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_network_class_init (NvNetworkClass *klass)
{
  properties[PROP_NAME] =
    nv_field_string ("name", N_("Name"), G_STRUCT_OFFSET (NvNetwork, name));
  properties[PROP_PURPOSE] =
    nv_field_string ("purpose", N_("Purpose"), G_STRUCT_OFFSET (NvNetwork, purpose));
  properties[PROP_THEME] =
    nv_field_string ("theme", N_("Theme"), G_STRUCT_OFFSET (NvNetwork, theme));
  properties[PROP_SUBTHEMES] =
    nv_field_strv ("subthemes", N_("Sub-themes"), G_STRUCT_OFFSET (NvNetwork, subthemes));
  properties[PROP_REGION] =
    nv_field_string ("region", N_("Region"), G_STRUCT_OFFSET (NvNetwork, region));
  properties[PROP_CADENCE] =
    nv_field_string ("cadence", N_("Cadence"), G_STRUCT_OFFSET (NvNetwork, cadence));
  properties[PROP_START_DATE] =
    nv_field_date ("start-date", N_("Start date"), G_STRUCT_OFFSET (NvNetwork, start_date));
  properties[PROP_END_DATE] =
    nv_field_date ("end-date", N_("End date"), G_STRUCT_OFFSET (NvNetwork, end_date));
  properties[PROP_ORGANISER] =
    nv_field_ref ("organiser", N_("Organiser"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvNetwork, organiser));
  properties[PROP_REFERENCE_LEADER] =
    nv_field_ref ("reference-leader", N_("Reference leader"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvNetwork, reference_leader));
  properties[PROP_DEFAULT_START] =
    nv_field_time ("default-start", N_("Usual start"), G_STRUCT_OFFSET (NvNetwork, default_start));
  properties[PROP_DEFAULT_LENGTH] =
    nv_field_duration ("default-length", N_("Usual length"), G_STRUCT_OFFSET (NvNetwork, default_length));
  properties[PROP_LATEST_END] =
    nv_field_time ("latest-end", N_("Latest end"), G_STRUCT_OFFSET (NvNetwork, latest_end));
  properties[PROP_MINIMUM_LENGTH] =
    nv_field_duration ("minimum-length", N_("Minimum length"), G_STRUCT_OFFSET (NvNetwork, minimum_length));
  properties[PROP_GROUP_SIZE] =
    nv_field_int ("group-size", N_("Recommended group size"), 1, 10000, NV_DEFAULT_GROUP_SIZE, G_STRUCT_OFFSET (NvNetwork, group_size));
  properties[PROP_LETTER_TEMPLATE] =
    nv_field_string ("letter-template", N_("Invitation letter"), G_STRUCT_OFFSET (NvNetwork, letter_template));
  properties[PROP_TWO_PER_LOCAL_GROUP] =
    nv_field_boolean ("two-per-local-group", N_("Each local group sends two"),
                      G_STRUCT_OFFSET (NvNetwork, two_per_local_group));
  properties[PROP_RULES] =
    nv_field_list ("rules", N_("Rules"), NV_TYPE_RULE, G_STRUCT_OFFSET (NvNetwork, rules));
  properties[PROP_MEMBERS] =
    nv_field_list ("members", N_("Members"), NV_TYPE_MEMBER, G_STRUCT_OFFSET (NvNetwork, members));
  properties[PROP_MEETINGS] =
    nv_field_list ("meetings", N_("Meetings"), NV_TYPE_MEETING, G_STRUCT_OFFSET (NvNetwork, meetings));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "n", N_PROPS, properties);
}

static void
nv_network_init (NvNetwork *self)
{
}

NvNetwork *
nv_network_new (void)
{
  return g_object_new (NV_TYPE_NETWORK, NULL);
}

const char *
nv_network_get_name (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->name;
}

void
nv_network_set_name (NvNetwork *self,
                     const char *name)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NAME], name);
}

const char *
nv_network_get_purpose (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->purpose;
}

void
nv_network_set_purpose (NvNetwork *self,
                        const char *purpose)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_PURPOSE], purpose);
}

const char *
nv_network_get_theme (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->theme;
}

void
nv_network_set_theme (NvNetwork *self,
                      const char *theme)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_THEME], theme);
}

const char * const *
nv_network_get_subthemes (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return (const char * const *) self->subthemes;
}

void
nv_network_set_subthemes (NvNetwork *self,
                          const char * const *subthemes)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_strv (NV_RECORD (self), properties[PROP_SUBTHEMES], subthemes);
}

const char *
nv_network_get_region (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->region;
}

void
nv_network_set_region (NvNetwork *self,
                       const char *region)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_REGION], region);
}

const char *
nv_network_get_cadence (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->cadence;
}

void
nv_network_set_cadence (NvNetwork *self,
                        const char *cadence)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CADENCE], cadence);
}

guint
nv_network_get_start_date (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->start_date;
}

void
nv_network_set_start_date (NvNetwork *self,
                           guint start_date)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_START_DATE], start_date);
}

guint
nv_network_get_end_date (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->end_date;
}

void
nv_network_set_end_date (NvNetwork *self,
                         guint end_date)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_uint (NV_RECORD (self), properties[PROP_END_DATE], end_date);
}

const char *
nv_network_get_organiser (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->organiser;
}

void
nv_network_set_organiser (NvNetwork *self,
                          const char *organiser)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_ORGANISER], organiser);
}

const char *
nv_network_get_reference_leader (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->reference_leader;
}

void
nv_network_set_reference_leader (NvNetwork *self,
                                 const char *reference_leader)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_REFERENCE_LEADER], reference_leader);
}

int
nv_network_get_default_start (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->default_start;
}

void
nv_network_set_default_start (NvNetwork *self,
                              int default_start)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_DEFAULT_START], default_start);
}

int
nv_network_get_default_length (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->default_length;
}

void
nv_network_set_default_length (NvNetwork *self,
                               int default_length)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_DEFAULT_LENGTH], default_length);
}

int
nv_network_get_latest_end (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->latest_end;
}

void
nv_network_set_latest_end (NvNetwork *self,
                           int latest_end)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_LATEST_END], latest_end);
}

int
nv_network_get_minimum_length (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->minimum_length;
}

void
nv_network_set_minimum_length (NvNetwork *self,
                               int minimum_length)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_MINIMUM_LENGTH], minimum_length);
}

int
nv_network_get_group_size (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), 0);

  return self->group_size;
}

void
nv_network_set_group_size (NvNetwork *self,
                           int group_size)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_GROUP_SIZE], group_size);
}

/**
 * nv_network_get_letter_template:
 *
 * Returns: (nullable): the network's own invitation letter, with {fields}
 * as nv_letter_template_fill() reads them; %NULL for the default letter
 */
const char *
nv_network_get_letter_template (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return self->letter_template;
}

void
nv_network_set_letter_template (NvNetwork  *self,
                                const char *letter_template)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LETTER_TEMPLATE], letter_template);
}

gboolean
nv_network_get_two_per_local_group (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), FALSE);

  return self->two_per_local_group;
}

void
nv_network_set_two_per_local_group (NvNetwork *self,
                                    gboolean   two_per_local_group)
{
  g_return_if_fail (NV_IS_NETWORK (self));

  nv_record_set_boolean (NV_RECORD (self), properties[PROP_TWO_PER_LOCAL_GROUP], two_per_local_group);
}

GListModel *
nv_network_get_rules (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return G_LIST_MODEL (self->rules);
}

GListModel *
nv_network_get_members (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return G_LIST_MODEL (self->members);
}

GListModel *
nv_network_get_meetings (NvNetwork *self)
{
  g_return_val_if_fail (NV_IS_NETWORK (self), NULL);

  return G_LIST_MODEL (self->meetings);
}
