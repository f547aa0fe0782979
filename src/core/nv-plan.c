/* nv-plan.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-plan.h"
#include "nv-network.h"
#include "nv-person.h"

/* A plan: the people and networks of one file. */
struct _NvPlan
{
  NvRecord parent_instance;

  char *name;
  char *notes;
  GListStore *people;
  GListStore *networks;
};

G_DEFINE_FINAL_TYPE (NvPlan, nv_plan, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_NOTES,
  PROP_PEOPLE,
  PROP_NETWORKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_plan_class_init (NvPlanClass *klass)
{
  properties[PROP_NAME] =
    nv_field_string ("name", N_("Name"), G_STRUCT_OFFSET (NvPlan, name));
  properties[PROP_NOTES] =
    nv_field_string ("notes", N_("Notes"), G_STRUCT_OFFSET (NvPlan, notes));
  properties[PROP_PEOPLE] =
    nv_field_list ("people", N_("People"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvPlan, people));
  properties[PROP_NETWORKS] =
    nv_field_list ("networks", N_("Networks"), NV_TYPE_NETWORK, G_STRUCT_OFFSET (NvPlan, networks));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), NULL, N_PROPS, properties);
}

static void
nv_plan_init (NvPlan *self)
{
}

NvPlan *
nv_plan_new (void)
{
  return g_object_new (NV_TYPE_PLAN, NULL);
}

const char *
nv_plan_get_name (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return self->name;
}

void
nv_plan_set_name (NvPlan *self,
                  const char *name)
{
  g_return_if_fail (NV_IS_PLAN (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NAME], name);
}

const char *
nv_plan_get_notes (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return self->notes;
}

void
nv_plan_set_notes (NvPlan *self,
                   const char *notes)
{
  g_return_if_fail (NV_IS_PLAN (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NOTES], notes);
}

GListModel *
nv_plan_get_people (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->people);
}

GListModel *
nv_plan_get_networks (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->networks);
}

guint
nv_plan_count_meetings (NvPlan *self)
{
  guint n_networks = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  guint n_meetings = 0;

  for (guint i = 0; i < n_networks; i++)
    {
      g_autoptr(NvNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);

      n_meetings += g_list_model_get_n_items (nv_network_get_meetings (network));
    }

  return n_meetings;
}

typedef struct
{
  const char *id;
  NvRecord   *found;
} Lookup;

static gboolean
match_id (NvRecord *record,
          gpointer  user_data)
{
  Lookup *lookup = user_data;

  if (g_strcmp0 (nv_record_get_id (record), lookup->id) != 0)
    return TRUE;

  lookup->found = record;
  return FALSE;
}

/**
 * nv_plan_lookup:
 * @id: the id of a record in the plan
 *
 * Returns: (transfer none) (nullable): the record with @id
 */
NvRecord *
nv_plan_lookup (NvPlan     *self,
                const char *id)
{
  Lookup lookup = { .id = id, .found = NULL };

  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  if (id == NULL)
    return NULL;

  nv_record_walk (NV_RECORD (self), match_id, &lookup);
  return lookup.found;
}

/**
 * nv_plan_person_name:
 * @person_id: (nullable): the id of a person
 *
 * Returns: (nullable): the person's name, for showing a reference
 */
const char *
nv_plan_person_name (NvPlan     *self,
                     const char *person_id)
{
  NvRecord *record = nv_plan_lookup (self, person_id);

  if (!NV_IS_PERSON (record))
    return NULL;

  return nv_person_get_name (NV_PERSON (record));
}
